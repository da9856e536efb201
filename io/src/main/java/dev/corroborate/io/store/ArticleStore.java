package dev.corroborate.io.store;

import dev.corroborate.model.Article;
import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Outcome;
import dev.corroborate.model.QuoteGroupSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import dev.corroborate.pipeline.AnalysisResults;
import dev.corroborate.pipeline.ArticleSink;
import dev.corroborate.pipeline.Corpus;

/**
 * The store of one data directory, as the rest of Corroborate sees it: the {@link Database}
 * (SQLite, migrated on open) and one table class per stage, {@link RunTable}, {@link ArticleTable},
 * {@link ReuseLinkTable}, {@link QuoteTable}, {@link StoryTable}, {@link DiscrepancyTable}; it implements the pipeline's ports
 * by handing each call to its table.
 *
 * <p>A store opened to write ({@link #open(Path, String)}) holds the data directory's
 * {@link WriterLock} until it is closed: one writing process at a time, a second one waits a moment
 * and is then refused with a message naming the folder and the holder. A store opened to read
 * ({@link #openForReading}) takes no lock and is opened read-only. Not thread-safe: one store object per thread.
 */
public final class ArticleStore implements ArticleSink, Corpus, AnalysisResults, AutoCloseable {

    /** What the settings stamps of kept results are kept under ({@code kept_stamps}). */
    private static final String QUOTE_FINDINGS = "quote findings";
    /** The stamp of what grouping and resolution keep (schema 14), whole after a run that grouped everything. */
    private static final String QUOTE_INDEX = "quote index";
    /** The stamp of the rules the kept provenance figures and the articles' standing as sources were counted by. */
    private static final String SOURCE_FIGURES = "source figures";

    /** The database file's name inside the data directory. */
    public static final String DATABASE_FILE = "corroborate.db";

    private final Database db;
    private final WriterLock lock;
    private final RunTable runs;
    private final ArticleTable articles;
    private final ReuseLinkTable reuseLinks;
    private final QuoteTable quotes;
    private final StoryTable stories;
    private final ReuseSketchTable sketches;
    private final DiscrepancyTable discrepancies;
    private final KeptFiguresTable kept;
    private final StoryFeatureTable storyFeatures;

    private ArticleStore(Database db, WriterLock lock) {
        this.db = db;
        this.lock = lock;
        this.runs = new RunTable(db);
        this.articles = new ArticleTable(db);
        this.reuseLinks = new ReuseLinkTable(db);
        this.quotes = new QuoteTable(db);
        this.stories = new StoryTable(db);
        this.discrepancies = new DiscrepancyTable(db);
        this.kept = new KeptFiguresTable(db);
        this.sketches = new ReuseSketchTable(db, reuseLinks, kept);
        this.storyFeatures = new StoryFeatureTable(db, kept, stories);
    }

