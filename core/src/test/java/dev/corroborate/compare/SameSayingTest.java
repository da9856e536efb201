package dev.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameSayingTest {

    private static final String[] WORDS = {"harbour", "council", "voted", "votes", "bridge", "river", "mayor",
            "Mayor", "the", "of", "and", "closed", "closing", "ferry", "toll", "tolls", "budget", "night", "week",
            "residents", "said", "Tuesday", "plan", "plans", "engineers", "repair", "repairs", "cost", "million"};

    /** The measure as it was written over sets of stemmed words: what the numbered form must give. */
    private static double setCosine(Set<String> x, Set<String> y) {
        int shared = 0;
        for (String word : x) {
            shared += y.contains(word) ? 1 : 0;
        }
        return shared == 0 ? 0 : shared / Math.sqrt((double) x.size() * y.size());
    }

    private static List<Set<String>> contentSets(String text) {
        List<Token> words = Tokenizer.WORDS.tokens(text);
        List<Set<String>> sets = new ArrayList<>();
        int word = 0;
        for (dev.corroborate.text.TextSpan span : dev.corroborate.text.SentenceSplitter.split(text)) {
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
                sets.add(content);
            }
        }
        return sets;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            int words = 1 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(". ");
        }
        return text.toString();
    }

    @Test
    void numberedSentencesMeasureAsTheirWordSets() {
        Random random = new Random(17);
        for (int round = 0; round < 2_000; round++) {
            Map<String, Integer> vocabulary = new HashMap<>();
            String a = randomText(random);
            String b = randomText(random);
            List<SameSaying.Sentence> mine = SameSaying.sentences(a, Tokenizer.WORDS.tokens(a), vocabulary);
            List<SameSaying.Sentence> theirs = SameSaying.sentences(b, Tokenizer.WORDS.tokens(b), vocabulary);
            List<Set<String>> mineSets = contentSets(a);
            List<Set<String>> theirSets = contentSets(b);
            assertThat(mine).hasSameSizeAs(mineSets);
            assertThat(theirs).hasSameSizeAs(theirSets);
            for (int i = 0; i < mine.size(); i++) {
                int[] content = mine.get(i).content();
                assertThat(content).hasSize(mineSets.get(i).size());
                assertThat(content).isSorted().doesNotHaveDuplicates();
                for (int j = 0; j < theirs.size(); j++) {
                    double expected = setCosine(mineSets.get(i), theirSets.get(j));
                    // Below the threshold the measure may stop early at 0; at or above it, it is exact.
                    for (double threshold : new double[] {0.0, 0.3, 0.6, 0.9}) {
                        double measured = SameSaying.cosine(content, theirs.get(j).content(), threshold);
                        assertThat(measured >= threshold).isEqualTo(expected >= threshold);
                        if (expected >= threshold) {
                            assertThat(measured).isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }

    @Test
    void sentencesMarkedSaidAreThoseOfTheSetMeasure() {
        Random random = new Random(29);
        for (int round = 0; round < 2_000; round++) {
            Map<String, Integer> vocabulary = new HashMap<>();
            String a = randomText(random);
            String b = randomText(random);
            List<Token> aWords = Tokenizer.WORDS.tokens(a);
            List<SameSaying.Sentence> mine = SameSaying.sentences(a, aWords, vocabulary);
            List<SameSaying.Sentence> theirs = SameSaying.sentences(b, Tokenizer.WORDS.tokens(b), vocabulary);
            boolean[] covered = new boolean[aWords.size()];
            SameSaying.markSaidBy(mine, theirs, 0.6, covered);
            List<Set<String>> mineSets = contentSets(a);
            List<Set<String>> theirSets = contentSets(b);
            boolean[] expected = new boolean[aWords.size()];
            for (int i = 0; i < mine.size(); i++) {
                if (mineSets.get(i).size() < 3) {
                    continue;
                }
                for (Set<String> other : theirSets) {
                    if (other.size() >= 3 && setCosine(mineSets.get(i), other) >= 0.6) {
                        Arrays.fill(expected, mine.get(i).firstWord(), mine.get(i).endWord(), true);
                        break;
                    }
                }
            }
            assertThat(covered).containsExactly(expected);
        }
    }

    @Test
    void aHeadlineIsOneSentenceOfAllItsContentWords() {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<SameSaying.Sentence> headline = SameSaying.headline("Council votes. Ferry tolls closed for the week", vocabulary);
        assertThat(headline).hasSize(1);
        Set<String> expected = new HashSet<>();
        contentSets("Council votes. Ferry tolls closed for the week").forEach(expected::addAll);
        assertThat(headline.get(0).content()).hasSize(expected.size()).isSorted().doesNotHaveDuplicates();
        assertThat(SameSaying.headline("  ", vocabulary)).isEmpty();
    }
}
