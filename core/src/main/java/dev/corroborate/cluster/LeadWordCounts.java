package dev.corroborate.cluster;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How many of an event's articles name each word in their leads ({@link FollowUps.Lead#terms}),
 * counted in place as articles join: the words counted so far in sorted arrays (a string and an int
 * a word), the words new since then in a small hash map, folded into the arrays once it holds a
 * quarter as many. An event's leads name about a thousand words (median of the 100,000 store's
 * active events): the {@link CompactVector} it replaces was made again at every join by a walk of
 * all of them, which was most of what placing an article cost. The counts are the same integers,
 * read by {@link #count}; {@link FollowUps} reads them by word, never in order. An event's lead details
 * ({@link EventState#leadIdentity}: its names, numbers and years) are counted the same way, and read
 * by detail or all together ({@link #forEach}), in no order anything depends on. Not thread-safe.
 */
final class LeadWordCounts {

    private static final String[] NO_WORDS = new String[0];
    private static final int[] NO_COUNTS = new int[0];

    /** The words folded in, sorted and distinct, and their counts by position. */
    private String[] words;
    private int[] counts;
    /**
     * Words not in {@link #words}, counted since the last fold. A new map after each fold, not the old one
     * cleared: a cleared hash map keeps its table (a few hundred slots for an event of a thousand lead words).
     */
    private Map<String, Integer> fresh = new HashMap<>();
    /**
     * The kept form the words and counts are still to be read from ({@link #ofForm}), or {@code null}:
     * {@link #formSize} entries from {@link #formFrom}. Read at the first use.
     */
    private byte[] form;
    private int formFrom;
    private int formSize;

    private LeadWordCounts(String[] words, int[] counts) {
        this.words = words;
        this.counts = counts;
    }

    /** No word counted. */
    static LeadWordCounts empty() {
        return new LeadWordCounts(NO_WORDS, NO_COUNTS);
    }

    /**
     * The counts {@link #sortedWords()} and {@link #sortedCounts()} gave (an event kept whole,
     * {@link KeptEvent}), the words as given.
     *
     * @throws IllegalArgumentException when the words are not strictly ascending, the lengths differ
     *                                  or a count is not a positive whole number
     */
    static LeadWordCounts of(String[] sortedWords, float[] sortedCounts) {
        if (sortedWords.length != sortedCounts.length) {
            throw new IllegalArgumentException(sortedWords.length + " lead words but " + sortedCounts.length + " counts");
        }
        int[] counts = new int[sortedCounts.length];
        for (int k = 0; k < counts.length; k++) {
            if (k > 0 && sortedWords[k - 1].compareTo(sortedWords[k]) >= 0) {
                throw new IllegalArgumentException("lead words out of order at " + sortedWords[k]);
            }
            counts[k] = (int) sortedCounts[k];
            if (counts[k] != sortedCounts[k] || counts[k] <= 0) {
                throw new IllegalArgumentException("lead word " + sortedWords[k] + " counted " + sortedCounts[k] + " times");
            }
        }
        return new LeadWordCounts(sortedWords.clone(), counts);
    }

    /**
     * {@link #of} of the words and counts a {@link KeptEvent}'s form holds from {@code from} on
     * ({@code size} entries, each a word as {@link java.io.DataOutput#writeUTF} writes it and its count
     * as a float), which {@link #checkForm} accepted: read at the first use, not now. A batch puts back
     * hundreds of events whole and asks few of them about their leads, whose words are most of the form.
     */
    static LeadWordCounts ofForm(byte[] form, int from, int size) {
        LeadWordCounts counts = new LeadWordCounts(NO_WORDS, NO_COUNTS);
        counts.form = form;
        counts.formFrom = from;
        counts.formSize = size;
        return counts;
    }

    /**
     * Checks what {@link #ofForm} would read, as {@link #of} checks its arrays, without making the
     * words' strings (a word and the one before it all ASCII compare by their bytes): returns where
     * the entries end.
     *
     * @throws IllegalArgumentException when the entries run past the form, a word is not modified
     *                                  UTF-8, the words are not strictly ascending or a count is not a
     *                                  positive whole number
     */
    static int checkForm(byte[] form, int from, int size) {
        if (size < 0) {
            throw new IllegalArgumentException(size + " lead words");
        }
        int at = from;
        int previous = -1;
        for (int k = 0; k < size; k++) {
            if (at + 2 > form.length) {
                throw new IllegalArgumentException("lead words past the end of the kept form");
            }
            int length = ((form[at] & 0xff) << 8) | (form[at + 1] & 0xff);
            int word = at;
            at += 2 + length;
            if (at + 4 > form.length) {
                throw new IllegalArgumentException("lead words past the end of the kept form");
            }
            float count = Float.intBitsToFloat(((form[at] & 0xff) << 24) | ((form[at + 1] & 0xff) << 16)
                    | ((form[at + 2] & 0xff) << 8) | (form[at + 3] & 0xff));
            at += 4;
            if (previous >= 0 && compareWords(form, previous, word) >= 0) {
                throw new IllegalArgumentException("lead words out of order at " + readWord(form, word));
            }
            if ((int) count != count || (int) count <= 0) {
                throw new IllegalArgumentException("lead word " + readWord(form, word) + " counted " + count + " times");
            }
            previous = word;
        }
        return at;
    }

    /** The two words at these offsets of a form compared as strings are ({@link String#compareTo}). */
    private static int compareWords(byte[] form, int a, int b) {
        int lengthA = ((form[a] & 0xff) << 8) | (form[a + 1] & 0xff);
        int lengthB = ((form[b] & 0xff) << 8) | (form[b + 1] & 0xff);
        if (ascii(form, a + 2, lengthA) && ascii(form, b + 2, lengthB)) {
            return Arrays.compareUnsigned(form, a + 2, a + 2 + lengthA, form, b + 2, b + 2 + lengthB);
        }
        return readWord(form, a).compareTo(readWord(form, b));
    }

    private static boolean ascii(byte[] form, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (form[k] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String readWord(byte[] form, int at) {
        try {
            return new DataInputStream(new ByteArrayInputStream(form, at, form.length - at)).readUTF();
        } catch (IOException e) {
            throw new IllegalArgumentException("a lead word that is not modified UTF-8: " + e.getMessage(), e);
        }
    }

    /** Reads the words and counts of the kept form, if they are still to be read. */
    private void read() {
        if (form == null) {
            return;
        }
        String[] keptWords = new String[formSize];
        int[] keptCounts = new int[formSize];
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(form, formFrom, form.length - formFrom))) {
            for (int k = 0; k < formSize; k++) {
                keptWords[k] = in.readUTF();
                keptCounts[k] = (int) in.readFloat();
            }
        } catch (IOException e) {
            throw new IllegalStateException("lead words checked as kept but unreadable: " + e.getMessage(), e);
        }
        words = keptWords;
        counts = keptCounts;
        form = null;
    }

    /** Each of {@code words} counted once: one lead. */
    static LeadWordCounts ofLead(Set<String> words) {
        LeadWordCounts counts = empty();
        counts.add(words, null);
        return counts;
    }

    /** How many leads name {@code word} (0 when none). */
    int count(String word) {
        read();
        int at = Arrays.binarySearch(words, word);
        if (at >= 0) {
            return counts[at];
        }
        Integer recent = fresh.get(word);
        return recent == null ? 0 : recent;
    }

    /** Whether any lead names {@code word}. */
    boolean contains(String word) {
        return count(word) > 0;
    }

    /** Hands each word counted to {@code action} with its count: the folded ones in order, then the fresh ones. */
    void forEach(java.util.function.ObjIntConsumer<String> action) {
        read();
        for (int k = 0; k < words.length; k++) {
            action.accept(words[k], counts[k]);
        }
        fresh.forEach(action::accept);
    }

    /** How many different words the leads name. */
    int size() {
        read();
        return words.length + fresh.size();
    }

    /**
     * One more for each of {@code words} (distinct: a lead's words); words new to these counts are
     * taken from {@code dictionary} (the clustering's shared strings), or kept as given when it is
     * {@code null}.
     */
    void add(Set<String> words, FeatureTable dictionary) {
        read();
        for (String word : words) {
            add(word, 1, dictionary);
        }
        foldWhenFull();
    }

    /** Adds every count of {@code other} (an event merged into this one's). */
    void addAll(LeadWordCounts other, FeatureTable dictionary) {
        read();
        other.read();
        for (int k = 0; k < other.words.length; k++) {
            add(other.words[k], other.counts[k], dictionary);
        }
        other.fresh.forEach((word, count) -> add(word, count, dictionary));
        foldWhenFull();
    }

    private void add(String word, int count, FeatureTable dictionary) {
        int at = Arrays.binarySearch(words, word);
        if (at >= 0) {
            counts[at] += count;
            return;
        }
        Integer before = fresh.get(word);
        if (before != null) {
            fresh.put(word, before + count); // the key it holds stays
        } else {
            // Held from now on (events hold hundreds of thousands of fresh words at a time): the shared string.
            fresh.put(dictionary == null ? word : dictionary.intern(word), count);
        }
    }

    /** Folds the fresh words in once they are a quarter of the folded ones (and a few dozen): amortised, a join's words cost a look-up each. */
    private void foldWhenFull() {
        if (fresh.size() > 32 + words.length / 4) {
            fold();
        }
    }

    /** The fresh words merged into the sorted arrays (their strings as counted in: the dictionary's, if added with one). */
    private void fold() {
        read();
        if (fresh.isEmpty()) {
            return;
        }
        String[] added = fresh.keySet().toArray(NO_WORDS);
        Arrays.sort(added);
        String[] mergedWords = new String[words.length + added.length];
        int[] mergedCounts = new int[mergedWords.length];
        int i = 0;
        int j = 0;
        int out = 0;
        while (i < words.length || j < added.length) {
            // Never equal: a fresh word is not among the folded ones.
            if (j >= added.length || (i < words.length && words[i].compareTo(added[j]) < 0)) {
                mergedWords[out] = words[i];
                mergedCounts[out++] = counts[i++];
            } else {
                String word = added[j++];
                mergedWords[out] = word;
                mergedCounts[out++] = fresh.get(word);
            }
        }
        words = mergedWords;
        counts = mergedCounts;
        fresh = new HashMap<>();
    }

    /**
     * Folds the fresh words in now, whatever their number: for an event gone quiet ({@link QuietEvents}),
     * whose counts will seldom change again, held as two arrays rather than a hash map's entry a word.
     * The counts read the same. Counts still in their kept form stay so.
     */
    void compact() {
        if (form == null && !fresh.isEmpty()) {
            fold();
        }
    }

    /** The words counted, sorted (a copy): what {@link KeptEvent} keeps. */
    String[] sortedWords() {
        fold();
        return words.clone();
    }

    /** The counts of {@link #sortedWords()}, by position, as floats (the kept form). */
    float[] sortedCounts() {
        fold();
        float[] out = new float[counts.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = counts[k];
        }
        return out;
    }
}
