package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 8: on read-only media, reading commands failed with SQLITE_CANTOPEN, because the
 * store was opened to write (and migrated) by every command. Tests run as root in CI, where chmod
 * stops nothing: the read-only folder itself is tried only when this user cannot write it; the rest
 * checks what a read-only opening does on any folder.
 */
class ReadOnlyStoreTest {

    @TempDir
    Path dataDir;

    private void storeOneArticle() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            long run = store.startRun("analyze", List.of(), Map.of());
            store.insert(List.of(ArticleStoreTest.article("a", "x", "2026-02-01T10:00Z", "A")), run);
        }
        assertThat(Files.exists(wal())).as("a cleanly closed store leaves no log").isFalse();
    }

    private Path wal() {
        return dataDir.resolve(ArticleStore.DATABASE_FILE + "-wal");
    }

    private String digest() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dataDir.resolve(ArticleStore.DATABASE_FILE))));
    }

    @Test
    void aStoreOpenedToReadIsReadAndNeverWritten() throws Exception {
        storeOneArticle();
        String before = digest();
        try (ArticleStore store = ArticleStore.openForReading(dataDir)) {
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.find("a")).isPresent();
            assertThatThrownBy(() -> store.insert(List.of(ArticleStoreTest.article("b", "y", null, "B")), 1))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> store.startRun("analyze", List.of(), Map.of()))
                    .isInstanceOf(StoreException.class);
        }
        assertThat(digest()).isEqualTo(before);
        assertThat(Files.exists(dataDir.resolve(WriterLock.FILE))).isTrue();
        try (ArticleStore store = ArticleStore.openForReading(dataDir)) {
            assertThat(store.count()).as("nothing was added").isEqualTo(1);
        }
    }

    @Test
    void anImmutableOpeningCreatesNoLogNorSharedMemoryFile() throws Exception {
        storeOneArticle();
        String before = digest();
        try (Database db = Database.openReadOnly(dataDir, true)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(new ArticleTable(db).count()).isEqualTo(1);
            assertThat(Files.exists(wal())).isFalse();
            assertThat(Files.exists(dataDir.resolve(ArticleStore.DATABASE_FILE + "-shm"))).isFalse();
        }
        assertThat(digest()).isEqualTo(before);
    }

    @Test
    void aStoreInAFolderThisUserCannotWriteIsRead() throws Exception {
        storeOneArticle();
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dataDir), "this user (root?) can write a folder without write permission");
            try (ArticleStore store = ArticleStore.openForReading(dataDir)) {
                assertThat(store.count()).isEqualTo(1);
            }
            assertThat(Files.exists(wal())).isFalse();
            assertThatThrownBy(() -> ArticleStore.open(dataDir, "analyze"))
                    .isInstanceOf(StoreException.class).hasMessageContaining(dataDir.toString());
        } finally {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readingWhereThereIsNoStoreSaysSoAndCreatesNothing() {
        Path empty = dataDir.resolve("none");
        assertThatThrownBy(() -> ArticleStore.openForReading(empty))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store in " + empty);
        assertThat(Files.exists(empty)).isFalse();
    }
}
