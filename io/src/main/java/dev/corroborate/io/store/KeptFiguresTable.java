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
                bindFigure(insert, figure.getKey(), figure.getValue());
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

    /** The kept figures of the groups keyed by these group keys (their first article ids), by group key. */
    Map<String, ProvenanceGroups.Figure> provenanceFigures(java.util.Collection<String> groupKeys) {
        Map<String, ProvenanceGroups.Figure> figures = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT group_key, fingerprint, "
                + "independent_sources, dependent FROM provenance_figures WHERE group_key IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(groupKeys));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures.put(rows.getString(1), new ProvenanceGroups.Figure(rows.getString(2), rows.getInt(3),
                            Database.strings(rows.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept provenance figures of " + groupKeys.size() + " groups", e);
        }
        return figures;
    }

    /** How many kept groups have each number of independent sources (independent sources → groups), in order. */
    Map<Integer, Integer> groupsByIndependentSources() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT independent_sources, count(*) FROM provenance_figures GROUP BY 1")) {
            while (rows.next()) {
                counts.put(rows.getInt(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw db.failure("counting the kept provenance groups by independent sources", e);
        }
        return counts;
    }

    /**
     * Replaces, inside the caller's transaction, the kept figures of the groups keyed by an article of
     * {@code counted} with {@code figures} (the groups of those articles as they are now): a group
     * kept under one of their ids is one of the groups those articles were in.
     */
    void replaceProvenanceFigures(java.util.Collection<String> counted, Map<String, ProvenanceGroups.Figure> figures)
            throws SQLException {
        try (PreparedStatement delete = db.connection().prepareStatement(
                "DELETE FROM provenance_figures WHERE group_key IN (SELECT value FROM json_each(?))");
             PreparedStatement insert = db.connection().prepareStatement("INSERT OR REPLACE INTO provenance_figures("
                     + "group_key, fingerprint, independent_sources, dependent) VALUES (?, ?, ?, ?)")) {
            delete.setString(1, Database.json(counted));
            delete.executeUpdate();
            for (Map.Entry<String, ProvenanceGroups.Figure> figure : new java.util.TreeMap<>(figures).entrySet()) {
                bindFigure(insert, figure.getKey(), figure.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** {@link #keepStamp} inside the caller's transaction. */
    void writeStamp(String kept, String stamp) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement(
                "INSERT OR REPLACE INTO kept_stamps(kept, stamp) VALUES (?, ?)")) {
            insert.setString(1, kept);
            insert.setString(2, stamp);
            insert.executeUpdate();
        }
    }

    /**
     * The stored articles with no standing as a source ({@code article_sources}): the new ones, and
     * those whose links changed since the standing was counted (the reuse step forgets the standing
     * of every article of a group of linked articles its changes touch), in id order.
     */
    java.util.List<String> articlesWithoutStanding() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        if (Database.rowsOfEveryArticle(db, "article_sources")) {
            return ids;
        }
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM articles WHERE id NOT IN "
                     + "(SELECT article_id FROM article_sources) ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw db.failure("reading the articles whose standing as a source is not counted", e);
        }
        return ids;
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
        db.inTransaction("storing the settings stamp of the kept " + kept, () -> writeStamp(kept, stamp));
    }

    /** The four columns of a {@code provenance_figures} row, in the order both inserts name them. */
    private static void bindFigure(PreparedStatement insert, String groupKey, ProvenanceGroups.Figure figure)
            throws SQLException {
        insert.setString(1, groupKey);
        insert.setString(2, figure.fingerprint());
        insert.setInt(3, figure.independentSources());
        insert.setString(4, Database.json(figure.dependent()));
    }
}
