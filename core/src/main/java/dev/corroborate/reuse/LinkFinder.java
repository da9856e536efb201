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
 * again ({@link KeptIndexBatch}). The links an article's other links already explain are left out
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
         *                  first new article in the feed, and then those of its chunk before it (0 when every
         *                  new one comes after the kept ones and brings no new name)
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

    record Entry(String id, String outlet, String agency, PublishedTime published, boolean sketched,
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

    final ReuseDetector detector;
    final ReuseDetector.Corpus corpus;
    /** Ids of the articles never sketched; {@code null} when all are new (from scratch). */
    final Set<String> fresh;
    /** The sketches made or taken back, and what of them is to be kept. */
    final SketchBook sketchBook;
    final Map<String, ReuseLink> keptLinks = new HashMap<>();
    final Map<String, String> outletOf = new HashMap<>();
    /** The pairs compared (or, from a kept index, standing as kept) so far: each pair once. */
    final PairSet compared = new PairSet();
    final List<ReuseLink> links = new ArrayList<>();
    /**
     * One string for each wording of evidence, shared by the links that say it: most wordings repeat
     * ("1 shared passage (15 words of shared wording) ...", "an article was published first (its
     * time)", three in four at 100,000 articles), and a run holds every link it finds until they are
     * reduced (212,691 links 85 s into that run held 46 MB of evidence before, about 9 MB so). Pairs
     * are classified on all cores.
     */
    private final Map<String, String> evidenceWordings = new ConcurrentHashMap<>();

    /** The articles a link found so far derives from another ({@code cites} aside). */
    private final Set<String> derivedIds = new HashSet<>();
    final Map<ReuseLink, String> sourceOutlets = new IdentityHashMap<>();
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
    final Set<String> keptNameOnly = new HashSet<>();
    /** Pair keys a name proposed and the indexes (so far) did not. */
    final Set<String> nameOnlyPairs = new HashSet<>();
    /**
     * The classifier's measures of the articles most recently in a pair (candidates follow their
     * sources within days, so the same thousands come back chunk after chunk), within a tenth of the
     * heap; a cache only.
     */
    final RecentTexts measured = new RecentTexts(RecentTexts.budgetFor(Runtime.getRuntime().maxMemory()));
    /**
     * The measures of a batch's new texts made ahead, while their keys are looked up in the kept
     * index ({@link KeptIndexBatch}); each taken out by the first chunk that pairs it.
     */
    final Map<String, ReuseText> measuredAhead = new ConcurrentHashMap<>();
    /** How many old texts {@link #addChunk} reads at once, the pool measuring those read before. */
    static final int READ_AT_ONCE = 128;

    /** Why {@link KeptIndexBatch} declined a batch (the archive is replayed then). */
    String notFromKeptIndex = "";
    /** The kept index a batch is looked up in ({@link KeptIndexBatch}); {@code null} when the archive is replayed. */
    KeptIndex keptIndex;
    /** The kept articles whose standing (derived from another or not) was asked of {@link #keptIndex}. */
    private final Set<String> derivedAsked = new HashSet<>();

    private LinkFinder(ReuseDetector.Corpus corpus, Set<String> fresh, TableSpace space) {
        this.corpus = corpus;
        this.fresh = fresh;
        this.detector = new ReuseDetector(new PairClassifier(), space);
        this.sketchBook = new SketchBook(detector);
    }

    /** Every reuse link among the corpus's articles; incrementally when {@code archive} is given. */
    public static Found findLinks(ReuseDetector.Corpus corpus, ReuseArchive archive) {
        return findLinks(corpus, archive, null);
    }

    /**
     * As {@link #findLinks(ReuseDetector.Corpus, ReuseArchive)}, the sketches to keep set aside in
     * {@code spill} as they are made ({@code null}: all held until the end and returned in {@link Found#sketches}).
     */
    public static Found findLinks(ReuseDetector.Corpus corpus, ReuseArchive archive, SketchSpill spill) {
        return findLinks(corpus, archive, spill, TableSpace.HEAP);
    }

    /**
     * As {@link #findLinks(ReuseDetector.Corpus, ReuseArchive, SketchSpill)}, the indexes' postings kept
     * in {@code space} ({@link TableSpace}).
     */
    public static Found findLinks(ReuseDetector.Corpus corpus, ReuseArchive archive, SketchSpill spill, TableSpace space) {
        Consumer<Consumer<Entry>> walk = archive == null
                ? action -> corpus.forEach(a -> action.accept(new Entry(a.id(), a.outlet(), a.agency(), a.published(), false, null, a)))
                : action -> archive.forEach(e -> action.accept(new Entry(e.id(), e.outlet(), e.agency(), e.published(),
                        e.sketched(), e.kept(), null)));
        // The articles without a kept sketch, asked once: for the texts read ahead and for the walk of the headers.
        Optional<java.util.Collection<String>> unsketched = archive == null ? Optional.empty() : archive.unsketched();
        Consumer<Consumer<Entry>> headers = archive == null ? walk
                : action -> {
                    Consumer<ReuseArchive.Entry> header = e -> action.accept(new Entry(e.id(), e.outlet(), e.agency(),
                            e.published(), e.sketched(), null, null));
                    if (unsketched.isPresent()) {
                        archive.forEachHeader(Set.copyOf(unsketched.get()), header);
                    } else {
                        archive.forEachHeader(header);
                    }
                };
        LinkFinder finder = new LinkFinder(corpus, archive == null ? null : new HashSet<>(), space);
        finder.sketchBook.setAsideIn(spill);
        Map<String, String> folded = new HashMap<>();
        // Outlets are few, articles many: each outlet as written is folded once.
        Map<String, String> foldedOutlets = new HashMap<>();
        // The names the kept sketches were searched for, and a batch's new texts read, sketched and
        // measured on the pool while this thread walks the headers (SQLite's thread, idle cores otherwise).
        Set<String> checkedNames = archive == null ? Set.of() : archive.checkedNames();
        if (archive != null) {
            finder.ahead = AheadTexts.start(unsketched, corpus, finder.detector, checkedNames, finder.measuredAhead);
        }
        int[] walked = {0};
        int[] firstFresh = {-1};
        List<String> order = new ArrayList<>();
        List<Entry> freshEntries = new ArrayList<>();
        // The articles from the first new one on, kept ones among them: a batch from the kept index files them again.
        List<Entry> fromFirstFresh = new ArrayList<>();
        // The articles of the chunk the first new one comes in, before it (a batch may file them again too).
        List<Entry> chunkHead = new ArrayList<>();
        headers.accept(entry -> {
            order.add(entry.id());
            if (archive != null && !entry.sketched()) {
                freshEntries.add(entry);
            }
            if (archive != null && !freshEntries.isEmpty()) {
                fromFirstFresh.add(entry);
            } else if (archive != null) {
                if (walked[0] % ReuseDetector.chunkSize() == 0) {
                    chunkHead.clear();
                }
                chunkHead.add(entry);
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
                    Found found = new KeptIndexBatch(finder).run(kept.get(), archive, order, freshEntries, chunkHead,
                            fromFirstFresh, firstFresh[0]);
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

    boolean isNew(String id) {
        return fresh == null || fresh.contains(id);
    }

    /**
     * Adds a chunk of articles in feed order and classifies the pairs they bring. A {@code replayed}
     * chunk lies within the kept prefix: its articles are filed in the indexes without looking up
     * their index candidates (the kept links the indexes proposed among them are taken as they are),
     * and only their name candidates are looked up (names may have come with new articles).
     */
    void addChunk(List<Entry> chunk, boolean replayed) {
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
    void addChunk(List<Entry> chunk, boolean replayed, Map<String, Article> known,
            List<ReuseDetector.Sketch> sketches) {
        sketchBook.setAsideIfMany();
        List<ReuseDetector.Proposed> proposed = detector.addAll(sketches, !replayed);
        List<String[]> pairs = new ArrayList<>();
        for (int k = 0; k < chunk.size(); k++) {
            String id = chunk.get(k).id();
            if (replayed) {
                for (ReuseLink kept : indexedKeptByLater.getOrDefault(id, List.of())) {
                    if (compared.add(kept.sourceId(), kept.derivedId())) {
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
                if (!compared.add(id, otherId)) {
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
            // Each candidate's agreement and place read once, not at every comparison of the sort.
            int[] agreement = new int[candidates.size()];
            int[] order = new int[candidates.size()];
            Integer[] byLikeness = new Integer[candidates.size()];
            for (int c = 0; c < byLikeness.length; c++) {
                String other = pairs.get(candidates.get(c))[0];
                agreement[c] = detector.wordAgreement(id, other);
                order[c] = detector.order(other);
                byLikeness[c] = c;
            }
            java.util.Arrays.sort(byLikeness, java.util.Comparator.comparingInt((Integer c) -> -agreement[c])
                    .thenComparingInt(c -> order[c]));
            List<Integer> sorted = new ArrayList<>(byLikeness.length);
            for (Integer c : byLikeness) {
                sorted.add(candidates.get(c));
            }
            candidates = sorted;
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
    Optional<ReuseLink> classify(String[] pair, Map<String, ReuseText> prepared) {
        return detector.classify(prepared.get(pair[0]), prepared.get(pair[1])).map(this::withSharedEvidence);
    }

    private ReuseLink withSharedEvidence(ReuseLink link) {
        String[] shared = new String[link.evidence().size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = evidenceWordings.computeIfAbsent(link.evidence().get(i), wording -> wording);
        }
        return new ReuseLink(link.sourceId(), link.derivedId(), link.relation(), link.score(), link.directionConfidence(),
                link.passages(), List.of(shared));
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

    void addLink(ReuseLink link) {
        links.add(link);
        sourceOutlets.put(link, outletOf.get(link.sourceId()));
        if (link.relation() != Relation.CITES) {
            derivedIds.add(link.derivedId());
        }
    }

    /** What {@link AheadTexts#start} made; {@code null} when nothing was, or once it is used or dropped. */
    AheadTexts ahead;

    /** Waits for what {@link AheadTexts#start} started on the pool, and forgets it. */
    void finishAhead() {
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
