package dev.corroborate.io.store;

import dev.corroborate.pipeline.ProvenanceGroups;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code provenance_figures} and {@code kept_stamps} tables: each provenance group's
 * independent-source count and its articles that are not independent sources, with the fingerprint
 * they were counted on, and the settings stamp of each
 * kept result (reuse sketches, quote findings), so a run counts only changed groups and never reuses
 * a result made under other settings. Not thread-safe.
 */
final class KeptFiguresTable {

    private final Database db;

    KeptFiguresTable(Database db) {
        this.db = db;
    }

    /** Every kept group figure, by group key. */
    Map<String, ProvenanceGroups.Figure> provenanceFigures() {
        Map<String, ProvenanceGroups.Figure> figures = new HashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT group_key, fingerprint, independent_sources, dependent FROM provenance_figures")) {
            while (rows.next()) {
                figures.put(rows.getString(1), new ProvenanceGroups.Figure(rows.getString(2), rows.getInt(3),
                        Database.strings(rows.getString(4))));
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept provenance figures", e);
        }
        return figures;
    }

    /**
     * Replaces every kept group figure, inside the caller's transaction, writing only the figures that
     * differ from the kept ones and deleting the gone ones: a run that adds a day changes few groups.
     */
    void writeProvenanceFigures(Map<String, ProvenanceGroups.Figure> figures) throws SQLException {
        Map<String, ProvenanceGroups.Figure> stored = provenanceFigures();
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT OR REPLACE INTO provenance_figures("
                + "group_key, fingerprint, independent_sources, dependent) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, ProvenanceGroups.Figure> figure : figures.entrySet()) {
                if (figure.getValue().equals(stored.remove(figure.getKey()))) {
                    continue;
                }
                insert.setString(1, figure.getKey());
                insert.setString(2, figure.getValue().fingerprint());
                insert.setInt(3, figure.getValue().independentSources());
                insert.setString(4, Database.json(figure.getValue().dependent()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!stored.isEmpty()) {
            try (PreparedStatement delete = db.connection().prepareStatement(
                    "DELETE FROM provenance_figures WHERE group_key IN (SELECT value FROM json_each(?))")) {
                delete.setString(1, Database.json(stored.keySet()));
                delete.executeUpdate();
            }
        }
    }

    /** The settings stamp kept for {@code kept} ("reuse sketches", "quote findings"), if any. */
    Optional<String> stamp(String kept) {
        try (PreparedStatement select = db.connection().prepareStatement("SELECT stamp FROM kept_stamps WHERE kept = ?")) {
            select.setString(1, kept);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("reading the settings stamp of the kept " + kept, e);
        }
    }

    /** Keeps {@code stamp} as the settings the kept {@code kept} were made with, in one transaction. */
    void keepStamp(String kept, String stamp) {
        db.inTransaction("storing the settings stamp of the kept " + kept, () -> {
            try (PreparedStatement insert = db.connection().prepareStatement(
                    "INSERT OR REPLACE INTO kept_stamps(kept, stamp) VALUES (?, ?)")) {
                insert.setString(1, kept);
                insert.setString(2, stamp);
                insert.executeUpdate();
            }
        });
    }
}
