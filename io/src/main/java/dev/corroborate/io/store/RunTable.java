package dev.corroborate.io.store;

import dev.corroborate.model.Diagnostic;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The {@code runs} and {@code diagnostics} tables: what each run read and what it said about bad input. Not thread-safe. */
final class RunTable {

    private final Database db;

    RunTable(Database db) {
        this.db = db;
    }

    /** Records the start of a run; returns its id. */
    public long startRun(String command, List<String> inputs, Map<String, Object> config) {
        String sql = "INSERT INTO runs(command, inputs, config, started_at) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = db.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, command);
            insert.setString(2, Database.json(inputs));
            insert.setString(3, Database.json(config));
            insert.setString(4, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw db.failure("recording a run", e);
        }
    }

    /** Keeps a batch of a run's diagnostics in one transaction. */
    public void recordDiagnostics(long runId, List<Diagnostic> diagnostics) {
        db.inTransaction("storing " + diagnostics.size() + " diagnostics of run " + runId,
                () -> insertDiagnostics(runId, diagnostics));
    }

    /** Records the end of a run with its counts and its last diagnostics, in one transaction. */
    public void finishRun(long runId, Map<String, Long> counts, List<Diagnostic> diagnostics) {
        db.inTransaction("finishing run " + runId, () -> {
            try (PreparedStatement update = db.connection().prepareStatement(
                    "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?")) {
                update.setString(1, Instant.now().toString());
                update.setString(2, Database.json(counts));
                update.setLong(3, runId);
                update.executeUpdate();
            }
            insertDiagnostics(runId, diagnostics);
        });
    }

    private void insertDiagnostics(long runId, List<Diagnostic> diagnostics) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement(
                "INSERT INTO diagnostics(run_id, input, line, byte_offset, outcome, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Diagnostic diagnostic : diagnostics) {
                insert.setLong(1, runId);
                insert.setString(2, diagnostic.origin().input());
                insert.setLong(3, diagnostic.origin().line());
                insert.setLong(4, diagnostic.origin().byteOffset());
                insert.setString(5, diagnostic.outcome().label());
                insert.setString(6, diagnostic.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
