package dev.corroborate.cluster;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A set of words held as a sorted array of shared strings: what placement keeps of an article's lead
 * details and lead words until refinement, for every article it holds ({@link ClusterState#placed}),
 * where a tree set would add an entry object a word and its own copies of the strings. It iterates in
 * the natural order of strings, as the {@link java.util.TreeSet}s it replaces do; lookups are binary
 * searches. Immutable.
 */
final class SortedWords extends AbstractSet<String> {

    private static final SortedWords EMPTY = new SortedWords(new String[0]);

    private final String[] words;

    private SortedWords(String[] words) {
        this.words = words;
    }

    /** {@code words} sorted, each taken from {@code dictionary} so equal words share one string. */
    static SortedWords of(Set<String> words, FeatureTable dictionary) {
        if (words.isEmpty()) {
            return EMPTY;
        }
        String[] sorted = new String[words.size()];
        int i = 0;
        for (String word : words) {
            sorted[i++] = dictionary.intern(word);
        }
        Arrays.sort(sorted);
        return new SortedWords(sorted);
    }

    /** Words already in natural order, each once, as {@link #iterator} gave them: taken over, not copied. */
    static SortedWords ofSorted(String[] words) {
        return words.length == 0 ? EMPTY : new SortedWords(words);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String word && Arrays.binarySearch(words, word) >= 0;
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                return words[next++];
            }
        };
    }
}
