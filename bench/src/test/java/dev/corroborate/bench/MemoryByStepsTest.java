package dev.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** ProductScale reads each step's memory from the line {@code analyze --timings} prints. */
class MemoryByStepsTest {

    @Test
    void eachStepGetsItsHeapWhatItsCollectionsLeftAndItsResidentSet() {
        String line = "memory by step: reading heap 100 MB (6 MB after collections), RSS 177 MB · reuse heap 3771 MB "
                + "(2720 MB after collections), RSS 5080 MB · waited heap 352 MB, RSS 544 MB · summary heap 353 MB, RSS unknown";

        assertThat(ProductScale.memoryBySteps(line)).containsExactly(Map.entry("reading", "100 / 6 / 177"),
                Map.entry("reuse", "3,771 / 2,720 / 5,080"), Map.entry("waited", "352 / - / 544"),
                Map.entry("summary", "353 / - / ?"));
    }
}
