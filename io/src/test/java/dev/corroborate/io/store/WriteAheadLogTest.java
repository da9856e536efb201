package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's commits stay in the write-ahead log until it holds {@link Database#WAL_CHECKPOINT_PAGES}
 * (not SQLite's 1,000 pages, each checkpoint an fsync on the writing thread), and closing the store
 * copies them into the database.
 */
class WriteAheadLogTest {

    @TempDir
    Path dataDir;

    @Test
    void commitsOfMoreThanSqlitesDefaultStayInTheLogUntilTheStoreCloses() throws Exception {
        Path log = dataDir.resolve(ArticleStore.DATABASE_FILE + "-wal");
        byte[] page = new byte[4_000];
        try (Database db = Database.open(dataDir)) {
            try (Statement statement = db.connection().createStatement()) {
                statement.execute("CREATE TABLE scratch (n INTEGER PRIMARY KEY, body BLOB)");
            }
            // 3,000 rows of about a page each, in 30 commits: three times SQLite's default checkpoint.
            for (int commit = 0; commit < 30; commit++) {
                insert(db, commit * 100, commit * 100 + 100, page);
            }
            // Checkpointed at 1,000 pages, the log would have been written again from its start (about 4 MiB).
            assertThat(Files.size(log)).isGreaterThan(3_000L * 4_096);
        }
        assertThat(log).doesNotExist();
        try (Database db = Database.open(dataDir);
             Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM scratch")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(3_000);
        }
    }

    @Test
    void aCheckpointBesideTheWriterCopiesWhatItCommittedAndTheWriterGoesOn() throws Exception {
        byte[] page = new byte[4_000];
        try (Database db = Database.open(dataDir)) {
            try (Statement statement = db.connection().createStatement()) {
                statement.execute("CREATE TABLE scratch (n INTEGER PRIMARY KEY, body BLOB)");
            }
            insert(db, 0, 500, page);
            int copied = Database.checkpoint(dataDir);
            assertThat(copied).as("pages copied from the log").isGreaterThanOrEqualTo(500);
            // The writer goes on after the copy, and a reader sees both its commits.
            insert(db, 500, 1_000, page);
            try (Database reader = Database.openReadOnly(dataDir);
                 Statement statement = reader.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM scratch")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1_000);
            }
        }
        try (Database db = Database.open(dataDir);
             Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*), sum(n) FROM scratch")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1_000);
            assertThat(rows.getLong(2)).isEqualTo(999L * 1_000 / 2);
        }
    }

    private static void insert(Database db, int from, int to, byte[] body) {
        db.inTransaction("writing scratch rows", () -> {
            try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO scratch VALUES (?, ?)")) {
                for (int n = from; n < to; n++) {
                    insert.setInt(1, n);
                    insert.setBytes(2, body);
                    insert.executeUpdate();
                }
            }
        });
    }
}
