package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A {@link LinkFinder} batch run from the kept index ({@link KeptIndex}) instead of a replay of the
 * archive: only the articles from the batch's first new one on are filed, what their keys find
 * before it looked up in the kept index; the kept articles after it (a late article moves them) are
 * filed again from their kept sketches; new outlet and agency names are searched for in every kept
 * text once; the kept pairs a replay may propose differently are decided again. Works on the
 * finder's state (its detector, pairs compared, links found), one batch per 
 */
final class KeptIndexBatch {

    private final LinkFinder finder;

    KeptIndexBatch(LinkFinder finder) {
        this.finder = finder;
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
    LinkFinder.Found run(KeptIndex kept, ReuseArchive archive, List<String> order, List<LinkFinder.Entry> freshEntries,
                         List<LinkFinder.Entry> chunkHead, List<LinkFinder.Entry> fromFirstFresh, int firstFresh) {
        List<String> keptFeed = kept.feed();
        int n = keptFeed.size();
        if (n == 0 || order.size() - n != freshEntries.size()) {
            finder.notFromKeptIndex = "the kept index numbers " + n + " articles, the store "
                    + (order.size() - freshEntries.size());
            return null;
        }
        // The kept articles keep their places up to the first new one; those after it come in the kept index's order.
        int firstNew = firstFresh < 0 ? n : firstFresh;
        List<String> keptLater = fromFirstFresh.stream().map(LinkFinder.Entry::id).filter(id -> !finder.fresh.contains(id))
                .toList();
        if (!order.subList(0, firstNew).equals(keptFeed.subList(0, firstNew))
                || !keptLater.equals(keptFeed.subList(firstNew, n))) {
            finder.notFromKeptIndex = "the stored articles are no longer in the order the kept index numbers them";
            return null;
        }
        // The same ids, as the walk gave them: the detector's maps hold these very strings, so a
        // look-up by them hashes nothing again and compares by reference.
        keptFeed = order.subList(0, firstNew);
        // The kept articles before the first new one whose texts name a new one's outlet near it in time.
        Map<Integer, Set<String>> namingChanged = namingChanged(kept, freshEntries, keptFeed);
        // The kept articles of the first new one's chunk rank a name's articles filed in their chunk by
        // their words, those filed later last (ReuseDetector.addAll files a chunk before looking up):
        // when the batch moves kept articles, brings new names, or one of them names a new one's outlet
        // near it, they are filed again with the chunk, as a run from scratch turns to them.
        int chunkStart = firstNew - firstNew % ReuseDetector.chunkSize();
        if (firstNew > chunkStart && (!keptLater.isEmpty() || !finder.sketchBook.newNames().isEmpty()
                || namingChanged.keySet().stream().anyMatch(position -> position >= chunkStart))) {
            if (chunkHead.size() != firstNew - chunkStart) {
                throw new IllegalStateException("the feed's chunk before the first new article holds " + chunkHead.size()
                        + " articles, not " + (firstNew - chunkStart));
            }
            List<String> refiled = new ArrayList<>(chunkHead.stream().map(LinkFinder.Entry::id).toList());
            refiled.addAll(keptLater);
            keptLater = refiled;
            List<LinkFinder.Entry> fromChunkStart = new ArrayList<>(chunkHead);
            fromChunkStart.addAll(fromFirstFresh);
            fromFirstFresh = fromChunkStart;
            firstNew = chunkStart;
            keptFeed = order.subList(0, firstNew);
            namingChanged.keySet().removeIf(position -> position >= chunkStart);
        }
        // Names never searched for (a new outlet's or agency's): every kept text is searched for them
        // once, its kept sketch completed with those it holds, and those before the first new article
        // have their name candidates proposed again (a name of new articles only proposes them all).
        List<String> searchedFor = List.copyOf(new java.util.TreeSet<>(finder.sketchBook.newNames()));
        Map<String, List<String>> naming = searchedFor.isEmpty() ? Map.of() : keptTextsNaming(searchedFor);
        // The kept sketches of the articles filed again and of those naming a new name, read at once.
        Set<String> sketchesWanted = new HashSet<>(keptLater);
        sketchesWanted.addAll(naming.keySet());
        Map<String, KeptSketch> sketches = sketchesWanted.isEmpty() ? Map.of() : archive.keptSketches(sketchesWanted);
        for (String id : keptLater) {
            if (!sketches.containsKey(id)) {
                finder.notFromKeptIndex = "the kept sketch of article " + id + " is missing";
                return null;
            }
        }
        Map<String, KeptSketch> renamed = Map.of();
        if (!searchedFor.isEmpty()) {
            renamed = finder.sketchBook.completeNames(naming, sketches);
            finder.sketchBook.newNames().clear();
            // What the header walk sketched ahead searched the new texts for the names searched before only.
            finder.finishAhead();
            for (int position = 0; position < firstNew; position++) {
                List<String> held = naming.get(order.get(position));
                if (held != null) {
                    namingChanged.computeIfAbsent(position, k -> new java.util.TreeSet<>()).addAll(held);
                }
            }
        }
        List<LinkFinder.Entry> toFile = fromFirstFresh;
        if (!keptLater.isEmpty()) {
            List<LinkFinder.Entry> withSketches = new ArrayList<>(toFile.size());
            for (LinkFinder.Entry entry : toFile) {
                KeptSketch sketch = finder.fresh.contains(entry.id()) ? null
                        : renamed.containsKey(entry.id()) ? renamed.get(entry.id()) : sketches.get(entry.id());
                withSketches.add(new LinkFinder.Entry(entry.id(), entry.outlet(), entry.agency(), entry.published(),
                        entry.sketched(), sketch, null));
            }
            toFile = withSketches;
            // Their kept links: a pair of two kept articles proposed again gets its kept link.
            List<ReuseLink> touching = new ArrayList<>(kept.keptLinksInto(keptLater));
            touching.addAll(kept.keptLinksFrom(keptLater));
            touching.forEach(link -> finder.keptLinks.put(LinkFinder.pairKey(link.sourceId(), link.derivedId()), link));
        }
        finder.keptIndex = kept;
        finder.detector.restore(keptFeed, !keptLater.isEmpty());
        finder.detector.expectNew(toFile.stream().map(LinkFinder.Entry::published).toList());
        // The kept texts whose names now propose new articles (all in chunks before the first new one's)
        // are compared with them first: their turns come before any new article's, so those pairs are
        // not the new article's own candidates (which it compares first, LinkFinder.addChunk).
        Set<String> namingEarlier = new java.util.TreeSet<>();
        for (int position : namingChanged.keySet()) {
            namingEarlier.add(keptFeed.get(position));
        }
        Set<String> proposedEarlier = proposeNamesAgain(namingEarlier, keptFeed, archive, kept, renamed);
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
                finder.addChunk(toFile.subList(from, k + 1), false, window.texts(),
                        window.sketches().subList(from - offset, k + 1 - offset));
                from = k + 1;
            }
        }
        finder.finishAhead();
        Set<List<String>> superseded = decideKeptLinks(namingChanged.keySet(), namingEarlier, proposedEarlier, keptFeed, keptLater,
                archive, kept, renamed);
        BatchLinkChanges changes = BatchLinkChanges.of(finder.links, kept, superseded, finder::isNew, finder.outletOf,
                finder.sourceOutlets);
        List<ReuseLink> written = changes.written();
        List<List<String>> dropped = changes.dropped();
        List<ReuseLink> byNameOnly = written.stream()
                .filter(link -> finder.nameOnlyPairs.contains(LinkFinder.pairKey(link.sourceId(), link.derivedId()))).toList();
        return new LinkFinder.Found(written, finder.sketchBook.toKeep(), Set.copyOf(finder.detector.registeredNames()),
                byNameOnly,
                dropped, order, firstNew, null, keptLater.size(), searchedFor);
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
    private Window fileWindow(List<LinkFinder.Entry> window, KeptIndex kept) {
        // Kept articles (after a late new one) are filed from their kept sketches, their texts read only as candidates.
        List<String> ids = window.stream().filter(entry -> entry.kept() == null).map(LinkFinder.Entry::id).toList();
        if (finder.ahead != null && finder.ahead.texts().keySet().containsAll(ids)) {
            // Read, sketched and measured while the headers were walked: only the names a text holds
            // are narrowed to the registered ones (every registered name was searched for).
            Map<String, AheadTexts.Made> made = finder.ahead.sketches();
            Set<String> registered = finder.detector.registeredNames();
            List<ReuseDetector.Sketch> sketches = window.stream().map(entry -> {
                if (entry.kept() != null) {
                    return finder.sketchBook.sketch(entry.id(), entry.published(), entry.kept(), null);
                }
                AheadTexts.Made found = made.get(entry.id());
                return finder.sketchBook.fresh(entry.id(), new AheadTexts.Made(found.sketch(),
                        found.names().stream().filter(registered::contains).toList()));
            }).toList();
            finder.detector.fileKept(sketches, kept);
            finder.ahead.measureAll();
            return new Window(finder.ahead.texts(), sketches);
        }
        Map<String, Article> read = finder.corpus.requireAll(ids);
        List<ReuseDetector.Sketch> sketches = window.parallelStream()
                .map(entry -> finder.sketchBook.sketch(entry.id(), entry.published(), entry.kept(), read.get(entry.id())))
                .toList();
        finder.measuredAhead.clear();
        List<Article> newTexts = ids.stream().map(read::get).toList();
        Runnable measureAhead = AheadTexts.measuring(newTexts, finder.detector, finder.measuredAhead);
        java.util.concurrent.CompletableFuture<Void> measuring = java.util.concurrent.CompletableFuture.runAsync(measureAhead,
                java.util.concurrent.ForkJoinPool.commonPool());
        finder.detector.fileKept(sketches, kept);
        measureAhead.run();
        measuring.join();
        return new Window(read, sketches);
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
    private Map<Integer, Set<String>> namingChanged(KeptIndex kept, List<LinkFinder.Entry> freshEntries, List<String> keptFeed) {
        Map<String, List<Long>> newTimes = new java.util.TreeMap<>();
        for (LinkFinder.Entry entry : freshEntries) {
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
            long keptMembers = finder.detector.members(name.getKey()).stream().filter(id -> !finder.fresh.contains(id)).count();
            boolean all = keptMembers <= DetectorSettings.DEFAULTS.nameCandidates() || name.getValue().contains(null);
            long[] times = name.getValue().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sorted()
                    .toArray();
            for (int position : naming) {
                if (position >= keptFeed.size()) {
                    continue; // after the first new article: filed again, its name candidates looked up again
                }
                Long when = finder.detector.publishedSeconds(keptFeed.get(position));
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
     * names a new article's outlet near it ({@code namingChanged}, feed positions, proposed again
     * before the batch's articles were filed: {@code askedBefore}, giving {@code proposedBefore}). The
     * name candidates of those, and
     * of the other ends of the kept links to decide, are proposed again as their turns would
     * ({@link ReuseDetector#nameCandidatesAsAdded}); a new article among them is compared with the
     * kept one. A kept link of an article filed again, or one only a name proposed of an article
     * whose names were proposed again, goes when no side proposes its pair now; one proposed again
     * stands as kept, but is written again when whether only a name proposed it changed (a replay
     * files the two kinds differently).
     */
    private Set<List<String>> decideKeptLinks(Set<Integer> namingChanged, Set<String> askedBefore, Set<String> proposedBefore,
                                              List<String> keptFeed, List<String> keptLater, ReuseArchive archive, KeptIndex kept,
                                              Map<String, KeptSketch> renamed) {
        Set<String> again = new java.util.TreeSet<>();
        namingChanged.forEach(position -> again.add(keptFeed.get(position)));
        // The kept links to decide: every one of an article filed again, and those only a name
        // proposed of an article whose names are proposed again.
        Map<String, ReuseLink> toDecide = new java.util.TreeMap<>(finder.keptLinks);
        if (!again.isEmpty()) {
            List<ReuseLink> touching = new ArrayList<>(kept.keptLinksInto(again));
            touching.addAll(kept.keptLinksFrom(again));
            for (ReuseLink link : touching) {
                String pair = LinkFinder.pairKey(link.sourceId(), link.derivedId());
                if (finder.keptNameOnly.contains(pair)) {
                    toDecide.put(pair, link);
                }
            }
        }
        Set<String> refiled = new HashSet<>(keptLater);
        // Only names can propose a kept article filed again from one before it (index candidates come earlier).
        Set<String> askNames = new java.util.TreeSet<>(again);
        toDecide.forEach((pair, link) -> {
            if (!finder.compared.contains(link.sourceId(), link.derivedId())) {
                for (String end : List.of(link.sourceId(), link.derivedId())) {
                    if (!refiled.contains(end)) {
                        askNames.add(end);
                    }
                }
            }
        });
        askNames.removeAll(askedBefore);
        Set<String> proposedByNames = new HashSet<>(proposedBefore);
        proposedByNames.addAll(proposeNamesAgain(askNames, keptFeed, archive, kept, renamed));
        Set<List<String>> superseded = new HashSet<>();
        toDecide.forEach((pair, link) -> {
            boolean byRun = finder.compared.contains(link.sourceId(), link.derivedId());
            if (!byRun && !proposedByNames.contains(pair)) {
                superseded.add(List.of(link.sourceId(), link.derivedId()));
                return;
            }
            boolean nameOnlyNow = !byRun || finder.nameOnlyPairs.contains(pair);
            if (nameOnlyNow != finder.keptNameOnly.contains(pair)) {
                superseded.add(List.of(link.sourceId(), link.derivedId()));
                if (nameOnlyNow) {
                    finder.nameOnlyPairs.add(pair);
                }
                finder.addLink(link);
            }
        });
        return superseded;
    }

    /**
     * Proposes again, as their turns in a run from scratch would, the name candidates of the kept
     * articles {@code ids} (all before the first new one), and compares each with the new articles
     * among them (a pair not compared yet: the new article's own candidates may have proposed it),
     * the pair in the order the kept article's turn gives it.
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
            Long seconds = finder.detector.publishedSeconds(id);
            PublishedTime published = seconds == null ? null : new PublishedTime(
                    java.time.LocalDateTime.ofEpochSecond(seconds, 0, java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC,
                    dev.corroborate.model.Precision.SECOND);
            ReuseDetector.Sketch made = ReuseDetector.Sketch.of(id, published, sketch, Set.copyOf(sketch.names()));
            named.put(made, new java.util.TreeSet<>(sketch.names()));
            positions.put(made, positionOf.get(id));
        }
        finder.detector.fileNamedMembers(named, kept);
        Set<String> proposed = new HashSet<>();
        List<String[]> pairs = new ArrayList<>();
        named.forEach((sketch, names) -> {
            for (String name : names) {
                for (String candidate : finder.detector.nameCandidatesAsAdded(sketch, positions.get(sketch), name)) {
                    String pair = LinkFinder.pairKey(sketch.id(), candidate);
                    if (!finder.isNew(candidate)) {
                        proposed.add(pair);
                    } else if (finder.compared.add(sketch.id(), candidate)) {
                        finder.nameOnlyPairs.add(pair);
                        // As the kept article's turn pairs it: the candidate first (LinkFinder.addChunk).
                        pairs.add(new String[] {candidate, sketch.id()});
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
                ReuseText text = finder.measured.get(id);
                if (text != null) {
                    prepared.put(id, text);
                } else {
                    toRead.add(id);
                }
            }
        }
        for (List<String> part : partition(List.copyOf(toRead), finder.READ_AT_ONCE)) {
            finder.corpus.requireAll(part).values().parallelStream()
                    .forEach(article -> prepared.put(article.id(), finder.detector.prepare(article)));
        }
        pairs.parallelStream().map(pair -> finder.classify(pair, prepared)).toList()
                .forEach(link -> link.ifPresent(finder::addLink));
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
        finder.corpus.forEach(article -> {
            if (!finder.fresh.contains(article.id())) {
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
}
