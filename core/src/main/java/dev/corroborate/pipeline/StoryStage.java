package dev.corroborate.pipeline;

import dev.corroborate.cluster.KeptArticle;
import dev.corroborate.cluster.KeptEvent;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Storyline;
import dev.corroborate.text.Stamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places the corpus's articles in events and storylines and keeps the result. Incremental by
 * default: articles a previous run placed are put back where they were, without deciding anything
 * again, and only the new ones are placed (each joins an event or starts one). From scratch (as
 * {@code recluster} runs it) it gives the same result as placing the same articles in one run.
 * Both ways, every article's features are counted first, articles are fed in the corpus's order,
 * the events placement split are joined and the new articles moved to the events they are most
 * like ({@link StoryClusterer#consolidate()}, {@link StoryClusterer#refine}), and the users'
 * decisions are replayed last, so they survive. Reuse links kept by the reuse stage join a copy
 * to its source's event. Last, the events are settled ({@link StoryClusterer#settle}): each event's
 * articles are in the corpus's order and its label is the headline closest to its centre as built
 * in that order, so labels and order are a function of the data and the decisions only, and an
 * incremental run with nothing new (a re-run after a kill, a no-op {@code analyze}) gives back
 * exactly what was stored.
 *
 * <p>When the sink keeps a {@link StoryArchive} (the store does), each article's features are
 * described from its text once and kept (with their document frequencies, in transactions of
 * their own: they are a function of the article alone), and every run after that, incremental or
 * from scratch, restores, places and rebuilds events from the kept features: only the texts of
 * articles with none kept are read. The result is exactly what describing every article from its
 * text gives (the same counts, lead details, follow-ups, name forms and frequencies); features kept
 * under another {@link #FEATURES_STAMP}, or whose frequencies do not count the kept rows, are all
 * made again. Not thread-safe.
 *
 * <p>Above {@link #FROZEN_FLOOR} articles a batch costs in proportion to itself, not to the
 * archive: a full run freezes the weights it made the events with (the document frequencies) and
 * each storyline's sum, and a later incremental run weighs its new articles with those, restores
 * only the kept events they can touch and writes only those ({@code runBatch}). Incremental then no
 * longer equals from scratch byte for byte (a run from scratch weighs with the frequencies of the
 * corpus as it is now): the events agree closely (docs/BENCHMARKS.md), and {@code recluster} is
 * the exact rebuild. A corpus grown by more than {@link #REFRESH_GROWTH} since the weights were
 * frozen is re-joined in full once, which freezes them again.
 *
 * <p>A run over part of a corpus (the Spark job's time windows) may weigh its articles against the
 * document frequencies of the whole corpus ({@link #StoryStage(int, Map)}), as a local run over the
 * whole corpus does: a window's own frequencies make the words of its few weeks rare or common
 * that are not over the year, and join events the whole run keeps apart.
 */
public final class StoryStage {

    /** Articles and their feature frequencies counted over the whole corpus, or {@code null}: this run's own. */
    private final Integer corpusDocuments;
    private final Map<String, Integer> corpusFrequencies;

    /** From how many articles a full run freezes the weights ({@link #FROZEN_FLOOR} but in tests). */
    private final int frozenFloor;

    /** A stage that counts the document frequencies over the articles it is given (or keeps them in its archive). */
    public StoryStage() {
        this(FROZEN_FLOOR);
    }

    /**
     * {@link #StoryStage()} freezing the weights from {@code frozenFloor} articles on instead of
     * {@link #FROZEN_FLOOR}: for tests of batches over small corpora.
     */
    public StoryStage(int frozenFloor) {
        this.corpusDocuments = null;
        this.corpusFrequencies = null;
        this.frozenFloor = frozenFloor;
    }

    /**
     * A stage that weighs its articles against {@code frequencies} counted over {@code documents}
     * articles of a larger corpus holding them ({@link StoryClusterer#primeKept}), never against its
     * own articles' counts; for a run from scratch without a {@link StoryArchive}.
     */
    public StoryStage(int documents, Map<String, Integer> frequencies) {
        this.corpusDocuments = documents;
        this.corpusFrequencies = Map.copyOf(frequencies);
        this.frozenFloor = FROZEN_FLOOR;
    }

    /**
     * What a run did: {@code merged} counts the events joined after placement (by reuse links and
     * by consolidation), {@code moved} the articles refinement moved to another event, {@code rejoined}
     * the kept articles re-joined into their events (all of them but in a batch with frozen weights),
     * {@code restoredWhole} those restored with their event's kept state ({@link KeptEvent}) instead.
     */
    public record Summary(int articles, int placed, int restored, int events, int storylines, int merged, int moved,
                          int decisions, int rejoined, int restoredWhole) {

        /** A run that restored no event whole. */
        public Summary(int articles, int placed, int restored, int events, int storylines, int merged, int moved,
                       int decisions, int rejoined) {
            this(articles, placed, restored, events, storylines, merged, moved, decisions, rejoined, 0);
        }

        /** A run that re-joined every kept article ({@code rejoined} = {@code restored}). */
        public Summary(int articles, int placed, int restored, int events, int storylines, int merged, int moved,
                       int decisions) {
            this(articles, placed, restored, events, storylines, merged, moved, decisions, restored);
        }
    }

    /**
     * The settings stamp of the features kept for each article ({@link StoryArchive}): the version of
     * the code that makes them (raise it when {@link StoryClusterer#describe} or the tokenizer, stop
     * words or word lists it reads change what it gives) and the clustering's settings.
     */
    public static final String FEATURES_STAMP = Stamps.of("story features 1", StoryClusterer.Settings.DEFAULTS);

    /** Articles described and kept in one transaction when their features are kept for the first time. */
    static final int KEEP_CHUNK = 2000;

    /**
     * Below this many articles the weights follow every run's whole corpus (and incremental equals
     * from scratch exactly); from it on, a full run freezes them and later batches are weighed with
     * the frozen ones. ECB+ and the small corpora of the tests stay far below it.
     */
    public static final int FROZEN_FLOOR = 5_000;

    /**
     * The frozen weights are made again (a full run, every article re-joined) once the corpus has
     * grown by more than this share of the articles they counted: an inverse document frequency
     * moves by at most log(1.25) = 0.22 for a feature the new articles never hold, against the
     * 0.5 floor every weight has, and features of a day's news are rare in a corpus of weeks.
     */
    public static final double REFRESH_GROWTH = 0.25;

    /**
     * A batch restores only the kept events whose last article is at most this many days before its
     * earliest article (and the events of the articles its articles reuse): consolidation and
     * refinement never join or move across a longer span ({@link StoryClusterer.Settings#mergeSpanDays()}),
     * and placement damps an older event's score by at least 1 / (1 + 11 / 14).
     */
    public static final int ACTIVE_DAYS = 14;

    /**
     * A run in full lets events whose last article is more than this many days before the latest
     * placed drop what keeping them whole needs ({@link StoryClusterer#forgetReplayOfEventsQuietFor}):
     * only events active at the end ({@link #ACTIVE_DAYS}) are kept whole, and no article scores its
     * way into an event this far behind it (time damps a score below the threshold past 36 days, past
     * 82 with the partial-reuse bonus); one copied later revives it, and is then restored one by one.
     */
    static final int REPLAY_QUIET_DAYS = 90;

    /** How many articles a run over the archive holds of those it looked up again (the most recent). */
    static final int LOOKED_UP_HELD = 8_192;

    public Summary run(Corpus corpus, ReuseSink reuse, StorySink sink, boolean fromScratch) {
        Optional<StoryArchive> keeps = corpusFrequencies != null ? Optional.empty() : sink.storyArchive();
        if (keeps.isPresent() && !fromScratch) {
            Optional<Summary> batch = runBatch(corpus, reuse, sink, keeps.get());
            if (batch.isPresent()) {
                return batch.get();
            }
        }
        return runFull(corpus, reuse, sink, fromScratch);
    }

    /** Every article restored or placed, weighed with the whole corpus's document frequencies as they are now. */
    private Summary runFull(Corpus corpus, ReuseSink reuse, StorySink sink, boolean fromScratch) {
        List<ReuseLink> links = StoryLinks.linkEnds(reuse);
        Map<String, List<ReuseLink>> linksOf = StoryLinks.linksOf(links);
        Map<String, Assignment> stored = fromScratch ? Map.of() : sink.assignments();
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.forgetReplayOfEventsQuietFor(REPLAY_QUIET_DAYS);
        StoryFeed feed = new StoryFeed(stored, linksOf);
        Optional<StoryArchive> archive = corpusFrequencies != null ? Optional.empty() : sink.storyArchive();
        KeptArticle.Lookup lookup;
        if (archive.isPresent()) {
            // Every article's features are kept (the new ones' described now), so the articles earlier
            // runs placed are restored without their texts; only the new ones are read. The archive
            // walks every article the sink keeps, not `corpus`: a sink with an archive must be the
            // store the corpus is read from (as every caller passes it), never a filtered view.
            StoryArchive kept = archive.get();
            // Every placed article is kept until refinement: set aside rather than held, for a large archive.
            kept.placedSpill().ifPresent(clusterer::setPlacedAsideIn);
            keepMissingFeatures(corpus, kept, clusterer);
            clusterer.primeKept(kept.keptDocuments(), kept.keptFrequencies());
            // Decoded and weighed a chunk ahead on the other threads, placed in order on this one.
            AheadStoryFeed ahead = new AheadStoryFeed(clusterer, feed);
            kept.forEach(entry -> {
                if (entry.features() == null) {
                    throw new IllegalStateException("no story features kept for article " + entry.header().id()
                            + ": it came into the store during the run");
                }
                ahead.add(entry);
            });
            ahead.finish();
            // The articles refinement, decisions and settling ask for again, the most recently asked: an
            // event rebuilt asks for each of its articles, which the next look often asks for again, but
            // every article of the archive held (about 16 KB of feature counts each) would not fit a heap.
            Map<String, KeptArticle> cache = new java.util.LinkedHashMap<>(1 << 10, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, KeptArticle> eldest) {
                    return size() > LOOKED_UP_HELD;
                }
            };
            lookup = id -> cache.computeIfAbsent(id, k -> {
                StoryArchive.Entry entry = kept.entry(k);
                return KeptArticle.decode(entry.header(), entry.features());
            });
        } else if (corpusFrequencies != null) {
            // Counted elsewhere: each article is described, not counted in again (add of a kept article).
            clusterer.primeKept(corpusDocuments, corpusFrequencies);
            corpus.forEach(article -> feed.place(article.id(), clusterer.describe(article), clusterer::restore, clusterer::add));
            lookup = id -> clusterer.describe(corpus.require(id));
        } else {
            corpus.forEach(clusterer::prime);
            corpus.forEach(article -> feed.place(article.id(), article, clusterer::restore, clusterer::add));
            lookup = id -> clusterer.describe(corpus.require(id));
        }
        // Links between two articles an earlier run placed were weighed by that run: only links to a
        // new article may join events, so a re-run with nothing new changes nothing.
        List<ReuseLink> newLinks = stored.isEmpty() ? links : links.stream()
                .filter(link -> !stored.containsKey(link.sourceId()) || !stored.containsKey(link.derivedId())).toList();
        int merged = clusterer.joinLinked(newLinks, StoryClusterer.Settings.DEFAULTS.partialLinkThreshold());
        merged += clusterer.consolidate();
        int moved = clusterer.refine(lookup);
        archive.ifPresent(StoryArchive::forgetPlacedSpill);
        List<Decision> decisions = sink.decisions();
        for (Decision decision : decisions) {
            clusterer.apply(decision, lookup);
        }
        clusterer.settle(lookup);
        List<Event> events = clusterer.events();
        List<Storyline> storylines = clusterer.storylines().stream()
                .filter(s -> !s.eventIds().isEmpty()).toList();
        // The frozen weights go before the events they were made with, and come back (those of this
        // run, when the corpus is large enough for batches to use them) only with the events written.
        archive.ifPresent(StoryArchive::forgetFrozenWeights);
        sink.replaceStories(storylines, events, clusterer.assignments());
        if (archive.isPresent() && clusterer.documents() >= frozenFloor) {
            archive.get().freezeWeights(FEATURES_STAMP, decisions.size(), clusterer.storySums());
            // The events a batch after the last article would restore, kept whole for it (KeptEvent).
            archive.get().keepEvents(clusterer.keptEvents(activeAtEnd(events)), List.of());
        }
        return new Summary(feed.articles, feed.placed, feed.restored, events.size(), storylines.size(), merged, moved,
                decisions.size());
    }

    /**
     * Describes and keeps the features of the articles without any kept ({@link KeptStoryFeatures}). The
     * lists of every article's id are this method's, so that they are gone when it returns: as locals of
     * {@link #runFull}, which runs once and so stays interpreted, they were held through placement and
     * refinement (in HotSpot's interpreter a reference left in a local's slot stays reachable until the
     * slot is used again or the method returns), a copy of every id beside the ones the clustering holds
     * (measured at 100,000 articles, see {@link StoryLinks#ends}; at a million, by the strings' size, some
     * 60 MB).
     */
    private static void keepMissingFeatures(Corpus corpus, StoryArchive kept, StoryClusterer clusterer) {
        List<String> ids = new ArrayList<>();
        List<String> without = new ArrayList<>();
        KeptStoryFeatures.keepMissingFeatures(corpus, kept, clusterer, ids, without, KeptStoryFeatures.listFeatures(kept, ids, without));
    }

    /**
     * A batch into a large store, in proportion to the batch: the new articles are weighed with the
     * frozen document frequencies, and only the kept events they can touch are restored (those
     * active within {@link #ACTIVE_DAYS} of the batch's earliest article, and those of the articles
     * its articles reuse), into their storylines as kept; every other event, member and storyline
     * row stays as it is. Empty (the caller runs in full, which freezes the weights again) below
     * {@link #FROZEN_FLOOR}, without frozen weights, when the corpus has grown by more than
     * {@link #REFRESH_GROWTH} since they were frozen, when a decision was added, when a kept feature
     * was made again, and when a new article has no time.
     */
    private Optional<Summary> runBatch(Corpus corpus, ReuseSink reuse, StorySink sink, StoryArchive kept) {
        StoryClusterer clusterer = new StoryClusterer();
        // The new articles and those without features, not a walk of every article and its place.
        StoryArchive.Unsettled unsettled = kept.unsettled();
        List<String> without = unsettled.withoutFeatures();
        if (!KeptStoryFeatures.current(kept, unsettled.articles(), without.size())) {
            return Optional.empty(); // every article's features are made again: the full run does it
        }
        int documents = kept.keptDocuments();
        KeptStoryFeatures.Pending pending;
        if (without.size() > KEEP_CHUNK) {
            KeptStoryFeatures.keepMissingFeatures(corpus, kept, clusterer, List.of(), without, true);
            pending = new KeptStoryFeatures.Pending(kept);
        } else {
            // A batch's new articles (a chunk at most) are described on the other threads meanwhile.
            pending = new KeptStoryFeatures.Pending(kept, corpus.requireInOrder(without), clusterer);
        }
        documents += without.size();
        try {
            return runBatch(reuse, sink, kept, clusterer, unsettled, documents, pending);
        } finally {
            pending.keep();
        }
    }

    /**
     * {@link #runBatch(Corpus, ReuseSink, StorySink, StoryArchive)} once the new articles' features
     * are kept or {@code pending}: {@code documents} articles have features kept, they included;
     * {@code unsettled} lists the articles no run placed.
     */
    private Optional<Summary> runBatch(ReuseSink reuse, StorySink sink, StoryArchive kept, StoryClusterer clusterer,
                                       StoryArchive.Unsettled unsettled, int documents,
                                       KeptStoryFeatures.Pending pending) {
        Optional<StoryArchive.FrozenWeights> frozen = kept.frozenWeights(FEATURES_STAMP);
        List<Decision> decisions = sink.decisions();
        if (frozen.isEmpty() || documents < frozenFloor || documents > frozen.get().documents() * (1 + REFRESH_GROWTH)
                || decisions.size() != frozen.get().decisions()) {
            return Optional.empty();
        }
        List<String> fresh = unsettled.unplaced();
        int articles = unsettled.articles();
        int placedBefore = articles - fresh.size();
        // Each event the last run left and its storyline, read before anything is written.
        Map<String, String> placedEvents = kept.placedEvents();
        if (fresh.isEmpty()) {
            pending.keep();
            // Nothing new and no new decision: the kept events are what a run would give back.
            keepActiveEvents(kept, frozen.get());
            return Optional.of(new Summary(articles, 0, placedBefore, placedEvents.size(),
                    new HashSet<>(placedEvents.values()).size(), 0, 0, decisions.size(), 0));
        }
        Instant earliest = null;
        List<PublishedTime> times = new ArrayList<>();
        List<String> describedBefore = new ArrayList<>();
        for (String id : fresh) {
            Article article = pending.articles.get(id);
            if (article != null) {
                times.add(article.published());
            } else {
                describedBefore.add(id); // its features kept by an earlier run that placed nothing
            }
        }
        kept.forEachOf(describedBefore, entry -> times.add(entry.header().published()));
        for (PublishedTime time : times) {
            if (time == null) {
                return Optional.empty(); // an article without a time may belong to any event
            }
            Instant at = time.instant();
            earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
        }
        Set<String> freshIds = new HashSet<>(fresh);
        List<ReuseLink> links = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        Map<String, String> sameIds = new HashMap<>();
        reuse.forEachReuseLinkOf(freshIds, link -> {
            boolean source = freshIds.contains(link.sourceId());
            boolean derived = freshIds.contains(link.derivedId());
            if (source || derived) {
                links.add(StoryLinks.ends(link, sameIds));
                reached.add(source ? link.derivedId() : link.sourceId());
            }
        });
        // The events of the placed articles the new ones reuse or are reused by.
        Set<String> active = new HashSet<>();
        kept.placesOf(reached).values().forEach(place -> active.add(place.eventId()));
        Instant since = earliest.minus(java.time.Duration.ofDays(ACTIVE_DAYS));
        kept.forEachKeptEvent((eventId, last) -> {
            if (last == null || !last.instant().isBefore(since)) {
                active.add(eventId);
            }
        });
        // Where their articles are; the kept assignments (reasons, scores) are read only of the events
        // this batch changes (StoryClusterer.readKeptAssignmentsWith), or re-joins.
        Map<String, StoryArchive.Place> restored = kept.placesIn(active);
        Set<String> restoredEvents = new HashSet<>();
        Map<String, Integer> restoredEventsOfStory = new HashMap<>();
        for (StoryArchive.Place place : restored.values()) {
            if (restoredEvents.add(place.eventId())) {
                restoredEventsOfStory.merge(place.storyId(), 1, Integer::sum);
            }
        }
        Map<String, StoryArchive.KeptStory> stories = kept.keptStories(restoredEventsOfStory.keySet());
        List<StoryArchive.KeptStory> keptStories = new ArrayList<>(stories.values());
        for (StoryArchive.KeptStory story : keptStories) {
            if (story.sum() == null) {
                return Optional.empty(); // a storyline without a kept sum: freeze again
            }
        }
        clusterer.keepStories(keptStories.stream().map(StoryArchive.KeptStory::id).toList(),
                keptStories.stream().map(StoryArchive.KeptStory::sum).toList(),
                keptStories.stream().map(StoryArchive.KeptStory::first).toList(),
                keptStories.stream().map(StoryArchive.KeptStory::last).toList());
        // The frozen frequencies of only the features this batch weighs, read as their articles are.
        FrozenTerms terms = new FrozenTerms(kept, clusterer);
        clusterer.primeKept(frozen.get().documents(), Map.of());
        Map<String, List<ReuseLink>> linksOf = StoryLinks.linksOf(links);
        Map<String, KeptArticle> cache = new HashMap<>();
        clusterer.readKeptAssignmentsWith(eventId -> kept.assignmentsIn(List.of(eventId)));
        Set<String> order = new HashSet<>(restored.keySet());
        order.addAll(freshIds);
        StoryFeed feed = restore(kept, clusterer, linksOf, kept.inFeedOrder(order), restored, fresh, pending, cache, terms);
        KeptArticle.Lookup lookup = lookingUpByEvent(kept, restored, cache, terms);
        int merged = clusterer.joinLinked(links, StoryClusterer.Settings.DEFAULTS.partialLinkThreshold());
        merged += clusterer.consolidate();
        int moved = clusterer.refine(lookup);
        // A decision was replayed on the kept events when it was made, and holds its articles together
        // since: one whose articles were not all restored here has nothing to change.
        for (Decision decision : decisions) {
            if (decision.articleIds().stream().allMatch(clusterer::places)
                    && (decision.targetArticleId() == null || clusterer.places(decision.targetArticleId()))) {
                clusterer.apply(decision, lookup);
            }
        }
        clusterer.settle(lookup);
        List<Event> events = clusterer.events();
        // A storyline with events this run did not restore keeps its label (its first event's, which
        // is older than any restored one).
        List<Storyline> storylines = new ArrayList<>();
        for (Storyline storyline : clusterer.storylines()) {
            if (storyline.eventIds().isEmpty()) {
                continue;
            }
            StoryArchive.KeptStory story = stories.get(storyline.id());
            boolean others = story != null && story.events() > restoredEventsOfStory.getOrDefault(story.id(), 0);
            storylines.add(others ? new Storyline(storyline.id(), storyline.eventIds(), story.label(), storyline.first(),
                    storyline.last()) : storyline);
        }
        Map<String, String> storyJoins = clusterer.storyJoins();
        Set<String> asKept = clusterer.eventsAsKept();
        kept.updateStories(new StoryArchive.StoryUpdate(restoredEvents, events, storylines, clusterer.assignments(),
                storyJoins, clusterer.eventMerges(), clusterer.storySums(), asKept));
        // What restoring each written event needs, for the next batch: those restored whole and not
        // changed keep what is kept; those no longer what joining their articles in order gives lose it.
        Set<String> written = new HashSet<>(restoredEvents);
        events.forEach(event -> written.add(event.id()));
        written.removeAll(asKept);
        Map<String, byte[]> states = clusterer.keptEvents(written);
        written.removeAll(states.keySet());
        kept.keepEvents(states, written);
        // The events and storylines of the whole store now: those not restored, and those written.
        Set<String> allEvents = new HashSet<>();
        Set<String> allStories = new HashSet<>();
        placedEvents.forEach((eventId, storyId) -> {
            if (!restoredEvents.contains(eventId)) {
                allEvents.add(eventId);
                allStories.add(storyJoins.getOrDefault(storyId, storyId));
            }
        });
        for (Event event : events) {
            allEvents.add(event.id());
            allStories.add(event.storyId());
        }
        return Optional.of(new Summary(articles, feed.placed, placedBefore, allEvents.size(), allStories.size(),
                merged, moved, decisions.size(), feed.restored, feed.restoredWhole));
    }

    /** The ids of the events whose last article is within {@link #ACTIVE_DAYS} of the last of all, or without times. */
    private static List<String> activeAtEnd(List<Event> events) {
        Instant latest = null;
        for (Event event : events) {
            if (event.last() != null && (latest == null || event.last().instant().isAfter(latest))) {
                latest = event.last().instant();
            }
        }
        Instant since = latest == null ? null : latest.minus(java.time.Duration.ofDays(ACTIVE_DAYS));
        List<String> active = new ArrayList<>();
        for (Event event : events) {
            if (event.last() == null || since == null || !event.last().instant().isBefore(since)) {
                active.add(event.id());
            }
        }
        return active;
    }

    /**
     * Feeds the articles to restore or place, {@code order} (in the corpus's order), and gives back the
     * feed that counted them: each kept event whose state is kept ({@link StoryArchive#keptEvents}) for
     * exactly its restored articles in this order, all of them before the first new one, is put back
     * whole at its articles' turns (its assignments read only if the run changes it); every other
     * article is read and re-joined (with its kept assignment) or placed as before (and cached).
     * Restoring an event whole gives the same state to the bit as re-joining its articles, since what
     * is kept is that state made under the same frozen weights.
     */
    private static StoryFeed restore(StoryArchive kept, StoryClusterer clusterer, Map<String, List<ReuseLink>> linksOf,
                                     List<String> order, Map<String, StoryArchive.Place> restored, List<String> fresh,
                                     KeptStoryFeatures.Pending pending, Map<String, KeptArticle> cache, FrozenTerms terms) {
        Set<String> freshIds = new HashSet<>(fresh);
        int firstFresh = Integer.MAX_VALUE;
        for (int at = 0; at < order.size() && firstFresh == Integer.MAX_VALUE; at++) {
            if (freshIds.contains(order.get(at))) {
                firstFresh = at;
            }
        }
        Map<String, List<String>> membersOf = new HashMap<>();
        Map<String, Integer> lastTurn = new HashMap<>();
        for (int at = 0; at < order.size(); at++) {
            StoryArchive.Place place = restored.get(order.get(at));
            if (place != null) {
                membersOf.computeIfAbsent(place.eventId(), k -> new ArrayList<>()).add(order.get(at));
                lastTurn.put(place.eventId(), at);
            }
        }
        Map<String, KeptEvent> whole = new HashMap<>();
        // Decoded on both cores (each state alone), then chosen in the map's order as before.
        List<Map.Entry<String, byte[]>> states = new ArrayList<>(kept.keptEvents(membersOf.keySet()).entrySet());
        List<KeptEvent> decoded = states.parallelStream().map(state -> {
            try {
                return KeptEvent.decode(state.getValue());
            } catch (IllegalArgumentException unreadable) {
                return null; // another form: re-joined, and kept again in this one
            }
        }).toList();
        for (int at = 0; at < states.size(); at++) {
            KeptEvent event = decoded.get(at);
            String eventId = states.get(at).getKey();
            if (event != null && event.members().equals(membersOf.get(eventId)) && lastTurn.get(eventId) < firstFresh) {
                whole.put(eventId, event);
            }
        }
        List<String> read = new ArrayList<>();
        for (String id : order) {
            StoryArchive.Place place = restored.get(id);
            if (place == null || !whole.containsKey(place.eventId())) {
                read.add(id);
            }
        }
        // The events re-joined article by article bring their kept assignments.
        Set<String> rejoined = new HashSet<>(membersOf.keySet());
        rejoined.removeAll(whole.keySet());
        StoryFeed feed = new StoryFeed(rejoined.isEmpty() ? Map.of() : kept.assignmentsIn(rejoined), linksOf);
        // The new articles' features are read back as kept, as every other's.
        pending.keep();
        Map<String, StoryArchive.Entry> entries = new HashMap<>();
        kept.forEachOf(read, entry -> entries.put(entry.header().id(), entry));
        // The articles re-joined or placed, decoded and weighed ahead on both cores: each alone, under
        // the frozen weights, which restoring and placing leave as they are.
        List<KeptArticle> articles = read.parallelStream().map(id -> {
            StoryArchive.Entry entry = entries.get(id);
            if (entry == null) {
                throw new IllegalStateException("article " + id + " left the store during the run");
            }
            return KeptArticle.decode(entry.header(), entry.features());
        }).toList();
        terms.cover(articles);
        clusterer.prepare(articles);
        Map<String, KeptArticle> readArticles = new HashMap<>();
        articles.forEach(article -> readArticles.put(article.id(), article));
        Map<String, Integer> turns = new HashMap<>();
        for (String id : order) {
            StoryArchive.Place place = restored.get(id);
            KeptEvent event = place == null ? null : whole.get(place.eventId());
            if (event != null) {
                int turn = turns.merge(place.eventId(), 1, Integer::sum) - 1;
                clusterer.restore(event, turn, id, place.eventId(), place.storyId());
                feed.restoredWhole(id);
                continue;
            }
            KeptArticle article = readArticles.get(id);
            cache.put(article.id(), article);
            feed.place(article.id(), article, clusterer::restore, clusterer::add);
        }
        return feed;
    }

    /**
     * Keeps the state of every kept event active within {@link #ACTIVE_DAYS} of the store's last
     * article that has none kept ({@link KeptEvent}), so that the next batch restores them whole: after
     * an upgrade, or when the last run could not keep one. They are restored by re-joining their
     * articles under the frozen weights, as a batch would; nothing else is written.
     */
    private void keepActiveEvents(StoryArchive kept, StoryArchive.FrozenWeights frozen) {
        Map<String, PublishedTime> lastOf = new HashMap<>();
        kept.forEachKeptEvent(lastOf::put);
        Instant latest = null;
        for (PublishedTime last : lastOf.values()) {
            if (last != null && (latest == null || last.instant().isAfter(latest))) {
                latest = last.instant();
            }
        }
        Instant since = latest == null ? null : latest.minus(java.time.Duration.ofDays(ACTIVE_DAYS));
        Set<String> missing = new HashSet<>();
        lastOf.forEach((id, last) -> {
            if (last == null || since == null || !last.instant().isBefore(since)) {
                missing.add(id);
            }
        });
        missing.removeAll(kept.keptEventIds());
        if (missing.isEmpty()) {
            return;
        }
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.primeKept(frozen.documents(), Map.of());
        Map<String, Assignment> members = kept.assignmentsIn(missing);
        List<KeptArticle> articles = new ArrayList<>();
        kept.forEachOf(members.keySet(), entry -> articles.add(KeptArticle.decode(entry.header(), entry.features())));
        new FrozenTerms(kept, clusterer).cover(articles);
        for (KeptArticle article : articles) {
            clusterer.restore(article, members.get(article.id()));
        }
        kept.keepEvents(clusterer.keptEvents(missing), List.of());
    }

    /**
     * A batch's look-up of the articles it did not read (refining, replaying a decision or settling an
     * event asks for them): an article missed is read with the other members of the event it was
     * restored into, which settling or rebuilding that event asks for next, in one read instead of one
     * per article; each is decoded once and its features' frozen frequencies read before it is weighed.
     */
    private static KeptArticle.Lookup lookingUpByEvent(StoryArchive kept, Map<String, StoryArchive.Place> restored,
                                                       Map<String, KeptArticle> cache, FrozenTerms terms) {
        // Made at the first article missed: a batch that changes nothing restored asks for none.
        Map<String, List<String>> membersOf = new HashMap<>();
        return id -> {
            KeptArticle known = cache.get(id);
            if (known != null) {
                return known;
            }
            StoryArchive.Place place = restored.get(id);
            List<String> ids = new ArrayList<>();
            ids.add(id);
            if (place != null) {
                if (membersOf.isEmpty()) {
                    restored.forEach((article, at) -> membersOf.computeIfAbsent(at.eventId(), k -> new ArrayList<>()).add(article));
                }
                for (String member : membersOf.get(place.eventId())) {
                    if (!member.equals(id) && !cache.containsKey(member)) {
                        ids.add(member);
                    }
                }
            }
            List<StoryArchive.Entry> entries = new ArrayList<>();
            kept.forEachOf(ids, entries::add);
            List<KeptArticle> read = entries.parallelStream()
                    .map(entry -> KeptArticle.decode(entry.header(), entry.features())).toList();
            terms.cover(read);
            read.forEach(article -> cache.put(article.id(), article));
            KeptArticle found = cache.get(id);
            if (found == null) {
                throw new IllegalStateException("article " + id + " left the store during the run");
            }
            return found;
        };
    }

    /**
     * The frozen document frequencies a batch reads: those of the features of the articles it weighs,
     * each read once ({@link StoryClusterer#primeKeptTerms}), not every frozen feature's. Not thread-safe.
     */
    private static final class FrozenTerms {
        private final StoryArchive kept;
        private final StoryClusterer clusterer;
        private final Set<String> read = new HashSet<>();

        FrozenTerms(StoryArchive kept, StoryClusterer clusterer) {
            this.kept = kept;
            this.clusterer = clusterer;
        }

        /** Reads the frequencies of these articles' features not read yet: call it before they are weighed. */
        void cover(List<KeptArticle> articles) {
            Set<String> missing = new HashSet<>();
            for (KeptArticle article : articles) {
                for (String term : article.terms()) {
                    if (!read.contains(term)) {
                        missing.add(term);
                    }
                }
            }
            if (!missing.isEmpty()) {
                clusterer.primeKeptTerms(kept.frozenFrequencies(missing));
                read.addAll(missing);
            }
        }
    }


}
