package dev.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harnesses' arguments: the flags are the options their usage names without a value. */
class HarnessOptionsTest {

    private static final String USAGE = "--articles N --check --batches N --write-only";

    @Test
    void flagsAreThoseTheUsageGivesNoValueAndTheRestTakeOne() {
        Map<String, String> options = ProductScale.options(
                new String[] {"--check", "--articles", "2000", "--write-only", "--batches", "3"}, USAGE);
        assertThat(options).containsExactly(Map.entry("check", "true"), Map.entry("articles", "2000"),
                Map.entry("write-only", "true"), Map.entry("batches", "3"));
    }

    @Test
    void aValueWithoutItsOptionIsRefusedNamingTheUsage() {
        assertThatThrownBy(() -> ProductScale.options(new String[] {"--articles", "10", "stray"}, USAGE))
                .hasMessageContaining("unknown argument stray").hasMessageContaining(USAGE);
    }
}
