package dev.corroborate.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.corroborate.model.Quote;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.pipeline.QuoteArchive;
import dev.corroborate.pipeline.QuoteStage;
import dev.corroborate.quote.KeptNames;
import dev.corroborate.quote.QuoteGrouper;
import dev.corroborate.quote.SpeakerResolver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What quote grouping and speaker resolution keep between runs (schema 14): {@code quote_words},
 * {@code quote_word_postings} (each word's count and holders, in parts a run appends, schema 22), {@code speaker_forms},
 * {@code speaker_form_blocks} and {@code speaker_mentions}; read a few rows at a time, by what a run's
 * new quotes and mentions touch ({@link QuoteGrouper.Kept}, {@link SpeakerResolver.KeptForms}).
 * Writes run inside the caller's transaction. Not thread-safe.
 */
final class QuoteIndexTable {

    /**
     * The most parts a word's holders are kept in (schema 22): a run that would make more joins them into
     * one. Reading a word's holders reads at most this many rows; joining rewrites a word's holders about
     * once in this many of the runs that add to them.
     */
    static final int MAX_PARTS = 8;

    private final Database db;

    QuoteIndexTable(Database db) {
        this.db = db;
    }

    /**
     * The articles with no kept findings, in feed order (no finding read): found over the two tables'
     * keys alone, then only these put in order (ordering every article would read every article row,
     * texts and all).
     */
    List<String> articlesWithoutFindings() {
        decoded.clear(); // a revision's first question: what it decodes from here is read afresh
        List<String> missing = new ArrayList<>();
        if (Database.rowsOfEveryArticle(db, "quote_findings")) {
            return missing;
        }
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id FROM articles EXCEPT SELECT article_id FROM quote_findings")) {
            while (rows.next()) {
                missing.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw db.failure("listing the articles without quote findings", e);
        }
        List<String> ids = new ArrayList<>();
        db.forEachRow("putting " + missing.size() + " articles in feed order", "SELECT id FROM articles WHERE id IN "
                + "(SELECT value FROM json_each(?)) ORDER BY published_utc IS NULL, published_utc, id", missing,
                rows -> ids.add(rows.getString(1)));
        return ids;
    }

    /**
     * The kept findings decoded since findings were last written, by article. A revision asks for the findings of
     * the articles whose quotes regrouping describes ({@link QuoteGrouper.Kept#members}), then for those of the
     * articles whose mentions it looks at again, mostly the same articles (some 1,300 a batch of 1,000 into the
     * 100,000 store): each decoded once. Forgotten when a revision starts ({@link #articlesWithoutFindings}) and
     * before findings are written.
     */
    private final Map<String, List<Quote>> decoded = new HashMap<>();

    /** The kept findings of these articles (those of the articles that have some), each list not to be changed. */
    Map<String, List<Quote>> keptFindings(Collection<String> articleIds) {
        List<String> unread = new ArrayList<>();
        for (String id : articleIds) {
            if (!decoded.containsKey(id)) {
                unread.add(id);
            }
        }
        if (!unread.isEmpty()) {
            var type = Database.JSON.getTypeFactory().constructCollectionType(List.class, Quote.class);
            db.forEachRow("reading the quote findings of " + unread.size() + " articles",
                    "SELECT article_id, findings FROM quote_findings WHERE article_id IN (SELECT value FROM json_each(?))",
                    unread, rows -> {
                        try {
                            List<Quote> quotes = Database.JSON.readValue(rows.getString(2), type);
                            decoded.put(rows.getString(1), java.util.Collections.unmodifiableList(quotes));
                        } catch (JsonProcessingException e) {
                            throw new StoreException("the quote findings of " + rows.getString(1) + " are not readable JSON", e);
                        }
                    });
        }
        Map<String, List<Quote>> findings = new HashMap<>();
        for (String id : articleIds) {
            List<Quote> quotes = decoded.get(id);
            if (quotes != null) {
                findings.put(id, quotes);
            }
        }
        return findings;
    }

    /** Forgets the findings decoded so far: called before findings are written. */
    void forgetDecodedFindings() {
        decoded.clear();
    }

    /** The quote stage's figures, counted. */
    QuoteStage.Summary figures() {
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT (SELECT count(*) FROM articles), "
                     + "(SELECT count(*) FROM quotes WHERE kind = 'direct'), (SELECT count(*) FROM quotes), "
                     + "(SELECT count(*) FROM quote_groups), (SELECT count(*) FROM speakers)")) {
            rows.next();
            return new QuoteStage.Summary(rows.getInt(1), rows.getInt(2), rows.getInt(3) - rows.getInt(2), rows.getInt(4),
                    rows.getInt(5));
        } catch (SQLException e) {
            throw db.failure("counting quotes", e);
        }
    }

    /** The storyline of each of these articles that has one. */
    Map<String, String> storiesOf(Collection<String> articleIds) {
        Map<String, String> stories = new HashMap<>();
        db.forEachRow("reading the storylines of " + articleIds.size() + " articles", "SELECT m.article_id, e.story_id "
                + "FROM event_members m JOIN events e ON e.id = m.event_id WHERE m.article_id IN (SELECT value FROM json_each(?))",
                articleIds, rows -> stories.put(rows.getString(1), rows.getString(2)));
        return stories;
    }

    /** Whether every article has a storyline. */
    boolean everyArticlePlaced() {
        if (Database.rowsOfEveryArticle(db, "event_members")) {
            return true;
        }
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM articles a WHERE NOT EXISTS "
                     + "(SELECT 1 FROM event_members m WHERE m.article_id = a.id))")) {
            return rows.next() && rows.getInt(1) == 1;
        } catch (SQLException e) {
            throw db.failure("checking that every article is placed", e);
        }
    }

    /** The kept group of each quote of these articles that is in one. */
    Map<String, String> keptGroupsOf(Collection<String> articleIds) {
        Map<String, String> groups = new HashMap<>();
        db.forEachRow("reading the quote groups of " + articleIds.size() + " articles", "SELECT id, group_id FROM quotes "
                + "WHERE article_id IN (SELECT value FROM json_each(?)) AND group_id IS NOT NULL",
                articleIds, rows -> groups.put(rows.getString(1), rows.getString(2)));
        return groups;
    }

    /** The kept mentions of these articles, by key. */
    Map<String, QuoteArchive.KeptMention> keptMentions(Collection<String> articleIds) {
        Map<String, QuoteArchive.KeptMention> mentions = new HashMap<>();
        db.forEachRow("reading the speaker mentions of " + articleIds.size() + " articles", "SELECT * FROM speaker_mentions "
                + "WHERE article_id IN (SELECT value FROM json_each(?))", articleIds, rows -> {
                    QuoteArchive.KeptMention mention = keptMention(rows, rows.getString("story_key"));
                    mentions.put(mention.mention().key(), mention);
                });
        return mentions;
    }

    /**
     * The kept mentions whose article's storyline is not their kept story, with the storyline now, in
     * key order: only the mentions of the articles of the events marked since the marks were last
     * forgotten ({@code story_changes}, schema 26: written by triggers whenever an event is written,
     * joined to another storyline or given a member), as every other mention's story stands.
     */
    List<SpeakerResolver.Mention> mentionsWithChangedStory() {
        List<SpeakerResolver.Mention> moved = new ArrayList<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery(CHANGED_STORY_MENTIONS)) {
            while (rows.next()) {
                moved.add(keptMention(rows, rows.getString("story_now")).mention());
            }
        } catch (SQLException e) {
            throw db.failure("reading the speaker mentions whose story changed", e);
        }
        return moved;
    }

    /**
     * The marked events' mentions whose story changed, in this join order (CROSS JOIN keeps it): left to
     * itself, SQLite scanned every mention in key order to spare the sort.
     */
    static final String CHANGED_STORY_MENTIONS = "SELECT s.*, e.story_id AS story_now FROM story_changes c "
            + "CROSS JOIN events e ON e.id = c.event_id CROSS JOIN event_members m ON m.event_id = c.event_id "
            + "CROSS JOIN speaker_mentions s ON s.article_id = m.article_id "
            + "WHERE e.story_id <> s.story_key ORDER BY s.mention_key";

    private static QuoteArchive.KeptMention keptMention(ResultSet rows, String story) throws SQLException {
        try {
            SpeakerMention speaker = Database.JSON.readValue(rows.getString("speaker"), SpeakerMention.class);
            return new QuoteArchive.KeptMention(new SpeakerResolver.Mention(rows.getString("article_id"), story, speaker,
                    new TreeSet<>(Database.strings(rows.getString("quote_groups")))), rows.getString("identity"),
                    rows.getInt("quotes"));
        } catch (JsonProcessingException e) {
            throw new StoreException("the speaker mention " + rows.getString("mention_key") + " is not readable JSON", e);
        }
    }

    /** The kept quotes' words, postings, counts and groups, for regrouping. */
    QuoteGrouper.Kept keptQuotes() {
        return new QuoteGrouper.Kept() {
            /** Each kept quote met in the holders read so far, by its kept form: one {@code Ref} a quote, not one a posting. */
            private final KnownHolders known = new KnownHolders();

            @Override
            public Map<String, Integer> counts(Collection<String> words) {
                Map<String, Integer> counts = new HashMap<>();
                db.forEachRow("reading quote word counts", "SELECT word, sum(quotes) FROM quote_word_postings "
                        + "WHERE word IN (SELECT value FROM json_each(?)) GROUP BY word", words,
                        rows -> counts.put(rows.getString(1), rows.getInt(2)));
                return counts;
            }

            @Override
            public Map<String, List<QuoteGrouper.Ref>> holders(Collection<String> words) {
                // A word's parts in the order of their rowids, the order runs appended them; none for a word too
                // common (a null part). Put in order here: ordered by SQLite, the parts' texts would be sorted.
                Map<String, java.util.TreeMap<Long, String>> parts = new HashMap<>();
                db.forEachRow("reading quote word postings", "SELECT word, rowid, holders FROM quote_word_postings "
                        + "WHERE word IN (SELECT value FROM json_each(?))", words,
                        rows -> parts.computeIfAbsent(rows.getString(1), w -> new java.util.TreeMap<>())
                                .put(rows.getLong(2), rows.getString(3)));
                Map<String, List<QuoteGrouper.Ref>> holders = new HashMap<>();
                parts.forEach((word, held) -> {
                    if (held.containsValue(null)) {
                        return;
                    }
                    List<QuoteGrouper.Ref> refs = null;
                    for (String part : held.values()) {
                        List<QuoteGrouper.Ref> more = refs(part, known);
                        if (refs == null) {
                            refs = more;
                        } else {
                            refs.addAll(more);
                        }
                    }
                    holders.put(word, refs);
                });
                return holders;
            }

            @Override
            public Map<QuoteGrouper.Ref, Set<String>> words(Collection<QuoteGrouper.Ref> refs) {
                Set<QuoteGrouper.Ref> wanted = new java.util.HashSet<>(refs);
                Set<String> keys = new TreeSet<>();
                refs.forEach(ref -> keys.add(ref.key()));
                Map<QuoteGrouper.Ref, Set<String>> words = new HashMap<>();
                db.forEachRow("reading quote words", "SELECT quote_id, ordinal, article_id, words FROM quote_words "
                        + "WHERE quote_id IN (SELECT value FROM json_each(?))", keys, rows -> {
                            QuoteGrouper.Ref ref = new QuoteGrouper.Ref(rows.getString(1), rows.getInt(2), rows.getString(3));
                            if (wanted.contains(ref)) {
                                words.put(ref, wordSet(rows.getString(4)));
                            }
                        });
                return words;
            }

            @Override
            public List<QuoteGrouper.Ref> sharingKeys() {
                List<QuoteGrouper.Ref> refs = new ArrayList<>();
                try (Statement select = db.connection().createStatement();
                     ResultSet rows = select.executeQuery("SELECT quote_id, ordinal, article_id FROM quote_words WHERE quote_id IN "
                             + "(SELECT quote_id FROM quote_words WHERE ordinal > 0)")) {
                    while (rows.next()) {
                        refs.add(new QuoteGrouper.Ref(rows.getString(1), rows.getInt(2), rows.getString(3)));
                    }
                } catch (SQLException e) {
                    throw db.failure("reading the quotes sharing an offset", e);
                }
                return refs;
            }

            @Override
            public Map<String, String> groupsOf(Collection<String> keys) {
                Map<String, String> groups = new HashMap<>();
                db.forEachRow("reading quote groups", "SELECT id, group_id FROM quotes WHERE id IN (SELECT value FROM json_each(?)) "
                        + "AND group_id IS NOT NULL", keys, rows -> groups.put(rows.getString(1), rows.getString(2)));
                return groups;
            }

            @Override
            public List<QuoteGrouper.Ref> membersOf(Collection<String> groups) {
                List<QuoteGrouper.Ref> refs = new ArrayList<>();
                db.forEachRow("reading the members of quote groups", "SELECT w.quote_id, w.ordinal, w.article_id FROM quotes q "
                        + "JOIN quote_words w ON w.quote_id = q.id WHERE q.group_id IN (SELECT value FROM json_each(?))",
                        groups, rows -> refs.add(new QuoteGrouper.Ref(rows.getString(1), rows.getInt(2), rows.getString(3))));
                return refs;
            }

            @Override
            public Map<QuoteGrouper.Ref, QuoteGrouper.Member> members(Collection<QuoteGrouper.Ref> refs) {
                Set<String> articles = new TreeSet<>();
                refs.forEach(ref -> articles.add(ref.articleId()));
                Set<QuoteGrouper.Ref> wanted = new java.util.HashSet<>(refs);
                Map<QuoteGrouper.Ref, QuoteGrouper.Member> members = new HashMap<>();
                keptFindings(articles).forEach((article, quotes) -> {
                    Map<String, Integer> seen = new HashMap<>();
                    for (Quote quote : quotes) {
                        if (QuoteGrouper.isGroupable(quote)) {
                            String key = article + "#" + quote.start();
                            QuoteGrouper.Ref ref = new QuoteGrouper.Ref(key, seen.merge(key, 1, Integer::sum) - 1, article);
                            if (wanted.contains(ref)) {
                                members.put(ref, new QuoteGrouper.Member(article, quote, null));
                            }
                        }
                    }
                });
                return members;
            }
        };
    }

    /** The kept name forms and mentions, for one revision of the speakers (each form's mentions read once). */
    SpeakerResolver.KeptForms keptForms() {
        return new SpeakerResolver.KeptForms() {
            @Override
            public Map<String, SpeakerResolver.KeptForm> forms(Collection<String> identities) {
                Map<String, SpeakerResolver.KeptForm> forms = new HashMap<>();
                db.forEachRow("reading speaker name forms", "SELECT * FROM speaker_forms WHERE identity IN "
                        + "(SELECT value FROM json_each(?))", identities, rows -> forms.put(rows.getString("identity"), form(rows)));
                return forms;
            }

            @Override
            public Map<String, List<SpeakerResolver.KeptForm>> inBlocks(Collection<String> blocks) {
                Map<String, List<SpeakerResolver.KeptForm>> forms = new HashMap<>();
                db.forEachRow("reading the name forms of blocks", "SELECT b.block AS block, f.* FROM speaker_form_blocks b "
                        + "JOIN speaker_forms f ON f.identity = b.identity WHERE b.block IN (SELECT value FROM json_each(?))",
                        stored(blocks), rows -> forms.computeIfAbsent(block(rows.getString("block")), b -> new ArrayList<>())
                                .add(form(rows)));
                return forms;
            }

            @Override
            public Map<String, KeptNames> namesInBlocks(Collection<String> blocks) {
                // One row a block, its forms packed by SQLite (a few hundred rows to hand over, not a row a
                // form): "named identity words" a line; identities are hex and name words hold no line break.
                // Handed over packed: the resolver cuts out only the names whose initials pass.
                Map<String, KeptNames> names = new HashMap<>();
                db.forEachRow("reading the names of blocks", "SELECT block, group_concat(named || identity || ' ' || words, char(10)) "
                        + "FROM speaker_form_blocks WHERE block IN (SELECT value FROM json_each(?)) GROUP BY block",
                        stored(blocks), rows -> names.put(block(rows.getString(1)), KeptNames.packed(rows.getString(2))));
                return names;
            }

            @Override
            public Map<String, Integer> blockSizes(Collection<String> blocks) {
                Map<String, Integer> sizes = new HashMap<>();
                db.forEachRow("counting the name forms of blocks", "SELECT block, count(*) FROM speaker_form_blocks "
                        + "WHERE block IN (SELECT value FROM json_each(?)) GROUP BY block", stored(blocks),
                        rows -> sizes.put(block(rows.getString(1)), rows.getInt(2)));
                return sizes;
            }

            @Override
            public List<SpeakerResolver.KeptForm> ofPeople(Collection<String> speakerIds) {
                List<SpeakerResolver.KeptForm> forms = new ArrayList<>();
                db.forEachRow("reading the name forms of people", "SELECT * FROM speaker_forms WHERE speaker_id IN "
                        + "(SELECT value FROM json_each(?))", speakerIds, rows -> forms.add(form(rows)));
                return forms;
            }

            @Override
            public List<SpeakerResolver.Mention> mentionsOf(Collection<String> identities) {
                // A revision asks for the mentions of a form as evidence and again to resolve its person: each
                // form's mentions read once. In the order one query gives: by form, then as the form's index holds them.
                Set<String> wanted = new TreeSet<>(identities);
                List<String> unread = new ArrayList<>();
                for (String identity : wanted) {
                    if (!mentionsOfForm.containsKey(identity)) {
                        unread.add(identity);
                        mentionsOfForm.put(identity, new ArrayList<>());
                    }
                }
                db.forEachRow("reading the mentions of name forms", "SELECT * FROM speaker_mentions WHERE identity IN "
                        + "(SELECT value FROM json_each(?))", unread,
                        rows -> mentionsOfForm.get(rows.getString("identity"))
                                .add(keptMention(rows, rows.getString("story_key")).mention()));
                List<SpeakerResolver.Mention> mentions = new ArrayList<>();
                wanted.forEach(identity -> mentions.addAll(mentionsOfForm.get(identity)));
                return mentions;
            }

            /** The kept mentions read so far, by form (none written while a revision reads). */
            private final Map<String, List<SpeakerResolver.Mention>> mentionsOfForm = new HashMap<>();
        };
    }

    private static SpeakerResolver.KeptForm form(ResultSet rows) throws SQLException {
        String words = rows.getString("words");
        return new SpeakerResolver.KeptForm(rows.getString("identity"), words.isEmpty() ? List.of() : List.of(words.split(" ")),
                rows.getInt("named") == 1, rows.getString("scope"), rows.getString("speaker_id"));
    }

    /**
     * A block as stored: a prefix block's leading NUL (which a TEXT column keeps badly) as {@code >},
     * which no name word holds (they are letters, digits, {@code .'-}).
     */
    static String storedBlock(String block) {
        return block.startsWith("\u0000") ? ">" + block.substring(1) : block;
    }

    private static String block(String stored) {
        return stored.startsWith(">") ? "\u0000" + stored.substring(1) : stored;
    }

    private static List<String> stored(Collection<String> blocks) {
        return blocks.stream().map(QuoteIndexTable::storedBlock).toList();
    }

    private static Set<String> wordSet(String words) {
        return words.isEmpty() ? new java.util.HashSet<>() : new java.util.HashSet<>(Arrays.asList(words.split(" ")));
    }

    /** Replaces the whole index, inside the caller's transaction. */
    void replace(QuoteArchive.KeptIndex index) throws SQLException {
        try (Statement delete = db.connection().createStatement()) {
            for (String table : List.of("quote_words", "quote_word_postings", "speaker_forms",
                    "speaker_form_blocks", "speaker_mentions")) {
                delete.execute("DELETE FROM " + table);
            }
        }
        new QuoteIndexWriter(db).write(index, false);
    }

    /**
     * Adds and replaces the index rows of an incremental run, inside the caller's transaction. The new
     * quotes' holders are appended as a part a word (schema 22): the kept holders are neither read nor
     * written (a batch into the 100,000 store touches about 3,700 words holding some 200,000 kept quotes),
     * but for the words whose parts are joined.
     */
    void update(QuoteArchive.KeptIndex index) throws SQLException {
        new QuoteIndexWriter(db).write(index, true);
    }

    /**
     * A word's holders as kept: a JSON array of "ordinal:quote id", each quote met once ({@code known})
     * made a {@code Ref} once. A batch reads some 200,000 holders, most of quotes met before under
     * another word: a plain array (no escapes, as {@link Database#json} writes these) is looked up in
     * {@code known} where it lies in the text, and only a holder met the first time is cut out.
     */
    static List<QuoteGrouper.Ref> refs(String json, KnownHolders known) {
        int last = json.length() - 1;
        if (last < 1 || json.charAt(0) != '[' || json.charAt(last) != ']' || json.indexOf('\\') >= 0) {
            return refsOf(Database.strings(json), known);
        }
        List<QuoteGrouper.Ref> refs = new ArrayList<>();
        int at = 1;
        while (at < last) {
            int end = json.charAt(at) == '"' ? json.indexOf('"', at + 1) : -1;
            if (end < 0 || end >= last || end + 1 < last && (json.charAt(end + 1) != ',' || end + 2 >= last)) {
                return refsOf(Database.strings(json), known); // not as written: the JSON reader says why
            }
            refs.add(known.at(json, at + 1, end));
            at = end + 2;
        }
        return refs;
    }

    private static List<QuoteGrouper.Ref> refsOf(List<String> held, KnownHolders known) {
        List<QuoteGrouper.Ref> refs = new ArrayList<>(held.size());
        for (String one : held) {
            refs.add(known.at(one, 0, one.length()));
        }
        return refs;
    }

    /**
     * The holders met so far, each with its {@code Ref}: an open-addressing table looked up by a piece
     * of a text (compared in place), so a holder met again costs no string. Not thread-safe.
     */
    static final class KnownHolders {
        private String[] held = new String[1 << 12];
        private int[] hashes = new int[1 << 12];
        private QuoteGrouper.Ref[] refs = new QuoteGrouper.Ref[1 << 12];
        private int size;

        /** The {@code Ref} of the holder {@code text[from, to)}, made the first time it is met. */
        QuoteGrouper.Ref at(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int length = to - from;
            int mask = held.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            for (String one = held[slot]; one != null; one = held[slot]) {
                if (hashes[slot] == hash && one.length() == length && text.regionMatches(from, one, 0, length)) {
                    return refs[slot];
                }
                slot = (slot + 1) & mask;
            }
            String one = text.substring(from, to);
            QuoteGrouper.Ref ref = ref(one);
            held[slot] = one;
            hashes[slot] = hash;
            refs[slot] = ref;
            if (++size * 2 > held.length) {
                grow();
            }
            return ref;
        }

        private void grow() {
            String[] oldHeld = held;
            int[] oldHashes = hashes;
            QuoteGrouper.Ref[] oldRefs = refs;
            held = new String[oldHeld.length * 2];
            hashes = new int[held.length];
            refs = new QuoteGrouper.Ref[held.length];
            int mask = held.length - 1;
            for (int k = 0; k < oldHeld.length; k++) {
                if (oldHeld[k] != null) {
                    int slot = (oldHashes[k] ^ (oldHashes[k] >>> 16)) & mask;
                    while (held[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    held[slot] = oldHeld[k];
                    hashes[slot] = oldHashes[k];
                    refs[slot] = oldRefs[k];
                }
            }
        }
    }

    /** One holder as kept: "ordinal:quote id". */
    private static QuoteGrouper.Ref ref(String held) {
        int colon = held.indexOf(':');
        String key = held.substring(colon + 1);
        return new QuoteGrouper.Ref(key, Integer.parseInt(held, 0, colon, 10), key.substring(0, key.lastIndexOf('#')));
    }
}
