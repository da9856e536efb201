package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index pages mapped from scratch files: zeros to start with, what is written reads back, no file stays. */
class MappedTableSpaceTest {

    @TempDir
    Path dataDir;

    @Test
    void largePagesAreMappedSmallOnesOnTheHeapAndNoFileStays() throws Exception {
        Files.writeString(dataDir.resolve(MappedTableSpace.PREFIX + "3" + MappedTableSpace.SUFFIX), "left by a run that died");
        Files.writeString(dataDir.resolve("notes.txt"), "not ours");
        MappedTableSpace space = MappedTableSpace.in(dataDir, 1 << 16);

        ByteBuffer small = space.allocate(1_000);
        ByteBuffer large = space.allocate(3 << 20);

        assertThat(small.isDirect()).isFalse();
        assertThat(large.isDirect()).isTrue();
        assertThat(large.capacity()).isEqualTo(3 << 20);
        for (int i = 0; i < large.capacity(); i += 4_093) {
            assertThat(large.get(i)).isZero();
        }
        large.putLong(8, -42L);
        large.putLong(large.capacity() - 8, 7L);
        assertThat(large.getLong(8)).isEqualTo(-42L);
        assertThat(large.getLong(large.capacity() - 8)).isEqualTo(7L);
        assertThat(space.mostMapped()).isEqualTo(3 << 20);
        try (var files = Files.list(dataDir)) {
            // The mapped file was deleted once mapped; the one a dead run left, when the space was made.
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
        }
        space.release(small);
        space.release(large);
        ByteBuffer again = space.allocate(1 << 20);
        assertThat(space.mostMapped()).isEqualTo(3 << 20);
        assertThat(again.getLong(8)).isZero();
    }
}
