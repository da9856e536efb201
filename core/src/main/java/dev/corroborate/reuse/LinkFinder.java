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
 * link the last run kept for it (classification is a function of the pair). The links an article's
 * other links already explain are left out ({@link LinearLinks}: N copies of one text give N links,
 * not one per pair), from scratch and incrementally alike. Old texts are read
 * only as candidates of a new article, or once when a new article brings an outlet or agency name
 * never searched for. Not thread-safe; deterministic.
 */
public final class LinkFinder {

    /**
     * The links, and what to keep for the next run: the sketches made or changed, the names searched
     * for, and which of the links only a named outlet or agency proposed (not the indexes).
     */
    public record Found(List<ReuseLink> links, List<KeptSketch> sketches, Set<String> names, List<ReuseLink> nameOnly) {
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
    /** Names no kept sketch was searched for (all of them from scratch). */
    private final Set<String> newNames = new HashSet<>();
    private final Map<String, ReuseLink> keptLinks = new HashMap<>();
    private final Map<String, String> outletOf = new HashMap<>();
    private final Set<String> compared = new HashSet<>();
    private final List<ReuseLink> links = new ArrayList<>();
    /** The articles a link found so far derives from another ({@code cites} aside). */
    private final Set<String> derivedIds = new HashSet<>();
    private final Map<ReuseLink, String> sourceOutlets = new IdentityHashMap<>();
    private final List<KeptSketch> toKeep = new ArrayList<>();
    /** Each article's place in the feed (incremental runs that replay a kept prefix only). */
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
    /** How many articles' measures {@link #measured} keeps. */
    private static final int MEASURED = 3_000;

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
        int[] walked = {0};
        int[] firstFresh = {-1};
        headers.accept(entry -> {
            finder.detector.registerNames(entry.id(), entry.outlet(), entry.agency(), entry.published());
            String outlet = String.valueOf(entry.outlet()).toLowerCase(Locale.ROOT);
            finder.outletOf.put(entry.id(), folded.computeIfAbsent(outlet, o -> o));
            if (finder.fresh != null && !entry.sketched()) {
                finder.fresh.add(entry.id());
                if (firstFresh[0] < 0) {
                    firstFresh[0] = walked[0];
                }
            }
            if (archive != null) {
                finder.position.put(entry.id(), walked[0]);
            }
            walked[0]++;
        });
        finder.newNames.addAll(finder.detector.registeredNames());
        if (archive != null) {
            finder.newNames.removeAll(archive.checkedNames());
        }
        Set<List<String>> nameOnly = archive == null ? null : archive.nameOnlyLinks();
        if (nameOnly != null) {
            finder.keptPrefix = firstFresh[0] < 0 ? walked[0] : firstFresh[0];
            nameOnly.forEach(pair -> finder.keptNameOnly.add(pairKey(pair.get(0), pair.get(1))));
        }
        if (archive != null) {
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
        List<ReuseLink> links = LinearLinks.reduce(ReuseDetector.closestCitations(finder.links, finder.sourceOutlets));
        List<ReuseLink> byNameOnly = links.stream()
                .filter(link -> finder.nameOnlyPairs.contains(pairKey(link.sourceId(), link.derivedId()))).toList();
        return new Found(links, finder.toKeep, Set.copyOf(finder.detector.registeredNames()), byNameOnly);
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
        for (Entry entry : chunk) {
            if (entry.article() != null) {
                known.put(entry.id(), entry.article());
            } else if (entry.kept() == null || !newNames.isEmpty()) {
                known.put(entry.id(), corpus.require(entry.id()));
            }
        }
        List<ReuseDetector.Sketch> sketches = chunk.parallelStream().map(entry -> sketch(entry, known.get(entry.id()))).toList();
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
                    ReuseLink kept = keptLinks.get(pair);
                    if (kept != null) {
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
        for (String[] pair : pairs) {
            for (String id : pair) {
                if (!measured.containsKey(id) && !toMeasure.containsKey(id)) {
                    toMeasure.put(id, known.computeIfAbsent(id, corpus::require));
                }
            }
        }
        Map<String, ReuseText> prepared = new ConcurrentHashMap<>();
        toMeasure.values().parallelStream().forEach(article -> prepared.put(article.id(), detector.prepare(article)));
        for (String[] pair : pairs) {
            for (String id : pair) {
                ReuseText text = measured.get(id);
                if (text != null) {
                    prepared.putIfAbsent(id, text);
                }
            }
        }
        toMeasure.keySet().forEach(id -> measured.put(id, prepared.get(id)));
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

    /**
     * The sketch of one article: made from its text when it is new (and kept), from the kept one
     * otherwise, its names completed from the text when names never searched for have appeared.
     */
    private ReuseDetector.Sketch sketch(Entry entry, Article article) {
        if (entry.kept() == null) {
            ReuseDetector.Sketch made = ReuseDetector.sketch(article);
            synchronized (toKeep) {
                toKeep.add(new KeptSketch(entry.id(), made.signature(), made.wordSignature(), made.fingerprints(),
                        detector.registeredNames(made.names())));
            }
            return made;
        }
        Set<String> names = new HashSet<>(entry.kept().names());
        if (!newNames.isEmpty()) {
            String folded = article.text().toLowerCase(Locale.ROOT);
            List<String> found = newNames.stream().filter(folded::contains).toList();
            if (!found.isEmpty()) {
                names.addAll(found);
                synchronized (toKeep) {
                    toKeep.add(new KeptSketch(entry.id(), entry.kept().signature(), entry.kept().wordSignature(),
                            entry.kept().fingerprints(), names.stream().sorted().toList()));
                }
            }
        }
        return ReuseDetector.Sketch.of(entry.id(), entry.published(), entry.kept(), names);
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
