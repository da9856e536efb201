package dev.corroborate.cluster;

import java.util.Arrays;

/**
 * The clustering's features, each a number (in the order features first came): the one string every
 * vector, sum, lead count and index listing holds for it, and in how many articles it is (the
 * document frequency {@link TermWeighting} counts). {@link CandidateIndex} keeps its listings by the
 * same numbers. One entry a feature where there were four maps (a dictionary of shared strings, the
 * frequencies, the index's listings, the set-aside articles' numbering).
 *
 * <p>Held as arrays, not an object a feature: at a million articles of their own names and numbers the
 * features are 5.7 million, all made when the frequencies are counted, before any article is placed. A
 * feature object (40 bytes) and its node in a concurrent hash map (32) were 480 MB of the story step's
 * heap there, without the strings; here a feature costs its string and, by its fields, about 20
 * bytes: a slot and a half of the open-addressing table (a hash and a number, 8 bytes a slot, at
 * most two thirds full) and its place in two paged arrays (a reference and a count).
 *
 * <p>{@link #intern}, {@link #number}, {@link #find}, {@link #key} and {@link #size} may be called
 * from any thread (articles are weighed ahead on other threads, {@link StoryClusterer#prepare}, and
 * refinement reads set-aside articles back on all cores): a lookup reads without a lock, and only a new
 * feature takes it. A feature's document count is changed by the clustering's thread, and read by the
 * threads weighing ahead only while it changes no count. The strings and counts are in pages that never
 * move once made, so a count written while another thread adds a feature is never lost to a copy.
 */
final class FeatureTable {

    /** What {@link #find} returns for a key no one asked for yet. */
    static final int ABSENT = -1;

    private static final int PAGE_BITS = 14;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int IN_PAGE = PAGE - 1;

    /** The features' strings by number, in pages of {@link #PAGE}: pages are made, never copied. */
    private volatile String[][] keys = new String[8][];
    /** In how many articles each feature is, in pages as {@link #keys}. */
    private volatile int[][] documents = new int[8][];
    /** How many features are numbered: written after the feature's string is in its page. */
    private volatile int size;
    /**
     * Open addressing by the key's hash, linear probing: each slot holds a feature's key's hash (high
     * half) and its number plus one (low half), or zero. The hash is there so that a probe passing
     * another feature's slot need not read that feature's string (a walk to memory each; a concurrent
     * hash map's node holds the hash too). Its length is a power of two, at most two thirds full. Slots
     * are written under the lock only; a table grown is filled before it is published, and never
     * written after it is replaced.
     */
    private volatile long[] slots = new long[1 << 10];

    /** The one string of the feature {@code key} names (equal to it), the table's from now on. */
    String intern(String key) {
        return key(number(key));
    }

    /** The number of the feature {@code key} names, made if it is new. */
    int number(String key) {
        int number = find(key);
        return number != ABSENT ? number : numbered(key);
    }

    /** The number of the feature {@code key} names, or {@link #ABSENT} when no one asked for it yet. */
    int find(String key) {
        int hash = key.hashCode();
        long[] table = slots;
        int mask = table.length - 1;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            long slot = table[at];
            if (slot == 0) {
                return ABSENT;
            }
            if ((int) (slot >>> 32) != hash) {
                continue;
            }
            int number = (int) slot - 1;
            String there = keyOrNull(number);
            if (there == null) {
                // A feature being added by another thread, its string not yet seen here: ask under the lock.
                return lockedFind(key);
            }
            if (there.equals(key)) {
                return number;
            }
        }
    }

    /** The string of the feature numbered {@code number}. */
    String key(int number) {
        int numbered = size; // read before the pages: every feature it counts is in them
        if (number < 0 || number >= numbered) {
            throw new IndexOutOfBoundsException("no feature numbered " + number + " of " + numbered);
        }
        return keys[number >>> PAGE_BITS][number & IN_PAGE];
    }

    /** How many features there are. */
    int size() {
        return size;
    }

    /** In how many of the articles counted the feature numbered {@code number} is. */
    int documents(int number) {
        return documents[number >>> PAGE_BITS][number & IN_PAGE];
    }

    /** Counts the feature numbered {@code number} in {@code more} more articles. */
    void addDocuments(int number, int more) {
        documents[number >>> PAGE_BITS][number & IN_PAGE] += more;
    }

    /** Sets in how many articles the feature numbered {@code number} is. */
    void setDocuments(int number, int count) {
        documents[number >>> PAGE_BITS][number & IN_PAGE] = count;
    }

    private String keyOrNull(int number) {
        String[][] pages = keys;
        int page = number >>> PAGE_BITS;
        String[] strings = page < pages.length ? pages[page] : null;
        return strings == null ? null : strings[number & IN_PAGE];
    }

    private synchronized int lockedFind(String key) {
        return probe(slots, key);
    }

    /** Under the lock: the key's number in {@code table}, or {@link #ABSENT}. */
    private int probe(long[] table, String key) {
        int hash = key.hashCode();
        int mask = table.length - 1;
        for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
            long slot = table[at];
            if (slot == 0) {
                return ABSENT;
            }
            int number = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && keys[number >>> PAGE_BITS][number & IN_PAGE].equals(key)) {
                return number;
            }
        }
    }

    private synchronized int numbered(String key) {
        long[] table = slots;
        int found = probe(table, key);
        if (found != ABSENT) {
            return found; // another thread added it since this one looked
        }
        int number = size;
        int page = number >>> PAGE_BITS;
        if (page == keys.length) {
            keys = Arrays.copyOf(keys, page * 2);
            documents = Arrays.copyOf(documents, page * 2);
        }
        if (keys[page] == null) {
            documents[page] = new int[PAGE];
            keys[page] = new String[PAGE];
        }
        keys[page][number & IN_PAGE] = key;
        size = number + 1;
        if ((long) size * 3 > (long) table.length * 2) {
            slots = grown(table, size);
        } else {
            place(table, key.hashCode(), number);
        }
        return number;
    }

    /** A table twice as long holding the first {@code count} features: filled before anyone reads it. */
    private long[] grown(long[] table, int count) {
        long[] larger = new long[table.length * 2];
        for (int number = 0; number < count; number++) {
            place(larger, keys[number >>> PAGE_BITS][number & IN_PAGE].hashCode(), number);
        }
        return larger;
    }

    private static void place(long[] table, int hash, int number) {
        int mask = table.length - 1;
        int at = spread(hash) & mask;
        while (table[at] != 0) {
            at = (at + 1) & mask;
        }
        table[at] = ((long) hash << 32) | ((number + 1) & 0xffffffffL);
    }

    /** The hash's bits mixed, so that keys alike ("w1", "w2") spread over the table, not into one run of it. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
