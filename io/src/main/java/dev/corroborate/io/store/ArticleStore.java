package dev.corroborate.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Article;
import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.pipeline.AnalysisResults;
import dev.corroborate.pipeline.ArticleSink;
import dev.corroborate.pipeline.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The article store in one data directory. Opening it creates the directory and migrates the
 * schema. Not thread-safe: one store object per thread (SQLite serializes writers across
 * processes, waiting up to {@link #BUSY_TIMEOUT_MS}).
 */
public final class ArticleStore implements ArticleSink, Corpus, AnalysisResults, AutoCloseable {

    /** The database file's name inside the data directory. */
    public static final String DATABASE_FILE = "corroborate.db";

    static final int BUSY_TIMEOUT_MS = 30_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, url, outlet, title, authors, published, language, text, "
            + "dateline, agency, modified, lead, source_input, source_line, source_offset";

    private final Path dataDir;
    private final Connection connection;

    private ArticleStore(Path dataDir, Connection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    /** Opens (creating when needed) the store in {@code dataDir} and migrates it to the current schema. */
    public static ArticleStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path database = dataDir.resolve(DATABASE_FILE);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                statement.execute("PRAGMA journal_mode = WAL");
                // NORMAL in WAL mode: a power cut may lose the last commits, never corrupt the database.
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(connection, database.toString());
            return new ArticleStore(dataDir, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + database + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The schema version the store is at. */
    public int schemaVersion() {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
            throw failure("reading the schema version", e);
        }
    }

    // ---- runs ----

    /** Records the start of a run; returns its id. */
    @Override
    public long startRun(String command, List<String> inputs, Map<String, Object> config) {
        String sql = "INSERT INTO runs(command, inputs, config, started_at) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, command);
            insert.setString(2, json(inputs));
            insert.setString(3, json(config));
            insert.setString(4, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("recording a run", e);
        }
    }

    /** Records the end of a run with its counts and the diagnostics it kept. */
    @Override
    public void finishRun(long runId, Map<String, Long> counts, List<Diagnostic> diagnostics) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO diagnostics(run_id, input, line, byte_offset, outcome, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
                update.setString(1, Instant.now().toString());
                update.setString(2, json(counts));
                update.setLong(3, runId);
                update.executeUpdate();
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
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("finishing run " + runId, e);
        }
    }

    // ---- articles ----

    /**
     * Stores a batch in one transaction. Returns, for each article in order, {@link Outcome#STORED}
     * or {@link Outcome#ALREADY_PRESENT} (its id was in the store, or earlier in the batch).
     */
    @Override
    public List<Outcome> insert(List<Article> batch, long runId) {
        String sql = "INSERT OR IGNORE INTO articles(id, url, outlet, title, authors, published, published_precision, "
                + "published_utc, language, text, dateline, agency, modified, lead, ingested_from, source_input, source_line, "
                + "source_offset, run_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String now = Instant.now().toString();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Article article : batch) {
                    int i = 1;
                    insert.setString(i++, article.id());
                    insert.setString(i++, article.url());
                    insert.setString(i++, article.outlet());
                    insert.setString(i++, article.title());
                    insert.setString(i++, json(article.authors()));
                    PublishedTime published = article.published();
                    insert.setString(i++, published == null ? null : published.iso());
                    insert.setString(i++, published == null ? null : published.precision().name());
                    insert.setString(i++, published == null ? null : published.instant().toString());
                    insert.setString(i++, article.language());
                    insert.setString(i++, article.text());
                    insert.setString(i++, article.dateline());
                    insert.setString(i++, article.agency());
                    insert.setString(i++, article.modified() == null ? null : article.modified().iso());
                    insert.setString(i++, article.lead());
                    insert.setString(i++, article.origin().describe());
                    insert.setString(i++, article.origin().input());
                    insert.setLong(i++, article.origin().line());
                    insert.setLong(i++, article.origin().byteOffset());
                    insert.setLong(i++, runId);
                    insert.setString(i, now);
                    // One statement per row: a batch's update counts are not reliable for INSERT OR IGNORE.
                    outcomes.add(insert.executeUpdate() == 1 ? Outcome.STORED : Outcome.ALREADY_PRESENT);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("storing a batch of " + batch.size() + " articles", e);
        }
        return outcomes;
    }

    /** The article with exactly this id. */
    public Optional<Article> find(String id) {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(article(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("reading article " + id, e);
        }
    }

    /** The ids that start with {@code prefix}, at most {@code limit} of them, sorted. */
    public List<String> idsStartingWith(String prefix, int limit) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?")) {
            select.setString(1, escaped + "%");
            select.setInt(2, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure("looking up ids starting with " + prefix, e);
        }
    }

    /** Every article, in feed order: the store as the corpus of an analysis. */
    @Override
    public void forEach(Consumer<Article> consumer) {
        forEach(ArticleFilter.ALL, consumer);
    }

    @Override
    public Article require(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("article " + id + " left the store "
                + dataDir.resolve(DATABASE_FILE) + " during the run"));
    }

    /** How many articles the store holds. */
    public long count() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM articles")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failure("counting articles", e);
        }
    }

    /**
     * Streams the articles that pass {@code filter}, earliest first (articles with no known time
     * last, then by id), to {@code consumer}. Memory stays flat whatever the store's size.
     */
    public void forEach(ArticleFilter filter, Consumer<Article> consumer) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM articles WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.outlet() != null) {
            sql.append(" AND outlet = ? COLLATE NOCASE");
            parameters.add(filter.outlet());
        }
        if (filter.since() != null) {
            sql.append(" AND published_utc >= ?");
            parameters.add(filter.since().toString());
        }
        if (filter.until() != null) {
            sql.append(" AND published_utc < ?");
            parameters.add(filter.until().toString());
        }
        if (filter.titleContains() != null) {
            sql.append(" AND instr(lower(title), lower(?)) > 0");
            parameters.add(filter.titleContains());
        }
        sql.append(" ORDER BY published_utc IS NULL, published_utc, id");
        if (filter.limit() > 0) {
            sql.append(" LIMIT ").append(filter.limit());
        }
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            select.setFetchSize(256);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(article(rows));
                }
            }
        } catch (SQLException e) {
            throw failure("listing articles", e);
        }
    }

    // ---- reuse links ----

    /** Replaces every stored reuse link with {@code links}, in one transaction. */
    @Override
    public void replaceReuseLinks(List<dev.corroborate.model.ReuseLink> links) {
        inTransaction("storing " + links.size() + " reuse links", () -> {
            try (Statement delete = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO reuse_links(source_id, "
                         + "derived_id, relation, score, direction_confidence, passages, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                delete.execute("DELETE FROM reuse_links");
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
                    insert.setString(6, json(passages));
                    insert.setString(7, json(link.evidence()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The reuse links an article takes part in, as source or as derived, strongest first. */
    public List<dev.corroborate.model.ReuseLink> reuseLinks(String articleId) {
        List<dev.corroborate.model.ReuseLink> links = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM reuse_links WHERE source_id = ? "
                + "OR derived_id = ? ORDER BY score DESC, source_id, derived_id")) {
            select.setString(1, articleId);
            select.setString(2, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    links.add(reuseLink(rows));
                }
            }
        } catch (SQLException e) {
            throw failure("reading the reuse links of " + articleId, e);
        }
        return links;
    }

    /** Streams every reuse link, ordered by source and derived id. */
    @Override
    public void forEachReuseLink(Consumer<dev.corroborate.model.ReuseLink> consumer) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM reuse_links ORDER BY source_id, derived_id")) {
            while (rows.next()) {
                consumer.accept(reuseLink(rows));
            }
        } catch (SQLException e) {
            throw failure("listing reuse links", e);
        }
    }

    private static dev.corroborate.model.ReuseLink reuseLink(ResultSet rows) throws SQLException {
        List<dev.corroborate.model.Passage> passages = new ArrayList<>();
        try {
            for (var node : JSON.readTree(rows.getString("passages"))) {
                passages.add(new dev.corroborate.model.Passage(node.get("source_start").asInt(), node.get("source_end").asInt(),
                        node.get("derived_start").asInt(), node.get("derived_end").asInt(), node.get("matched_words").asInt(),
                        node.path("reworded").asBoolean(false)));
            }
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored reuse link has unreadable passages", e);
        }
        return new dev.corroborate.model.ReuseLink(rows.getString("source_id"), rows.getString("derived_id"),
                dev.corroborate.model.Relation.valueOf(rows.getString("relation").toUpperCase(java.util.Locale.ROOT)),
                rows.getDouble("score"), rows.getDouble("direction_confidence"), passages, strings(rows.getString("evidence")));
    }

    // ---- quotes, speakers and quote groups ----

    /** Replaces every stored quote, speaker and quote group, in one transaction. */
    @Override
    public void replaceQuotes(List<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers,
                              List<QuoteGroupSummary> groups) {
        inTransaction("storing " + quotes.size() + " quotes", () -> {
            try (Statement delete = connection.createStatement();
                 PreparedStatement speaker = connection.prepareStatement("INSERT INTO speakers(id, name, variants, roles, "
                         + "quotes, evidence) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement group = connection.prepareStatement("INSERT INTO quote_groups(id, reference_id, size, "
                         + "drift) VALUES (?, ?, ?, ?)");
                 PreparedStatement quote = connection.prepareStatement("INSERT OR REPLACE INTO quotes(id, article_id, kind, "
                         + "quote_start, quote_end, text, speaker_name, speaker_mention, speaker_start, speaker_end, "
                         + "speaker_role, speaker_how, speaker_id, cue, cue_start, cue_end, group_id, diff) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                delete.execute("DELETE FROM quotes");
                delete.execute("DELETE FROM quote_groups");
                delete.execute("DELETE FROM speakers");
                for (var person : speakers) {
                    speaker.setString(1, person.id());
                    speaker.setString(2, person.name());
                    speaker.setString(3, json(person.variants()));
                    speaker.setString(4, json(person.roles()));
                    speaker.setInt(5, person.quotes());
                    speaker.setString(6, json(person.evidence()));
                    speaker.addBatch();
                }
                speaker.executeBatch();
                for (QuoteGroupSummary g : groups) {
                    group.setString(1, g.id());
                    group.setString(2, g.referenceId());
                    group.setInt(3, g.size());
                    group.setString(4, json(g.drift()));
                    group.addBatch();
                }
                group.executeBatch();
                int pending = 0;
                for (FoundQuote stored : quotes) {
                    dev.corroborate.model.Quote q = stored.quote();
                    quote.setString(1, stored.id());
                    quote.setString(2, stored.articleId());
                    quote.setString(3, q.kind().label());
                    quote.setInt(4, q.start());
                    quote.setInt(5, q.end());
                    quote.setString(6, q.text());
                    var who = q.speaker();
                    quote.setString(7, who == null ? null : who.name());
                    quote.setString(8, who == null ? null : who.mention());
                    quote.setObject(9, who == null ? null : who.start());
                    quote.setObject(10, who == null ? null : who.end());
                    quote.setString(11, who == null ? null : who.role());
                    quote.setString(12, who == null ? null : who.how());
                    quote.setString(13, stored.speakerId());
                    quote.setString(14, q.cue());
                    quote.setObject(15, q.cueStart() < 0 ? null : q.cueStart());
                    quote.setObject(16, q.cueEnd() < 0 ? null : q.cueEnd());
                    quote.setString(17, stored.groupId());
                    quote.setString(18, stored.diff());
                    quote.addBatch();
                    if (++pending == 5000) {
                        quote.executeBatch();
                        pending = 0;
                    }
                }
                quote.executeBatch();
            }
        });
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
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                select.setString(i + 1, args.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(storedQuote(rows));
                }
            }
        } catch (SQLException e) {
            throw failure("reading quotes", e);
        }
    }

    /** Every stored speaker, most quoted first. */
    public List<dev.corroborate.model.Speaker> speakers() {
        List<dev.corroborate.model.Speaker> speakers = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM speakers ORDER BY quotes DESC, name, id")) {
            while (rows.next()) {
                speakers.add(new dev.corroborate.model.Speaker(rows.getString("id"), rows.getString("name"),
                        strings(rows.getString("variants")), strings(rows.getString("roles")), rows.getInt("quotes"),
                        strings(rows.getString("evidence"))));
            }
        } catch (SQLException e) {
            throw failure("reading speakers", e);
        }
        return speakers;
    }

    /** Every stored quote group, largest first. */
    public List<QuoteGroupSummary> quoteGroups() {
        List<QuoteGroupSummary> groups = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM quote_groups ORDER BY size DESC, id")) {
            while (rows.next()) {
                groups.add(new QuoteGroupSummary(rows.getString("id"), rows.getString("reference_id"), rows.getInt("size"),
                        strings(rows.getString("drift"))));
            }
        } catch (SQLException e) {
            throw failure("reading quote groups", e);
        }
        return groups;
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

    // ---- events, storylines and decisions ----

    /**
     * Replaces every stored event, storyline and membership with a clustering's result, in one
     * transaction; {@code stories} are those that still hold events.
     */
    @Override
    public void replaceStories(List<dev.corroborate.model.Storyline> stories,
                               List<dev.corroborate.model.Event> events,
                               Map<String, dev.corroborate.model.Assignment> assignments) {
        inTransaction("storing " + events.size() + " events", () -> {
            try (Statement delete = connection.createStatement();
                 PreparedStatement story = connection.prepareStatement("INSERT INTO stories(id, label, first_published, "
                         + "last_published) VALUES (?, ?, ?, ?)");
                 PreparedStatement event = connection.prepareStatement("INSERT INTO events(id, story_id, label, key_names, "
                         + "outlets, first_published, last_published) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement member = connection.prepareStatement("INSERT INTO event_members(article_id, event_id, "
                         + "position, started, score, reasons, runner_up_event, runner_up_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                delete.execute("DELETE FROM event_members");
                delete.execute("DELETE FROM events");
                delete.execute("DELETE FROM stories");
                for (var s : stories) {
                    story.setString(1, s.id());
                    story.setString(2, s.label());
                    story.setString(3, s.first() == null ? null : s.first().iso());
                    story.setString(4, s.last() == null ? null : s.last().iso());
                    story.addBatch();
                }
                story.executeBatch();
                for (var e : events) {
                    event.setString(1, e.id());
                    event.setString(2, e.storyId());
                    event.setString(3, e.label());
                    event.setString(4, json(e.keyNames()));
                    event.setString(5, json(e.outlets()));
                    event.setString(6, e.first() == null ? null : e.first().iso());
                    event.setString(7, e.last() == null ? null : e.last().iso());
                    event.addBatch();
                    int position = 0;
                    for (String articleId : e.articleIds()) {
                        var a = assignments.get(articleId);
                        member.setString(1, articleId);
                        member.setString(2, e.id());
                        member.setInt(3, position++);
                        member.setInt(4, a != null && a.startedEvent() ? 1 : 0);
                        member.setDouble(5, a == null ? 0 : a.score());
                        member.setString(6, json(a == null ? List.of() : a.reasons()));
                        member.setString(7, a == null ? null : a.runnerUpEventId());
                        member.setObject(8, a == null || a.runnerUpEventId() == null ? null : a.runnerUpScore());
                        member.addBatch();
                    }
                }
                event.executeBatch();
                member.executeBatch();
            }
        });
    }

    /** The stored place of every article, by article id: event, storyline and the reasons. */
    @Override
    public Map<String, dev.corroborate.model.Assignment> assignments() {
        Map<String, dev.corroborate.model.Assignment> out = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT m.*, e.story_id FROM event_members m JOIN events e ON e.id = m.event_id")) {
            while (rows.next()) {
                out.put(rows.getString("article_id"), new dev.corroborate.model.Assignment(
                        rows.getString("article_id"), rows.getString("event_id"), rows.getString("story_id"),
                        rows.getInt("started") == 1, rows.getDouble("score"), strings(rows.getString("reasons")),
                        rows.getString("runner_up_event"), rows.getDouble("runner_up_score")));
            }
        } catch (SQLException e) {
            throw failure("reading event memberships", e);
        }
        return out;
    }

    /** A stored event with its articles in the order they were placed. */
    public record StoredEvent(String id, String storyId, String label, List<String> keyNames, List<String> outlets,
                              String firstPublished, String lastPublished, List<String> articleIds) {
    }

    /** A stored storyline with its events, earliest first. */
    public record StoredStory(String id, String label, String firstPublished, String lastPublished, List<StoredEvent> events) {
        public List<String> articleIds() {
            List<String> ids = new ArrayList<>();
            events.forEach(e -> ids.addAll(e.articleIds()));
            return ids;
        }
    }

    /** Every stored storyline, latest first (by the last publication time, unknown times last, then id). */
    public List<StoredStory> stories() {
        Map<String, List<String>> members = new java.util.HashMap<>();
        Map<String, List<StoredEvent>> eventsOf = new java.util.LinkedHashMap<>();
        List<StoredStory> out = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT article_id, event_id FROM event_members ORDER BY event_id, position")) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getString("event_id"), k -> new ArrayList<>()).add(rows.getString("article_id"));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT * FROM events ORDER BY first_published IS NULL, first_published, id")) {
                while (rows.next()) {
                    StoredEvent event = new StoredEvent(rows.getString("id"), rows.getString("story_id"), rows.getString("label"),
                            strings(rows.getString("key_names")), strings(rows.getString("outlets")),
                            rows.getString("first_published"), rows.getString("last_published"),
                            List.copyOf(members.getOrDefault(rows.getString("id"), List.of())));
                    eventsOf.computeIfAbsent(event.storyId(), k -> new ArrayList<>()).add(event);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT * FROM stories ORDER BY last_published IS NULL, "
                    + "last_published DESC, id")) {
                while (rows.next()) {
                    out.add(new StoredStory(rows.getString("id"), rows.getString("label"), rows.getString("first_published"),
                            rows.getString("last_published"), List.copyOf(eventsOf.getOrDefault(rows.getString("id"), List.of()))));
                }
            }
        } catch (SQLException e) {
            throw failure("reading stories", e);
        }
        return out;
    }

    /** The article ids of one stored event, in the order they were placed; empty when there is no such event. */
    public List<String> eventArticles(String eventId) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT article_id FROM event_members WHERE event_id = ? ORDER BY position")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("reading the articles of event " + eventId, e);
        }
        return ids;
    }

    /** Records a user's decision about the stories; it is replayed after every clustering. */
    public void addDecision(dev.corroborate.model.Decision decision) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO story_decisions(kind, article_ids, "
                + "target_article_id, decided_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, decision.kind());
            insert.setString(2, json(decision.articleIds()));
            insert.setString(3, decision.targetArticleId());
            insert.setString(4, java.time.Instant.now().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("storing a " + decision.kind() + " decision", e);
        }
    }

    /** The users' decisions, in the order they were made. */
    @Override
    public List<dev.corroborate.model.Decision> decisions() {
        List<dev.corroborate.model.Decision> out = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM story_decisions ORDER BY seq")) {
            while (rows.next()) {
                out.add(new dev.corroborate.model.Decision(rows.getString("kind"),
                        strings(rows.getString("article_ids")), rows.getString("target_article_id")));
            }
        } catch (SQLException e) {
            throw failure("reading story decisions", e);
        }
        return out;
    }

    /** Work on the database that either completes or leaves it as it was. */
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it completes, rolled back when it fails. */
    private void inTransaction(String what, SqlWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs SQLite's integrity check; returns "ok" or the problems it found. */
    public String integrityCheck() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            StringBuilder result = new StringBuilder();
            while (rows.next()) {
                if (result.length() > 0) {
                    result.append('\n');
                }
                result.append(rows.getString(1));
            }
            return result.toString();
        } catch (SQLException e) {
            throw failure("checking integrity", e);
        }
    }

    private static Article article(ResultSet rows) throws SQLException {
        String published = rows.getString("published");
        String modified = rows.getString("modified");
        return new Article(
                rows.getString("id"),
                rows.getString("url"),
                rows.getString("outlet"),
                rows.getString("title"),
                strings(rows.getString("authors")),
                published == null ? null : PublishedTime.requireParse(published),
                modified == null ? null : PublishedTime.requireParse(modified),
                rows.getString("language"),
                rows.getString("lead"),
                Article.paragraphsOf(rows.getString("text")),
                rows.getString("dateline"),
                rows.getString("agency"),
                new Origin(rows.getString("source_input"), rows.getLong("source_line"), rows.getLong("source_offset")));
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored authors list is not a JSON array: " + json, e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + dataDir.resolve(DATABASE_FILE) + " failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing", e);
        }
    }
}
