package dev.corroborate.reuse;

import dev.corroborate.text.Token;
import java.util.Arrays;
import java.util.List;

/**
 * Hashes of every run of {@code n} consecutive words. 64-bit hashes (FNV-1a over the words, then a
 * finalizer mix): collisions are negligible at news-corpus scale. Thread-safe.
 */
public final class Shingles {

    private Shingles() {
    }

    /** The hash of each n-word run, in text order; empty when the text has fewer than n words. */
    public static long[] of(List<Token> words, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        int count = Math.max(0, words.size() - n + 1);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordHashes[i] = fnv(words.get(i).folded());
        }
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < n; k++) {
                h = mix(h ^ wordHashes[i + k]) * 31;
            }
            hashes[i] = mix(h);
        }
        return hashes;
    }

    /** Hashes of the distinct words of four letters or more: what a rewrite keeps. */
    static long[] contentWords(List<Token> words) {
        long[] hashes = new long[words.size()];
        int count = 0;
        for (Token word : words) {
            if (word.folded().length() >= 4) {
                hashes[count++] = mix(fnv(word.folded()));
            }
        }
        return distinct(Arrays.copyOf(hashes, count));
    }

    /** The distinct shingle hashes, sorted: the set MinHash and containment work on. */
    public static long[] distinct(long[] hashes) {
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    /** The exact containment of {@code a} in {@code b}: the share of a's distinct shingles found in b. */
    public static double containment(long[] distinctA, long[] distinctB) {
        return distinctA.length == 0 ? 0 : (double) shared(distinctA, distinctB) / distinctA.length;
    }

    /** How many values two sorted distinct hash sets have in common (one merge pass). */
    public static int shared(long[] distinctA, long[] distinctB) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < distinctA.length && j < distinctB.length) {
            if (distinctA[i] == distinctB[j]) {
                shared++;
                i++;
                j++;
            } else if (distinctA[i] < distinctB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    static long fnv(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The finalizer of MurmurHash3 (64-bit): spreads every input bit over the output. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
