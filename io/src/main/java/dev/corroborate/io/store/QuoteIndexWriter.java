package dev.corroborate.io.store;

import dev.corroborate.pipeline.QuoteArchive;
import dev.corroborate.quote.QuoteGrouper;
import dev.corroborate.quote.SpeakerResolver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the rows of the quote grouping's and speaker resolution's kept index ({@link QuoteIndexTable}),
 * inside the caller's transaction. Each table's rows go in statements of {@link #BATCH} rows over a JSON
 * array, not one statement a row: inside the transaction a statement that may abort copies each page it
 * first touches to its statement journal, so one a row copied a page once per row written on it. A row is
 * made as its statement's batch fills, not all of a table's first: a run from scratch over a million
 * articles writes some 13 million holders and 1.8 million mentions, and held them all as rows and JSON
 * beside everything the quote stage holds. Not thread-safe.
 */
final class QuoteIndexWriter {

    private static final int BATCH = 5000;

    private final Database db;

    QuoteIndexWriter(Database db) {
        this.db = db;
    }

    /**
     * Writes the index rows; {@code appending}: to a kept index, each word given a part after its kept ones
     * with its new count and holders (in key order within the part), its holders dropped when the word
     * becomes too common; otherwise into empty tables, a part a word.
     */
    void write(QuoteArchive.KeptIndex index, boolean appending) throws SQLException {
        // Every mention whose story changed is written with its story now (all of them, or those the stage
        // read through the marks): the marks go.
        try (Statement delete = db.connection().createStatement()) {
            delete.execute("DELETE FROM story_changes");
        }
        // The rows of a table without rowids (where order changes nothing stored) in key order, so its pages are
        // met once each, not again after the page cache let them go; the others in the order given, which their
        // rowids follow.
        Map<String, List<QuoteGrouper.Ref>> added = new TreeMap<>();
        SortedMap<QuoteGrouper.Ref, Set<String>> quoteWords = new TreeMap<>(
                Comparator.comparing(QuoteGrouper.Ref::key).thenComparingInt(QuoteGrouper.Ref::ordinal));
        for (QuoteArchive.KeptWords kept : index.words()) {
            QuoteGrouper.Ref ref = kept.ref();
            quoteWords.put(ref, kept.words());
            kept.words().forEach(word -> added.computeIfAbsent(word, w -> new ArrayList<>()).add(ref));
        }
        try (Rows rows = new Rows("INSERT OR REPLACE INTO quote_words(quote_id, ordinal, article_id, words) SELECT "
                + QuoteTable.columns(4) + " FROM json_each(?1) ORDER BY key")) {
            for (var entry : quoteWords.entrySet()) {
                QuoteGrouper.Ref ref = entry.getKey();
                rows.add(new Object[] {ref.key(), ref.ordinal(), ref.articleId(), wordText(entry.getValue())});
            }
            rows.finish();
        }
        quoteWords.clear();
        writePostings(added, appending, index.maxPostings());
        writeForms(index);
        writeMentions(index.mentions());
    }

    /**
     * Each word's count, and its holders while it is not too common: a word too common after this run
     * proposes no candidates, now or later, and its holders are read only the run it becomes so.
     * Appending, a run adds one part a word after the kept ones (schema 22), holding its count and new
     * holders (their order is not read): the kept parts are neither read nor written, except a word's
     * holders dropped the run it becomes too common, and a word's parts joined into one, in their order,
     * when it would have {@link QuoteIndexTable#MAX_PARTS}, so reading a word's holders reads a few rows
     * whatever the number of runs.
     */
    private void writePostings(Map<String, List<QuoteGrouper.Ref>> added, boolean appending, int maxPostings)
            throws SQLException {
        Map<String, int[]> keptWords = appending ? keptParts(added.keySet()) : Map.of();
        List<Object[]> tooCommon = new ArrayList<>();
        List<Object[]> joined = new ArrayList<>();
        for (var entry : added.entrySet()) {
            int[] before = keptWords.getOrDefault(entry.getKey(), new int[2]);
            if (before[0] + entry.getValue().size() > maxPostings && before[1] > 0 && before[0] <= maxPostings) {
                tooCommon.add(new Object[] {entry.getKey()});
            }
            if (before[1] + 1 >= QuoteIndexTable.MAX_PARTS) {
                joined.add(new Object[] {entry.getKey()});
            }
        }
        execute("UPDATE quote_word_postings SET holders = NULL WHERE word IN (SELECT value ->> 0 FROM json_each(?1)) "
                + "AND holders IS NOT NULL", tooCommon, null);
        if (!joined.isEmpty()) {
            long last = lastPart();
            // A part a word, its parts' holders in rowid order (none when one is null), after every kept part.
            execute("INSERT INTO quote_word_postings(word, quotes, holders) SELECT word, sum(quotes), CASE WHEN count(holders) "
                    + "< count(*) THEN NULL ELSE '[' || group_concat(substr(holders, 2, length(holders) - 2), ',' ORDER BY rowid) "
                    + "|| ']' END FROM quote_word_postings WHERE word IN (SELECT value ->> 0 FROM json_each(?1)) GROUP BY word "
                    + "ORDER BY word", joined, null);
            execute("DELETE FROM quote_word_postings WHERE word IN (SELECT value ->> 0 FROM json_each(?1)) AND rowid <= ?2",
                    joined, last);
        }
        try (Rows rows = new Rows("INSERT INTO quote_word_postings(word, quotes, holders) SELECT " + QuoteTable.columns(3)
                + " FROM json_each(?1) ORDER BY key")) {
            for (var entry : added.entrySet()) {
                String word = entry.getKey();
                int count = entry.getValue().size();
                String listed = null;
                if (keptWords.getOrDefault(word, new int[2])[0] + count <= maxPostings) {
                    Set<QuoteGrouper.Ref> all = new TreeSet<>(entry.getValue());
                    List<String> held = new ArrayList<>(all.size());
                    all.forEach(ref -> held.add(ref.ordinal() + ":" + ref.key()));
                    listed = Database.json(held);
                }
                entry.setValue(List.of()); // its holders written: let them go
                rows.add(new Object[] {word, count, listed});
            }
            rows.finish();
        }
    }

    /** A block of a form, as stored, to be written in the order of the blocks, then the forms' identities. */
    private record BlockRow(String block, SpeakerResolver.KeptForm form) {
    }

    private void writeForms(QuoteArchive.KeptIndex index) throws SQLException {
        List<BlockRow> blocks = new ArrayList<>();
        try (Rows rows = new Rows("INSERT OR REPLACE INTO speaker_forms(identity, words, named, scope, speaker_id) SELECT "
                + QuoteTable.columns(5) + " FROM json_each(?1) ORDER BY key")) {
            for (SpeakerResolver.KeptForm form : index.forms()) {
                rows.add(new Object[] {form.identity(), nameText(form), form.named() ? 1 : 0, form.scope(), form.speakerId()});
                for (String block : index.blocks().getOrDefault(form.identity(), Set.of())) {
                    blocks.add(new BlockRow(QuoteIndexTable.storedBlock(block), form));
                }
            }
            rows.finish();
        }
        // By block, then identity, a pair's first form as one row at a time gave it (INSERT OR IGNORE keeps the
        // first; the sort is stable). Name words hold no NUL, so this is the order of "block NUL identity".
        blocks.sort(Comparator.comparing(BlockRow::block).thenComparing(row -> row.form().identity()));
        try (Rows rows = new Rows("INSERT OR IGNORE INTO speaker_form_blocks(block, identity, named, words) SELECT "
                + QuoteTable.columns(4) + " FROM json_each(?1) ORDER BY key")) {
            BlockRow previous = null;
            for (BlockRow row : blocks) {
                if (previous == null || !previous.block().equals(row.block())
                        || !previous.form().identity().equals(row.form().identity())) {
                    rows.add(new Object[] {row.block(), row.form().identity(), row.form().named() ? 1 : 0, nameText(row.form())});
                }
                previous = row;
            }
            rows.finish();
        }
    }

    private void writeMentions(List<QuoteArchive.KeptMention> mentions) throws SQLException {
        SortedMap<String, Object[]> revised = new TreeMap<>();
        try (Rows rows = new Rows("INSERT OR REPLACE INTO speaker_mentions(mention_key, identity, article_id, story_key, "
                + "speaker, quote_groups, quotes) SELECT " + QuoteTable.columns(7) + " FROM json_each(?1) ORDER BY key")) {
            for (QuoteArchive.KeptMention kept : mentions) {
                SpeakerResolver.Mention mention = kept.mention();
                String groups = Database.json(new TreeSet<>(mention.quoteGroups()));
                if (kept.quotes() < 0) {
                    // The last revision of a mention as one statement a row gave it.
                    revised.put(mention.key(), new Object[] {mention.key(), mention.storyKey(), groups});
                    continue;
                }
                rows.add(new Object[] {mention.key(), kept.identity(), mention.articleId(), mention.storyKey(),
                    Database.json(mention.speaker()), groups, kept.quotes()});
            }
            rows.finish();
        }
        execute("UPDATE speaker_mentions SET story_key = j.value ->> 1, quote_groups = j.value ->> 2 FROM json_each(?1) AS j "
                + "WHERE speaker_mentions.mention_key = j.value ->> 0", new ArrayList<>(revised.values()), null);
    }

    /** A quote's content words as stored: sorted, one space between. */
    private static String wordText(Set<String> words) {
        return String.join(" ", new TreeSet<>(words));
    }

    /** A name form's words as stored (name words hold no spaces). */
    private static String nameText(SpeakerResolver.KeptForm form) {
        return String.join(" ", form.words());
    }

    /** Each of these words' kept count and number of parts (words with none left out). */
    private Map<String, int[]> keptParts(Collection<String> words) {
        Map<String, int[]> kept = new HashMap<>();
        db.forEachRow("reading quote word counts", "SELECT word, sum(quotes), count(*) FROM quote_word_postings "
                + "WHERE word IN (SELECT value FROM json_each(?)) GROUP BY word", words,
                rows -> kept.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3)}));
        return kept;
    }

    /** The last rowid of the postings, 0 when there are none. */
    private long lastPart() throws SQLException {
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT coalesce(max(rowid), 0) FROM quote_word_postings")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /**
     * Runs {@code sql} over the rows, {@link #BATCH} at a time: {@code ?1} a JSON array of them (each an
     * array), {@code ?2} {@code second} when not {@code null}.
     */
    private void execute(String sql, List<Object[]> rows, Number second) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                statement.setString(1, Database.json(rows.subList(from, Math.min(rows.size(), from + BATCH))));
                if (second != null) {
                    statement.setLong(2, second.longValue());
                }
                statement.executeUpdate();
            }
        }
    }

    /**
     * Rows run through one statement {@link #BATCH} at a time as they are given ({@code ?1} a JSON array
     * of them): {@link #finish} runs the last ones; closing without it (a failure) runs nothing more.
     */
    private final class Rows implements AutoCloseable {
        private final String sql;
        private final List<Object[]> pending = new ArrayList<>();
        private PreparedStatement statement;

        Rows(String sql) {
            this.sql = sql;
        }

        void add(Object[] row) throws SQLException {
            pending.add(row);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void finish() throws SQLException {
            flush();
        }

        private void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            if (statement == null) {
                statement = db.connection().prepareStatement(sql);
            }
            statement.setString(1, Database.json(pending));
            statement.executeUpdate();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
