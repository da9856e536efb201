package dev.corroborate.cluster;

import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Storyline;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Groups articles into events and events into storylines, one article at a time.
 *
 * <p>Each article becomes a TF-IDF vector of its {@link EventFeatures} ({@link TermWeighting}), with
 * document frequencies counted over the articles seen so far, and over every article of the run when
 * {@link #prime} has counted them first (so the first articles of a run are weighed as the last).
 * Candidate events come from an inverted index of each event's strongest features
 * ({@link CandidateIndex}, never a scan of all events). {@link Placement} gives the article to the
 * best candidate by cosine similarity to the event's centroid, damped when their publication times
 * lie far apart, if the similarity reaches {@link Settings#eventThreshold()}; otherwise the article
 * starts a new event (first-story detection). A copy or rewrite of an article already placed joins
 * that article's event; a partial reuse adds {@link Settings#partialBonus()}. A new event joins the
 * storyline whose centroid is closest, if close enough ({@link Settings#storyThreshold()}) and
 * within {@link Settings#storyWindowDays()}; otherwise it starts a storyline.
 *
 * <p>Single-pass placement splits an event whose first articles differ; {@link #consolidate()} then
 * joins the events that proved one, by the average similarity of their articles ({@link Consolidation}),
 * and {@link #refine} moves the articles the order put in the wrong event ({@link Refinement}).
 * Users' decisions are replayed last ({@link #apply}).
 *
 * <p>Every assignment keeps its reasons: the shared names and terms that weighed most, the score,
 * and the runner-up event. Deterministic for a given order of articles; {@code recluster} feeds
 * them earliest first (then by id, {@link #FEED_ORDER}). Not thread-safe. No argument may be
 * {@code null}.
 */
public final class StoryClusterer {

    /**
     * Every threshold and limit of the clustering, in one place. Immutable.
     *
     * @param eventThreshold       the similarity an article needs to join an event rather than start one (0.30)
     * @param partialBonus         added to the score of the event of an article the new one partly reuses (0.15)
     * @param timeGraceDays        days from an event's nearer end before time damps an article's score (3)
     * @param timeDecayDays        past the grace, the score is divided by 1 + days past / this (14: halved two weeks past)
     * @param yearConflict         the factor on the score when the article's lead names years the event's leads
     *                             never name: most likely last year's happening of the same kind (0.5; 1 turns it off)
     * @param storyThreshold       the similarity a new event needs to join a storyline rather than start one (0.10)
     * @param storyWindowDays      a storyline takes a new event at most this many days after its last article (90)
     * @param indexedTermsPerEvent an event is listed in the index under this many of its centroid's strongest
     *                             features, and an article looks up as many of its own (30)
     * @param centroidTerms        event and storyline sums keep this many strongest features (100)
     * @param candidates           placement and refinement score at most this many candidates from the index (25)
     * @param maxPostings          a feature listed for more events than this is too common to propose any (2000)
     * @param maxCollected         each feature's list is read newest first, at most this many events (400)
     * @param mergeThreshold       the average linkage at which consolidation joins two events, and the mean
     *                             similarity an article must reach for refinement to move it (0.06)
     * @param partialLinkThreshold events of articles with a partial reuse link between them are one event
     *                             when their centroids are this similar ({@link StoryClusterer#joinLinked}) (0.15)
     * @param mergeWindowDays      events more than this many days apart are never joined, nor an article moved
     *                             that far: a follow-up weeks later is another event (7)
     * @param mergeSpanDays        the longest an event may span once joined: coverage of one happening runs for
     *                             days, not weeks (14)
     * @param minSharedDetails     events join only when their leads share this many details (names, numbers,
     *                             years), and an article alone in its event moves only to such an event (2)
     * @param identityShare        a detail named in the leads of this share of an event's articles is its own: two
     *                             events that each have one the other's leads never name stay apart (0.7)
     * @param identityMinSize      only events of at least this many articles have details of their own (3)
     * @param followUpActionWords  a lead that puts its action "after" or "following" a happening that most of another
     *                             event's leads are about and tell as still to come ("a forthcoming audit", "moves to
     *                             block the vote") tells a later happening of the storyline, not the same one, when at
     *                             least this many words of its action are words those leads never name: the same actors,
     *                             another action. Such an article joins no such event, and two events of which most
     *                             articles of one are such follow-ups of the other are never joined ({@link FollowUps};
     *                             what keeps a follow-up apart when no publication times do; 0 turns it off) (2)
     * @param refineRounds         passes of {@link StoryClusterer#refine(Function)}: three settle ECB+ in every order tried (3)
     * @param leadWords            the headline and this many first words are the lead (80)
     * @param leadWeight           a word of the lead counts this many times (3)
     * @param nameWeight           a name counts this many times as a word, besides counting as its word (2)
     * @param numberWeight         a number counts this many times as a word (2)
     * @param yearWeight           a year counts this many times as a word (3)
     * @param backgroundDocuments  documents that mention none of the features, added to every collection: in a
     *                             handful of articles about one happening, the words they all share are still
     *                             what they are about (50)
     * @param idfFloor             added to every inverse document frequency: in a small collection, words every
     *                             article shares still say something (smoothing as scikit-learn's, halved) (0.5)
     * @param reasonNames          an assignment's reasons list at most this many shared names (5)
     * @param reasonTerms          and at most this many shared terms (6)
     * @param keyNames             an event shows at most this many key names (6)
     * @param keyNameSearch        looked for among this many of its centroid's strongest features (40)
     */
    public record Settings(double eventThreshold, double partialBonus, int timeGraceDays, int timeDecayDays,
                           double yearConflict, double storyThreshold, int storyWindowDays,
                           int indexedTermsPerEvent, int centroidTerms, int candidates, int maxPostings,
                           int maxCollected, double mergeThreshold, double partialLinkThreshold,
                           int mergeWindowDays, int mergeSpanDays, int minSharedDetails, double identityShare,
                           int identityMinSize, int followUpActionWords, int refineRounds, int leadWords, double leadWeight,
                           double nameWeight, double numberWeight, double yearWeight, int backgroundDocuments,
                           double idfFloor, int reasonNames, int reasonTerms, int keyNames, int keyNameSearch) {

        /** The settings every figure in docs/BENCHMARKS.md was measured with. */
        public static final Settings DEFAULTS = new Settings(
                0.30,   // eventThreshold
                0.15,   // partialBonus
                3,      // timeGraceDays
                14,     // timeDecayDays
                0.5,    // yearConflict
                0.10,   // storyThreshold
                90,     // storyWindowDays
                30,     // indexedTermsPerEvent
                100,    // centroidTerms
                25,     // candidates
                2000,   // maxPostings
                400,    // maxCollected
                0.06,   // mergeThreshold
                0.15,   // partialLinkThreshold
                7,      // mergeWindowDays
                14,     // mergeSpanDays
                2,      // minSharedDetails
                0.7,    // identityShare
                3,      // identityMinSize
                2,      // followUpActionWords
                3,      // refineRounds
                80,     // leadWords
                3,      // leadWeight
                2,      // nameWeight
                2,      // numberWeight
                3,      // yearWeight
                50,     // backgroundDocuments
                0.5,    // idfFloor
                5,      // reasonNames
                6,      // reasonTerms
                6,      // keyNames
                40);    // keyNameSearch

        public Settings {
            positive("timeDecayDays", timeDecayDays);
            positive("indexedTermsPerEvent", indexedTermsPerEvent);
            positive("centroidTerms", centroidTerms);
            positive("candidates", candidates);
            positive("maxPostings", maxPostings);
            positive("maxCollected", maxCollected);
            notNegative("timeGraceDays", timeGraceDays);
            notNegative("storyWindowDays", storyWindowDays);
            notNegative("mergeWindowDays", mergeWindowDays);
            notNegative("mergeSpanDays", mergeSpanDays);
            notNegative("minSharedDetails", minSharedDetails);
            notNegative("identityMinSize", identityMinSize);
            notNegative("followUpActionWords", followUpActionWords);
            notNegative("refineRounds", refineRounds);
            notNegative("leadWords", leadWords);
            notNegative("backgroundDocuments", backgroundDocuments);
            notNegative("reasonNames", reasonNames);
            notNegative("reasonTerms", reasonTerms);
            notNegative("keyNames", keyNames);
            notNegative("keyNameSearch", keyNameSearch);
        }

        private static void positive(String name, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be > 0, got " + value);
            }
        }

        private static void notNegative(String name, int value) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must be >= 0, got " + value);
            }
        }
    }

    /** Orders articles for a from-scratch run: earliest first, unknown times last, then by id. */
    public static final Comparator<Article> FEED_ORDER = Comparator
            .comparing((Article a) -> a.published() == null ? Instant.MAX : a.published().instant())
            .thenComparing(Article::id);

    private final Settings settings;
    private final EventFeatures features;
    private final FollowUps followUps;
    private final TermWeighting weighting;
    private final ClusterState state;
    private final Placement placement;
    private final Consolidation consolidation;
    private final Refinement refinement;
    private final DecisionReplay decisions;

    public StoryClusterer() {
        this(Settings.DEFAULTS);
    }

    public StoryClusterer(Settings settings) {
        this.settings = settings;
        this.features = new EventFeatures(settings);
        this.followUps = new FollowUps(settings);
        // Articles are weighed ahead on other threads (prepare), their keys taken from it there.
        FeatureTable dictionary = new FeatureTable();
        CandidateIndex index = new CandidateIndex(settings, dictionary);
        this.weighting = new TermWeighting(settings, features, dictionary);
        this.state = new ClusterState(settings, followUps, weighting, index, dictionary);
        this.placement = new Placement(state, weighting);
        this.consolidation = new Consolidation(state);
        this.refinement = new Refinement(state);
        this.decisions = new DecisionReplay(state);
    }

    /**
     * Counts the document frequencies of a whole run's articles before any is placed, so the first
     * articles are weighed against the whole collection rather than the handful seen before them.
     * Each article is counted once, here or when it is placed.
     */
    public void prime(Article article) {
        weighting.prime(article);
    }

    /**
     * What the clustering needs of an article, to keep for later runs ({@link KeptArticle#encode()}):
     * its feature counts, lead details and lead, and how it wrote its names.
     */
    public KeptArticle describe(Article article) {
        Map<String, List<String>> seen = new HashMap<>();
        Set<String> identity = new TreeSet<>();
        Map<String, Double> counts = features.of(article, null, seen, identity);
        return new KeptArticle(article, counts, identity, followUps.of(article),
                KeptArticle.ownNameForms(seen));
    }

    /**
     * Counts the document frequencies an earlier run kept ({@code documents} articles, each feature
     * in {@code frequencies} of them) before any article is placed: the articles they count are
     * then placed or restored from what was kept of them ({@link #add(KeptArticle, List)},
     * {@link #restore(KeptArticle, Assignment)}), never primed or counted again.
     */
    public void primeKept(int documents, Map<String, Integer> frequencies) {
        weighting.primeKept(documents, frequencies);
    }

    /**
     * Adds to what {@link #primeKept} counted the frequencies of features it left out, from the same
     * counts: a run may prime the kept document count with only some frequencies and add those of
     * each article's features before the article is weighed (prepared, placed, restored, or looked
     * up). A feature missing then is in no counted article. Not while {@link #prepare} runs.
     */
    public void primeKeptTerms(Map<String, Integer> frequencies) {
        weighting.primeKeptTerms(frequencies);
    }

    /**
     * Weighs these articles (restored or placed next, from what was kept of them) ahead of their
     * turns, on the threads of the common pool: their vectors are a function of their counts and the
     * document frequencies, which placing and restoring kept articles never change, so each is what
     * weighing it at its turn would give. Each is held on its article until it is placed or restored.
     * Call it with the frequencies primed ({@link #primeKept}); it may run while this thread places or
     * restores kept articles ({@link #add(KeptArticle, List)}, {@link #restore(KeptArticle, Assignment)}),
     * never while articles are counted in ({@link #add(Article, List)}, {@link #prime}).
     */
    public void prepare(List<KeptArticle> articles) {
        articles.parallelStream().forEach(weighting::prepare);
    }

    /** Places one article; {@code links} are its reuse links to articles placed before it (others are ignored). */
    public Assignment add(Article article, List<ReuseLink> links) {
        return placement.place(counted(article), links);
    }

    /** {@link #add(Article, List)} for an article counted in by {@link #primeKept}, from what was kept of it. */
    public Assignment add(KeptArticle kept, List<ReuseLink> links) {
        weighting.countKept(kept);
        return placement.place(kept, links);
    }

    /**
     * Puts an article back into the event a previous run placed it in, without deciding anything:
     * how an incremental run restores the events before it places the new articles.
     */
    public void restore(Article article, Assignment stored) {
        placement.restore(counted(article), stored);
    }

    /** {@link #restore(Article, Assignment)} for an article counted in by {@link #primeKept}, from what was kept of it. */
    public void restore(KeptArticle kept, Assignment stored) {
        weighting.countKept(kept);
        placement.restore(kept, stored);
    }

    /**
     * Puts back the {@code ordinal}-th article ({@code articleId}, placed in {@code eventId} of storyline
     * {@code storyId}) of an event kept whole by an earlier run ({@link #keptEvents}), at the article's
     * turn among those restored: the event is as {@link #restore(KeptArticle, Assignment)} of each of its
     * articles in turn gives, without re-joining them. Only for an event whose articles are those kept,
     * in the kept order, each restored at its turn before any article is placed, under the weights it was
     * kept with. Its articles' assignments are read through {@link #readKeptAssignmentsWith} the first time
     * anything changes the event (an event that stays as kept, {@link #eventsAsKept}, has none in
     * {@link #assignments()}).
     */
    public void restore(KeptEvent event, int ordinal, String articleId, String eventId, String storyId) {
        placement.restore(event, ordinal, articleId, eventId, storyId);
    }

    /**
     * How the assignments of an event restored whole are read, by event id, the first time they are
     * needed (its members' kept assignments, as {@link #restore(KeptArticle, Assignment)} takes them):
     * set it before {@link #restore(KeptEvent, int, String, String, String)}; it is called before
     * anything changes, so it reads what the previous run kept.
     */
    public void readKeptAssignmentsWith(Function<String, Map<String, Assignment>> reader) {
        state.readKeptAssignmentsWith(reader);
    }

    /**
     * What a later run needs to restore each of these events whole ({@link KeptEvent#encode()}, by id),
     * for those that are what restoring their articles one by one gives (settled; not merged into since).
     */
    public Map<String, byte[]> keptEvents(java.util.Collection<String> eventIds) {
        return state.keptEvents(eventIds);
    }

    /** The ids of the events restored whole ({@link #restore(KeptEvent, int, Assignment)}) and not changed since. */
    public java.util.Set<String> eventsAsKept() {
        return state.eventsAsKept();
    }

    /** The article counted into the document frequencies (unless primed) and described. */
    private KeptArticle counted(Article article) {
        Map<String, List<String>> seen = new HashMap<>();
        Set<String> identity = new TreeSet<>();
        Map<String, Double> counts = weighting.count(article, seen, identity);
        return new KeptArticle(article, counts, identity, followUps.of(article),
                KeptArticle.ownNameForms(seen));
    }

    /** How many articles the document frequencies count, and in how many each feature is: what a run keeps. */
    public int documents() {
        return weighting.documents();
    }

    /** In how many of the articles counted {@code term} is. */
    public int documentFrequency(String term) {
        return weighting.documentFrequency(term);
    }

    /** A look-up of kept articles that describes each article {@code lookup} gives back. */
    private KeptArticle.Lookup describing(Function<String, Article> lookup) {
        return id -> describe(lookup.apply(id));
    }

    /**
     * Joins the events of articles that share reporting: a copy or a rewrite is always the same
     * event; a partial reuse is when the two events are at least {@code partialThreshold} similar
     * (normally {@link Settings#partialLinkThreshold()}) and not too far apart in time. Links whose
     * articles came in the other order are only seen here. Returns how many events were merged away.
     */
    public int joinLinked(List<ReuseLink> links, double partialThreshold) {
        return consolidation.joinLinked(links, partialThreshold);
    }

    /**
     * Joins events that turned out to be one, the batch step after single-pass placement, at
     * {@link Settings#mergeThreshold()}; see {@link #consolidate(double)}.
     */
    public int consolidate() {
        return consolidate(settings.mergeThreshold());
    }

    /**
     * Joins events best first by average linkage (the mean similarity of their articles) while a
     * pair reaches {@code threshold}, unless each has a lead detail of its own the other's leads
     * never name, their leads share fewer than {@link Settings#minSharedDetails()} details, or they
     * lie too far apart in time. Only events placed since the last call start a search. Returns
     * how many events were merged away.
     */
    public int consolidate(double threshold) {
        return consolidation.consolidate(threshold);
    }

    /** {@link #refine(Function, int)} with {@link Settings#refineRounds()} passes. */
    public int refine(Function<String, Article> lookup) {
        return refine(describing(lookup), settings.refineRounds());
    }

    /** {@link #refine(Function)}, rebuilding events from what is kept of their articles. */
    public int refine(KeptArticle.Lookup lookup) {
        return refine(lookup, settings.refineRounds());
    }

    /**
     * Moves each article placed since the last call into the event whose articles it is most like
     * on average, when that is another event and at least {@link Settings#mergeThreshold()} alike.
     * Copies and rewrites stay with their source; nothing moves too far in time. Up to
     * {@code rounds} passes, fewer when one moves nothing; {@code lookup} gives back an article to
     * rebuild the event it leaves. Returns how many moves were made.
     */
    public int refine(Function<String, Article> lookup, int rounds) {
        return refine(describing(lookup), rounds);
    }

    /** {@link #refine(Function, int)}, rebuilding events from what is kept of their articles. */
    public int refine(KeptArticle.Lookup lookup, int rounds) {
        return refinement.refine(lookup, rounds);
    }

    /**
     * Sets what is kept of the articles placed from now on aside in {@code spill} until refinement, once
     * {@link PlacedSpill#setAsideAt} of them are held ({@link PlacedSpill}): refinement reads them back and
     * decides as if they had been held.
     */
    public void setPlacedAsideIn(PlacedSpill spill) {
        state.placed.setAsideIn(java.util.Objects.requireNonNull(spill, "spill"));
    }

    /**
     * Has events whose last article lies more than {@code days} before the latest article placed or
     * restored drop what keeping them whole for a later run needs ({@link #keptEvents}): their index
     * listings and name notes by article, a tenth of the heap of a long archive's run. Such an event is
     * not kept whole; everything else, and what any run gives, is the same. Meant for articles fed
     * earliest first: in another order more events may drop it (still never a result). 0 (the default)
     * keeps all.
     */
    public void forgetReplayOfEventsQuietFor(int days) {
        state.quiet.forgetReplayAfter(days);
    }

    /** Looks for quiet events every {@code joins} joins ({@link #forgetReplayOfEventsQuietFor}): for tests. */
    void lookForQuietEventsEvery(int joins) {
        state.quiet.sweep = joins;
    }

    /** Has each pass of refinement look at every article again, not only those whose reads changed: for tests. */
    void lookAgainAtEveryArticleWhenRefining() {
        refinement.lookAgainAtEvery = true;
    }

    /** How many looks refinement's passes after the first took: for tests. */
    long laterRefinementLooks() {
        return refinement.laterLooks;
    }

    /**
     * Replays a user's decision: {@code merge} puts the events of all its articles together,
     * {@code split} takes its articles out into an event of their own, {@code move} puts its
     * article into the event of the target article. Articles unknown here are ignored (they may
     * have left the store). {@code lookup} gives back an article's text to recompute centroids.
     */
    public void apply(Decision decision, Function<String, Article> lookup) {
        decisions.apply(decision, describing(lookup));
    }

    /** {@link #apply(Decision, Function)}, rebuilding events from what is kept of their articles. */
    public void apply(Decision decision, KeptArticle.Lookup lookup) {
        decisions.apply(decision, lookup);
    }

    /**
     * Settles the events merges, moves and decisions changed: their articles in the order they came
     * ({@link #add} or {@link #restore}), their centroid, key names and label as if the articles had
     * joined in that order, so that an event's label and order are a function of its articles, not of
     * how the run got there. Call it last, before reading the events; {@code lookup} gives back an article.
     */
    public void settle(Function<String, Article> lookup) {
        state.settle(describing(lookup));
    }

    /** {@link #settle(Function)} from what is kept of the articles. */
    public void settle(KeptArticle.Lookup lookup) {
        state.settle(lookup);
    }

    /** The events so far, in the order of their earliest articles (as they came). */
    public List<Event> events() {
        return state.events();
    }

    /** The storylines so far, each with its events in the order of their earliest articles, the storylines in the order of their first events; the label is their first event's. */
    public List<Storyline> storylines() {
        return state.storylines();
    }

    /**
     * Every article's assignment as it stands now (merges and decisions included), by article id; but
     * those of the members of events restored whole and unchanged ({@link #eventsAsKept}), whose kept
     * assignments stand and are never read.
     */
    public Map<String, Assignment> assignments() {
        return state.assignments();
    }

    /**
     * Puts a storyline back as an earlier run left it, before any article is restored: its sum
     * ({@link #storySums()}'s text form) and its first and last publication times (either may be
     * null). The articles then restored into its events are in that sum already; only articles
     * placed now add to it. For a run that restores only the events a batch can touch.
     */
    public void keepStory(String storyId, String sum, PublishedTime first, PublishedTime last) {
        state.keptStory(storyId, sum, first, last);
    }

    /**
     * {@link #keepStory} of each of these storylines (the i-th of each list), in this order. Each sum
     * is read from its text form only when the run first needs it (an article or storyline joins the
     * storyline, or a new event weighs it): a batch puts back hundreds and touches few.
     */
    public void keepStories(List<String> storyIds, List<String> sums, List<PublishedTime> firsts,
                            List<PublishedTime> lasts) {
        for (int at = 0; at < storyIds.size(); at++) {
            state.keptStory(storyIds.get(at), sums.get(at), firsts.get(at), lasts.get(at));
        }
    }

    /**
     * Each storyline's sum (the sum of its articles' vectors, cut to the strongest features) in a text
     * form, by id; a kept sum the run never read is given back as it was kept.
     */
    public Map<String, String> storySums() {
        return state.storySums();
    }

    /** Storyline id → the storyline it was joined into in this run. */
    public Map<String, String> storyJoins() {
        return state.storyJoins();
    }

    /** Event id → the event it was merged into in this run. */
    public Map<String, String> eventMerges() {
        return state.eventMerges();
    }

    /** Whether the article is in an event of this clustering (placed or restored). */
    public boolean places(String articleId) {
        return state.holds(articleId);
    }

    /** How many events are indexed. */
    public int eventCount() {
        return state.eventCount();
    }
}
