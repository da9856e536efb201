package dev.corroborate.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.pipeline.DiscrepancySink;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The {@code discrepancies} table, the comparison stage's results, and {@code compared_events}, the
 * fingerprint of each compared event's inputs: both replaced by every run. Not thread-safe.
 */
final class DiscrepancyTable implements DiscrepancySink {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Discrepancy.Value>> VALUES = new TypeReference<>() { };

    private final Database db;

    DiscrepancyTable(Database db) {
        this.db = db;
    }

    @Override
    public void replaceDiscrepancies(List<Discrepancy> discrepancies) {
        replaceDiscrepancies(discrepancies, Map.of());
    }

    @Override
    public void replaceDiscrepancies(List<Discrepancy> discrepancies, Map<String, String> fingerprints) {
        db.inTransaction("storing " + discrepancies.size() + " discrepancies", () -> {
            try (Statement clear = db.connection().createStatement();
                 PreparedStatement keep = db.connection().prepareStatement(
                         "INSERT INTO compared_events(event_id, fingerprint) VALUES (?, ?)")) {
                clear.execute("DELETE FROM compared_events");
                for (Map.Entry<String, String> event : fingerprints.entrySet()) {
                    keep.setString(1, event.getKey());
                    keep.setString(2, event.getValue());
                    keep.addBatch();
                }
                keep.executeBatch();
            }
            try (Statement delete = db.connection().createStatement();
                 PreparedStatement insert = db.connection().prepareStatement("INSERT INTO discrepancies(position, "
                         + "event_id, kind, class, \"values\", explanation) VALUES (?, ?, ?, ?, ?, ?)")) {
                delete.execute("DELETE FROM discrepancies");
                int position = 0;
                for (Discrepancy d : discrepancies) {
                    insert.setInt(1, position++);
                    insert.setString(2, d.eventId());
                    insert.setString(3, d.kind().label());
                    insert.setString(4, d.verdict().label());
                    insert.setString(5, Database.json(d.values()));
                    insert.setString(6, d.explanation());
                    insert.addBatch();
                    if (position % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    @Override
    public Map<String, String> comparedFingerprints() {
        Map<String, String> fingerprints = new HashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT event_id, fingerprint FROM compared_events")) {
            while (rows.next()) {
                fingerprints.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw db.failure("reading the compared events' fingerprints", e);
        }
        return fingerprints;
    }

    @Override
    public void forEachDiscrepancy(String eventId, Consumer<Discrepancy> consumer) {
        String sql = "SELECT * FROM discrepancies" + (eventId == null ? "" : " WHERE event_id = ?") + " ORDER BY position";
        try (PreparedStatement select = db.connection().prepareStatement(sql)) {
            if (eventId != null) {
                select.setString(1, eventId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(new Discrepancy(rows.getString("event_id"),
                            Discrepancy.Kind.valueOf(rows.getString("kind").toUpperCase(Locale.ROOT)),
                            Discrepancy.Verdict.valueOf(rows.getString("class").toUpperCase(Locale.ROOT)),
                            values(rows.getString("values")), rows.getString("explanation")));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading discrepancies", e);
        }
    }

    private static List<Discrepancy.Value> values(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored discrepancy values are not a JSON array of values: " + json, e);
        }
    }
}