    /**
     * Opens (creating when needed) the store in {@code dataDir} to write it, and migrates it to the
     * current schema; {@code purpose} (the command, "analyze") tells a refused writer what holds the folder.
     *
     * @throws StoreException when another process writes the folder (after {@link WriterLock#DEFAULT_WAIT}),
     *                        or the store cannot be opened
     */
    public static ArticleStore open(Path dataDir, String purpose) {
        Database.createDirectory(dataDir);
        WriterLock lock = WriterLock.acquire(dataDir, purpose, WriterLock.DEFAULT_WAIT);
        try {
            return new ArticleStore(Database.open(dataDir), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** {@link #open(Path, String)} for a program that does not say what it does. */
    public static ArticleStore open(Path dataDir) {
        return open(dataDir, "a Corroborate process");
    }

    /**
     * Copies what the store's writer has committed so far from the write-ahead log into the
     * database file, on a connection of its own, while the writer goes on ({@link Database#checkpoint}):
     * what the writer's closing would otherwise do at the end of a run. Returns the pages copied.
     *
     * @throws StoreException when the store cannot be written
     */
    public static int copyCommittedLog(Path dataDir) {
        return Database.checkpoint(dataDir);
    }

    /**
     * Opens the existing store in {@code dataDir} read-only, taking no lock: readers see every
     * committed transaction while a writer works, nothing is written, and a store on read-only
     * media opens ({@link Database#openReadOnly}). A store of an older schema is migrated first
     * when its folder can be written (as a writer, for a moment), and refused when it cannot.
     *
     * @throws StoreException when there is no store, or it cannot be read
     */
    public static ArticleStore openForReading(Path dataDir) {
        Database db = Database.openReadOnly(dataDir);
        try {
            int version = db.schemaVersion();
            Migrations.refuseNewer(version, dataDir.resolve(DATABASE_FILE).toString());
            if (version < Migrations.latest()) {
                db.close();
                if (!java.nio.file.Files.isWritable(dataDir)) {
                    throw new StoreException("the store in " + dataDir + " has schema version " + version
                            + ", older than this Corroborate reads (" + Migrations.latest() + "), and its folder cannot be "
                            + "written to migrate it: copy the data directory to a writable place and run a command there.");
                }
                open(dataDir, "migrating the store before reading it").close();
                db = Database.openReadOnly(dataDir);
            }
            return new ArticleStore(db, null);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The database behind the facade, for the store's own tests. */
    Database database() {
        return db;
    }

    public Path dataDir() {
        return db.dataDir();
    }

    /** The schema version the store is at. */
    public int schemaVersion() {
        return db.schemaVersion();
    }

    /** Runs SQLite's integrity check; returns "ok" or the problems it found. */
    public String integrityCheck() {
        return db.integrityCheck();
    }

    /** Records the start of a run; returns its id. */
    @Override
    public long startRun(String command, List<String> inputs, Map<String, Object> config) {
        return this.runs.startRun(command, inputs, config);
    }

    /** Keeps a batch of a run's diagnostics in one transaction. */
    @Override
    public void recordDiagnostics(long runId, List<Diagnostic> diagnostics) {
        this.runs.recordDiagnostics(runId, diagnostics);
    }

    /** Records the end of a run with its counts and its last diagnostics, in one transaction. */
    @Override
    public void finishRun(long runId, Map<String, Long> counts, List<Diagnostic> diagnostics) {
        this.runs.finishRun(runId, counts, diagnostics);
    }

    /** In one transaction; an id that is the alias of a stored article (schema 28) is already present. */
    @Override
    public List<Outcome> insert(List<Article> batch, long runId) {
        return this.articles.insert(batch, runId);
    }

    /** The article with exactly this id. */
    public Optional<Article> find(String id) {
        return this.articles.find(id);
    }

    @Override
    public boolean replaceKeptInRun(Article article, long runId) {
        return this.articles.replaceKeptInRun(article, runId);
    }

    @Override
    public Map<String, Article> kept(java.util.Collection<String> ids) {
        return this.articles.kept(ids);
    }

    /** The ids that start with {@code prefix}, at most {@code limit} of them, sorted. */
    public List<String> idsStartingWith(String prefix, int limit) {
        return this.articles.idsStartingWith(prefix, limit);
    }

    /** Every article, in feed order: the store as the corpus of an analysis. */
    public void forEach(Consumer<Article> consumer) {
        this.articles.forEach(consumer);
    }

    public Article require(String id) {
        return this.articles.require(id);
    }

    @Override
    public List<Article> requireInOrder(java.util.Collection<String> ids) {
        return this.articles.requireInOrder(ids);
    }

    /** How many articles the store holds. */
    public long count() {
        return this.articles.count();
    }

    /**
     * A number that grows with every article stored (0 for none): the articles stored after a reader
     * took it are those {@link #idsStoredAfter} it. Articles are never taken out of a store.
     */
    public long articleSequence() {
        return this.articles.sequence();
    }

    /** The ids of the articles stored after {@code sequence} ({@link #articleSequence}), in id order. */
    public List<String> idsStoredAfter(long sequence) {
        return this.articles.idsStoredAfter(sequence);
    }

    /**
     * Streams the articles that pass {@code filter}, earliest first (articles with no known time
     * last, then by id), to {@code consumer}. Memory stays flat whatever the store's size.
     */
    public void forEach(ArticleFilter filter, Consumer<Article> consumer) {
        this.articles.forEach(filter, consumer);
    }

    /** Replaces every stored reuse link with {@code links}, in one transaction. */
    @Override
    public void replaceReuseLinks(List<dev.corroborate.model.ReuseLink> links) {
        this.reuseLinks.replaceReuseLinks(links);
    }

    /** Each article's event features kept between runs: stories restore placed articles without their texts. */
    @Override
    public Optional<dev.corroborate.pipeline.StoryArchive> storyArchive() {
        return Optional.of(storyFeatures);
    }

    /** The reuse sketches kept between runs: reuse is incremental over the store. */
    @Override
    public Optional<dev.corroborate.pipeline.ReuseIndex> reuseIndex() {
        return Optional.of(sketches);
    }

    /** The reuse links an article takes part in, as source or as derived, strongest first. */
    public List<dev.corroborate.model.ReuseLink> reuseLinks(String articleId) {
        return this.reuseLinks.reuseLinks(articleId);
    }

    /** Streams every reuse link, ordered by source and derived id. */
    @Override
    public void forEachReuseLink(Consumer<dev.corroborate.model.ReuseLink> consumer) {
        this.reuseLinks.forEachReuseLink(consumer);
    }

    /** Streams the reuse links with an end among {@code articleIds}, ordered by source and derived id. */
    @Override
    public void forEachReuseLinkOf(java.util.Collection<String> articleIds,
                                   Consumer<dev.corroborate.model.ReuseLink> consumer) {
        this.reuseLinks.forEachReuseLinkOf(articleIds, consumer);
    }

    /** Replaces every stored quote, speaker and quote group, in one transaction. */
    @Override
    public void replaceQuotes(List<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers, List<QuoteGroupSummary> groups) {
        this.quotes.replaceQuotes(quotes, speakers, groups);
    }

    /** The quote findings kept between runs: quote extraction is incremental over the store. */
    @Override
    public Optional<dev.corroborate.pipeline.QuoteArchive> quoteArchive() {
        ArticleStore store = this;
        return Optional.of(new dev.corroborate.pipeline.QuoteArchive() {
            @Override
            public void forEachKeptFindings(java.util.function.BiConsumer<String, List<dev.corroborate.model.Quote>> action) {
                store.quotes.forEachKeptFindings(action);
            }

            @Override
            public List<String> articlesWithoutFindings() {
                return store.quotes.index().articlesWithoutFindings();
            }

            @Override
            public Map<String, List<dev.corroborate.model.Quote>> keptFindings(java.util.Collection<String> articleIds) {
                return store.quotes.index().keptFindings(articleIds);
            }

            @Override
            public void replaceQuotes(List<FoundQuote> found, List<dev.corroborate.model.Speaker> speakers,
                                      List<QuoteGroupSummary> groups, Map<String, List<dev.corroborate.model.Quote>> newFindings,
                                      java.util.function.Supplier<KeptIndex> index) {
                store.quotes.replaceQuotes(found, speakers, groups, newFindings, index);
            }

            @Override
            public void update(Update update) {
                store.quotes.update(update);
            }

            @Override
            public dev.corroborate.pipeline.QuoteStage.Summary figures() {
                return store.quotes.index().figures();
            }

            @Override
            public dev.corroborate.quote.QuoteGrouper.Kept keptQuotes() {
                return store.quotes.index().keptQuotes();
            }

            @Override
            public dev.corroborate.quote.SpeakerResolver.KeptForms keptForms() {
                return store.quotes.index().keptForms();
            }

            @Override
            public Map<String, KeptMention> keptMentions(java.util.Collection<String> articleIds) {
                return store.quotes.index().keptMentions(articleIds);
            }

            @Override
            public Map<String, String> keptGroupsOf(java.util.Collection<String> articleIds) {
                return store.quotes.index().keptGroupsOf(articleIds);
            }

            @Override
            public List<dev.corroborate.quote.SpeakerResolver.Mention> mentionsWithChangedStory() {
                return store.quotes.index().mentionsWithChangedStory();
            }

            @Override
            public Map<String, String> storiesOf(java.util.Collection<String> articleIds) {
                return store.quotes.index().storiesOf(articleIds);
            }

            @Override
            public boolean everyArticlePlaced() {
                return store.quotes.index().everyArticlePlaced();
            }

            @Override
            public Optional<String> keptIndexStamp() {
                return store.kept.stamp(QUOTE_INDEX);
            }

            @Override
            public void keepIndexStamp(String stamp) {
                store.kept.keepStamp(QUOTE_INDEX, stamp);
            }

            @Override
            public Optional<String> keptStamp() {
                return store.kept.stamp(QUOTE_FINDINGS);
            }

            @Override
            public void keepStamp(String stamp) {
                store.kept.keepStamp(QUOTE_FINDINGS, stamp);
            }
        });
    }

    /** Streams every stored quote. */
    @Override
    public void forEachQuote(Consumer<FoundQuote> consumer) {
        this.quotes.forEachQuote(null, null, null, consumer);
    }

    /** Four columns of every quote, not the quotes decoded. */
    @Override
    public void forEachQuoteStanding(Consumer<dev.corroborate.pipeline.QuoteSource.Standing> consumer) {
        this.quotes.forEachStanding(consumer);
    }

    /** Four columns of every quote, filed by article as the table gives them. */
    @Override
    public void forEachArticleStandings(java.util.function.BiConsumer<String, List<dev.corroborate.pipeline.QuoteSource.Standing>> consumer) {
        this.quotes.forEachArticleStandings(consumer);
    }

    /** Four columns of these articles' quotes, read by the article index. */
    @Override
    public void forEachArticleStandings(java.util.Collection<String> articleIds,
                                        java.util.function.BiConsumer<String, List<dev.corroborate.pipeline.QuoteSource.Standing>> consumer) {
        this.quotes.forEachArticleStandings(articleIds, consumer);
    }

    /** One query by article id. */
    @Override
    public List<FoundQuote> quotesOf(java.util.Collection<String> articleIds) {
        return this.quotes.quotesOf(articleIds);
    }

    /** Replaces every stored discrepancy, in one transaction. */
    @Override
    public void replaceDiscrepancies(List<dev.corroborate.model.Discrepancy> found) {
        this.discrepancies.replaceDiscrepancies(found);
    }

    /** Replaces every stored discrepancy and compared event's fingerprint, in one transaction. */
    @Override
    public void replaceDiscrepancies(List<dev.corroborate.model.Discrepancy> found, Map<String, String> fingerprints) {
        this.discrepancies.replaceDiscrepancies(found, fingerprints);
    }

    /** Replaces the discrepancies and fingerprints of the compared and the gone events only, in one transaction. */
    @Override
    public void updateDiscrepancies(Map<String, List<dev.corroborate.model.Discrepancy>> compared,
                                    Map<String, String> fingerprints, java.util.Set<String> gone) {
        this.discrepancies.updateDiscrepancies(compared, fingerprints, gone);
    }

    @Override
    public Map<dev.corroborate.model.Discrepancy.Kind, Map<dev.corroborate.model.Discrepancy.Verdict, Integer>> discrepancyCounts() {
        return this.discrepancies.discrepancyCounts();
    }

    @Override
    public Map<String, String> comparedFingerprints() {
        return this.discrepancies.comparedFingerprints();
    }

    @Override
    public Map<String, String> comparedFingerprints(java.util.Collection<String> eventIds) {
        return this.discrepancies.comparedFingerprints(eventIds);
    }

    /** The changes the triggers of schema 23 marked, as events with their members. */
    @Override
    public Optional<ComparisonChanges> comparisonChanges(String stamp) {
        return this.discrepancies.comparisonChanges(stamp);
    }

    @Override
    public long lastComparisonChange() {
        return this.discrepancies.lastComparisonChange();
    }

    /** Forgets the marks read and keeps the comparison's stamp, in one transaction. */
    @Override
    public void forgetComparisonChanges(long upTo, String stamp) {
        this.discrepancies.forgetComparisonChanges(upTo, stamp);
    }

    @Override
    public Map<String, dev.corroborate.compare.KeptAlignment> keptAlignments(java.util.Collection<String> eventIds) {
        return this.discrepancies.keptAlignments(eventIds);
    }

    /** Keeps the compared events' alignments and forgets the gone events' (every other too, with {@code everyEvent}), in one transaction. */
    @Override
    public void keepAlignments(Map<String, dev.corroborate.compare.KeptAlignment> alignments, java.util.Set<String> gone,
                               boolean everyEvent) {
        this.discrepancies.keepAlignments(alignments, gone, everyEvent);
    }

    /** Each provenance group's kept independent-source count with its fingerprint, by group key. */
    public Map<String, dev.corroborate.pipeline.ProvenanceGroups.Figure> provenanceFigures() {
        return this.kept.provenanceFigures();
    }

    /**
     * Replaces every kept provenance group figure and, from the figures' dependent articles, every
     * article's standing as a source (the others are independent sources), and counts each
     * storyline's independent sources again, all in one transaction: a reader never sees figures
     * and standings of two different runs. Links written later empty the standings, in their own
     * transaction, until they are stored again.
     */
    public void replaceSourceFigures(Map<String, dev.corroborate.pipeline.ProvenanceGroups.Figure> figures) {
        replaceSourceFigures(figures, null);
    }

    /**
     * As {@link #replaceSourceFigures(Map)}, keeping {@code stamp} (when not null) in the same
     * transaction as the rules the figures were counted by ({@link #sourceFiguresStamp}).
     */
    public void replaceSourceFigures(Map<String, dev.corroborate.pipeline.ProvenanceGroups.Figure> figures, String stamp) {
        java.util.Set<String> dependent = new java.util.HashSet<>();
        figures.values().forEach(figure -> dependent.addAll(figure.dependent()));
        db.inTransaction("storing " + figures.size() + " provenance figures and the independent sources of "
                + dependent.size() + " articles", () -> {
            this.kept.writeProvenanceFigures(figures);
            this.stories.writeArticleSources(dependent);
            if (stamp != null) {
                this.kept.writeStamp(SOURCE_FIGURES, stamp);
            }
        });
    }

    /**
     * The stored articles whose standing as a source is not counted: the new ones and those of the
     * groups of linked articles whose links changed since (see {@link #replaceSourceFigures(Map)}),
     * in id order.
     */
    public List<String> articlesWithoutStanding() {
        return this.kept.articlesWithoutStanding();
    }

    /** The kept figures of the groups keyed by these group keys, by group key. */
    public Map<String, dev.corroborate.pipeline.ProvenanceGroups.Figure> provenanceFigures(java.util.Collection<String> groupKeys) {
        return this.kept.provenanceFigures(groupKeys);
    }

    /** How many kept provenance groups have each number of independent sources (independent sources → groups). */
    public Map<Integer, Integer> groupsByIndependentSources() {
        return this.kept.groupsByIndependentSources();
    }

    /**
     * The stamp of the rules the kept provenance figures and standings were counted by, kept by the
     * last {@link #replaceSourceFigures(Map, String)}: absent in a store never counted by them, whose
     * figures a run counts whole again.
     */
    public Optional<String> sourceFiguresStamp() {
        return this.kept.stamp(SOURCE_FIGURES);
    }

    /**
     * Replaces, in one transaction, the standing as a source of the {@code counted} articles only
     * (a union of whole groups of linked articles), the kept figures of the groups they were and are
     * in ({@code figures}: their groups now, by group key), and the figures of their events and
     * storylines; the other articles' standing and the other groups' figures stand.
     */
    public void updateSourceFigures(java.util.Collection<String> counted,
                                    Map<String, dev.corroborate.pipeline.ProvenanceGroups.Figure> figures) {
        java.util.Set<String> dependent = new java.util.TreeSet<>();
        figures.values().forEach(figure -> dependent.addAll(figure.dependent()));
        db.inTransaction("storing " + figures.size() + " provenance figures and the independent sources of "
                + counted.size() + " articles", () -> {
            this.kept.replaceProvenanceFigures(counted, figures);
            this.stories.writeArticleSources(counted, dependent);
        });
    }

    /** Streams the stored discrepancies of one event, or of all ({@code null}), in the comparison's order. */
    @Override
    public void forEachDiscrepancy(String eventId, Consumer<dev.corroborate.model.Discrepancy> consumer) {
        this.discrepancies.forEachDiscrepancy(eventId, consumer);
    }

    /** Streams stored quotes: those of one article ({@code articleId}), one group, one speaker, or all ({@code null}s). */
    public void forEachQuote(String articleId, String groupId, String speakerId, Consumer<FoundQuote> consumer) {
        this.quotes.forEachQuote(articleId, groupId, speakerId, consumer);
    }

    /** Every stored speaker, most quoted first. */
    public List<dev.corroborate.model.Speaker> speakers() {
        return this.quotes.speakers();
    }

    /** {@code limit} stored speakers from {@code offset}, most quoted first: a page without reading them all. */
    public List<dev.corroborate.model.Speaker> speakers(int offset, int limit) {
        return this.quotes.speakers(offset, limit);
    }

    /** The outlets whose articles quote each of these speakers, each once ({@code null} for an article with none). */
    public Map<String, List<String>> outletsQuoting(java.util.Collection<String> speakerIds) {
        return this.quotes.outletsQuoting(speakerIds);
    }

    /** How many speakers are stored. */
    public int speakerCount() {
        return this.quotes.speakerCount();
    }

    /** Every stored quote group, largest first. */
    @Override
    public List<QuoteGroupSummary> quoteGroups() {
        return this.quotes.quoteGroups();
    }

    /** The stored quote groups with these ids, looked up one by one, in the order of {@link #quoteGroups()}. */
    @Override
    public List<QuoteGroupSummary> quoteGroups(java.util.Collection<String> ids) {
        return this.quotes.quoteGroups(ids);
    }

    /** Two columns of every quote group, the drifts not decoded. */
    @Override
    public Map<String, Boolean> quoteGroupDrifts() {
        return this.quotes.groupDrifts();
    }

    /** Two columns of these quote groups, by their ids. */
    @Override
    public Map<String, Boolean> quoteGroupDrifts(java.util.Collection<String> ids) {
        return this.quotes.groupDrifts(ids);
    }

    /** The name of one stored speaker, looked up alone. */
    public Optional<String> speakerName(String speakerId) {
        return this.quotes.speakerName(speakerId);
    }

    /** Replaces every stored event, storyline and membership in one transaction; {@code stories}: those holding events. */
    @Override
    public void replaceStories(List<dev.corroborate.model.Storyline> stories, List<dev.corroborate.model.Event> events, Map<String, dev.corroborate.model.Assignment> assignments) {
        this.stories.replaceStories(stories, events, assignments);
    }

    /** The stored place of every article, by article id: event, storyline and the reasons. */
    @Override
    public Map<String, dev.corroborate.model.Assignment> assignments() {
        return this.stories.assignments();
    }

    @Override
    public Map<String, String> eventsOfArticles() {
        return this.stories.eventsOfArticles();
    }

    /** The stored place of one article (event, storyline, reasons), looked up alone; empty when it is in no event. */
    public Optional<dev.corroborate.model.Assignment> placeOf(String articleId) {
        return stories.placeOf(articleId);
    }

    /** The label of one stored storyline, looked up alone. */
    public Optional<String> storyLabel(String storyId) {
        return stories.storyLabel(storyId);
    }

    /** Every stored storyline, latest first (by the last publication time, unknown times last, then id). */
    public List<StoredStory> stories() {
        return this.stories.stories();
    }

    /**
     * The storyline {@code storyOrEventId} names (its id or one of its events' ids), looked up alone
     * by index; the same record {@link #stories()} holds for it. Empty when it names none.
     */
    public Optional<StoredStory> story(String storyOrEventId) {
        return this.stories.story(storyOrEventId);
    }

    /** The one storyline or event id starting with {@code prefix} ("st-8297" for st-8297f1d1fd83); empty for none or several. */
    public Optional<String> storyOrEventIdStartingWith(String prefix) {
        return this.stories.storyOrEventIdStartingWith(prefix);
    }

    /** The storylines holding an article, in the order of {@link #stories()}, {@code limit} of them from {@code offset}. */
    public List<StoredStory> stories(int offset, int limit) {
        return this.stories.stories(offset, limit);
    }

    /** How many storylines hold an article. */
    public int storyCount() {
        return this.stories.storyCount();
    }

    /** A storyline's figures as counted when it was written; empty when there is no such storyline. */
    public Optional<StoryFigures> storyFigures(String storyId) {
        return this.stories.figures(storyId);
    }

    /**
     * Runs {@code read} in one read transaction: every query it makes sees the store as it was when
     * the first one ran, whatever a writer commits meanwhile; a later call sees those commits.
     */
    public <T> T inOneReading(java.util.function.Supplier<T> read) {
        List<T> result = new java.util.ArrayList<>(1);
        db.inTransaction("reading the store", () -> result.add(read.get()));
        return result.get(0);
    }

    /** The article ids of one stored event, in feed order (earliest first, then by id); empty when there is no such event. */
    public List<String> eventArticles(String eventId) {
        return this.stories.eventArticles(eventId);
    }

    /** Records a user's decision about the stories; it is replayed after every clustering. */
    public void addDecision(dev.corroborate.model.Decision decision) {
        this.stories.addDecision(decision);
    }

    /** The users' decisions, in the order they were made. */
    @Override
    public List<dev.corroborate.model.Decision> decisions() {
        return this.stories.decisions();
    }

    @Override
    public void close() {
        // The scratch files go first, then the database, then the lock (none without a writer), whatever fails.
        try (WriterLock held = lock; Database open = db) {
            try {
                sketches.forgetSpilled();
            } finally {
                storyFeatures.forgetPlacedSpill();
            }
        }
    }
}
