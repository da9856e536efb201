package dev.corroborate.reuse;

import dev.corroborate.model.ReuseLink;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reuse indexes as an earlier run left them, kept where a batch can look up only its new
 * articles' keys instead of filing every kept sketch again ({@link LinkFinder}): each kept article's
 * place in the feed, its postings under each index's keys (shingle band keys, content-word band
 * keys, winnowed fingerprints), its compact content-word signature, the names its text holds, and
 * the kept links by article. Implementations read a store; read on one thread.
 */
public interface KeptIndex {

    /** The index a key is filed in. */
    enum Kind {
        SHINGLE_BAND, WORD_BAND, FINGERPRINT
    }

    /**
     * What one key holds: the most recent of its articles (feed positions, newest first) and how
     * many articles it holds in all, counted up to the cap asked for.
     */
    record Postings(int[] newestFirst, int count) {
    }

    /** The ids of the articles whose postings are kept, by feed position (0 first). */
    List<String> feed();

    /**
     * For each of {@code keys} that holds any article: at most {@code recent} of its articles, the
     * most recent first, and how many it holds, counted up to {@code countCap}.
     */
    Map<Long, Postings> postings(Kind kind, long[] keys, int recent, int countCap);

    /**
     * {@link #postings(Kind, long[], int, int)} as if only the articles before feed position
     * {@code before} were kept, listing only those at {@code from} or later: the articles listed lie in
     * [{@code from}, {@code before}), and the count is of all those before {@code before} (a key holding
     * none of them is not given; one holding none from {@code from} on is, with its count). A lookup
     * that counts nothing older than {@code from} (the content-word window) leaves a common key's old
     * postings unlisted; a batch whose first new article comes at {@code before} leaves out the kept
     * articles from there on (they move, and are filed again as the batch goes). This default asks
     * for every posting and filters them.
     */
    default Map<Long, Postings> postingsWithin(Kind kind, long[] keys, int recent, int countCap, int from, int before) {
        Map<Long, Postings> found = new java.util.HashMap<>();
        postings(kind, keys, Integer.MAX_VALUE, Integer.MAX_VALUE).forEach((key, postings) -> {
            int[] earlier = java.util.Arrays.stream(postings.newestFirst()).filter(position -> position < before).toArray();
            if (earlier.length > 0) {
                int[] listed = java.util.Arrays.stream(earlier).filter(position -> position >= from).limit(recent).toArray();
                found.put(key, new Postings(listed, Math.min(earlier.length, countCap)));
            }
        });
        return found;
    }

    /** The compact content-word signatures ({@link #compactWords(long[])}) of kept articles, by feed position. */
    Map<Integer, short[]> compactWords(int[] positions);

    /** The feed positions of the kept articles whose text holds {@code name} (folded), ascending. */
    int[] mentioning(String name);

    /** Every kept link into one of {@code derivedIds}. */
    List<ReuseLink> keptLinksInto(Collection<String> derivedIds);

    /** Every kept link from one of {@code sourceIds}. */
    List<ReuseLink> keptLinksFrom(Collection<String> sourceIds);

    /** Of {@code ids}, those a kept link other than {@code cites} leads into: the articles that derive from another. */
    Set<String> derivedAmong(Collection<String> ids);

    /**
     * The keys a kept sketch is filed under in one index, distinct: what {@link ReuseDetector}'s
     * indexes file it under, with 0 read as 1 as they read it.
     */
    static long[] keys(Kind kind, KeptSketch sketch) {
        long[] keys = switch (kind) {
            case SHINGLE_BAND -> ReuseDetector.shingleBandKeys(sketch.signature());
            case WORD_BAND -> ReuseDetector.wordBandKeys(sketch.wordSignature());
            case FINGERPRINT -> sketch.fingerprints().clone();
        };
        for (int i = 0; i < keys.length; i++) {
            keys[i] = PostingTable.stored(keys[i]);
        }
        return Arrays.stream(keys).distinct().toArray();
    }

    /** The low 16 bits of each value of a content-word signature: what the detector compares of two articles. */
    static short[] compactWords(long[] wordSignature) {
        return ReuseDetector.compact(wordSignature);
    }
}
