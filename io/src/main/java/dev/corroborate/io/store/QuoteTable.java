package dev.corroborate.io.store;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.pipeline.QuoteSink;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@code quotes}, {@code speakers} and {@code quote_groups} tables: the quote stage's results, replaced by every run. Not thread-safe. */
final class QuoteTable implements QuoteSink {

    /** Articles' findings written by one statement. */
    private static final int FINDINGS_CHUNK = 5000;

    private final Database db;
    private final QuoteIndexTable index;

    QuoteTable(Database db) {
        this.db = db;
        this.index = new QuoteIndexTable(db);
    }

    /** What grouping and resolution keep between runs (schema 14). */
    QuoteIndexTable index() {
        return index;
    }

    /** Replaces every stored quote, speaker and quote group, in one transaction. */
    @Override
    public void replaceQuotes(List<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers,
                              List<QuoteGroupSummary> groups) {
        db.inTransaction("storing " + quotes.size() + " quotes", () -> writeQuotes(quotes, speakers, groups));
    }

    /** As {@link #replaceQuotes}, keeping too what the extractor found in the articles extracted by this run, and the whole index. */
    void replaceQuotes(List<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers,
                       List<QuoteGroupSummary> groups, java.util.Map<String, List<dev.corroborate.model.Quote>> newFindings,
                       java.util.function.Supplier<dev.corroborate.pipeline.QuoteArchive.KeptIndex> index) {
        db.inTransaction("storing " + quotes.size() + " quotes", () -> {
            writeChangedQuotes(quotes, speakers, groups, newFindings.keySet());
            this.index.replace(index.get());
            writeFindings(newFindings);
        });
    }

    /**
     * Writes what an incremental run changed ({@link dev.corroborate.pipeline.QuoteArchive.Update}), in one
     * transaction: new people and groups before the quotes that name them, gone ones after.
     */
    void update(dev.corroborate.pipeline.QuoteArchive.Update update) {
        db.inTransaction("storing " + update.newQuotes().size() + " new quotes", () -> {
            // People and groups a revision gives back as they are stored are not written again (19 of 20 kept
            // people and 36 of 37 kept groups a batch of 1,000 into the 100,000 store): a row replaced by itself
            // costs its pages all the same, and a group written marks the events quoting it for the comparison.
            insertQuotes(update.newQuotes(), peopleNotAsStored(update.speakers()), groupsNotAsStored(update.groups()),
                    "INSERT OR REPLACE");
            // One statement a change, not one a row: inside the transaction, every statement that may abort
            // copies each page it first touches to its statement journal, so a page of many changed rows was
            // copied once per row (some 39,000 page copies for a batch of 1,000 into the 100,000 store). Only
            // rows that change are written (an unchanged row rewritten costs its page all the same).
            java.util.Map<String, String> groupOf = new java.util.TreeMap<>();
            update.groupOf().forEach(groupOf::put);
            List<Object[]> regrouped = new ArrayList<>(groupOf.size());
            groupOf.forEach((id, group) -> regrouped.add(new Object[] {id, group, update.diffOf().get(id)}));
            execute("UPDATE quotes SET group_id = j.value ->> 1, diff = j.value ->> 2 FROM json_each(?) AS j "
                    + "WHERE quotes.id = j.value ->> 0 AND (quotes.group_id IS NOT j.value ->> 1 OR quotes.diff IS NOT j.value ->> 2)",
                    regrouped);
            java.util.Map<String, String> speakerOf = new java.util.TreeMap<>(update.speakerOfMention());
            List<Object[]> respoken = new ArrayList<>(speakerOf.size());
            speakerOf.forEach((key, person) -> {
                int at = key.lastIndexOf('#');
                respoken.add(new Object[] {key.substring(0, at), Integer.parseInt(key.substring(at + 1)), person});
            });
            execute("UPDATE quotes SET speaker_id = j.value ->> 2 FROM json_each(?) AS j WHERE quotes.article_id = j.value ->> 0 "
                    + "AND quotes.speaker_start = j.value ->> 1 AND quotes.speaker_id IS NOT j.value ->> 2", respoken);
            this.index.update(update.index());
            // A written person's quotes: those of the kept mentions of their name forms.
            java.util.Set<String> written = new java.util.TreeSet<>();
            update.speakers().forEach(person -> written.add(person.id()));
            if (!written.isEmpty()) {
                // A count written only where it differs: a person left as stored above keeps a row as it is.
                try (PreparedStatement count = db.connection().prepareStatement("UPDATE speakers SET quotes = c.quotes FROM "
                        + "(SELECT j.value AS id, (SELECT coalesce(sum(m.quotes), 0) FROM speaker_forms f JOIN speaker_mentions m "
                        + "ON m.identity = f.identity WHERE f.speaker_id = j.value) AS quotes FROM json_each(?) AS j) AS c "
                        + "WHERE speakers.id = c.id AND speakers.quotes IS NOT c.quotes")) {
                    count.setString(1, Database.json(written));
                    count.executeUpdate();
                }
            }
            java.util.Set<String> goneGroups = new java.util.TreeSet<>(update.replacedGroups());
            update.groups().forEach(group -> goneGroups.remove(group.id()));
            java.util.Set<String> gonePeople = new java.util.TreeSet<>(update.replacedSpeakers());
            gonePeople.removeAll(written);
            deleteByIds("quote_groups", goneGroups);
            deleteByIds("speakers", gonePeople);
            writeFindings(update.newFindings());
        });
    }

