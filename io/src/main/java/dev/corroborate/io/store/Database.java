package dev.corroborate.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database of one data directory: the connection and its settings (WAL, busy timeout,
 * foreign keys), opened to write (migrated) or read-only, the schema migrations, transactions, and
 * what every table needs (JSON columns, errors that name the data directory and say when the disk
 * is full, {@link StoreFailures}). Not thread-safe: one per thread.
 */
final class Database implements AutoCloseable {

    static final int BUSY_TIMEOUT_MS = 30_000;

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How many pages the write-ahead log grows to before a commit copies them into the database
     * (256 MiB of 4 KiB pages). SQLite's default, 1,000 pages (4 MiB), made a daily batch of 1,000
     * articles (about 22,000 pages written) checkpoint five times: each copy of the log into the
     * database ends with an fsync on the writing thread, the pages a later step rewrites are copied
     * again, and the fsyncs waited for about a second in all (strace). Now a batch's log is copied
     * once, when the store is closed; a long run still checkpoints every 256 MiB, so the log stays
     * bounded. Committed transactions are in the log either way: a run stopped before it closes the
     * store leaves the log, and the next opening reads it.
     */
    static final int WAL_CHECKPOINT_PAGES = 65_536;

    private final Path dataDir;
    private final Connection connection;

    private Database(Path dataDir, Connection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    /** Creates the data directory when it does not exist. */
    static void createDirectory(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new StoreException(DataDirectories.notADirectory(dataDir));
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw StoreFailures.of(dataDir, "creating the data directory", e);
        }
    }

