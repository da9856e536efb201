package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs a {@link ReuseDetector} over a corpus: names registered in a first walk, then the articles
 * added in feed order, a chunk at a time, and each pair the indexes propose compared once.
 *
 * <p>From scratch every article is sketched and every proposed pair classified. Incrementally
 * (with a {@link ReuseArchive}) the indexes are replayed in the same order from the kept sketches,
 * so they propose exactly the pairs a run from scratch would; only the new articles are read and
 * sketched, only pairs with a new article are classified, and a pair of two old articles gets the
 * link the last run kept for it (classification is a function of the pair). With a kept index
 * ({@link KeptIndex}) nothing is replayed: only the articles from the batch's first new one on are
 * filed, looking up what their keys find before it, and the kept pairs they may change are decided
 * again ({@code fromKeptIndex}). The links an article's other links already explain are left out
 * ({@link LinearLinks}: N copies of one text give N links, not one per pair), from scratch and
 * incrementally alike. Old texts are read only as candidates of a new article, as kept texts whose
 * names now propose a new one, or once when a new article brings an outlet or agency name never
 * searched for. Not thread-safe; deterministic.
 */
public final class LinkFinder {

    /**
     * The links, and what to keep for the next run: the sketches made or changed, the names searched
     * for, and which of the links only a named outlet or agency proposed (not the indexes).
     */
    public record Found(List<ReuseLink> links, List<KeptSketch> sketches, Set<String> names, List<ReuseLink> nameOnly,
                        List<List<String>> dropped, List<String> feed, int indexFrom, String replayedBecause, int refiled,
                        List<String> searchedFor) {

        /**
         * @param links     every link ({@code dropped} null), or the links new or changed since the last run
         * @param nameOnly  of {@code links}, those only a named outlet or agency proposed
         * @param dropped   {@code null} when {@code links} replace every kept link; else the kept links
         *                  (as source id, derived id) that go, every other kept link not in {@code links} standing
         * @param feed      every article's id in feed order: the positions the kept index numbers
         * @param indexFrom the first feed position whose postings are to be kept anew (those before
         *                  stand as kept; 0: all of them)
         * @param replayedBecause why a batch into kept articles replayed the whole archive instead of
         *                  looking its new articles up in the kept index; {@code null} when it did not
         *                  (from the kept index, or nothing kept to replay)
         * @param refiled   how many kept articles a batch from the kept index filed again: those after its
         *                  first new article in the feed (0 when every new one comes after the kept ones)
         * @param searchedFor the names (folded) a batch from the kept index searched every kept text for:
         *                  new outlets' and agencies'
         */
        public Found {
            links = List.copyOf(links);
            feed = List.copyOf(feed);
            searchedFor = List.copyOf(searchedFor);
            dropped = dropped == null ? null : List.copyOf(dropped);
        }

        /** Whether {@link #links} replace every kept link (else they are changes to the kept ones). */
        public boolean replacesAll() {
            return dropped == null;
        }
    }

    private record Entry(String id, String outlet, String agency, PublishedTime published, boolean sketched,
                         KeptSketch kept, Article article) {
    }

    /**
     * The settings a kept sketch and a kept link are made with (sketch sizes, hash seeds, index
     * shapes, the classifier's thresholds), as a stamp kept beside them: kept under another stamp,
     * they are made again from scratch. Bump the version when the code that makes a sketch or
     * classifies a pair changes what it gives.
     */
    public static final String SETTINGS_STAMP = dev.corroborate.text.Stamps.of("reuse 2", ReuseDetector.sketchSettings(),
            ClassifierSettings.DEFAULTS);

