package dev.corroborate.reuse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a restored {@link ReuseDetector} files from a kept index ({@link KeptIndex}) before a batch's
 * articles are added: the kept articles under the keys they look up, and the compact content-word
 * signatures of the kept articles a lookup or a name's ranking compares. Remembers what it filed, so
 * a key or a signature is read from the store once. Works on the detector's indexes; one thread.
 */
final class KeptFiling {

    private final ReuseDetector detector;
    /** The keys filed from the kept index so far, by index. */
    private final Map<KeptIndex.Kind, Set<Long>> filedKeys = new java.util.EnumMap<>(KeptIndex.Kind.class);
    /** The kept articles whose compact content-word signatures are filed. */
    private final java.util.BitSet filedWords = new java.util.BitSet();
    /** Kept articles the content-word index filed whose words no sketch filed so far could compare (see {@link #nearInTime}). */
    private final java.util.BitSet wordsNotNear = new java.util.BitSet();

    KeptFiling(ReuseDetector detector) {
        this.detector = detector;
    }

    /**
     * Files from {@code kept} what adding {@code sketches} will look up and is not filed yet: the
     * kept articles under each of their keys (the most recent a lookup gives, and how many a key
     * holds), and the compact content-word signatures of those articles (of the content-word index's,
     * only those near enough in time for its candidate check to compare, {@link #nearInTime}) and of
     * the kept articles their names may propose. Call before {@link ReuseDetector#addAll} of the sketches, after
     * {@link ReuseDetector#restore}.
     */
    void fileKept(List<ReuseDetector.Sketch> sketches, KeptIndex kept) {
        if (detector.keptCount == 0) {
            return; // every kept article comes after the batch's first new one: nothing to look up
        }
        java.util.BitSet docs = new java.util.BitSet();
        // The content-word index's kept articles: compared by their words only when near in time.
        java.util.BitSet byWords = new java.util.BitSet();
        for (KeptIndex.Kind kind : KeptIndex.Kind.values()) {
            Set<Long> filed = filedKeys.computeIfAbsent(kind, k -> new java.util.HashSet<>());
            java.util.LinkedHashSet<Long> wanted = new java.util.LinkedHashSet<>();
            for (ReuseDetector.Sketch sketch : sketches) {
                long[] keys = switch (kind) {
                    case SHINGLE_BAND -> ReuseDetector.SHINGLE_BANDS.bandKeys(sketch.signature());
                    case WORD_BAND -> ReuseDetector.WORD_BANDS.bandKeys(sketch.wordSignature());
                    case FINGERPRINT -> sketch.fingerprints();
                };
                for (long key : keys) {
                    long stored = PostingTable.stored(key);
                    if (filed.add(stored)) {
                        wanted.add(stored);
                    }
                }
            }
            if (wanted.isEmpty()) {
                continue;
            }
            int recent = kind == KeptIndex.Kind.FINGERPRINT ? detector.excerptIndex.maxCollected()
                    : detector.index.maxCollected();
            int cap = kind == KeptIndex.Kind.FINGERPRINT ? detector.excerptIndex.tooCommon() : detector.index.tooCommon();
            long[] asked = wanted.stream().mapToLong(Long::longValue).toArray();
            int from = kind == KeptIndex.Kind.WORD_BAND ? detector.wordWindow.floor() : 0;
            Map<Long, KeptIndex.Postings> found = kept.postingsWithin(kind, asked, recent, cap, from, detector.keptBefore);
            for (Map.Entry<Long, KeptIndex.Postings> entry : found.entrySet()) {
                int[] newestFirst = entry.getValue().newestFirst();
                switch (kind) {
                    case SHINGLE_BAND -> detector.index.preload(entry.getKey(), newestFirst, entry.getValue().count());
                    case WORD_BAND -> detector.wordIndex.preload(entry.getKey(), newestFirst, entry.getValue().count());
                    case FINGERPRINT -> detector.excerptIndex.preload(entry.getKey(), newestFirst, entry.getValue().count());
                }
                if (entry.getValue().count() < cap) {
                    java.util.BitSet needed = kind == KeptIndex.Kind.WORD_BAND ? byWords : docs;
                    for (int doc : newestFirst) {
                        needed.set(doc);
                    }
                }
            }
        }
        for (ReuseDetector.Sketch sketch : sketches) {
            for (Map.Entry<String, List<String>> entry : detector.byName.entrySet()) {
                if (entry.getValue().size() > ReuseDetector.SKETCHES.nameCandidates() && sketch.names().test(entry.getKey())) {
                    for (String member : detector.near(entry.getValue(), sketch)) {
                        Integer at = detector.indexOf.get(member);
                        if (at != null && at < detector.keptCount) {
                            docs.set(at);
                        }
                    }
                }
            }
        }
        docs.or(nearInTime(byWords, sketches));
        fileCompactWords(docs, kept);
    }