    /** Opens (creating when needed) the database in {@code dataDir} to write it, and migrates it to the current schema. */
    static Database open(Path dataDir) {
        createDirectory(dataDir);
        Path database = dataDir.resolve(ArticleStore.DATABASE_FILE);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                statement.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode: a power cut may lose the last commits, never corrupt the database.
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute("PRAGMA foreign_keys = ON");
                statement.execute("PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
            }
            Migrations.apply(connection, dataDir);
            return new Database(dataDir, connection);
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(connection, e);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw StoreFailures.of(dataDir, "opening the store", e);
        }
    }

    /**
     * Opens the existing database in {@code dataDir} read-only: nothing is migrated or written, and
     * a write fails. On read-only media (the folder cannot be written), SQLite cannot make the
     * shared-memory file a WAL database needs: the database is then opened as immutable, unless a
     * write-ahead log lies beside it (its committed transactions would be missed), in which case
     * SQLite reads the log as it is. {@link #schemaVersion()} tells whether it needs migrating.
     */
    static Database openReadOnly(Path dataDir) {
        Path database = dataDir.resolve(ArticleStore.DATABASE_FILE);
        if (!Files.isRegularFile(database)) {
            throw new StoreException("no store in " + dataDir + " (no " + ArticleStore.DATABASE_FILE + ")");
        }
        boolean immutable = !Files.isWritable(dataDir) && !Files.exists(dataDir.resolve(ArticleStore.DATABASE_FILE + "-wal"));
        return openReadOnly(dataDir, immutable);
    }

    /** {@link #openReadOnly(Path)}, immutable or not as told: for tests that cannot make a folder read-only. */
    static Database openReadOnly(Path dataDir, boolean immutable) {
        Path database = dataDir.resolve(ArticleStore.DATABASE_FILE).toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        String url = immutable ? "jdbc:sqlite:file:" + database.toUri().getRawPath() + "?immutable=1"
                : "jdbc:sqlite:" + database;
        try {
            return new Database(dataDir, DriverManager.getConnection(url, config.toProperties()));
        } catch (SQLException e) {
            throw StoreFailures.of(dataDir, "opening the store to read it", e);
        }
    }

    /**
     * Copies the committed pages of the write-ahead log into the database file on a connection of
     * its own, beside the writer and without waiting for it or for readers (a passive checkpoint:
     * the pages a reader may still need stay in the log). The writer's last connection then copies
     * only what was committed since, when it closes. Returns how many pages of the log are in the
     * database file now.
     */
    static int checkpoint(Path dataDir) {
        Path database = dataDir.resolve(ArticleStore.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            try (ResultSet rows = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                // busy (0 or 1), pages in the log, pages copied into the database
                return rows.next() ? rows.getInt(3) : 0;
            }
        } catch (SQLException e) {
            throw StoreFailures.of(dataDir, "copying the write-ahead log into the database", e);
        }
    }

    private static void closeAfterFailure(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    Connection connection() {
        return connection;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The schema version the database is at; 0 when it has none yet. */
    int schemaVersion() {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                return 0;
            }
            throw failure("reading the schema version", e);
        }
    }

    /** Work on the database that either completes or leaves it as it was. */
    interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it completes, rolled back when it fails. */
    void inTransaction(String what, SqlWork work) {
        try {
            transaction(connection, work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} on {@code connection} in one transaction, and leaves the connection in
     * auto-commit mode whatever happens. When the work or the commit fails, the failure thrown is
     * that one: SQLite has often rolled the transaction back itself by then (a full disk, an I/O
     * error), and the driver's complaints while cleaning up ("cannot rollback/commit - no
     * transaction is active") are only added to it as suppressed.
     */
    static void transaction(Connection connection, SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        connection.setAutoCommit(true);
    }

    /** Runs SQLite's integrity check; returns "ok" or the problems it found. */
    String integrityCheck() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            StringBuilder result = new StringBuilder();
            while (rows.next()) {
                if (result.length() > 0) {
                    result.append('\n');
                }
                result.append(rows.getString(1));
            }
            return result.toString();
        } catch (SQLException e) {
            throw failure("checking integrity", e);
        }
    }

    /** A JSON array of strings as stored in a column. */
    /**
     * Whether {@code table}, keyed by an article id that references {@code articles} (a primary key
     * and a foreign key, which this connection enforces), holds a row for every article: then it holds
     * as many rows as there are articles, which two counts tell without a look-up per article.
     */
    static boolean rowsOfEveryArticle(Database db, String table) {
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT (SELECT count(*) FROM articles) = (SELECT count(*) FROM " + table + ")")) {
            return rows.next() && rows.getInt(1) == 1;
        } catch (SQLException e) {
            throw db.failure("counting the rows of " + table, e);
        }
    }

    /** A JSON array of strings as {@link #json} wrote it. */
    static List<String> strings(String json) {
        List<String> plain = plainStrings(json);
        if (plain != null) {
            return plain;
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored list is not a JSON array of strings: " + json, e);
        }
    }

    /**
     * A JSON array of strings without escapes and without spaces (as {@link #json} writes one whose
     * strings need none: reasons, names, outlets), read by hand: a batch reads tens of thousands of
     * them; {@code null} for anything else, which the JSON reader reads.
     */
    private static List<String> plainStrings(String json) {
        int last = json.length() - 1;
        if (last < 1 || json.charAt(0) != '[' || json.charAt(last) != ']' || json.indexOf('\\') >= 0) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        int at = 1;
        while (at < last) {
            if (json.charAt(at) != '"') {
                return null;
            }
            int end = json.indexOf('"', at + 1);
            if (end < 0 || end >= last) {
                return null;
            }
            out.add(json.substring(at + 1, end));
            at = end + 1;
            if (at < last) {
                if (json.charAt(at) != ',' || at + 1 >= last) {
                    return null;
                }
                at++;
            }
        }
        return out;
    }

    /** A value as JSON, for a column. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value, e);
        }
    }

    /** A failure that names what was being done and the data directory; a full disk is said to be one. */
    /**
     * Runs {@code sql}, whose one parameter is a JSON array of {@code values} (deduplicated, for
     * {@code IN (SELECT value FROM json_each(?))}), and hands each row on; nothing runs for no values.
     */
    void forEachRow(String what, String sql, java.util.Collection<String> values, RowReader reader) {
        if (values.isEmpty()) {
            return;
        }
        try (java.sql.PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, json(new java.util.LinkedHashSet<>(values)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** One row of {@link #forEachRow}. */
    interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    StoreException failure(String what, SQLException e) {
        return StoreFailures.of(dataDir, what, e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing", e);
        }
    }
}
