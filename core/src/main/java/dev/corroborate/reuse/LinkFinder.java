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

    /** The links, and what to keep for the next run: the sketches made or changed, the names searched for. */
    public record Found(List<ReuseLink> links, List<KeptSketch> sketches, Set<String> names) {
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
    public static final String SETTINGS_STAMP = dev.corroborate.text.Stamps.of("reuse 1", ReuseDetector.sketchSettings(),
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
    private final Map<ReuseLink, String> sourceOutlets = new IdentityHashMap<>();
    private final List<KeptSketch> toKeep = new ArrayList<>();

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
        headers.accept(entry -> {
            finder.detector.registerNames(entry.id(), entry.outlet(), entry.agency(), entry.published());
            String outlet = String.valueOf(entry.outlet()).toLowerCase(Locale.ROOT);
            finder.outletOf.put(entry.id(), folded.computeIfAbsent(outlet, o -> o));
            if (finder.fresh != null && !entry.sketched()) {
                finder.fresh.add(entry.id());
            }
        });
        finder.newNames.addAll(finder.detector.registeredNames());
        if (archive != null) {
            finder.newNames.removeAll(archive.checkedNames());
        }
        if (archive != null) {
            archive.forEachKeptLink(link -> finder.keptLinks.put(pairKey(link.sourceId(), link.derivedId()), link));
        }
        List<Entry> chunk = new ArrayList<>(ReuseDetector.chunkSize());
        walk.accept(entry -> {
            chunk.add(entry);
            if (chunk.size() == ReuseDetector.chunkSize()) {
                finder.addChunk(chunk);
                chunk.clear();
            }
        });
        finder.addChunk(chunk);
        return new Found(LinearLinks.reduce(ReuseDetector.closestCitations(finder.links, finder.sourceOutlets)), finder.toKeep,
                Set.copyOf(finder.detector.registeredNames()));
    }

    private boolean isNew(String id) {
        return fresh == null || fresh.contains(id);
    }

    private void addChunk(List<Entry> chunk) {
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
        List<List<String>> proposed = detector.addAll(sketches);
        List<Article[]> pairs = new ArrayList<>();
        for (int k = 0; k < chunk.size(); k++) {
            String id = chunk.get(k).id();
            for (String otherId : proposed.get(k)) {
                String pair = pairKey(id, otherId);
                if (!compared.add(pair)) {
                    continue;
                }
                if (!isNew(id) && !isNew(otherId)) {
                    ReuseLink kept = keptLinks.get(pair);
                    if (kept != null) {
                        links.add(kept);
                        sourceOutlets.put(kept, outletOf.get(kept.sourceId()));
                    }
                    continue;
                }
                Article article = known.computeIfAbsent(id, corpus::require);
                Article other = known.computeIfAbsent(otherId, corpus::require);
                pairs.add(new Article[] {other, article});
            }
        }
        // Each article's own measures once, however many pairs it is in; then the pairs, on all cores.
        Map<String, Article> inPairs = new HashMap<>();
        for (Article[] pair : pairs) {
            inPairs.put(pair[0].id(), pair[0]);
            inPairs.put(pair[1].id(), pair[1]);
        }
        Map<String, ReuseText> prepared = new ConcurrentHashMap<>();
        inPairs.values().parallelStream().forEach(article -> prepared.put(article.id(), detector.prepare(article)));
        List<Optional<ReuseLink>> found = pairs.parallelStream()
                .map(pair -> detector.classify(prepared.get(pair[0].id()), prepared.get(pair[1].id()))).toList();
        for (int i = 0; i < pairs.size(); i++) {
            Optional<ReuseLink> link = found.get(i);
            if (link.isPresent()) {
                links.add(link.get());
                sourceOutlets.put(link.get(), outletOf.get(link.get().sourceId()));
            }
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