    /** Files the compact content-word signatures of the kept articles {@code docs} not filed yet. */
    private void fileCompactWords(java.util.BitSet docs, KeptIndex kept) {
        docs.andNot(filedWords);
        if (docs.isEmpty()) {
            return;
        }
        Map<Integer, short[]> words = kept.compactWords(docs.stream().toArray());
        docs.stream().forEach(doc -> {
            short[] compact = words.get(doc);
            if (compact == null) {
                throw new IllegalStateException("the kept index holds no content-word signature for article "
                        + detector.ids.get(doc)
                        + " (feed position " + doc + ")");
            }
            detector.keepKeptWords(doc, compact);
        });
        filedWords.or(docs);
    }


    /**
     * Of the kept articles the content-word index filed (now, {@code found}, or before and not
     * needed then, {@link #wordsNotNear}), those a content-word candidate check of {@code sketches}
     * may compare by their words: within the rewrite window of one of them, or either time unknown
     * ({@code ReuseDetector.closeWordCandidates} rules the others out by time alone). The rest are kept for a
     * later window's sketches, which may find them under keys filed now.
     */
    private java.util.BitSet nearInTime(java.util.BitSet found, List<ReuseDetector.Sketch> sketches) {
        wordsNotNear.or(found);
        wordsNotNear.andNot(filedWords);
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (ReuseDetector.Sketch sketch : sketches) {
            if (sketch.published() == null) {
                java.util.BitSet all = (java.util.BitSet) wordsNotNear.clone();
                wordsNotNear.clear();
                return all;
            }
            long when = sketch.published().instant().getEpochSecond();
            earliest = Math.min(earliest, when);
            latest = Math.max(latest, when);
        }
        java.util.BitSet near = new java.util.BitSet();
        long window = ReuseDetector.SKETCHES.rewriteWindowSeconds();
        for (int doc = wordsNotNear.nextSetBit(0); doc >= 0; doc = wordsNotNear.nextSetBit(doc + 1)) {
            long time = detector.times[doc];
            if (time == ReuseDetector.NO_TIME || (time >= earliest - window && time <= latest + window)) {
                near.set(doc);
            }
        }
        wordsNotNear.andNot(near);
        return near;
    }


    /**
     * Files from {@code kept} the compact content-word signatures of the kept articles that the names
     * of {@code named} (kept articles' sketches, by the names each is asked about) may propose, for
     * {@link ReuseDetector#nameCandidatesAsAdded}. After {@link ReuseDetector#restore}.
     */
    void fileNamedMembers(Map<ReuseDetector.Sketch, Set<String>> named, KeptIndex kept) {
        java.util.BitSet docs = new java.util.BitSet();
        named.forEach((sketch, names) -> {
            for (String name : names) {
                List<String> members = detector.byName.getOrDefault(name, List.of());
                if (members.size() > ReuseDetector.SKETCHES.nameCandidates()) {
                    for (String member : detector.near(members, sketch)) {
                        Integer at = detector.indexOf.get(member);
                        if (at != null && at < detector.keptCount) {
                            docs.set(at);
                        }
                    }
                }
            }
        });
        fileCompactWords(docs, kept);
    }
}
