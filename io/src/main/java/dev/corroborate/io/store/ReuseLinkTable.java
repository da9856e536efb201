package dev.corroborate.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.corroborate.pipeline.ReuseSink;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The {@code reuse_links} table: the reuse stage's links, replaced by every run. Not thread-safe. */
final class ReuseLinkTable implements ReuseSink {

    private final Database db;

    ReuseLinkTable(Database db) {
        this.db = db;
    }

    /** Replaces every stored reuse link with {@code links}, in one transaction. */
    @Override
    public void replaceReuseLinks(List<dev.corroborate.model.ReuseLink> links) {
        db.inTransaction("storing " + links.size() + " reuse links", () -> writeLinks(links));
    }

    /** Replaces every stored link with {@code links}, inside the caller's transaction. */
    void writeLinks(List<dev.corroborate.model.ReuseLink> links) throws SQLException {
        try (Statement delete = db.connection().createStatement();
             PreparedStatement insert = db.connection().prepareStatement(INSERT)) {
            delete.execute("DELETE FROM reuse_links");
            // the articles' standing as sources came from the old links: unknown until counted again
            delete.execute("DELETE FROM article_sources");
            StoryTable.writeFigures(db);
            for (dev.corroborate.model.ReuseLink link : links) {
                bind(insert, link);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Writes a run's changes to the stored links, inside the caller's transaction: the {@code dropped}
     * pairs (source id, derived id) go, {@code written} replace the links of their pairs. The standing
     * as sources of every article of a group of linked articles the changes touch becomes unknown
     * until counted again, with the figures of its event and storyline; the others' stand.
     */
    void writeChanges(List<dev.corroborate.model.ReuseLink> written, List<List<String>> dropped) throws SQLException {
        Set<String> touched = new java.util.TreeSet<>();
        try (PreparedStatement delete = db.connection().prepareStatement(
                "DELETE FROM reuse_links WHERE source_id = ? AND derived_id = ?");
             PreparedStatement insert = db.connection().prepareStatement(INSERT)) {
            for (List<String> pair : dropped) {
                delete.setString(1, pair.get(0));
                delete.setString(2, pair.get(1));
                delete.addBatch();
                touched.addAll(pair);
            }
            delete.executeBatch();
            for (dev.corroborate.model.ReuseLink link : written) {
                bind(insert, link);
                insert.addBatch();
                touched.add(link.sourceId());
                touched.add(link.derivedId());
            }
            insert.executeBatch();
        }
        forgetStanding(linkedTo(touched));
    }

    /** The articles linked to {@code seeds}, directly or through others, by the stored links; the seeds with them. */
    private Set<String> linkedTo(Set<String> seeds) throws SQLException {
        Set<String> reached = new java.util.HashSet<>(seeds);
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(seeds);
        try (PreparedStatement others = db.connection().prepareStatement("SELECT derived_id FROM reuse_links WHERE source_id = ? "
                + "UNION SELECT source_id FROM reuse_links WHERE derived_id = ?")) {
            while (!queue.isEmpty()) {
                String id = queue.poll();
                others.setString(1, id);
                others.setString(2, id);
                try (ResultSet rows = others.executeQuery()) {
                    while (rows.next()) {
                        if (reached.add(rows.getString(1))) {
                            queue.add(rows.getString(1));
                        }
                    }
                }
            }
        }
        return reached;
    }

    /**
     * Forgets the standing as sources of {@code articles} (counted again by the sources step), and
     * the independent sources of their events and storylines: unknown while a member's standing is.
     */
    private void forgetStanding(Set<String> articles) throws SQLException {
        Set<String> events = new java.util.TreeSet<>();
        try (PreparedStatement forget = db.connection().prepareStatement("DELETE FROM article_sources WHERE article_id = ?");
             PreparedStatement eventOf = db.connection().prepareStatement("SELECT event_id FROM event_members WHERE article_id = ?")) {
            for (String id : articles) {
                forget.setString(1, id);
                forget.addBatch();
                eventOf.setString(1, id);
                try (ResultSet rows = eventOf.executeQuery()) {
                    if (rows.next()) {
                        events.add(rows.getString(1));
                    }
                }
            }
            forget.executeBatch();
        }
        Set<String> stories = new java.util.TreeSet<>();
        try (PreparedStatement unknown = db.connection().prepareStatement(
                "UPDATE event_figures SET independent_sources = NULL WHERE event_id = ?");
             PreparedStatement storyOf = db.connection().prepareStatement("SELECT story_id FROM events WHERE id = ?")) {
            for (String id : events) {
                unknown.setString(1, id);
                unknown.addBatch();
                storyOf.setString(1, id);
                try (ResultSet rows = storyOf.executeQuery()) {
                    if (rows.next()) {
                        stories.add(rows.getString(1));
                    }
                }
            }
            unknown.executeBatch();
        }
        try (PreparedStatement unknown = db.connection().prepareStatement(
                "UPDATE story_figures SET independent_sources = NULL WHERE story_id = ?")) {
            for (String id : stories) {
                unknown.setString(1, id);
                unknown.addBatch();
            }
            unknown.executeBatch();
        }
    }

    private static final String INSERT = "INSERT OR REPLACE INTO reuse_links(source_id, derived_id, relation, score, "
            + "direction_confidence, passages, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static void bind(PreparedStatement insert, dev.corroborate.model.ReuseLink link) throws SQLException {
        insert.setString(1, link.sourceId());
        insert.setString(2, link.derivedId());
        insert.setString(3, link.relation().label());
        insert.setDouble(4, link.score());
        insert.setDouble(5, link.directionConfidence());
        List<Map<String, Object>> passages = new ArrayList<>();
        for (dev.corroborate.model.Passage passage : link.passages()) {
            Map<String, Object> p = new java.util.LinkedHashMap<>();
            p.put("source_start", passage.aStart());
            p.put("source_end", passage.aEnd());
            p.put("derived_start", passage.bStart());
            p.put("derived_end", passage.bEnd());
            p.put("matched_words", passage.matchedWords());
            if (passage.reworded()) {
                p.put("reworded", true);
            }
            passages.add(p);
        }
        insert.setString(6, Database.json(passages));
        insert.setString(7, Database.json(link.evidence()));
    }

    /** The stored links whose {@code column} (source_id or derived_id) is one of {@code ids}. */
    List<dev.corroborate.model.ReuseLink> linksOf(String column, java.util.Collection<String> ids) {
        if (!column.equals("source_id") && !column.equals("derived_id")) {
            throw new IllegalArgumentException("links are looked up by source_id or derived_id, not " + column);
        }
        List<dev.corroborate.model.ReuseLink> links = new ArrayList<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT * FROM reuse_links WHERE " + column + " = ?")) {
            for (String id : ids) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        links.add(reuseLink(rows));
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the reuse links of " + ids.size() + " articles", e);
        }
        return links;
    }

    /** How many links are stored, by relation. */
    Map<dev.corroborate.model.Relation, Integer> countsByRelation() {
        Map<dev.corroborate.model.Relation, Integer> counts = new java.util.EnumMap<>(dev.corroborate.model.Relation.class);
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT relation, count(*) FROM reuse_links GROUP BY relation")) {
            while (rows.next()) {
                counts.put(dev.corroborate.model.Relation.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT)),
                        rows.getInt(2));
            }
        } catch (SQLException e) {
            throw db.failure("counting the reuse links", e);
        }
        return counts;
    }

    /** The reuse links an article takes part in, as source or as derived, strongest first. */
    public List<dev.corroborate.model.ReuseLink> reuseLinks(String articleId) {
        List<dev.corroborate.model.ReuseLink> links = new ArrayList<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT * FROM reuse_links WHERE source_id = ? "
                + "OR derived_id = ? ORDER BY score DESC, source_id, derived_id")) {
            select.setString(1, articleId);
            select.setString(2, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    links.add(reuseLink(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the reuse links of " + articleId, e);
        }
        return links;
    }

    /** Streams every reuse link, ordered by source and derived id. */
    @Override
    public void forEachReuseLink(Consumer<dev.corroborate.model.ReuseLink> consumer) {
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM reuse_links ORDER BY source_id, derived_id")) {
            while (rows.next()) {
                consumer.accept(reuseLink(rows));
            }
        } catch (SQLException e) {
            throw db.failure("listing reuse links", e);
        }
    }

    /** Streams the reuse links with an end among {@code articleIds}, ordered by source and derived id. */
    @Override
    public void forEachReuseLinkOf(java.util.Collection<String> articleIds,
                                   Consumer<dev.corroborate.model.ReuseLink> consumer) {
        String ids = Database.json(articleIds);
        try (PreparedStatement select = db.connection().prepareStatement("SELECT * FROM reuse_links "
                + "WHERE source_id IN (SELECT value FROM json_each(?)) OR derived_id IN (SELECT value FROM json_each(?)) "
                + "ORDER BY source_id, derived_id")) {
            select.setString(1, ids);
            select.setString(2, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(reuseLink(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("listing the reuse links of " + articleIds.size() + " articles", e);
        }
    }

    private static dev.corroborate.model.ReuseLink reuseLink(ResultSet rows) throws SQLException {
        List<dev.corroborate.model.Passage> passages = new ArrayList<>();
        try {
            for (var node : Database.JSON.readTree(rows.getString("passages"))) {
                passages.add(new dev.corroborate.model.Passage(node.get("source_start").asInt(), node.get("source_end").asInt(),
                        node.get("derived_start").asInt(), node.get("derived_end").asInt(), node.get("matched_words").asInt(),
                        node.path("reworded").asBoolean(false)));
            }
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored reuse link has unreadable passages", e);
        }
        return new dev.corroborate.model.ReuseLink(rows.getString("source_id"), rows.getString("derived_id"),
                dev.corroborate.model.Relation.valueOf(rows.getString("relation").toUpperCase(java.util.Locale.ROOT)),
                rows.getDouble("score"), rows.getDouble("direction_confidence"), passages, Database.strings(rows.getString("evidence")));
    }
}
