package dev.corroborate.compare;

import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which sentences of one text another text says too, in its own words or in the same: two
 * sentences say the same when the sets of their content words (lightly stemmed) are close, the
 * measure the reuse stage pairs reworded sentences by. Sentences with fewer than three content
 * words are too short to tell and are left to their neighbours. Pure functions, thread-safe (a
 * {@code vocabulary} given is written: one a caller's thread).
 */
final class SameSaying {

    /**
     * One sentence: its span, its words' range in the text's word list, and its content words, each
     * as its number in the vocabulary the sentences of one comparison share, sorted, each once (a
     * pair of sentences is measured by walking both arrays, not by hashing words).
     */
    record Sentence(int start, int end, int firstWord, int endWord, int[] content) {
    }

    private SameSaying() {
    }

    /**
     * The sentences of {@code text} over its {@link Tokenizer#WORDS} tokens {@code words}, their
     * content words numbered in {@code vocabulary} (a word new to it gets the next number): sentences
     * are compared only with others numbered in the same vocabulary.
     */
    static List<Sentence> sentences(String text, List<Token> words, Map<String, Integer> vocabulary) {
        List<Sentence> sentences = new ArrayList<>();
        int word = 0;
        for (TextSpan span : SentenceSplitter.split(text)) {
            while (word < words.size() && words.get(word).end() <= span.start()) {
                word++;
            }
            int first = word;
            int[] content = new int[8];
            int count = 0;
            while (word < words.size() && words.get(word).start() < span.end()) {
                String folded = words.get(word).folded();
                if (StopWords.isContentWord(folded)) {
                    if (count == content.length) {
                        content = Arrays.copyOf(content, 2 * count);
                    }
                    content[count++] = number(LightStemmer.stem(folded), vocabulary);
                }
                word++;
            }
            if (word > first) {
                sentences.add(new Sentence(span.start(), span.end(), first, word, distinctSorted(content, count)));
            }
        }
        return sentences;
    }

    /** A headline as one sentence (no offsets in the text); none when it is blank. */
    static List<Sentence> headline(String title, Map<String, Integer> vocabulary) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        List<Token> words = Tokenizer.WORDS.tokens(title);
        List<Sentence> all = sentences(title, words, vocabulary);
        int[] content = new int[0];
        for (Sentence sentence : all) {
            int[] joined = Arrays.copyOf(content, content.length + sentence.content().length);
            System.arraycopy(sentence.content(), 0, joined, content.length, sentence.content().length);
            content = joined;
        }
        return List.of(new Sentence(0, 0, 0, 0, distinctSorted(content, content.length)));
    }

    private static int number(String word, Map<String, Integer> vocabulary) {
        Integer known = vocabulary.get(word);
        if (known != null) {
            return known;
        }
        int next = vocabulary.size();
        vocabulary.put(word, next);
        return next;
    }

    /** The first {@code count} numbers of {@code numbers}, sorted, each once (the array is reordered). */
    private static int[] distinctSorted(int[] numbers, int count) {
        Arrays.sort(numbers, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || numbers[kept - 1] != numbers[i]) {
                numbers[kept++] = numbers[i];
            }
        }
        return Arrays.copyOf(numbers, kept);
    }

    /**
     * Marks in {@code covered} (one flag per word of the first text) the words of each sentence of
     * {@code mine} that a sentence of {@code theirs} says the same as, from {@code threshold}
     * (cosine of the content-word sets) up.
     */
    static void markSaidBy(List<Sentence> mine, List<Sentence> theirs, double threshold, boolean[] covered) {
        for (Sentence sentence : mine) {
            if (sentence.content().length < 3) {
                continue;
            }
            for (Sentence other : theirs) {
                if (other.content().length >= 3 && cosine(sentence.content(), other.content(), threshold) >= threshold) {
                    for (int i = sentence.firstWord(); i < sentence.endWord(); i++) {
                        covered[i] = true;
                    }
                    break;
                }
            }
        }
    }

    /** A sentence mostly covered already (verbatim passages) counts as covered whole: the edits between are the copier's. */
    static void widenMostlyCovered(List<Sentence> sentences, boolean[] covered, double share) {
        for (Sentence sentence : sentences) {
            int inside = 0;
            for (int i = sentence.firstWord(); i < sentence.endWord(); i++) {
                inside += covered[i] ? 1 : 0;
            }
            if (inside > 0 && inside >= share * (sentence.endWord() - sentence.firstWord())) {
                for (int i = sentence.firstWord(); i < sentence.endWord(); i++) {
                    covered[i] = true;
                }
            }
        }
    }

    /**
     * The cosine of two content-word sets (sorted distinct numbers), or 0 when even sharing every word
     * of the smaller could not reach {@code threshold}: this runs for every pair of sentences of a
     * group's linked articles. The bound is exact: the same quotient with the largest count it can have.
     */
    static double cosine(int[] x, int[] y, double threshold) {
        double norm = Math.sqrt((double) x.length * y.length);
        if (Math.min(x.length, y.length) / norm < threshold) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared == 0 ? 0 : shared / norm;
    }
}
