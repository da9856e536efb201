package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Placed articles set aside in the data folder read back as they went, in any order, and leave nothing behind. */
class SpilledPlacedArticlesTest {

    @TempDir
    Path dataDir;

    @Test
    void recordsReadBackAsWrittenInOrderOrNotWhileMoreAreAppended() throws Exception {
        Files.writeString(dataDir.resolve("stories-placed-7.tmp"), "left by a run that died");
        Files.writeString(dataDir.resolve("notes.txt"), "not ours");
        Random random = new Random(9);
        List<byte[]> records = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        try (SpilledPlacedArticles spilled = SpilledPlacedArticles.in(dataDir, 3)) {
            assertThat(dataDir.resolve("stories-placed-7.tmp")).doesNotExist();
            assertThat(spilled.setAsideAt()).isEqualTo(3);
            for (int i = 0; i < 2_000; i++) {
                // Mostly a few KB, as an article's record; now and then more than the buffers hold.
                byte[] record = new byte[i % 500 == 7 ? (1 << 20) + 333 : random.nextInt(6_000)];
                random.nextBytes(record);
                records.add(record);
                positions.add(spilled.append(record));
                if (i % 97 == 0) {
                    // Read back while appending: what is still buffered as well as what was written.
                    int j = random.nextInt(i + 1);
                    assertThat(spilled.read(positions.get(j), records.get(j).length)).isEqualTo(records.get(j));
                }
            }
            for (int i = 0; i < records.size(); i++) {
                assertThat(spilled.read(positions.get(i), records.get(i).length)).isEqualTo(records.get(i));
            }
            for (int n = 0; n < 500; n++) {
                int j = random.nextInt(records.size());
                assertThat(spilled.read(positions.get(j), records.get(j).length)).isEqualTo(records.get(j));
            }
            long last = positions.get(records.size() - 1);
            assertThatThrownBy(() -> spilled.read(last, records.get(records.size() - 1).length + 1))
                    .isInstanceOf(StoreException.class).hasMessageContaining("stories-placed-");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void nothingSetAsideWritesNoFile() throws Exception {
        try (SpilledPlacedArticles spilled = SpilledPlacedArticles.in(dataDir, 10)) {
            assertThat(spilled.bytes()).isZero();
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }
}
