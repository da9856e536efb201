package dev.corroborate.reuse;

import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sentences of a text with their offsets and their content words, and the sentence-level
 * alignment of two texts: which sentence of one has a counterpart in the other, verbatim or
 * reworded. A rewrite changes words and keeps most of them, so two sentences are counterparts
 * when their content-word sets are close (cosine of the sets), whatever the phrasing. Sentences
 * come from {@link SentenceSplitter}, words from {@link Tokenizer#WORDS}, content words are those
 * {@link StopWords#isContentWord} keeps, lightly stemmed ({@link LightStemmer}). Thread-safe.
 */
public final class Sentences {

    /** Counterparts share at least this cosine of their content-word sets. */
    public static final double MATCH = 0.5;

    /**
     * One sentence: its span in the text and its distinct content words as sorted hashes.
     *
     * @param start offset of its first character
     * @param end   offset after its last character
     * @param words sorted distinct hashes of its content words
     * @param size  how many words it has in all
     */
    public record Sentence(int start, int end, long[] words, int size) {
    }

    private Sentences() {
    }

    /** The sentences of {@code text} that have at least three content words, in text order. */
    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (TextSpan span : SentenceSplitter.split(text)) {
            add(text, span, sentences);
        }
        return sentences;
    }

    /**
     * As {@link #of(String)}, given the words of the whole text ({@link Tokenizer#WORDS}): a sentence
     * starts and ends beside white space, which no word crosses, so its words are the text's words
     * within its span, and the text is not cut into words a second time.
     */
    static List<Sentence> of(String text, List<Token> textWords) {
        List<Sentence> sentences = new ArrayList<>();
        int w = 0;
        for (TextSpan span : SentenceSplitter.split(text)) {
            while (w < textWords.size() && textWords.get(w).start() < span.start()) {
                w++;
            }
            int first = w;
            while (w < textWords.size() && textWords.get(w).end() <= span.end()) {
                w++;
            }
            add(textWords.subList(first, w), sentences);
        }
        return sentences;
    }

    private static void add(String text, TextSpan span, List<Sentence> sentences) {
        add(Tokenizer.WORDS.tokens(text, span.start(), span.end()), sentences);
    }

    private static void add(List<Token> words, List<Sentence> sentences) {
        if (words.isEmpty()) {
            return;
        }
        long[] hashes = new long[words.size()];
        int count = 0;
        for (Token word : words) {
            if (StopWords.isContentWord(word.folded())) {
                hashes[count++] = Shingles.fnv(LightStemmer.stem(word.folded()));
            }
        }
        long[] distinct = Shingles.distinct(Arrays.copyOf(hashes, count));
        if (distinct.length >= 3) {
            sentences.add(new Sentence(words.get(0).start(), words.get(words.size() - 1).end(), distinct, words.size()));
        }
    }

    /** The cosine of two sentences' content-word sets: in [0, 1], symmetric. */
    public static double similarity(Sentence x, Sentence y) {
        int shared = sharedWords(x, y);
        return shared == 0 ? 0 : shared / Math.sqrt((double) x.words().length * y.words().length);
    }

    /** The cosine of the content-word sets of two whole texts, given as their sentences: in [0, 1]. */
    public static double topicSimilarity(List<Sentence> a, List<Sentence> b) {
        Sentence x = union(a);
        Sentence y = union(b);
        return x.words().length == 0 || y.words().length == 0 ? 0 : similarity(x, y);
    }

    private static Sentence union(List<Sentence> sentences) {
        int size = 0;
        for (Sentence sentence : sentences) {
            size += sentence.words().length;
        }
        long[] all = new long[size];
        int at = 0;
        for (Sentence sentence : sentences) {
            System.arraycopy(sentence.words(), 0, all, at, sentence.words().length);
            at += sentence.words().length;
        }
        return new Sentence(0, 0, Shingles.distinct(all), size);
    }

    /** How many distinct content words two sentences share. */
    public static int sharedWords(Sentence x, Sentence y) {
        return Shingles.shared(x.words(), y.words());
    }

    /**
     * For each sentence of {@code a}, the index of its best counterpart in {@code b}, or -1 when
     * none reaches {@link #MATCH}. Ties go to the earlier sentence of {@code b}.
     */
    public static int[] counterparts(List<Sentence> a, List<Sentence> b) {
        return counterparts(a, b, MATCH);
    }

    /** As {@link #counterparts(List, List)}, with counterparts from {@code threshold} up. */
    public static int[] counterparts(List<Sentence> a, List<Sentence> b, double threshold) {
        int[] best = new int[a.size()];
        for (int i = 0; i < a.size(); i++) {
            best[i] = -1;
            double bestScore = threshold;
            for (int j = 0; j < b.size(); j++) {
                double score = similarity(a.get(i), b.get(j));
                if (score > bestScore || (score == bestScore && best[i] < 0)) {
                    bestScore = score;
                    best[i] = j;
                }
            }
        }
        return best;
    }

    /**
     * The similarity of every sentence of {@code a} with every sentence of {@code b}, row by row
     * ({@code a}'s index times {@code b.size()} plus {@code b}'s): what {@link #counterparts(double[],
     * int, int, boolean, double)} reads in either direction. {@link #similarity} is symmetric to the bit.
     */
    static double[] similarities(List<Sentence> a, List<Sentence> b) {
        double[] table = new double[a.size() * b.size()];
        for (int i = 0; i < a.size(); i++) {
            Sentence x = a.get(i);
            for (int j = 0; j < b.size(); j++) {
                table[i * b.size() + j] = similarity(x, b.get(j));
            }
        }
        return table;
    }

    /**
     * Where each content word of a text's sentences occurs: every (word, sentence) pair, sorted by
     * word then sentence. Made once per text, it lets {@link #similarities(WordIndex, WordIndex)}
     * count the words two texts' sentences share in one merge of the two texts instead of one merge
     * per sentence pair.
     */
    static final class WordIndex {
        private final List<Sentence> sentences;
        private final long[] words;
        private final int[] sentenceOf;
        /** How many distinct content words each sentence has. */
        private final int[] lengths;

        WordIndex(List<Sentence> sentences) {
            this.sentences = sentences;
            int size = 0;
            for (Sentence sentence : sentences) {
                size += sentence.words().length;
            }
            long[] keyed = new long[size];
            int[] owner = new int[size];
            int at = 0;
            for (int s = 0; s < sentences.size(); s++) {
                for (long word : sentences.get(s).words()) {
                    keyed[at] = word;
                    owner[at++] = s;
                }
            }
            KeyedPositions sorted = new KeyedPositions(keyed, owner);
            this.words = sorted.keys;
            this.sentenceOf = sorted.positions;
            this.lengths = new int[sentences.size()];
            for (int s = 0; s < lengths.length; s++) {
                lengths[s] = sentences.get(s).words().length;
            }
        }

        List<Sentence> sentences() {
            return sentences;
        }
    }

    /**
     * As {@link #similarities(List, List)}, the same table to the bit: the shared words of every
     * sentence pair counted in one merge of the two texts' word indexes (a word in {@code p}
     * sentences of one and {@code q} of the other adds one to each of those {@code p * q} pairs),
     * then the same cosine.
     */
    static double[] similarities(WordIndex a, WordIndex b) {
        int sizeA = a.sentences.size();
        int sizeB = b.sentences.size();
        int[] shared = new int[sizeA * sizeB];
        int i = 0;
        int j = 0;
        long[] wordsA = a.words;
        long[] wordsB = b.words;
        while (i < wordsA.length && j < wordsB.length) {
            long word = wordsA[i];
            long other = wordsB[j];
            if (word != other) {
                // Most words of two texts differ, and which list steps is a coin toss: stepping by
                // the comparison's value, not by a branch on it, spares the processor its mispredictions.
                boolean stepA = word < other;
                i += stepA ? 1 : 0;
                j += stepA ? 0 : 1;
                continue;
            }
            int endI = i;
            while (endI < wordsA.length && wordsA[endI] == word) {
                endI++;
            }
            int endJ = j;
            while (endJ < wordsB.length && wordsB[endJ] == word) {
                endJ++;
            }
            for (int x = i; x < endI; x++) {
                int row = a.sentenceOf[x] * sizeB;
                for (int y = j; y < endJ; y++) {
                    shared[row + b.sentenceOf[y]]++;
                }
            }
            i = endI;
            j = endJ;
        }
        double[] table = new double[shared.length];
        int[] lengthsB = b.lengths;
        for (int x = 0; x < sizeA; x++) {
            int lengthX = a.lengths[x];
            int row = x * sizeB;
            for (int y = 0; y < sizeB; y++) {
                int count = shared[row + y];
                if (count != 0) {
                    table[row + y] = count / Math.sqrt((double) lengthX * lengthsB[y]);
                }
            }
        }
        return table;
    }

    /**
     * As {@link #counterparts(List, List, double)}, read from a table of {@link #similarities}: for
     * each sentence of {@code a} its best counterpart in {@code b}, or, {@code fromB}, for each of
     * {@code b} its best in {@code a}; ties go to the earlier sentence.
     */
    static int[] counterparts(double[] table, int sizeA, int sizeB, boolean fromB, double threshold) {
        int rows = fromB ? sizeB : sizeA;
        int columns = fromB ? sizeA : sizeB;
        int[] best = new int[rows];
        for (int i = 0; i < rows; i++) {
            best[i] = -1;
            double bestScore = threshold;
            for (int j = 0; j < columns; j++) {
                double score = fromB ? table[j * sizeB + i] : table[i * sizeB + j];
                if (score > bestScore || (score == bestScore && best[i] < 0)) {
                    bestScore = score;
                    best[i] = j;
                }
            }
        }
        return best;
    }

    /** The length of the longest strictly increasing run of the non-negative values, in order. */
    public static int longestIncreasing(int[] values) {
        int[] tails = new int[values.length];
        int size = 0;
        for (int value : values) {
            if (value < 0) {
                continue;
            }
            int low = 0;
            int high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (tails[mid] < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            tails[low] = value;
            if (low == size) {
                size++;
            }
        }
        return size;
    }
}
