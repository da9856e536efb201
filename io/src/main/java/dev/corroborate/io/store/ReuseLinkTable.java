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
             PreparedStatement insert = db.connection().prepareStatement("INSERT OR REPLACE INTO reuse_links(source_id, "
                     + "derived_id, relation, score, direction_confidence, passages, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            delete.execute("DELETE FROM reuse_links");
            // the articles' standing as sources came from the old links: unknown until counted again
            delete.execute("DELETE FROM article_sources");
            StoryTable.writeFigures(db);
            for (dev.corroborate.model.ReuseLink link : links) {
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
                insert.addBatch();
            }
            insert.executeBatch();
        }
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
