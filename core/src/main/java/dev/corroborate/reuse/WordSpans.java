package dev.corroborate.reuse;

import dev.corroborate.text.Token;
import java.util.List;

/**
 * Where a text's words stand: the UTF-16 offsets of each word, in text order, in two arrays. Once
 * a text's n-grams and sentences are made, aligning and counting need nothing else of its words,
 * and a {@link ReuseText} kept for later pairs holds these instead of a {@link Token} and its two
 * strings a word (a batch keeps thousands of texts, and the collector copied every one of those
 * objects from collection to collection). Immutable.
 */
final class WordSpans {

    private final int[] starts;
    private final int[] ends;

    private WordSpans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The spans of {@code words}, in their order. */
    static WordSpans of(List<Token> words) {
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        for (int i = 0; i < starts.length; i++) {
            Token word = words.get(i);
            starts[i] = word.start();
            ends[i] = word.end();
        }
        return new WordSpans(starts, ends);
    }

    int size() {
        return starts.length;
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    /** The offset of word {@code i}'s first character. */
    int start(int i) {
        return starts[i];
    }

    /** The offset after word {@code i}'s last character. */
    int end(int i) {
        return ends[i];
    }
}
