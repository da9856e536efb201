package dev.corroborate.cluster;

import java.util.function.IntConsumer;

/**
 * A set of non-negative ints (features' numbers, {@link FeatureTable}) in one array, open addressing:
 * what an event holds of the features it is listed under, thirty to a few hundred each, for a hundred
 * thousand events at a million articles. A {@code HashSet<String>} took 40 bytes and more an entry;
 * this takes about 6. Not thread-safe.
 */
final class IntSet {

    /** Each value plus one, so that 0 marks a free slot; at most three quarters full. */
    private int[] slots = new int[8];
    private int size;

    /** Adds {@code value}; whether it was not in the set. */
    boolean add(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a negative value: " + value);
        }
        if (4 * (size + 1) > 3 * slots.length) {
            grow();
        }
        if (!place(slots, value + 1)) {
            return false;
        }
        size++;
        return true;
    }

    /** Whether {@code value} is in the set. */
    boolean contains(int value) {
        int mask = slots.length - 1;
        for (int at = mix(value + 1) & mask; slots[at] != 0; at = (at + 1) & mask) {
            if (slots[at] == value + 1) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Empties the set, and gives its room back. */
    void clear() {
        slots = new int[8];
        size = 0;
    }

    /** The values, in no particular order. */
    int[] toArray() {
        int[] values = new int[size];
        int at = 0;
        for (int slot : slots) {
            if (slot != 0) {
                values[at++] = slot - 1;
            }
        }
        return values;
    }

    /** Hands each value to {@code action}, in no particular order. */
    void forEach(IntConsumer action) {
        for (int slot : slots) {
            if (slot != 0) {
                action.accept(slot - 1);
            }
        }
    }

    private void grow() {
        int[] larger = new int[slots.length * 2];
        for (int slot : slots) {
            if (slot != 0) {
                place(larger, slot);
            }
        }
        slots = larger;
    }

    /** Puts {@code slot} (a value plus one) into {@code table}; false if it was there. */
    private static boolean place(int[] table, int slot) {
        int mask = table.length - 1;
        int at = mix(slot) & mask;
        while (table[at] != 0) {
            if (table[at] == slot) {
                return false;
            }
            at = (at + 1) & mask;
        }
        table[at] = slot;
        return true;
    }

    /** Spreads consecutive numbers over the table (a multiply, shift, multiply with Murmur3's constants). */
    private static int mix(int value) {
        int h = value * 0x85ebca6b;
        h ^= h >>> 13;
        return h * 0xc2b2ae35;
    }
}
