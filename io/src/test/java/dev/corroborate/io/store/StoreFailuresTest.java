package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Issue 18, item 8: a full disk was reported as "cannot commit - no transaction is active": SQLite
 * rolls a transaction back itself on a full disk, and the clean-up's complaint hid the cause. A full
 * disk proper is the fault-injection harness's (a small tmpfs); here SQLite's behaviour is imitated.
 */
class StoreFailuresTest {

    @TempDir
    Path dataDir;

    @Test
    void aTransactionThatSqliteRolledBackOnAFullDiskIsReportedAsAFullDiskNamingTheFolder() {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            long run = store.startRun("analyze", List.of(), Map.of());
            Database db = store.database();
            assertThatThrownBy(() -> db.inTransaction("storing a batch of 500 articles", () -> {
                try (Statement statement = db.connection().createStatement()) {
                    statement.execute("INSERT INTO runs(command, inputs, config, started_at) VALUES ('x', '[]', '{}', 'now')");
                    statement.execute("ROLLBACK"); // as SQLite does on SQLITE_FULL
                }
                throw new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
            }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the disk holding the data directory " + dataDir + " is full "
                            + "(storing a batch of 500 articles): nothing of that step was kept")
                    .hasMessageContaining("Free some space, then run the same command again")
                    .hasMessageNotContaining("no transaction is active");
            // The connection is usable again, in auto-commit mode.
            store.insert(List.of(ArticleStoreTest.article("a", "x", null, "A")), run);
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void failuresAreToldApartByTheirCodesAndTheSystemsMessages() {
        assertThat(StoreFailures.kind(new SQLiteException("full", SQLiteErrorCode.SQLITE_FULL)))
                .isEqualTo(StoreFailures.Kind.DISK_FULL);
        assertThat(StoreFailures.kind(new java.io.UncheckedIOException(new java.io.IOException("/d/x: No space left on device"))))
                .isEqualTo(StoreFailures.Kind.DISK_FULL);
        assertThat(StoreFailures.kind(new java.io.IOException("/d/corroborate.lock: Read-only file system")))
                .isEqualTo(StoreFailures.Kind.READ_ONLY);
        assertThat(StoreFailures.kind(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY)))
                .isEqualTo(StoreFailures.Kind.OTHER);
    }
}
