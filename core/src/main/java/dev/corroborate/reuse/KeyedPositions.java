package dev.corroborate.reuse;

/**
 * Hashes with the positions they occur at, sorted by hash, and for one hash by position: what the
 * passage aligner and the sentence index look a hash up in. Made with a stable merge sort on
 * primitive arrays (positions come in ascending order, so equal hashes keep theirs), which spares
 * boxing every position to sort it.
 */
final class KeyedPositions {

    final long[] keys;
    final int[] positions;

    /** {@code keys[i]} occurs at {@code positions[i]}; positions ascending. The arrays are taken over. */
    KeyedPositions(long[] keys, int[] positions) {
        sort(keys, positions, new long[keys.length], new int[keys.length], 0, keys.length);
        this.keys = keys;
        this.positions = positions;
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
