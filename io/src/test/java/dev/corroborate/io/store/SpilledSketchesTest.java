package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.reuse.KeptSketch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sketches set aside in the data folder come back as they went, in order, and leave nothing behind. */
class SpilledSketchesTest {

    @TempDir
    Path dataDir;

    private static KeptSketch sketch(String id, long seed, List<String> names) {
        return new KeptSketch(id, new long[] {seed, -seed, Long.MAX_VALUE}, new long[] {seed * 3}, new long[0], names);
    }

    private static String written(KeptSketch sketch) {
        return sketch.articleId() + java.util.Arrays.toString(sketch.signature()) + java.util.Arrays.toString(sketch.wordSignature())
                + java.util.Arrays.toString(sketch.fingerprints()) + sketch.names();
    }

    @Test
    void sketchesComeBackInTheOrderTheyWereSetAsideAndTheFileGoesOnClose() throws Exception {
        Files.writeString(dataDir.resolve("reuse-sketches-99.tmp"), "left by a run that died");
        Files.writeString(dataDir.resolve("notes.txt"), "not ours");
        List<KeptSketch> first = List.of(sketch("a", 1, List.of()), sketch("Straße-β", 2, List.of("harbour daily", "wire")));
        List<KeptSketch> second = List.of(sketch("a", 3, List.of("meridian press")));
        try (SpilledSketches spilled = SpilledSketches.in(dataDir, 2)) {
            assertThat(dataDir.resolve("reuse-sketches-99.tmp")).doesNotExist();
            assertThat(spilled.setAsideAt()).isEqualTo(2);
            spilled.setAside(first);
            spilled.setAside(second);
            assertThat(spilled.count()).isEqualTo(3);
            Iterable<KeptSketch> inOrder = spilled.inOrder();
            // Read as they are iterated, each time again: the keep walks them twice (rows, then the kept index).
            for (int pass = 0; pass < 2; pass++) {
                assertThat(inOrder).map(SpilledSketchesTest::written)
                        .containsExactly(written(first.get(0)), written(first.get(1)), written(second.get(0)));
            }
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void nothingSetAsideReadsBackNothingAndWritesNoFile() throws Exception {
        try (SpilledSketches spilled = SpilledSketches.in(dataDir, 10)) {
            assertThat(spilled.inOrder()).isEmpty();
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileCutShortIsSaidToBeAndNamed() throws Exception {
        try (SpilledSketches spilled = SpilledSketches.in(dataDir, 1)) {
            spilled.setAside(List.of(sketch("a", 1, List.of()), sketch("b", 2, List.of())));
            Path file;
            try (var files = Files.list(dataDir)) {
                file = files.findFirst().orElseThrow();
            }
            // What was written reaches the file when it is read back: cut it then, as a full disk might have.
            spilled.inOrder().forEach(sketch -> { });
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
            assertThatThrownBy(() -> spilled.inOrder().forEach(sketch -> { })).isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("cut short").hasMessageContaining("2 written");
        }
    }
}
