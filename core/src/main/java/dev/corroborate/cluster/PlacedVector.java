package dev.corroborate.cluster;

import java.util.Map;

/**
 * An article's weighted vector as placement keeps it until refinement ({@link ClusterState#placed}):
 * every article of a run from scratch is kept there (the first thousands held, the others set aside
 * as {@link PlacedShelf} writes them, when the store gives a spill), so a hash map of fresh strings
 * and boxed doubles (about 28 KB an article at 30,000 articles, docs/BENCHMARKS.md) would make the
 * heap grow with the corpus. Here a feature costs a shared string reference, a double and two to
 * four chars (ints for a vector of 65,535 features or more); a vector made with the clustering's
 * dictionary also holds each feature's number there (an int) until it is set aside or held
 * ({@link PlacedArticles#keep} keeps a held one without). Unlike a {@link CompactVector}, it keeps
 * the weights as doubles and iterates in the order of the map it was made from: a sum over its
 * entries ({@link SparseVectors#dot}, refinement's self-similarity) adds the same products in the
 * same order, so gives the same double to the bit. Lookups go through a small open-addressing
 * table of the keys' hashes. Immutable.
 */
final class PlacedVector extends ArrayVector {

    /** The weights by position in the keys, which are in the order the source map gave them. */
    private final double[] values;
    /**
     * An open-addressing table of positions in {@link #keys} plus one (0: empty), by the keys' hash,
     * at least twice as large as the vector: refinement looks every feature of an event's sum up in
     * the vector, so a lookup must cost about what a hash map's does (a binary search of strings
     * made the story step a quarter slower). Held as chars when every position fits (all but a
     * vector of 65,535 features or more, then {@link #largeSlots}): the table is the largest part
     * of a placed vector, and every article held until refinement keeps one.
     */
    private final char[] slots;
    /** The table as ints, for a vector too large for {@link #slots} (which is then null). */
    private final int[] largeSlots;
    /**
     * The keys' numbers in {@link #numberedBy} by position, when it gave the keys ({@code null}
     * otherwise): setting the vector aside writes them ({@link PlacedShelf}), and looking each key up
     * again there was on the clustering's thread, where the threads weighing ahead had found them already.
     */
    private final int[] numbers;
    /** The table whose numbers {@link #numbers} are, or {@code null}. */
    private final FeatureTable numberedBy;

    private PlacedVector(String[] keys, double[] values, char[] slots, int[] largeSlots, int[] numbers,
                         FeatureTable numberedBy) {
        super(keys);
        this.values = values;
        this.slots = slots;
        this.largeSlots = largeSlots;
        this.numbers = numbers;
        this.numberedBy = numberedBy;
    }

    /**
     * {@code vector}'s entries in its own iteration order, its keys taken from {@code dictionary} so
     * equal features share one string, with their numbers there ({@code null}: the vector's own keys,
     * and no numbers).
     */
    static PlacedVector of(Map<String, Double> vector, FeatureTable dictionary) {
        int n = vector.size();
        String[] keys = new String[n];
        double[] values = new double[n];
        int[] numbers = dictionary == null ? null : new int[n];
        int i = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            if (dictionary == null) {
                keys[i] = e.getKey();
            } else {
                int number = dictionary.number(e.getKey());
                keys[i] = dictionary.key(number);
                numbers[i] = number;
            }
            values[i] = e.getValue();
            i++;
        }
        return of(keys, values, numbers, dictionary);
    }

    /** {@code keys} with their {@code values}, in that order (a vector read back as it was set aside): taken over, not copied. */
    static PlacedVector of(String[] keys, double[] values) {
        return of(keys, values, null, null);
    }

    /**
     * {@code keys} with their {@code values}, in that order, and the keys' {@code numbers} in
     * {@code numberedBy} (a vector read back as it was set aside, its numbers read with it): taken over, not copied.
     */
    static PlacedVector of(String[] keys, double[] values, int[] numbers, FeatureTable numberedBy) {
        int n = keys.length;
        int size = Integer.highestOneBit(Math.max(1, n) * 2) * 2;
        int mask = size - 1;
        char[] slots = n < Character.MAX_VALUE ? new char[size] : null;
        int[] largeSlots = slots == null ? new int[size] : null;
        for (int k = 0; k < n; k++) {
            int at = spread(keys[k].hashCode()) & mask;
            while ((slots != null ? slots[at] : largeSlots[at]) != 0) {
                at = (at + 1) & mask;
            }
            if (slots != null) {
                slots[at] = (char) (k + 1);
            } else {
                largeSlots[at] = k + 1;
            }
        }
        return new PlacedVector(keys, values, slots, largeSlots, numbers, numberedBy);
    }

    /** The keys, in order (not a copy: for setting the vector aside). */
    String[] keyArray() {
        return keys;
    }

    /**
     * The keys' numbers in {@code table} by position (not a copy: for setting the vector aside), or
     * {@code null} when the vector was not made with that table's keys.
     */
    int[] numbersIn(FeatureTable table) {
        return numberedBy == table ? numbers : null;
    }

    /** This vector without its features' numbers (the same arrays): for a vector held, not set aside. */
    PlacedVector withoutNumbers() {
        return numbers == null ? this : new PlacedVector(keys, values, slots, largeSlots, null, null);
    }

    /** The weights by position (not a copy: for setting the vector aside). */
    double[] weightArray() {
        return values;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The position of {@code key} in {@link #keys}, or -1. */
    @Override
    int positionOf(Object key) {
        if (!(key instanceof String wanted)) {
            return -1;
        }
        int hash = wanted.hashCode();
        int mask = (slots != null ? slots.length : largeSlots.length) - 1;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            int slot = slots != null ? slots[at] : largeSlots[at];
            if (slot == 0) {
                return -1;
            }
            String held = keys[slot - 1];
            // Keys come from the clusterer's dictionary, as do the sums' keys: mostly the same string.
            // Another key in the way is told by its cached hash, without comparing the two strings' bytes.
            if (held == wanted || (held.hashCode() == hash && held.equals(wanted))) {
                return slot - 1;
            }
        }
    }

    /**
     * {@link #positionOf(Object)} for a key whose hash the caller holds, with the hashes of this
     * vector's keys by position ({@link #keyHashes()}): a key in the way is told by its hash in the
     * array, without reading either string (each a likely cache miss when many are looked up).
     */
    int positionOf(String wanted, int hash, int[] keyHashes) {
        int mask = (slots != null ? slots.length : largeSlots.length) - 1;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            int slot = slots != null ? slots[at] : largeSlots[at];
            if (slot == 0) {
                return -1;
            }
            int position = slot - 1;
            if (keyHashes[position] == hash) {
                String held = keys[position];
                if (held == wanted || held.equals(wanted)) {
                    return position;
                }
            }
        }
    }

    /** The keys' hash codes by position (a new array): for {@link #positionOf(String, int, int[])}. */
    int[] keyHashes() {
        int[] hashes = new int[keys.length];
        for (int k = 0; k < hashes.length; k++) {
            hashes[k] = keys[k].hashCode();
        }
        return hashes;
    }

    /**
     * For each of this vector's positions, the position in {@code other} of the same key, or -1: the
     * keys both hold, found by looking {@code other}'s up in this vector's table.
     */
    int[] partners(ArrayVector other) {
        int[] partner = new int[keys.length];
        java.util.Arrays.fill(partner, -1);
        for (int j = 0; j < other.keys.length; j++) {
            int at = positionOf(other.keys[j]);
            if (at >= 0) {
                partner[at] = j;
            }
        }
        return partner;
    }

    @Override
    double weightAt(int position) {
        return values[position];
    }
}
