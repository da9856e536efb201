package dev.corroborate.reuse;

import java.util.HashMap;
import java.util.Map;

/**
 * The unordered pairs of articles a run has compared, by their ids: each id numbered once, a pair held
 * as its two numbers in one {@code long} in an open-addressing table, 11 to 21 bytes a pair and about
 * 60 an article. A set of the pairs' joined ids held a string, its bytes and a map entry a pair: with
 * it, 88,000 articles into the reuse step of 100,000, the live heap was 1,141 MB and held 2.08 million
 * strings; with this, 1,006 MB and 0.80 million. Not thread-safe.
 */
final class PairSet {

    private final Map<String, Integer> numbers = new HashMap<>();
    /** The pairs, as {@link #key}; 0 marks an empty slot (numbers start at 1, so no pair is 0). */
    private long[] slots = new long[1 << 10];
    private int size;

    /** Adds the pair of {@code a} and {@code b} (in either order); whether it was not there before. */
    boolean add(String a, String b) {
        long key = key(number(a), number(b));
        int slot = slot(key);
        if (slots[slot] == key) {
            return false;
        }
        if (size + 1 > slots.length / 4 * 3) {
            grow();
            slot = slot(key);
        }
        slots[slot] = key;
        size++;
        return true;
    }

    /** Whether the pair of {@code a} and {@code b} (in either order) was added. */
    boolean contains(String a, String b) {
        Integer x = numbers.get(a);
        Integer y = numbers.get(b);
        return x != null && y != null && slots[slot(key(x, y))] != 0;
    }

    /** How many pairs were added. */
    int size() {
        return size;
    }

    private int number(String id) {
        Integer known = numbers.get(id);
        if (known != null) {
            return known;
        }
        int next = numbers.size() + 1;
        numbers.put(id, next);
        return next;
    }

    private static long key(int x, int y) {
        return x < y ? (long) x << 32 | y : (long) y << 32 | x;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = slots.length - 1;
        int slot = (int) Shingles.mix(key) & mask;
        while (slots[slot] != 0 && slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) {
                slots[slot(key)] = key;
            }
        }
    }
}
