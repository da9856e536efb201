package dev.corroborate.compare;

import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sentences of one text another text says too, in its own words or in the same: two
 * sentences say the same when the sets of their content words (lightly stemmed) are close, the
 * measure the reuse stage pairs reworded sentences by. Sentences with fewer than three content
 * words are too short to tell and are left to their neighbours. Pure functions, thread-safe.
 */
final class SameSaying {

    /** One sentence: its span, its words' range in the text's word list, and its content words. */
    record Sentence(int start, int end, int firstWord, int endWord, Set<String> content) {
    }

    private SameSaying() {
    }

    /** The sentences of {@code text} over its {@link Tokenizer#WORDS} tokens {@code words}. */
    static List<Sentence> sentences(String text, List<Token> words) {
        List<Sentence> sentences = new ArrayList<>();
        int word = 0;
        for (TextSpan span : SentenceSplitter.split(text)) {
            while (word < words.size() && words.get(word).end() <= span.start()) {
                word++;
            }
            int first = word;
            Set<String> content = new HashSet<>();
            while (word < words.size() && words.get(word).start() < span.end()) {
                String folded = words.get(word).folded();
                if (StopWords.isContentWord(folded)) {
                    content.add(LightStemmer.stem(folded));
                }
                word++;
            }
            if (word > first) {
                sentences.add(new Sentence(span.start(), span.end(), first, word, content));
            }
        }
        return sentences;
    }

    /** A headline as one sentence (no offsets in the text); none when it is blank. */
    static List<Sentence> headline(String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        List<Token> words = Tokenizer.WORDS.tokens(title);
        List<Sentence> all = sentences(title, words);
        Set<String> content = new HashSet<>();
        all.forEach(sentence -> content.addAll(sentence.content()));
        return List.of(new Sentence(0, 0, 0, 0, content));
    }

    /**
     * Marks in {@code covered} (one flag per word of the first text) the words of each sentence of
     * {@code mine} that a sentence of {@code theirs} says the same as, from {@code threshold}
     * (cosine of the content-word sets) up.
     */
    static void markSaidBy(List<Sentence> mine, List<Sentence> theirs, double threshold, boolean[] covered) {
        for (Sentence sentence : mine) {
            if (sentence.content().size() < 3) {
                continue;
            }
            for (Sentence other : theirs) {
                if (other.content().size() >= 3 && cosine(sentence.content(), other.content()) >= threshold) {
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

    private static double cosine(Set<String> x, Set<String> y) {
        // Counted, not copied and retained: this runs for every pair of sentences of a group's articles.
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        int shared = 0;
        for (String word : smaller) {
            if (larger.contains(word)) {
                shared++;
            }
        }
        return shared == 0 ? 0 : shared / Math.sqrt((double) x.size() * y.size());
    }
}
