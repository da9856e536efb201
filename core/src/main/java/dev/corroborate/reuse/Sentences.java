package dev.corroborate.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a text with their offsets and their content words, and the sentence-level
 * alignment of two texts: which sentence of one has a counterpart in the other, verbatim or
 * reworded. A rewrite changes words and keeps most of them, so two sentences are counterparts
 * when their content-word sets are close (cosine of the sets), whatever the phrasing. Thread-safe.
 */
public final class Sentences {

    /** Counterparts share at least this cosine of their content-word sets. */
    public static final double MATCH = 0.5;

    /**
     * Frequent English words of four letters or more that carry no topic. Shorter words are never
     * content words, so most languages' function words drop out by length alone.
     */
    private static final Set<String> COMMON = Set.of("that", "with", "from", "have", "this", "were", "said", "been",
            "will", "they", "their", "which", "would", "also", "about", "after", "more", "than", "when", "what",
            "there", "into", "over", "some", "other", "only", "could", "says", "them", "then", "these", "those",
            "being", "while", "where", "just", "like", "such", "very", "most", "many", "much", "does", "your");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…。！？][\"”’»)]?)\\s+|\\n\\n");

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
        Matcher boundary = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = boundary.find() ? boundary.start() : text.length();
            int next = end == text.length() ? end : boundary.end();
            add(text, start, end, sentences);
            start = next;
        }
        return sentences;
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        List<Words.Word> words = Words.of(text.substring(start, end));
        if (words.isEmpty()) {
            return;
        }
        long[] hashes = new long[words.size()];
        int count = 0;
        for (Words.Word word : words) {
            if (isContentWord(word.folded())) {
                hashes[count++] = Shingles.fnv(stem(word.folded()));
            }
        }
        long[] distinct = Shingles.distinct(Arrays.copyOf(hashes, count));
        if (distinct.length >= 3) {
            sentences.add(new Sentence(start + words.get(0).start(), start + words.get(words.size() - 1).end(), distinct,
                    words.size()));
        }
    }

    /**
     * A light stem for English inflections ("sources" and "source", "signed" and "signing"), so
     * that a rewrite's change of form does not count as a change of word. Words of other languages
     * lose at most an ending and stay distinct from each other.
     */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        int n = w.length();
        if (n > 5 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 6 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 5 && w.endsWith("ed")) {
            return w.substring(0, n - (w.endsWith("eed") ? 1 : 2));
        }
        if (n > 4 && w.endsWith("es") && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Whether a folded word carries topic: four letters or more, and not among the most common. */
    static boolean isContentWord(String folded) {
        return folded.length() > 3 && !COMMON.contains(folded);
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
