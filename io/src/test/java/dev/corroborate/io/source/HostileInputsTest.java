package dev.corroborate.io.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/hostile/} is read, and what becomes of each of its inputs
 * is compared with {@code expected.tsv}. A new hostile file must be listed there, or this fails.
 */
class HostileInputsTest {

    static Path folder() throws URISyntaxException {
        return Path.of(HostileInputsTest.class.getResource("/hostile").toURI());
    }

    static Map<String, List<String>> expectations() throws IOException, URISyntaxException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            expected.put(parts[0], Arrays.stream(parts[1].split(",\\s*")).toList());
        }
        return expected;
    }

    static Stream<String> hostileFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("expected.tsv"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void theFolderIsNotEmptyAndEveryFileHasAnExpectation() throws Exception {
        List<String> files = hostileFiles().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileInputIsReportedWithItsFileAndTheRunGoesOn(String name) throws Exception {
        Path file = folder().resolve(name);
        Collected collected = new Collected();
        new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT)
                .read(List.of(file.toString()), collected, bytes -> { });

        List<String> expected = expectations().get(name);
        assertThat(matches(collected.labels(), expected))
                .as("%s gave %s, expected %s", name, collected.labels(), expected)
                .isTrue();
        for (Collected.Item item : collected.items) {
            assertThat(item.origin().input()).isEqualTo(file.toString());
            if (item.extraction() instanceof Extraction.Refused refused) {
                assertThat(refused.reason()).isNotBlank();
            }
        }
    }

    /** {@code article*} stands for one or more articles. */
    private static boolean matches(List<String> actual, List<String> expected) {
        List<String> expanded = new ArrayList<>();
        int i = 0;
        for (String want : expected) {
            if (want.equals("article*")) {
                int start = i;
                while (i < actual.size() && actual.get(i).equals("article")) {
                    expanded.add("article");
                    i++;
                }
                if (i == start) {
                    return false;
                }
            } else {
                expanded.add(want);
                i++;
            }
        }
        return expanded.equals(actual);
    }
}