    private final ReuseDetector detector = new ReuseDetector();
    private final ReuseDetector.Corpus corpus;
    /** Ids of the articles never sketched; {@code null} when all are new (from scratch). */
    private final Set<String> fresh;
    /** The sketches made or taken back, and what of them is to be kept. */
    private final SketchBook sketchBook = new SketchBook(detector);
    private final Map<String, ReuseLink> keptLinks = new HashMap<>();
    private final Map<String, String> outletOf = new HashMap<>();
    private final Set<String> compared = new HashSet<>();
    private final List<ReuseLink> links = new ArrayList<>();
    /** The articles a link found so far derives from another ({@code cites} aside). */
    private final Set<String> derivedIds = new HashSet<>();
    private final Map<ReuseLink, String> sourceOutlets = new IdentityHashMap<>();
    /** Each article's place in the feed (incremental runs that replay the archive only). */
    private final Map<String, Integer> position = new HashMap<>();
    /**
     * How many articles at the head of the feed were all analysed before, in this order: the
     * indexes propose for them what they proposed last run, so their index candidates are not
     * looked up again; the kept links among them the indexes proposed are taken as they are.
     * 0 from scratch, or when the archive does not say which links only names proposed.
     */
    private int keptPrefix;
    /** The kept links the indexes proposed, by the later of their two articles in the feed (within {@link #keptPrefix}). */
    private final Map<String, List<ReuseLink>> indexedKeptByLater = new HashMap<>();
    /** Pair keys of the kept links only names proposed. */
    private final Set<String> keptNameOnly = new HashSet<>();
    /** Pair keys a name proposed and the indexes (so far) did not. */
    private final Set<String> nameOnlyPairs = new HashSet<>();
    /**
     * The classifier's measures of the articles most recently in a pair (candidates follow their
     * sources within days, so the same few thousand come back chunk after chunk); a cache only:
     * measures are a function of the text, so what it holds never changes a link.
     */
    private final Map<String, ReuseText> measured = new java.util.LinkedHashMap<>(MEASURED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReuseText> eldest) {
            return size() > MEASURED;
        }
    };
    /**
     * The measures of a batch's new texts made ahead, while their keys are looked up in the kept
     * index ({@link #fromKeptIndex}); each taken out by the first chunk that pairs it.
     */
    private final Map<String, ReuseText> measuredAhead = new ConcurrentHashMap<>();
    /** How many old texts {@link #addChunk} reads at once, the pool measuring those read before. */
    private static final int READ_AT_ONCE = 128;
    /** How many articles' measures {@link #measured} keeps. */
    private static final int MEASURED = 3_000;

    /** Why {@link #fromKeptIndex} declined a batch (the archive is replayed then). */
    private String notFromKeptIndex = "";
    /** The kept index a batch is looked up in ({@link #fromKeptIndex}); {@code null} when the archive is replayed. */
    private KeptIndex keptIndex;
    /** How many kept articles {@link #keptIndex} numbers: those before the batch in the feed. */
    private int keptCount;
    /** The kept articles whose standing (derived from another or not) was asked of {@link #keptIndex}. */
    private final Set<String> derivedAsked = new HashSet<>();

    private LinkFinder(ReuseDetector.Corpus corpus, Set<String> fresh) {
        this.corpus = corpus;
        this.fresh = fresh;
    }

    /** Every reuse link among the corpus's articles; incrementally when {@code archive} is given. */
    public static Found findLinks(ReuseDetector.Corpus corpus, ReuseArchive archive) {
        Consumer<Consumer<Entry>> walk = archive == null
                ? action -> corpus.forEach(a -> action.accept(new Entry(a.id(), a.outlet(), a.agency(), a.published(), false, null, a)))
                : action -> archive.forEach(e -> action.accept(new Entry(e.id(), e.outlet(), e.agency(), e.published(),
                        e.sketched(), e.kept(), null)));
        Consumer<Consumer<Entry>> headers = archive == null ? walk
                : action -> archive.forEachHeader(e -> action.accept(new Entry(e.id(), e.outlet(), e.agency(), e.published(),
                        e.sketched(), null, null)));
        LinkFinder finder = new LinkFinder(corpus, archive == null ? null : new HashSet<>());
        Map<String, String> folded = new HashMap<>();
        // Outlets are few, articles many: each outlet as written is folded once.
        Map<String, String> foldedOutlets = new HashMap<>();
        // The names the kept sketches were searched for, and a batch's new texts read, sketched and
        // measured on the pool while this thread walks the headers (SQLite's thread, idle cores otherwise).
        Set<String> checkedNames = archive == null ? Set.of() : archive.checkedNames();
        if (archive != null) {
            finder.ahead = AheadTexts.start(archive, corpus, finder.detector, checkedNames, finder.measuredAhead);
        }
        int[] walked = {0};
        int[] firstFresh = {-1};
        List<String> order = new ArrayList<>();
        List<Entry> freshEntries = new ArrayList<>();
        // The articles from the first new one on, kept ones among them: a batch from the kept index files them again.
        List<Entry> fromFirstFresh = new ArrayList<>();
        headers.accept(entry -> {
            order.add(entry.id());
            if (archive != null && !entry.sketched()) {
                freshEntries.add(entry);
            }
            if (archive != null && !freshEntries.isEmpty()) {
                fromFirstFresh.add(entry);
            }
            finder.detector.registerNames(entry.id(), entry.outlet(), entry.agency(), entry.published());
            finder.outletOf.put(entry.id(), foldedOutlets.computeIfAbsent(String.valueOf(entry.outlet()),
                    o -> folded.computeIfAbsent(o.toLowerCase(Locale.ROOT), f -> f)));
            if (finder.fresh != null && !entry.sketched()) {
                finder.fresh.add(entry.id());
                if (firstFresh[0] < 0) {
                    firstFresh[0] = walked[0];
                }
            }
            walked[0]++;
        });
        finder.sketchBook.newNames().addAll(finder.detector.registeredNames());
        if (archive != null) {
            finder.sketchBook.newNames().removeAll(checkedNames);
        }
        Set<List<String>> nameOnly = archive == null ? null : archive.nameOnlyLinks();
        if (nameOnly != null) {
            finder.keptPrefix = firstFresh[0] < 0 ? walked[0] : firstFresh[0];
            nameOnly.forEach(pair -> finder.keptNameOnly.add(pairKey(pair.get(0), pair.get(1))));
        }
        String replayedBecause = null;
        if (archive != null && walked[0] > freshEntries.size()) {
            if (nameOnly == null) {
                replayedBecause = "the store keeps no name-only links (made by an older version)";
            } else {
                Optional<KeptIndex> kept = archive.keptIndex();
                if (kept.isPresent()) {
                    Found found = finder.fromKeptIndex(kept.get(), archive, order, freshEntries, fromFirstFresh, firstFresh[0]);
                    if (found != null) {
                        return found;
                    }
                    replayedBecause = finder.notFromKeptIndex;
                } else {
                    replayedBecause = "the store keeps no reuse index";
                }
            }
        }
        // The archive is replayed: what was made ahead is not used (the pool's work waited for first).
        finder.finishAhead();
        finder.measuredAhead.clear();
        if (archive != null) {
            // The places in the feed only the replay asks (a batch from the kept index does not).
            for (int i = 0; i < order.size(); i++) {
                finder.position.put(order.get(i), i);
            }
            archive.forEachKeptLink(link -> {
                String pair = pairKey(link.sourceId(), link.derivedId());
                finder.keptLinks.put(pair, link);
                Integer source = finder.position.get(link.sourceId());
                Integer derived = finder.position.get(link.derivedId());
                if (source != null && derived != null && Math.max(source, derived) < finder.keptPrefix
                        && !finder.keptNameOnly.contains(pair)) {
                    String later = source > derived ? link.sourceId() : link.derivedId();
                    finder.indexedKeptByLater.computeIfAbsent(later, k -> new ArrayList<>()).add(link);
                }
            });
        }
        List<Entry> chunk = new ArrayList<>(ReuseDetector.chunkSize());
        int[] added = {0};
        walk.accept(entry -> {
            chunk.add(entry);
            added[0]++;
            if (chunk.size() == ReuseDetector.chunkSize()) {
                finder.addChunk(chunk, added[0] <= finder.keptPrefix);
                chunk.clear();
            }
        });
        finder.addChunk(chunk, added[0] <= finder.keptPrefix);
        List<ReuseLink> links = LinearLinks.reduce(ClosestCitations.of(finder.links, finder.sourceOutlets));
        List<ReuseLink> byNameOnly = links.stream()
                .filter(link -> finder.nameOnlyPairs.contains(pairKey(link.sourceId(), link.derivedId()))).toList();
        return new Found(links, finder.sketchBook.toKeep(), Set.copyOf(finder.detector.registeredNames()), byNameOnly, null,
                order, finder.keptFeedStanding(archive, order), replayedBecause, 0, List.of());
    }

    /**
     * The run of a batch from the kept index, or {@code null} when the batch does not allow it (then
     * the archive is replayed): the kept index numbers exactly the kept articles, in the feed's order
     * (names never searched for are searched for in every kept text first). Then every pair the indexes or names
     * propose among the kept articles before the first new one is the one the last run compared (but
     * for the name candidates of a kept text naming a new article's outlet near it in time: proposed
     * again, {@link #proposeNamesAgain}), its kept link stands, and
     * only the articles from the first new one on are filed and looked up, the indexes holding from
     * the kept ones only what their keys find before it. Usually the new articles all come after the
     * kept ones; a late one (published before the newest kept article) has the kept articles after it
     * filed again from their kept sketches (they move in the feed), their pairs with other kept
     * articles given their kept links, as a replay of the archive gives them. The links a new one
     * brings are reduced with the kept links into the same articles, and with those of the articles
     * whose sources newly derive from another.
     */
    private Found fromKeptIndex(KeptIndex kept, ReuseArchive archive, List<String> order, List<Entry> freshEntries,
                                List<Entry> fromFirstFresh, int firstFresh) {
        List<String> keptFeed = kept.feed();
        int n = keptFeed.size();
        if (n == 0 || order.size() - n != freshEntries.size()) {
            notFromKeptIndex = "the kept index numbers " + n + " articles, the store " + (order.size() - freshEntries.size());
            return null;
        }
        // The kept articles keep their places up to the first new one; those after it come in the kept index's order.
        int firstNew = firstFresh < 0 ? n : firstFresh;
        List<String> keptLater = fromFirstFresh.stream().map(Entry::id).filter(id -> !fresh.contains(id)).toList();
        if (!order.subList(0, firstNew).equals(keptFeed.subList(0, firstNew)) || !keptLater.equals(keptFeed.subList(firstNew, n))) {
            notFromKeptIndex = "the stored articles are no longer in the order the kept index numbers them";
            return null;
        }
        // The same ids, as the walk gave them: the detector's maps hold these very strings, so a
        // look-up by them hashes nothing again and compares by reference.
        keptFeed = order.subList(0, firstNew);
        // The kept articles before the first new one whose texts name a new one's outlet near it in time.
        Map<Integer, Set<String>> namingChanged = namingChanged(kept, freshEntries, keptFeed);
        List<Entry> toFile = fromFirstFresh;
        if (!keptLater.isEmpty()) {
            Map<String, KeptSketch> sketches = archive.keptSketches(keptLater);
            List<Entry> withSketches = new ArrayList<>(toFile.size());
            for (Entry entry : toFile) {
                KeptSketch sketch = fresh.contains(entry.id()) ? null : sketches.get(entry.id());
                if (!fresh.contains(entry.id()) && sketch == null) {
                    notFromKeptIndex = "the kept sketch of article " + entry.id() + " is missing";
                    return null;
                }
                withSketches.add(new Entry(entry.id(), entry.outlet(), entry.agency(), entry.published(), entry.sketched(),
                        sketch, null));
            }
            toFile = withSketches;
            // Their kept links: a pair of two kept articles proposed again gets its kept link.
            List<ReuseLink> touching = new ArrayList<>(kept.keptLinksInto(keptLater));
            touching.addAll(kept.keptLinksFrom(keptLater));
            touching.forEach(link -> keptLinks.put(pairKey(link.sourceId(), link.derivedId()), link));
        }
        // Names never searched for (a new outlet's or agency's): every kept text is searched for them
        // once, its kept sketch completed with those it holds, and those before the first new article
        // have their name candidates proposed again (a name of new articles only proposes them all).
        List<String> searchedFor = List.copyOf(new java.util.TreeSet<>(sketchBook.newNames()));
        Map<String, KeptSketch> renamed = Map.of();
        if (!searchedFor.isEmpty()) {
            Map<String, List<String>> naming = keptTextsNaming(searchedFor);
            renamed = sketchBook.completeNames(naming, archive.keptSketches(naming.keySet()));
            sketchBook.newNames().clear();
            // What the header walk sketched ahead searched the new texts for the names searched before only.
            finishAhead();
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < firstNew; i++) {
                if (naming.containsKey(order.get(i))) {
                    positions.put(order.get(i), i);
                }
            }
            positions.forEach((id, position) -> namingChanged.computeIfAbsent(position, k -> new java.util.TreeSet<>())
                    .addAll(naming.get(id)));
            if (!keptLater.isEmpty()) {
                Map<String, KeptSketch> completed = renamed;
                toFile = toFile.stream().map(entry -> entry.kept() == null || !completed.containsKey(entry.id()) ? entry
                        : new Entry(entry.id(), entry.outlet(), entry.agency(), entry.published(), true,
                                completed.get(entry.id()), null)).toList();
            }
        }
        keptIndex = kept;
        keptCount = firstNew;
        detector.restore(keptFeed, !keptLater.isEmpty());
        detector.expectNew(toFile.stream().map(Entry::published).toList());
        // The texts read and sketched a window at a time, and what all the window's keys find in the
        // kept index filed before its first chunk (a key is filed before any article of the window is
        // added under it either way): the keys looked up in order over the window, neighbours sharing
        // the index's pages, instead of chunk by chunk. A window is at most BatchWindows.FILED_AT_ONCE
        // articles and ends where a chunk ends, so a large batch's texts are not all held at once.
        int from = 0;
        int at = firstNew;
        int windowStart = 0;
        Window window = null;
        for (int k = 0; k < toFile.size(); k++) {
            if (k == windowStart) {
                int windowEnd = BatchWindows.windowEnd(toFile.size(), k, firstNew + k);
                window = fileWindow(toFile.subList(k, windowEnd), kept);
                windowStart = windowEnd;
            }
            at++;
            // Chunks end where a run from scratch ends them: what derives from what "so far" is judged per chunk.
            if (at % ReuseDetector.chunkSize() == 0 || k == toFile.size() - 1) {
                int offset = windowStart - window.sketches().size();
                addChunk(toFile.subList(from, k + 1), false, window.texts(),
                        window.sketches().subList(from - offset, k + 1 - offset));
                from = k + 1;
            }
        }
        finishAhead();
        Set<List<String>> superseded = decideKeptLinks(namingChanged.keySet(), keptFeed, keptLater, archive, kept, renamed);
        BatchLinkChanges changes = BatchLinkChanges.of(links, kept, superseded, this::isNew, outletOf, sourceOutlets);
        List<ReuseLink> written = changes.written();
        List<List<String>> dropped = changes.dropped();
        List<ReuseLink> byNameOnly = written.stream()
                .filter(link -> nameOnlyPairs.contains(pairKey(link.sourceId(), link.derivedId()))).toList();
        return new Found(written, sketchBook.toKeep(), Set.copyOf(detector.registeredNames()), byNameOnly, dropped, order,
                firstNew, null, keptLater.size(), searchedFor);
    }

    /** A window of a batch's new articles: their texts (by id) and sketches (in feed order). */
    private record Window(Map<String, Article> texts, List<ReuseDetector.Sketch> sketches) {
    }

    /**
     * Reads and sketches a window of new articles (or takes what was made ahead of the header walk,
     * {@link AheadTexts#start}) and files what all its keys find in the kept index before its first
     * chunk (a key is filed before any new article is added under it either way): the keys looked
     * up in order over the window, neighbours sharing the index's pages, instead of chunk by chunk.
     * Its new texts are measured meanwhile on the pool (their pairs will need them: most new
     * articles are in one), this thread taking what is left once the look-ups are done.
     */
    private Window fileWindow(List<Entry> window, KeptIndex kept) {
        // Kept articles (after a late new one) are filed from their kept sketches, their texts read only as candidates.
        List<String> ids = window.stream().filter(entry -> entry.kept() == null).map(Entry::id).toList();
        if (ahead != null && ahead.texts().keySet().containsAll(ids)) {
            // Read, sketched and measured while the headers were walked: only the names a text holds
            // are narrowed to the registered ones (every registered name was searched for).
            Map<String, AheadTexts.Made> made = ahead.sketches();
            Set<String> registered = detector.registeredNames();
            List<ReuseDetector.Sketch> sketches = window.stream().map(entry -> {
                if (entry.kept() != null) {
                    return sketchBook.sketch(entry.id(), entry.published(), entry.kept(), null);
                }
                AheadTexts.Made found = made.get(entry.id());
                return sketchBook.fresh(entry.id(), new AheadTexts.Made(found.sketch(),
                        found.names().stream().filter(registered::contains).toList()));
            }).toList();
            detector.fileKept(sketches, kept);
            ahead.measureAll();
            return new Window(ahead.texts(), sketches);
        }
        Map<String, Article> read = corpus.requireAll(ids);
        List<ReuseDetector.Sketch> sketches = window.parallelStream()
                .map(entry -> sketchBook.sketch(entry.id(), entry.published(), entry.kept(), read.get(entry.id()))).toList();
        measuredAhead.clear();
        List<Article> newTexts = ids.stream().map(read::get).toList();
        Runnable measureAhead = AheadTexts.measuring(newTexts, detector, measuredAhead);
        java.util.concurrent.CompletableFuture<Void> measuring = java.util.concurrent.CompletableFuture.runAsync(measureAhead,
                java.util.concurrent.ForkJoinPool.commonPool());
        detector.fileKept(sketches, kept);
        measureAhead.run();
        measuring.join();
        return new Window(read, sketches);
    }

    /**
     * How many articles at the head of the feed the archive's kept index numbers as they stand now
     * (their postings need not be kept again); 0 without a kept index.
     */
    private int keptFeedStanding(ReuseArchive archive, List<String> order) {
        List<String> keptFeed = archive == null ? List.of() : archive.keptIndex().map(KeptIndex::feed).orElse(List.of());
        int standing = 0;
        while (standing < keptFeed.size() && standing < order.size() && keptFeed.get(standing).equals(order.get(standing))) {
            standing++;
        }
        return standing;
    }

    /**
     * The kept articles of {@code keptFeed} (those before the first new one, by feed position) whose
     * name candidates a batch's new articles may change, with the names that may: for each outlet or
     * agency of a new article that such a kept text names, every kept article naming it when the
     * name had no more kept articles than a name proposes whole (the new one is then proposed too)
     * or a new one's time is unknown, else those within the name window of a new one of it (or of
     * unknown time). The others' closest articles of each name are the same: a new article out of
     * the window is passed over.
     */
    private Map<Integer, Set<String>> namingChanged(KeptIndex kept, List<Entry> freshEntries, List<String> keptFeed) {
        Map<String, List<Long>> newTimes = new java.util.TreeMap<>();
        for (Entry entry : freshEntries) {
            for (String name : new String[] {entry.outlet(), entry.agency()}) {
                if (name != null && name.strip().length() >= 3) {
                    newTimes.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(entry.published() == null ? null : entry.published().instant().getEpochSecond());
                }
            }
        }
        Map<Integer, Set<String>> changed = new java.util.TreeMap<>();
        long window = DetectorSettings.DEFAULTS.nameWindowSeconds();
        for (Map.Entry<String, List<Long>> name : newTimes.entrySet()) {
            int[] naming = kept.mentioning(name.getKey());
            if (naming.length == 0) {
                continue;
            }
            // The kept articles of the name (all its registered articles but the new ones): a name of
            // few articles proposes all of them, a new one too.
            long keptMembers = detector.members(name.getKey()).stream().filter(id -> !fresh.contains(id)).count();
            boolean all = keptMembers <= DetectorSettings.DEFAULTS.nameCandidates() || name.getValue().contains(null);
            long[] times = name.getValue().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sorted().toArray();
            for (int position : naming) {
                if (position >= keptFeed.size()) {
                    continue; // after the first new article: filed again, its name candidates looked up again
                }
                Long when = detector.publishedSeconds(keptFeed.get(position));
                boolean near = all || when == null;
                if (!near) {
                    int i = java.util.Arrays.binarySearch(times, when - window);
                    int from = i >= 0 ? i : -i - 1;
                    near = from < times.length && times[from] <= when + window;
                }
                if (near) {
                    changed.computeIfAbsent(position, k -> new java.util.TreeSet<>()).add(name.getKey());
                }
            }
        }
        return changed;
    }

    /**
     * Decides again the kept pairs a batch from the kept index may change, and says which kept links
     * go (as source id, derived id). The pairs a run from scratch proposes differently are those of
     * the kept articles filed again ({@code keptLater}) and those the names of a kept article before
     * the first new one propose, when its ranking of a name's articles may have changed: its text
     * names a new article's outlet near it ({@code namingChanged}, feed positions), or it shares its
     * chunk with the first new article (the articles filed before its chunk ends rank by their words,
     * the later ones last, and that chunk's end now holds others). The name candidates of those, and
     * of the other ends of the kept links to decide, are proposed again as their turns would
     * ({@link ReuseDetector#nameCandidatesAsAdded}); a new article among them is compared with the
     * kept one. A kept link of an article filed again, or one only a name proposed of an article
     * whose names were proposed again, goes when no side proposes its pair now; one proposed again
     * stands as kept, but is written again when whether only a name proposed it changed (a replay
     * files the two kinds differently).
     */
    private Set<List<String>> decideKeptLinks(Set<Integer> namingChanged, List<String> keptFeed, List<String> keptLater,
                                              ReuseArchive archive, KeptIndex kept, Map<String, KeptSketch> renamed) {
        int firstNew = keptFeed.size();
        Set<String> again = new java.util.TreeSet<>();
        namingChanged.forEach(position -> again.add(keptFeed.get(position)));
        for (int position = firstNew - firstNew % ReuseDetector.chunkSize(); position < firstNew; position++) {
            again.add(keptFeed.get(position));
        }
        // The kept links to decide: every one of an article filed again, and those only a name
        // proposed of an article whose names are proposed again.
        Map<String, ReuseLink> toDecide = new java.util.TreeMap<>(keptLinks);
        if (!again.isEmpty()) {
            List<ReuseLink> touching = new ArrayList<>(kept.keptLinksInto(again));
            touching.addAll(kept.keptLinksFrom(again));
            for (ReuseLink link : touching) {
                String pair = pairKey(link.sourceId(), link.derivedId());
                if (keptNameOnly.contains(pair)) {
                    toDecide.put(pair, link);
                }
            }
        }
        Set<String> refiled = new HashSet<>(keptLater);
        // Only names can propose a kept article filed again from one before it (index candidates come earlier).
        Set<String> askNames = new java.util.TreeSet<>(again);
        toDecide.forEach((pair, link) -> {
            if (!compared.contains(pair)) {
                for (String end : List.of(link.sourceId(), link.derivedId())) {
                    if (!refiled.contains(end)) {
                        askNames.add(end);
                    }
                }
            }
        });
        Set<String> proposedByNames = proposeNamesAgain(askNames, keptFeed, archive, kept, renamed);
        Set<List<String>> superseded = new HashSet<>();
        toDecide.forEach((pair, link) -> {
            boolean byRun = compared.contains(pair);
            if (!byRun && !proposedByNames.contains(pair)) {
                superseded.add(List.of(link.sourceId(), link.derivedId()));
                return;
            }
            boolean nameOnlyNow = !byRun || nameOnlyPairs.contains(pair);
            if (nameOnlyNow != keptNameOnly.contains(pair)) {
                superseded.add(List.of(link.sourceId(), link.derivedId()));
                if (nameOnlyNow) {
                    nameOnlyPairs.add(pair);
                }
                addLink(link);
            }
        });
        return superseded;
    }

    /**
     * Proposes again, as their turns in a run from scratch would, the name candidates of the kept
     * articles {@code ids} (all before the first new one), and compares each with the new articles
     * among them (a pair not compared yet: the new article's own candidates may have proposed it).
     * Returns the pairs of kept articles they propose.
     */
    private Set<String> proposeNamesAgain(Set<String> ids, List<String> keptFeed, ReuseArchive archive, KeptIndex kept,
                                          Map<String, KeptSketch> renamed) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<String, Integer> positionOf = new HashMap<>();
        for (int position = 0; position < keptFeed.size(); position++) {
            if (ids.contains(keptFeed.get(position))) {
                positionOf.put(keptFeed.get(position), position);
            }
        }
        Map<String, KeptSketch> keptSketches = archive.keptSketches(ids.stream().filter(id -> !renamed.containsKey(id)).toList());
        Map<ReuseDetector.Sketch, Set<String>> named = new java.util.LinkedHashMap<>();
        Map<ReuseDetector.Sketch, Integer> positions = new HashMap<>();
        for (String id : ids) {
            KeptSketch sketch = renamed.containsKey(id) ? renamed.get(id) : keptSketches.get(id);
            if (sketch == null || !positionOf.containsKey(id)) {
                throw new IllegalStateException("kept article " + id + " has no kept sketch or no place before the batch's "
                        + "first new article: the store's reuse tables disagree");
            }
            if (sketch.names().isEmpty()) {
                continue;
            }
            Long seconds = detector.publishedSeconds(id);
            PublishedTime published = seconds == null ? null : new PublishedTime(
                    java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC,
                    dev.corroborate.model.Precision.SECOND);
            ReuseDetector.Sketch made = ReuseDetector.Sketch.of(id, published, sketch, Set.copyOf(sketch.names()));
            named.put(made, new java.util.TreeSet<>(sketch.names()));
            positions.put(made, positionOf.get(id));
        }
        detector.fileNamedMembers(named, kept);
        Set<String> proposed = new HashSet<>();
        List<String[]> pairs = new ArrayList<>();
        named.forEach((sketch, names) -> {
            for (String name : names) {
                for (String candidate : detector.nameCandidatesAsAdded(sketch, positions.get(sketch), name)) {
                    String pair = pairKey(sketch.id(), candidate);
                    if (!isNew(candidate)) {
                        proposed.add(pair);
                    } else if (compared.add(pair)) {
                        nameOnlyPairs.add(pair);
                        pairs.add(new String[] {sketch.id(), candidate}); // the kept one first: it comes before every new one
                    }
                }
            }
        });
        if (pairs.isEmpty()) {
            return proposed;
        }
        Map<String, ReuseText> prepared = new ConcurrentHashMap<>();
        Set<String> toRead = new java.util.TreeSet<>();
        for (String[] pair : pairs) {
            for (String id : pair) {
                ReuseText text = measured.get(id);
                if (text != null) {
                    prepared.put(id, text);
                } else {
                    toRead.add(id);
                }
            }
        }
        for (List<String> part : partition(List.copyOf(toRead), READ_AT_ONCE)) {
            corpus.requireAll(part).values().parallelStream().forEach(article -> prepared.put(article.id(), detector.prepare(article)));
        }
        pairs.parallelStream().map(pair -> classify(pair, prepared)).toList().forEach(link -> link.ifPresent(this::addLink));
        return proposed;
    }

    /**
     * The kept articles whose texts hold any of {@code names} (folded), with those they hold, sorted:
     * every kept text read once, in feed order, and searched on all cores a thousand at a time.
     */
    private Map<String, List<String>> keptTextsNaming(List<String> names) {
        Map<String, List<String>> naming = new ConcurrentHashMap<>();
        List<Article> some = new ArrayList<>(1_000);
        Consumer<List<Article>> search = articles -> articles.parallelStream().forEach(article -> {
            String folded = article.text().toLowerCase(Locale.ROOT);
            List<String> held = names.stream().filter(folded::contains).toList();
            if (!held.isEmpty()) {
                naming.put(article.id(), held);
            }
        });
        corpus.forEach(article -> {
            if (!fresh.contains(article.id())) {
                some.add(article);
                if (some.size() == 1_000) {
                    search.accept(some);
                    some.clear();
                }
            }
        });
        search.accept(some);
        return naming;
    }

    private static <T> List<List<T>> partition(List<T> all, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            parts.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return parts;
    }

    private boolean isNew(String id) {
        return fresh == null || fresh.contains(id);
    }

    /**
     * Adds a chunk of articles in feed order and classifies the pairs they bring. A {@code replayed}
     * chunk lies within the kept prefix: its articles are filed in the indexes without looking up
     * their index candidates (the kept links the indexes proposed among them are taken as they are),
     * and only their name candidates are looked up (names may have come with new articles).
     */
    private void addChunk(List<Entry> chunk, boolean replayed) {
        if (chunk.isEmpty()) {
            return;
        }
        // Texts are read on this thread only; sketches and comparisons run on all.
        Map<String, Article> known = new HashMap<>();
        List<String> toRead = new ArrayList<>();
        for (Entry entry : chunk) {
            if (entry.article() != null) {
                known.put(entry.id(), entry.article());
            } else if (entry.kept() == null || !sketchBook.newNames().isEmpty()) {
                toRead.add(entry.id());
            }
        }
        if (!toRead.isEmpty()) {
            known.putAll(corpus.requireAll(toRead));
        }
        List<ReuseDetector.Sketch> sketches = chunk.parallelStream()
                .map(entry -> sketchBook.sketch(entry.id(), entry.published(), entry.kept(), known.get(entry.id()))).toList();
        addChunk(chunk, replayed, known, sketches);
    }

    /**
     * As {@link #addChunk(List, boolean)}, with the chunk's sketches made and the texts of its new
     * articles read ({@code known}), and, from a kept index, what their keys find in it filed.
     */
    private void addChunk(List<Entry> chunk, boolean replayed, Map<String, Article> known,
            List<ReuseDetector.Sketch> sketches) {
        List<ReuseDetector.Proposed> proposed = detector.addAll(sketches, !replayed);
        List<String[]> pairs = new ArrayList<>();
        for (int k = 0; k < chunk.size(); k++) {
            String id = chunk.get(k).id();
            if (replayed) {
                for (ReuseLink kept : indexedKeptByLater.getOrDefault(id, List.of())) {
                    if (compared.add(pairKey(kept.sourceId(), kept.derivedId()))) {
                        addLink(kept);
                    }
                }
            }
            Set<String> byIndex = proposed.get(k).byIndex();
            for (String otherId : proposed.get(k).all()) {
                String pair = pairKey(id, otherId);
                if (byIndex.contains(otherId)) {
                    nameOnlyPairs.remove(pair);
                } else if (!replayed || keptNameOnly.contains(pair) || !keptLinks.containsKey(pair)
                        || position.get(otherId) >= keptPrefix) {
                    // Only a name proposed it so far (the indexes may still, from the later article).
                    nameOnlyPairs.add(pair);
                }
                if (!compared.add(pair)) {
                    continue;
                }
                if (!isNew(id) && !isNew(otherId)) {
                    // From the kept index, a kept link proposed again stands as kept (decideKeptLinks).
                    ReuseLink kept = keptLinks.get(pair);
                    if (kept != null && keptIndex == null) {
                        addLink(kept);
                    }
                    continue;
                }
                pairs.add(new String[] {otherId, id});
            }
        }
        // Each article's own measures once, however many pairs (and chunks) it is in: the recently
        // measured are kept, so an article of a busy subject is read and measured once, not once
        // for every chunk holding one of its later neighbours. Texts are read here, in pair order.
        Map<String, Article> toMeasure = new java.util.LinkedHashMap<>();
        Map<String, ReuseText> aheadOfTime = new HashMap<>();
        for (String[] pair : pairs) {
            for (String id : pair) {
                if (!measured.containsKey(id) && !toMeasure.containsKey(id) && !aheadOfTime.containsKey(id)) {
                    ReuseText ahead = measuredAhead.remove(id);
                    if (ahead != null) {
                        aheadOfTime.put(id, ahead);
                    } else {
                        toMeasure.put(id, known.get(id));
                    }
                }
            }
        }
        // The texts not read yet (old candidates of new articles) in one look-up, not one a text.
        List<String> unread = toMeasure.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        Map<String, ReuseText> prepared = new ConcurrentHashMap<>();
        if (!unread.isEmpty()) {
            // The texts are read a part at a time on this thread (SQLite's) and measured on the pool
            // as they come, the texts at hand first; this thread measures with it once all are read
            // (an empty one in the queue: all are read).
            java.util.concurrent.BlockingQueue<Optional<Article>> toPrepare = new java.util.concurrent.LinkedBlockingQueue<>();
            toMeasure.values().stream().filter(java.util.Objects::nonNull).forEach(article -> toPrepare.add(Optional.of(article)));
            Runnable measure = () -> {
                try {
                    for (Optional<Article> next = toPrepare.take(); next.isPresent(); next = toPrepare.take()) {
                        prepared.put(next.get().id(), detector.prepare(next.get()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while measuring texts", e);
                } finally {
                    toPrepare.add(Optional.empty()); // the other measuring thread stops too, even after a failure
                }
            };
            java.util.concurrent.CompletableFuture<Void> pool = java.util.concurrent.CompletableFuture.runAsync(measure,
                    java.util.concurrent.ForkJoinPool.commonPool());
            try {
                for (int from = 0; from < unread.size(); from += READ_AT_ONCE) {
                    List<String> part = unread.subList(from, Math.min(unread.size(), from + READ_AT_ONCE));
                    Map<String, Article> read = corpus.requireAll(part);
                    for (String id : part) {
                        toMeasure.put(id, read.get(id));
                        toPrepare.add(Optional.of(read.get(id)));
                    }
                }
            } finally {
                toPrepare.add(Optional.empty()); // the pool's loop ends even when a read fails
            }
            measure.run();
            pool.join();
        } else {
            toMeasure.values().parallelStream().forEach(article -> prepared.put(article.id(), detector.prepare(article)));
        }
        for (String[] pair : pairs) {
            for (String id : pair) {
                ReuseText text = measured.get(id);
                if (text != null) {
                    prepared.putIfAbsent(id, text);
                }
            }
        }
        prepared.putAll(aheadOfTime);
        toMeasure.keySet().forEach(id -> measured.put(id, prepared.get(id)));
        aheadOfTime.forEach(measured::put);
        // An article with many earlier candidates (the 300th copy of a wire story) is compared
        // first with the few most like it, its likely source among them; when those already give it
        // more links than LinearLinks keeps whole, one of them from an article that derives from
        // none holding all its text but what no further link could add, the other candidates could
        // only bring links LinearLinks drops: they are not compared. So comparisons grow linearly
        // with a text's copies, as its links do.
        Map<String, Integer> inChunk = new HashMap<>();
        for (int k = 0; k < chunk.size(); k++) {
            inChunk.put(chunk.get(k).id(), k);
        }
        Map<String, List<Integer>> earlier = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            String[] pair = pairs.get(i);
            if (proposed.get(inChunk.get(pair[1])).byIndex().contains(pair[0])) {
                earlier.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] deferred = new boolean[pairs.size()];
        Map<String, List<Integer>> deferredOf = new HashMap<>();
        for (Map.Entry<String, List<Integer>> entry : earlier.entrySet()) {
            List<Integer> candidates = entry.getValue();
            if (candidates.size() <= FIRST_COMPARED) {
                continue;
            }
            String id = entry.getKey();
            // Most alike first (the estimated share of content words), then the earliest: the source
            // of a copy and its other copies before articles that merely share a subject with it.
            candidates.sort(java.util.Comparator.comparingInt((Integer i) -> -detector.wordAgreement(id, pairs.get(i)[0]))
                    .thenComparingInt(i -> detector.order(pairs.get(i)[0])));
            List<Integer> later = candidates.subList(FIRST_COMPARED, candidates.size());
            later.forEach(i -> deferred[i] = true);
            deferredOf.put(entry.getKey(), new ArrayList<>(later));
        }
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (!deferred[i]) {
                first.add(i);
            }
        }
        List<Optional<ReuseLink>> found = first.parallelStream()
                .map(i -> classify(pairs.get(i), prepared)).toList();
        found.forEach(link -> link.ifPresent(this::addLink));
        if (keptIndex != null && !deferredOf.isEmpty()) {
            // Whether a kept source derives from another is in the kept links (the replay added them as it went).
            Set<String> ask = new java.util.TreeSet<>();
            found.forEach(link -> link.ifPresent(l -> {
                if (!isNew(l.sourceId()) && !derivedAsked.contains(l.sourceId())) {
                    ask.add(l.sourceId());
                }
            }));
            derivedAsked.addAll(ask);
            derivedIds.addAll(keptIndex.derivedAmong(ask));
        }
        List<Integer> second = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : deferredOf.entrySet()) {
            if (!explainedByFirst(entry.getKey(), first, found, pairs, prepared.get(entry.getKey()).text().length())) {
                second.addAll(entry.getValue());
            }
        }
        second.sort(null);
        second.parallelStream()
                .map(i -> classify(pairs.get(i), prepared)).toList()
                .forEach(link -> link.ifPresent(this::addLink));
    }

    /** The pair's link, if any: its earlier article first, each measured in {@code prepared}. */
    private Optional<ReuseLink> classify(String[] pair, Map<String, ReuseText> prepared) {
        return detector.classify(prepared.get(pair[0]), prepared.get(pair[1]));
    }

    /** Earlier candidates an article with many is compared with first: one more than LinearLinks keeps whole. */
    private static final int FIRST_COMPARED = LinearLinks.FEW_SOURCES + 1;

    /**
     * Whether the links the first comparisons gave into {@code id} leave nothing for its other
     * candidates to add once {@link LinearLinks} has reduced them: more links into it than it keeps
     * whole, and one from an article that derives from none (so far) holding all of its
     * {@code length} characters but fewer than LinearLinks asks of a further link.
     */
    private boolean explainedByFirst(String id, List<Integer> first, List<Optional<ReuseLink>> found, List<String[]> pairs,
            int length) {
        int into = 0;
        boolean whole = false;
        for (int f = 0; f < first.size(); f++) {
            ReuseLink link = found.get(f).orElse(null);
            if (link == null || !pairs.get(first.get(f))[1].equals(id) || !link.derivedId().equals(id)
                    || link.relation() == Relation.CITES) {
                continue;
            }
            into++;
            if (!derivedIds.contains(link.sourceId()) && LinearLinks.uncovered(link, length) < LinearLinks.FURTHER_CHARS) {
                whole = true;
            }
        }
        return whole && into > LinearLinks.FEW_SOURCES;
    }

    private void addLink(ReuseLink link) {
        links.add(link);
        sourceOutlets.put(link, outletOf.get(link.sourceId()));
        if (link.relation() != Relation.CITES) {
            derivedIds.add(link.derivedId());
        }
    }

    /** What {@link AheadTexts#start} made; {@code null} when nothing was, or once it is used or dropped. */
    private AheadTexts ahead;

    /** Waits for what {@link AheadTexts#start} started on the pool, and forgets it. */
    private void finishAhead() {
        if (ahead != null) {
            AheadTexts started = ahead;
            ahead = null;
            started.finish();
        }
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
