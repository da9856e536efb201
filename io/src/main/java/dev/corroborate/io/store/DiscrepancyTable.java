package dev.corroborate.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.compare.KeptAlignment;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.pipeline.DiscrepancySink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The {@code discrepancies} table, the comparison stage's results, and {@code compared_events}, the
 * fingerprint of each compared event's inputs: replaced by a run from scratch, and by an
 * incremental run for the events it compared again (rows by event and ordinal, schema 13); and
 * {@code compared_alignments}, each compared event's kept alignment (schema 16); and {@code comparison_changes}, the
 * marks triggers make of what changed in the comparison's inputs since it last read them (schema 23; a
 * quote's person renamed apart, schema 24). Not thread-safe.
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
            try (Statement clear = db.connection().createStatement()) {
                clear.execute("DELETE FROM compared_events");
                clear.execute("DELETE FROM discrepancies");
            }
            keepFingerprints(fingerprints);
            insert(discrepancies);
        });
    }

    /** Rewrites only the compared and the gone events' rows; the others stay as they are. */
    @Override
    public void updateDiscrepancies(Map<String, List<Discrepancy>> compared, Map<String, String> fingerprints,
                                    Set<String> gone) {
        int count = compared.values().stream().mapToInt(List::size).sum();
        db.inTransaction("storing " + count + " discrepancies of " + compared.size() + " events", () -> {
            Set<String> forgotten = new TreeSet<>(gone);
            forgotten.addAll(compared.keySet());
            try (PreparedStatement fingerprint = db.connection().prepareStatement(
                         "DELETE FROM compared_events WHERE event_id IN (SELECT value FROM json_each(?))");
                 PreparedStatement found = db.connection().prepareStatement(
                         "DELETE FROM discrepancies WHERE event_id IN (SELECT value FROM json_each(?))")) {
                fingerprint.setString(1, Database.json(new ArrayList<>(forgotten)));
                fingerprint.executeUpdate();
                found.setString(1, Database.json(new ArrayList<>(forgotten)));
                found.executeUpdate();
            }
            keepFingerprints(fingerprints);
            List<Discrepancy> all = new ArrayList<>();
            compared.values().forEach(all::addAll);
            insert(all);
        });
    }

    private void keepFingerprints(Map<String, String> fingerprints) throws SQLException {
        try (PreparedStatement keep = db.connection().prepareStatement(
                "INSERT OR REPLACE INTO compared_events(event_id, fingerprint) VALUES (?, ?)")) {
            for (Map.Entry<String, String> event : fingerprints.entrySet()) {
                keep.setString(1, event.getKey());
                keep.setString(2, event.getValue());
                keep.addBatch();
            }
            keep.executeBatch();
        }
    }

    /** Inserts discrepancies numbered within their event in the order given (after that event's rows were deleted). */
    private void insert(List<Discrepancy> discrepancies) throws SQLException {
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO discrepancies(event_id, ordinal, "
                + "kind, class, \"values\", explanation) VALUES (?, ?, ?, ?, ?, ?)")) {
            Map<String, Integer> ordinals = new HashMap<>();
            int pending = 0;
            for (Discrepancy d : discrepancies) {
                insert.setString(1, d.eventId());
                insert.setInt(2, ordinals.merge(d.eventId(), 1, Integer::sum) - 1);
                insert.setString(3, d.kind().label());
                insert.setString(4, d.verdict().label());
                insert.setString(5, Database.json(d.values()));
                insert.setString(6, d.explanation());
                insert.addBatch();
                if (++pending == 5000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** Read by event id in one query; a row that does not inflate is left out (the event is aligned whole). */
    @Override
    public Map<String, KeptAlignment> keptAlignments(Collection<String> eventIds) {
        Map<String, KeptAlignment> kept = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT event_id, stamp, articles "
                + "FROM compared_alignments WHERE event_id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(new ArrayList<>(eventIds)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String encoded = inflated(rows.getBytes(3));
                    if (encoded != null) {
                        kept.put(rows.getString(1), KeptAlignment.decode(rows.getString(2), encoded));
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept alignments of " + eventIds.size() + " events", e);
        }
        return kept;
    }

    @Override
    public void keepAlignments(Map<String, KeptAlignment> alignments, Set<String> gone, boolean everyEvent) {
        db.inTransaction("keeping the alignments of " + alignments.size() + " events", () -> {
            if (everyEvent) {
                try (Statement clear = db.connection().createStatement()) {
                    clear.execute("DELETE FROM compared_alignments");
                }
            } else {
                try (PreparedStatement forget = db.connection().prepareStatement(
                        "DELETE FROM compared_alignments WHERE event_id IN (SELECT value FROM json_each(?))")) {
                    forget.setString(1, Database.json(new ArrayList<>(gone)));
                    forget.executeUpdate();
                }
            }
            try (PreparedStatement keep = db.connection().prepareStatement(
                    "INSERT OR REPLACE INTO compared_alignments(event_id, stamp, articles) VALUES (?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<String, KeptAlignment> event : alignments.entrySet()) {
                    keep.setString(1, event.getKey());
                    keep.setString(2, event.getValue().stamp());
                    keep.setBytes(3, deflated(event.getValue().encode()));
                    keep.addBatch();
                    if (++pending == 500) {
                        keep.executeBatch();
                        pending = 0;
                    }
                }
                keep.executeBatch();
            }
        });
    }

    private static byte[] deflated(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** The text {@link #deflated} kept, or {@code null} when the bytes are not a deflated stream. */
    private static String inflated(byte[] bytes) {
        Inflater inflater = new Inflater();
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Counted by the index on kind and class, without reading the values. */
    @Override
    public Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> discrepancyCounts() {
        Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> counts = new EnumMap<>(Discrepancy.Kind.class);
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT kind, class, count(*) FROM discrepancies GROUP BY kind, class")) {
            while (rows.next()) {
                counts.computeIfAbsent(Discrepancy.Kind.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)),
                        k -> new EnumMap<>(Discrepancy.Verdict.class))
                        .put(Discrepancy.Verdict.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)), rows.getInt(3));
            }
        } catch (SQLException e) {
            throw db.failure("counting discrepancies", e);
        }
        return counts;
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

    /** Read by event id in one query. */
    @Override
    public Map<String, String> comparedFingerprints(Collection<String> eventIds) {
        Map<String, String> fingerprints = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT event_id, fingerprint FROM compared_events "
                + "WHERE event_id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(new ArrayList<>(eventIds)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    fingerprints.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the fingerprints of " + eventIds.size() + " compared events", e);
        }
        return fingerprints;
    }

    /** What the comparison's stamp is kept under ({@code kept_stamps}) when it forgets its marks. */
    static final String CHANGES_STAMP = "comparison changes";

    /**
     * The marks of {@code comparison_changes} (schema 23, written by triggers) turned into events: those
     * marked, those of the marked articles, those of the articles quoted in the marked groups, and those
     * where a speaker renamed is now two people or two are one ({@link #eventsRenamingSpeakers}), each
     * with its members read by the event index; empty when the comparison last forgot its marks under
     * another stamp, or never (a store migrated to schema 23, whose changes before it were not marked).
     */
    @Override
    public java.util.Optional<ComparisonChanges> comparisonChanges(String stamp) {
        try {
            if (!stamp.equals(keptStamp())) {
                return java.util.Optional.empty();
            }
            long upTo = lastComparisonChange();
            Set<String> events = new TreeSet<>();
            Set<String> retold = new TreeSet<>();
            try (PreparedStatement select = db.connection().prepareStatement(
                    "SELECT id, 0 FROM comparison_changes WHERE kind = 'event' AND rowid <= ?1 "
                    + "UNION SELECT m.event_id, c.kind = 'text' FROM comparison_changes c JOIN event_members m ON m.article_id = c.id "
                    + "WHERE c.kind IN ('article', 'text') AND c.rowid <= ?1 "
                    + "UNION SELECT m.event_id, 0 FROM comparison_changes c JOIN quotes q ON q.group_id = c.id "
                    + "JOIN event_members m ON m.article_id = q.article_id WHERE c.kind = 'group' AND c.rowid <= ?1")) {
                select.setLong(1, upTo);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(rows.getString(1));
                        if (rows.getInt(2) == 1) {
                            retold.add(rows.getString(1));
                        }
                    }
                }
            }
            events.addAll(eventsRenamingSpeakers(upTo));
            Map<String, List<String>> members = new HashMap<>();
            events.forEach(event -> members.put(event, new ArrayList<>(2)));
            try (PreparedStatement select = db.connection().prepareStatement("SELECT event_id, article_id FROM event_members "
                    + "WHERE event_id IN (SELECT value FROM json_each(?))")) {
                select.setString(1, Database.json(new ArrayList<>(events)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        members.get(rows.getString(1)).add(rows.getString(2));
                    }
                }
            }
            int compared;
            try (Statement count = db.connection().createStatement();
                 ResultSet rows = count.executeQuery("SELECT count(*) FROM (SELECT 1 FROM event_members GROUP BY event_id "
                         + "HAVING count(*) > 1)")) {
                compared = rows.next() ? rows.getInt(1) : 0;
            }
            return java.util.Optional.of(new ComparisonChanges(members, retold, compared, upTo));
        } catch (SQLException e) {
            throw db.failure("reading what changed since the last comparison", e);
        }
    }

    /**
     * The events where a speaker renamed since the last comparison (the marks of kind {@code speaker}, schema 24:
     * a quote that changed only its person's id, with the id it had) changes which quotes share a speaker: where
     * one id before is two now (a split) or two are one (a merge). The comparison reads speaker ids for equality
     * only, so an event whose quotes' ids before and now match one to one compares as it did, and a person given
     * a new id across the archive changes none. Only the quotes whose person now is one of those renamed from or
     * to are read: any other quote kept its id, which none of those is.
     */
    private Set<String> eventsRenamingSpeakers(long upTo) throws SQLException {
        Map<String, String> was = new HashMap<>();
        Set<String> persons = new TreeSet<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT c.id, c.speaker_id, q.speaker_id "
                + "FROM comparison_changes c JOIN quotes q ON q.id = c.id WHERE c.kind = 'speaker' AND c.rowid <= ?")) {
            select.setLong(1, upTo);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // A quote renamed and back, or gone (its article is marked), changed nothing here.
                    if (rows.getString(3) != null && !rows.getString(2).equals(rows.getString(3))) {
                        was.put(rows.getString(1), rows.getString(2));
                        persons.add(rows.getString(2));
                        persons.add(rows.getString(3));
                    }
                }
            }
        }
        Set<String> changed = new TreeSet<>();
        if (was.isEmpty()) {
            return changed;
        }
        // Per event, each id before with the ids now of its quotes, and each id now with the ids before.
        Map<String, Map<String, Set<String>>> now = new HashMap<>();
        Map<String, Map<String, Set<String>>> before = new HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT m.event_id, q.id, q.speaker_id FROM quotes q "
                + "JOIN event_members m ON m.article_id = q.article_id WHERE q.speaker_id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(new ArrayList<>(persons)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String event = rows.getString(1);
                    String person = rows.getString(3);
                    String earlier = was.getOrDefault(rows.getString(2), person);
                    now.computeIfAbsent(event, k -> new HashMap<>()).computeIfAbsent(earlier, k -> new TreeSet<>()).add(person);
                    before.computeIfAbsent(event, k -> new HashMap<>()).computeIfAbsent(person, k -> new TreeSet<>()).add(earlier);
                }
            }
        }
        now.forEach((event, ids) -> {
            if (ids.values().stream().anyMatch(found -> found.size() > 1)
                    || before.get(event).values().stream().anyMatch(found -> found.size() > 1)) {
                changed.add(event);
            }
        });
        return changed;
    }

    private String keptStamp() throws SQLException {
        try (PreparedStatement select = db.connection().prepareStatement("SELECT stamp FROM kept_stamps WHERE kept = ?")) {
            select.setString(1, CHANGES_STAMP);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Override
    public long lastComparisonChange() {
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT coalesce(max(rowid), 0) FROM comparison_changes")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw db.failure("reading the last change marked for the comparison", e);
        }
    }

    @Override
    public void forgetComparisonChanges(long upTo, String stamp) {
        db.inTransaction("forgetting the changes the comparison read", () -> {
            try (PreparedStatement forget = db.connection().prepareStatement("DELETE FROM comparison_changes WHERE rowid <= ?");
                 PreparedStatement keep = db.connection().prepareStatement(
                         "INSERT OR REPLACE INTO kept_stamps(kept, stamp) VALUES (?, ?)")) {
                forget.setLong(1, upTo);
                forget.executeUpdate();
                keep.setString(1, CHANGES_STAMP);
                keep.setString(2, stamp);
                keep.executeUpdate();
            }
        });
    }

    @Override
    public void forEachDiscrepancy(String eventId, Consumer<Discrepancy> consumer) {
        String sql = "SELECT * FROM discrepancies" + (eventId == null ? "" : " WHERE event_id = ?") + " ORDER BY event_id, ordinal";
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