    /** Of these people, those not stored as they are but for their quote count (which the caller counts again). */
    private List<dev.corroborate.model.Speaker> peopleNotAsStored(List<dev.corroborate.model.Speaker> people) throws SQLException {
        java.util.Map<String, dev.corroborate.model.Speaker> stored = new java.util.HashMap<>();
        if (!people.isEmpty()) {
            List<String> ids = new ArrayList<>(people.size());
            people.forEach(person -> ids.add(person.id()));
            try (PreparedStatement select = db.connection().prepareStatement(
                    "SELECT * FROM speakers WHERE id IN (SELECT value FROM json_each(?))")) {
                select.setString(1, Database.json(ids));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString("id"), new dev.corroborate.model.Speaker(rows.getString("id"),
                                rows.getString("name"), Database.strings(rows.getString("variants")),
                                Database.strings(rows.getString("roles")), rows.getInt("quotes"),
                                Database.strings(rows.getString("evidence"))));
                    }
                }
            }
        }
        List<dev.corroborate.model.Speaker> changed = new ArrayList<>();
        for (var person : people) {
            var was = stored.get(person.id());
            if (was == null || !new dev.corroborate.model.Speaker(was.id(), was.name(), was.variants(), was.roles(),
                    person.quotes(), was.evidence()).equals(person)) {
                changed.add(person);
            }
        }
        return changed;
    }

    /** Of these quote groups, those not stored as they are. */
    private List<QuoteGroupSummary> groupsNotAsStored(List<QuoteGroupSummary> groups) {
        List<String> ids = new ArrayList<>(groups.size());
        groups.forEach(group -> ids.add(group.id()));
        java.util.Set<QuoteGroupSummary> stored = new java.util.HashSet<>(quoteGroups(ids));
        List<QuoteGroupSummary> changed = new ArrayList<>();
        for (QuoteGroupSummary group : groups) {
            if (!stored.contains(group)) {
                changed.add(group);
            }
        }
        return changed;
    }

    private void writeFindings(java.util.Map<String, List<dev.corroborate.model.Quote>> newFindings) throws SQLException {
        index.forgetDecodedFindings();
        // One statement a chunk (a statement copies each page it touches to its statement journal once),
        // each chunk's JSON made as it is written: a run from scratch over a million articles held some
        // 1.6 GB of findings as JSON when all of it was made first.
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT OR REPLACE INTO quote_findings(article_id, "
                + "findings) SELECT value ->> 0, value ->> 1 FROM json_each(?) ORDER BY key")) {
            List<Object[]> rows = new ArrayList<>(FINDINGS_CHUNK);
            for (var entry : newFindings.entrySet()) {
                rows.add(new Object[] {entry.getKey(), Database.json(entry.getValue())});
                if (rows.size() == FINDINGS_CHUNK) {
                    insert.setString(1, Database.json(rows));
                    insert.executeUpdate();
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                insert.setString(1, Database.json(rows));
                insert.executeUpdate();
            }
        }
    }

    /**
     * Every article in feed order with what the extractor found in it, {@code null} for an article
     * never extracted; one streaming query, texts not read.
     */
    void forEachKeptFindings(java.util.function.BiConsumer<String, List<dev.corroborate.model.Quote>> action) {
        String sql = "SELECT a.id, f.findings FROM articles a LEFT JOIN quote_findings f ON f.article_id = a.id "
                + "ORDER BY a.published_utc IS NULL, a.published_utc, a.id";
        var type = Database.JSON.getTypeFactory().constructCollectionType(List.class, dev.corroborate.model.Quote.class);
        try (Statement statement = db.connection().createStatement()) {
            statement.setFetchSize(1024);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    String findings = rows.getString(2);
                    action.accept(rows.getString(1), findings == null ? null : Database.JSON.readValue(findings, type));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the kept quote findings", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("a stored quote finding is not readable JSON", e);
        }
    }

    /**
     * Replaces every stored quote, speaker and quote group, inside the caller's transaction, writing
     * only the rows that differ from the stored ones: a run that adds a day to a large archive changes
     * few of them. The quotes of the articles extracted in this run ({@code extracted}) are written
     * whole; any other quote is what the kept findings of its article give, the same under the same
     * id, so only its speaker, group and diff are compared (a lean read of four columns, not every
     * stored quote decoded).
     */
    private void writeChangedQuotes(List<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers,
                                    List<QuoteGroupSummary> groups, java.util.Set<String> extracted) throws SQLException {
        java.util.Map<String, String[]> storedQuotes = new java.util.HashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, speaker_id, group_id, diff FROM quotes")) {
            while (rows.next()) {
                storedQuotes.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        // Rows that stay as they are, rows to write (picked as they are written, not held: from scratch, every
        // quote of the corpus), rows to delete (those left in storedQuotes once the quotes are written).
        Iterable<FoundQuote> changedQuotes = () -> quotes.stream().filter(quote -> {
            String[] was = storedQuotes.remove(quote.id());
            return was == null || extracted.contains(quote.articleId()) || !java.util.Objects.equals(was[0], quote.speakerId())
                    || !java.util.Objects.equals(was[1], quote.groupId()) || !java.util.Objects.equals(was[2], quote.diff());
        }).iterator();
        java.util.Map<String, dev.corroborate.model.Speaker> storedSpeakers = new java.util.HashMap<>();
        speakers().forEach(speaker -> storedSpeakers.put(speaker.id(), speaker));
        java.util.Map<String, QuoteGroupSummary> storedGroups = new java.util.HashMap<>();
        quoteGroups().forEach(group -> storedGroups.put(group.id(), group));
        List<dev.corroborate.model.Speaker> changedSpeakers = new ArrayList<>();
        for (var speaker : speakers) {
            if (!speaker.equals(storedSpeakers.remove(speaker.id()))) {
                changedSpeakers.add(speaker);
            }
        }
        List<QuoteGroupSummary> changedGroups = new ArrayList<>();
        for (QuoteGroupSummary group : groups) {
            if (!group.equals(storedGroups.remove(group.id()))) {
                changedGroups.add(group);
            }
        }
        // New people and groups before the quotes that name them; gone ones after the quotes that named them.
        insertQuotes(changedQuotes, changedSpeakers, changedGroups, "INSERT OR REPLACE");
        deleteByIds("quotes", storedQuotes.keySet());
        deleteByIds("quote_groups", storedGroups.keySet());
        deleteByIds("speakers", storedSpeakers.keySet());
    }

    /** {@code value ->> 0, value ->> 1, ...}: the first {@code count} items of each row of a {@code json_each} of rows. */
    static String columns(int count) {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < count; i++) {
            columns.append(i == 0 ? "" : ", ").append("value ->> ").append(i);
        }
        return columns.toString();
    }

    /** Runs {@code sql} once with the rows as one JSON array of arrays (its one parameter); nothing when there are none. */
    private void execute(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            statement.setString(1, Database.json(rows));
            statement.executeUpdate();
        }
    }

    private void deleteByIds(String table, java.util.Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = db.connection().prepareStatement(
                "DELETE FROM " + table + " WHERE id IN (SELECT value FROM json_each(?))")) {
            delete.setString(1, Database.json(ids));
            delete.executeUpdate();
        }
    }

    /** Replaces every stored quote, speaker and quote group, inside the caller's transaction. */
    private void writeQuotes(List<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers,
                             List<QuoteGroupSummary> groups) throws SQLException {
        try (Statement delete = db.connection().createStatement()) {
            delete.execute("DELETE FROM quotes");
            delete.execute("DELETE FROM quote_groups");
            delete.execute("DELETE FROM speakers");
        }
        insertQuotes(quotes, speakers, groups, "INSERT");
    }

    /** Writes these rows ({@code verb}: INSERT, or INSERT OR REPLACE for rows that may exist), walking the quotes once. */
    private void insertQuotes(Iterable<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers,
                              List<QuoteGroupSummary> groups, String verb) throws SQLException {
        try (PreparedStatement speaker = db.connection().prepareStatement(verb + " INTO speakers(id, name, variants, roles, "
                     + "quotes, evidence) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement group = db.connection().prepareStatement(verb + " INTO quote_groups(id, reference_id, size, "
                     + "drift) VALUES (?, ?, ?, ?)");
             // The quotes in one statement a chunk, in the order given (their rowids as one row at a time gave):
             // a statement copies each page it touches to its statement journal once, however many rows it writes.
             PreparedStatement quote = db.connection().prepareStatement("INSERT OR REPLACE INTO quotes(id, article_id, kind, "
                     + "quote_start, quote_end, text, speaker_name, speaker_mention, speaker_start, speaker_end, "
                     + "speaker_role, speaker_how, speaker_id, cue, cue_start, cue_end, group_id, diff) "
                     + "SELECT " + columns(18) + " FROM json_each(?) ORDER BY key")) {
            for (var person : speakers) {
                speaker.setString(1, person.id());
                speaker.setString(2, person.name());
                speaker.setString(3, Database.json(person.variants()));
                speaker.setString(4, Database.json(person.roles()));
                speaker.setInt(5, person.quotes());
                speaker.setString(6, Database.json(person.evidence()));
                speaker.addBatch();
            }
            speaker.executeBatch();
            for (QuoteGroupSummary g : groups) {
                group.setString(1, g.id());
                group.setString(2, g.referenceId());
                group.setInt(3, g.size());
                group.setString(4, Database.json(g.drift()));
                group.addBatch();
            }
            group.executeBatch();
            List<Object[]> rows = new ArrayList<>();
            for (FoundQuote stored : quotes) {
                dev.corroborate.model.Quote q = stored.quote();
                var who = q.speaker();
                rows.add(new Object[] {stored.id(), stored.articleId(), q.kind().label(), q.start(), q.end(), q.text(),
                    who == null ? null : who.name(), who == null ? null : who.mention(), who == null ? null : who.start(),
                    who == null ? null : who.end(), who == null ? null : who.role(), who == null ? null : who.how(),
                    stored.speakerId(), q.cue(), q.cueStart() < 0 ? null : q.cueStart(), q.cueEnd() < 0 ? null : q.cueEnd(),
                    stored.groupId(), stored.diff()});
                if (rows.size() == 5000) {
                    quote.setString(1, Database.json(rows));
                    quote.executeUpdate();
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                quote.setString(1, Database.json(rows));
                quote.executeUpdate();
            }
        }
    }

    /** Streams stored quotes: those of one article ({@code articleId}), one group, one speaker, or all ({@code null}s). */
    public void forEachQuote(String articleId, String groupId, String speakerId, Consumer<FoundQuote> consumer) {
        StringBuilder sql = new StringBuilder("SELECT * FROM quotes WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (articleId != null) {
            sql.append(" AND article_id = ?");
            args.add(articleId);
        }
        if (groupId != null) {
            sql.append(" AND group_id = ?");
            args.add(groupId);
        }
        if (speakerId != null) {
            sql.append(" AND speaker_id = ?");
            args.add(speakerId);
        }
        sql.append(" ORDER BY article_id, quote_start, quote_end");
        try (PreparedStatement select = db.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                select.setString(i + 1, args.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(storedQuote(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading quotes", e);
        }
    }

    /**
     * What later steps gave every stored quote (speaker and group), an article's quotes together and in
     * text order ({@link dev.corroborate.pipeline.QuoteSource#forEachQuoteStanding}).
     */
    void forEachStanding(Consumer<dev.corroborate.pipeline.QuoteSource.Standing> consumer) {
        // The table read in its own order, one pass over its pages, and each article's quotes put in text
        // order here: ordered by the index, SQLite looks every row up by its rowid and sorts each article's
        // ends again (three times the CPU at 181,000 quotes); the port asks no order of the articles.
        record Row(dev.corroborate.pipeline.QuoteSource.Standing standing, int start, int end) {
        }
        java.util.Map<String, List<Row>> byArticle = new java.util.LinkedHashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, article_id, speaker_id, group_id, quote_start, quote_end FROM quotes")) {
            String last = null;
            List<Row> lastRows = null;
            while (rows.next()) {
                String article = rows.getString(2);
                // An article's quotes mostly lie together in the table: looked up once for the run of them.
                if (!article.equals(last)) {
                    last = article;
                    lastRows = byArticle.computeIfAbsent(article, k -> new ArrayList<>(4));
                }
                lastRows.add(new Row(new dev.corroborate.pipeline.QuoteSource.Standing(
                        rows.getString(1), article, rows.getString(3), rows.getString(4)), rows.getInt(5), rows.getInt(6)));
            }
        } catch (SQLException e) {
            throw db.failure("reading quotes", e);
        }
        java.util.Comparator<Row> inText = java.util.Comparator.comparingInt(Row::start).thenComparingInt(Row::end);
        for (List<Row> quotes : byArticle.values()) {
            quotes.sort(inText);
            for (Row row : quotes) {
                consumer.accept(row.standing());
            }
        }
    }

    /**
     * What {@link #forEachStanding} gives, filed by article: each article with a quote once (in no
     * particular order) with its standings in text order, for a reader that files them by article anyway
     * (the comparison's fingerprints). One pass over the table in its own order; an article's rows are
     * sorted only when the table holds them out of text order. A quote id of the usual form (its article's
     * id, "#", its start) is made here rather than read: SQLite tells which are.
     */
    void forEachArticleStandings(java.util.function.BiConsumer<String, List<dev.corroborate.pipeline.QuoteSource.Standing>> consumer) {
        forEachArticleStandings(null, consumer);
    }

    /**
     * {@link #forEachArticleStandings(java.util.function.BiConsumer)} of these articles only ({@code null}: all), read by
     * the article index; ties in text order stay in the table's order, as a whole pass gives them.
     */
    void forEachArticleStandings(java.util.Collection<String> articleIds,
                                 java.util.function.BiConsumer<String, List<dev.corroborate.pipeline.QuoteSource.Standing>> consumer) {
        java.util.Map<String, Filed> byArticle = new java.util.HashMap<>(articleIds == null ? 1 << 16 : articleIds.size() * 2);
        String sql = "SELECT article_id, speaker_id, group_id, quote_start, quote_end, id IS article_id || '#' || quote_start, id "
                + "FROM quotes" + (articleIds == null ? "" : " WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, rowid");
        try (PreparedStatement select = db.connection().prepareStatement(sql)) {
            if (articleIds != null) {
                select.setString(1, Database.json(new ArrayList<>(articleIds)));
            }
            try (ResultSet rows = select.executeQuery()) {
                String last = null;
                Filed filed = null;
                while (rows.next()) {
                    String article = rows.getString(1);
                    // An article's quotes mostly lie together in the table: looked up once for the run of them.
                    if (!article.equals(last)) {
                        last = article;
                        filed = byArticle.get(article);
                        if (filed == null) {
                            filed = new Filed();
                            byArticle.put(article, filed);
                        }
                    }
                    int start = rows.getInt(4);
                    String id = rows.getInt(6) == 1 ? article + "#" + start : rows.getString(7);
                    filed.add(new dev.corroborate.pipeline.QuoteSource.Standing(id, article, rows.getString(2), rows.getString(3)),
                            start, rows.getInt(5));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading quotes", e);
        }
        byArticle.forEach((article, filed) -> consumer.accept(article, filed.inTextOrder()));
    }

    /** One article's standings as the table gives them, with their places until they are known to be in text order. */
    private static final class Filed {
        private final List<dev.corroborate.pipeline.QuoteSource.Standing> standings = new ArrayList<>(4);
        private long[] places = new long[4];
        private boolean inOrder = true;

        void add(dev.corroborate.pipeline.QuoteSource.Standing standing, int start, int end) {
            long place = ((long) start << 32) | (end & 0xFFFFFFFFL); // start then end, as forEachStanding orders them
            int n = standings.size();
            if (n == places.length) {
                places = java.util.Arrays.copyOf(places, n * 2);
            }
            if (n > 0 && place < places[n - 1]) {
                inOrder = false;
            }
            places[n] = place;
            standings.add(standing);
        }

        /** The standings by start then end, ties in the table's order (a stable sort, as forEachStanding's). */
        List<dev.corroborate.pipeline.QuoteSource.Standing> inTextOrder() {
            if (inOrder) {
                return standings;
            }
            Integer[] order = new Integer[standings.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> places[i]));
            List<dev.corroborate.pipeline.QuoteSource.Standing> sorted = new ArrayList<>(order.length);
            for (int i : order) {
                sorted.add(standings.get(i));
            }
            return sorted;
        }
    }

    /** Whether each stored quote group's drift is not empty, by group id: the drifts counted by SQLite, not decoded. */
    java.util.Map<String, Boolean> groupDrifts() {
        java.util.Map<String, Boolean> drifts = new java.util.HashMap<>();
        try (Statement select = db.connection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, json_array_length(drift) > 0 FROM quote_groups")) {
            while (rows.next()) {
                drifts.put(rows.getString(1), rows.getInt(2) == 1);
            }
        } catch (SQLException e) {
            throw db.failure("reading the quote groups' drifts", e);
        }
        return drifts;
    }

    /** {@link #groupDrifts()} of the groups with these ids (one query over the primary key). */
    java.util.Map<String, Boolean> groupDrifts(java.util.Collection<String> ids) {
        java.util.Map<String, Boolean> drifts = new java.util.HashMap<>();
        try (PreparedStatement select = db.connection().prepareStatement("SELECT id, json_array_length(drift) > 0 "
                + "FROM quote_groups WHERE id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, Database.json(new ArrayList<>(ids)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    drifts.put(rows.getString(1), rows.getInt(2) == 1);
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the drifts of " + ids.size() + " quote groups", e);
        }
        return drifts;
    }

    /** The stored quotes of these articles (one query), in the order of {@link #forEachQuote}. */
    List<FoundQuote> quotesOf(java.util.Collection<String> articleIds) {
        List<FoundQuote> found = new ArrayList<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = db.connection().prepareStatement("SELECT * FROM quotes WHERE article_id IN "
                + "(SELECT value FROM json_each(?)) ORDER BY article_id, quote_start, quote_end")) {
            select.setString(1, Database.json(new java.util.TreeSet<>(articleIds)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(storedQuote(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the quotes of " + articleIds.size() + " articles", e);
        }
        return found;
    }

    /** Every stored speaker, most quoted first. */
    public List<dev.corroborate.model.Speaker> speakers() {
        return speakers(0, Integer.MAX_VALUE);
    }

    /**
     * {@code limit} stored speakers from {@code offset} in the order of {@link #speakers()}: a page
     * of the list without reading (and decoding) every speaker.
     */
    public List<dev.corroborate.model.Speaker> speakers(int offset, int limit) {
        List<dev.corroborate.model.Speaker> speakers = new ArrayList<>();
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT * FROM speakers ORDER BY quotes DESC, name, id LIMIT ? OFFSET ?")) {
            select.setInt(1, limit);
            select.setInt(2, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    speakers.add(new dev.corroborate.model.Speaker(rows.getString("id"), rows.getString("name"),
                            Database.strings(rows.getString("variants")), Database.strings(rows.getString("roles")),
                            rows.getInt("quotes"), Database.strings(rows.getString("evidence"))));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading speakers", e);
        }
        return speakers;
    }

    /**
     * The outlets whose articles quote each of these speakers, each once, by outlet name ({@code null} for an
     * article with none), in one query; a speaker quoted nowhere is left out.
     */
    public Map<String, List<String>> outletsQuoting(java.util.Collection<String> speakerIds) {
        Map<String, List<String>> outlets = new java.util.LinkedHashMap<>();
        if (speakerIds.isEmpty()) {
            return outlets;
        }
        String sql = "SELECT DISTINCT q.speaker_id, a.outlet FROM quotes q JOIN articles a ON a.id = q.article_id "
                + "WHERE q.speaker_id IN (SELECT value FROM json_each(?)) ORDER BY q.speaker_id, a.outlet IS NULL, a.outlet";
        try (PreparedStatement select = db.connection().prepareStatement(sql)) {
            select.setString(1, Database.json(new java.util.LinkedHashSet<>(speakerIds)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    outlets.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the outlets that quote " + speakerIds.size() + " speakers", e);
        }
        return outlets;
    }

    /** How many speakers are stored. */
    public int speakerCount() {
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM speakers")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            throw db.failure("counting speakers", e);
        }
    }

    /** The name of one stored speaker (an indexed look-up); empty when there is none with this id. */
    public java.util.Optional<String> speakerName(String speakerId) {
        try (PreparedStatement select = db.connection().prepareStatement("SELECT name FROM speakers WHERE id = ?")) {
            select.setString(1, speakerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? java.util.Optional.of(rows.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure("reading speaker " + speakerId, e);
        }
    }

    /** The stored quote groups with these ids (one query over the primary key), in the order of {@link #quoteGroups()}. */
    public List<QuoteGroupSummary> quoteGroups(java.util.Collection<String> ids) {
        List<QuoteGroupSummary> groups = new ArrayList<>();
        if (ids.isEmpty()) {
            return groups;
        }
        try (PreparedStatement select = db.connection().prepareStatement(
                "SELECT * FROM quote_groups WHERE id IN (SELECT value FROM json_each(?)) ORDER BY size DESC, id")) {
            select.setString(1, Database.json(new java.util.TreeSet<>(ids)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    groups.add(quoteGroup(rows));
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading quote groups", e);
        }
        return groups;
    }

    /** Every stored quote group, largest first. */
    public List<QuoteGroupSummary> quoteGroups() {
        List<QuoteGroupSummary> groups = new ArrayList<>();
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM quote_groups ORDER BY size DESC, id")) {
            while (rows.next()) {
                groups.add(quoteGroup(rows));
            }
        } catch (SQLException e) {
            throw db.failure("reading quote groups", e);
        }
        return groups;
    }

    private static QuoteGroupSummary quoteGroup(ResultSet rows) throws SQLException {
        return new QuoteGroupSummary(rows.getString("id"), rows.getString("reference_id"), rows.getInt("size"),
                Database.strings(rows.getString("drift")));
    }

    private static FoundQuote storedQuote(ResultSet rows) throws SQLException {
        String name = rows.getString("speaker_name");
        dev.corroborate.model.SpeakerMention speaker = name == null ? null : new dev.corroborate.model.SpeakerMention(name,
                rows.getString("speaker_mention"), rows.getInt("speaker_start"), rows.getInt("speaker_end"),
                rows.getString("speaker_role"), rows.getString("speaker_how"));
        int cueStart = rows.getObject("cue_start") == null ? -1 : rows.getInt("cue_start");
        int cueEnd = rows.getObject("cue_end") == null ? -1 : rows.getInt("cue_end");
        dev.corroborate.model.Quote quote = new dev.corroborate.model.Quote(
                dev.corroborate.model.QuoteKind.valueOf(rows.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                rows.getInt("quote_start"), rows.getInt("quote_end"), rows.getString("text"), speaker,
                rows.getString("cue"), cueStart, cueEnd);
        return new FoundQuote(rows.getString("id"), rows.getString("article_id"), quote, rows.getString("speaker_id"),
                rows.getString("group_id"), rows.getString("diff"));
    }
}
