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

/**
 * The SQLite database of one data directory: the connection and its settings (WAL, busy timeout,
 * foreign keys), the schema migrations, transactions, and what every table needs (JSON columns,
 * errors that name the database file). Not thread-safe: one per thread.
 */
final class Database implements AutoCloseable {

    static final int BUSY_TIMEOUT_MS = 30_000;

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final Connection connection;

    private Database(Path dataDir, Connection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    /** Creates the data directory when it does not exist. */
    static void createDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Opens (creating when needed) the database in {@code dataDir} and migrates it to the current schema. */
    static Database open(Path dataDir) {
        createDirectory(dataDir);
        Path database = dataDir.resolve(ArticleStore.DATABASE_FILE);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                statement.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode: a power cut may lose the last commits, never corrupt the database.
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(connection, database.toString());
            return new Database(dataDir, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + database + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    Path dataDir() {
        return dataDir;
    }

    int schemaVersion() {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
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
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
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
    static List<String> strings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored list is not a JSON array of strings: " + json, e);
        }
    }

    /** A value as JSON, for a column. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value, e);
        }
    }

    /** A failure that names what was being done and the database file. */
    StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + dataDir.resolve(ArticleStore.DATABASE_FILE) + " failed: " + e.getMessage(), e);
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
