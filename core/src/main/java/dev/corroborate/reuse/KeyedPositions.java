package dev.corroborate.reuse;

import java.util.Arrays;

/**
 * Hashes with the positions they occur at, sorted by hash, and for one hash by position: what the
 * passage aligner and the sentence index look a hash up in. Sorted stably (positions come in
 * ascending order, so equal hashes keep theirs) on primitive arrays, sparing a boxed position
 * each: each hash's high bits with its index below them sorted as one {@code long} by
 * {@link Arrays#sort(long[])}, then the rare neighbours whose high bits tie put in order by their
 * whole hash; the same order as a stable merge sort by hash, for a quarter less CPU on 700 random
 * hashes (the merge sort is kept for arrays too long to number in the low bits, and
 * {@code KeyedPositionsTest} compares the two).
 */
final class KeyedPositions {

    /** How many low bits of a packed hash hold its index: arrays shorter than 2^20 are packed. */
    private static final int INDEX_BITS = 20;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    final long[] keys;
    final int[] positions;

    /** {@code keys[i]} occurs at {@code positions[i]}; positions ascending. The arrays are taken over. */
    KeyedPositions(long[] keys, int[] positions) {
        int n = keys.length;
        if (n > INDEX_MASK) {
            mergeSort(keys, positions);
            this.keys = keys;
            this.positions = positions;
            return;
        }
        // Masking off the low bits keeps the order of the hashes (signed, as they are compared), so
        // the packed values sort by high bits, then by index: by hash and, for one hash, by index.
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (keys[i] & ~INDEX_MASK) | i;
        }
        Arrays.sort(packed);
        long[] sortedKeys = new long[n];
        int[] sortedPositions = new int[n];
        for (int k = 0; k < n; k++) {
            int i = (int) (packed[k] & INDEX_MASK);
            long key = keys[i];
            int position = positions[i];
            // Only hashes whose high bits tie can stand out of order, and only among themselves:
            // moved back past the greater ones (not past equal ones: stable).
            int at = k;
            while (at > 0 && sortedKeys[at - 1] > key) {
                sortedKeys[at] = sortedKeys[at - 1];
                sortedPositions[at] = sortedPositions[at - 1];
                at--;
            }
            sortedKeys[at] = key;
            sortedPositions[at] = position;
        }
        this.keys = sortedKeys;
        this.positions = sortedPositions;
    }

    /** Sorts {@code keys} with their {@code positions} by key, stably: what the packed sort must equal. */
    static void mergeSort(long[] keys, int[] positions) {
        sort(keys, positions, new long[keys.length], new int[keys.length], 0, keys.length);
    }

    /** The first index of {@code key}, or -1. */
    int first(long key) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < keys.length && keys[low] == key ? low : -1;
    }

    /** The end of the run of equal keys that starts at {@code from}. */
    int runEnd(int from) {
        int to = from;
        while (to < keys.length && keys[to] == keys[from]) {
            to++;
        }
        return to;
    }

    private static void sort(long[] keys, int[] values, long[] keyBuffer, int[] valueBuffer, int from, int to) {
        if (to - from < 24) {
            for (int i = from + 1; i < to; i++) {
                long key = keys[i];
                int value = values[i];
                int j = i - 1;
                while (j >= from && keys[j] > key) {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = key;
                values[j + 1] = value;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(keys, values, keyBuffer, valueBuffer, from, middle);
        sort(keys, values, keyBuffer, valueBuffer, middle, to);
        if (keys[middle - 1] <= keys[middle]) {
            return;
        }
        System.arraycopy(keys, from, keyBuffer, from, to - from);
        System.arraycopy(values, from, valueBuffer, from, to - from);
        int left = from;
        int right = middle;
        for (int at = from; at < to; at++) {
            // Ties take the left half first: the sort is stable.
            if (right >= to || (left < middle && keyBuffer[left] <= keyBuffer[right])) {
                keys[at] = keyBuffer[left];
                values[at] = valueBuffer[left++];
            } else {
                keys[at] = keyBuffer[right];
                values[at] = valueBuffer[right++];
            }
        }
    }
}
