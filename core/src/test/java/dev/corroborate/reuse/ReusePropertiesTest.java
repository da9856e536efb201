package dev.corroborate.reuse;

import static dev.corroborate.reuse.PairClassifierTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Passage;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any pair of texts, checked on texts made by a seeded generator
 * (so a failure names its seed and can be replayed): similarity is symmetric and in [0, 1],
 * identical texts are copies, and every passage's offsets select the same words in both texts.
 */
class ReusePropertiesTest {

    private static final String[] VOCABULARY = ("council harbour ferry minister report letter budget island "
            + "winter regulator operator crew schedule appeal vessel passenger statement parliament tram "
            + "station network review inquiry deadline contract tender bridge river flood warning police "
            + "court ruling judge witness museum festival school teacher hospital nurse strike union wage "
            + "the a of to and in on for with by said was were has had will would from at that this").split(" ");

    private static final int CASES = 150;

    private static String sentence(Random random) {
        int length = 8 + random.nextInt(14);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
            text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(i == length - 1 ? "." : random.nextInt(9) == 0 ? ", " : " ");
        }
        return text.toString();
    }

    private static List<String> paragraphs(Random random, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            paragraphs.add(sentence(random) + " " + sentence(random));
        }
        return paragraphs;
    }

    /** A derived text: some paragraphs kept (maybe edited), some dropped, new ones added, order shaken. */
    private static List<String> derive(Random random, List<String> source) {
        List<String> derived = new ArrayList<>();
        for (String paragraph : source) {
            int fate = random.nextInt(5);
            if (fate == 0) {
                continue;
            }
            if (fate == 1) {
                String[] words = paragraph.split(" ");
                words[random.nextInt(words.length)] = VOCABULARY[random.nextInt(VOCABULARY.length)];
                paragraph = String.join(" ", words);
            }
            derived.add(paragraph);
        }
        if (random.nextBoolean()) {
            derived.add(random.nextInt(derived.size() + 1), sentence(random));
        }
        if (random.nextInt(4) == 0 && derived.size() > 1) {
            java.util.Collections.swap(derived, 0, derived.size() - 1);
        }
        if (derived.isEmpty()) {
            derived.add(sentence(random));
        }
        return derived;
    }

    @Test
    void sentenceSimilarityIsSymmetricAndBetweenZeroAndOne() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<Sentences.Sentence> a = Sentences.of(String.join(" ", paragraphs(random, 3)));
            List<Sentences.Sentence> b = Sentences.of(String.join(" ", paragraphs(random, 3)));
            for (Sentences.Sentence x : a) {
                assertThat(Sentences.similarity(x, x)).as("seed %d", seed).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
                for (Sentences.Sentence y : b) {
                    double forward = Sentences.similarity(x, y);
                    assertThat(forward).as("seed %d", seed).isBetween(0.0, 1.0).isEqualTo(Sentences.similarity(y, x));
                }
            }
            double topic = Sentences.topicSimilarity(a, b);
            assertThat(topic).as("seed %d", seed).isBetween(0.0, 1.0).isEqualTo(Sentences.topicSimilarity(b, a));
        }
    }

    @Test
    void identicalTextsAreCopiesWhicheverOrderTheyComeIn() {
        PairClassifier classifier = new PairClassifier();
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            String[] text = paragraphs(random, 2 + random.nextInt(5)).toArray(String[]::new);
            Article first = article("first", "Outlet One", null, null, text);
            Article second = article("second", "Outlet Two", null, null, text);
            ReuseLink one = classifier.classify(first, second).orElseThrow();
            ReuseLink other = classifier.classify(second, first).orElseThrow();
            assertThat(one.relation()).as("seed %d", seed).isEqualTo(Relation.COPY);
            assertThat(one.score()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(other.relation()).isEqualTo(Relation.COPY);
            assertThat(other.sourceId()).as("seed %d", seed).isEqualTo(one.sourceId());
            assertThat(other.score()).isEqualTo(one.score());
        }
    }

    @Test
    void everyPassageSelectsTheSameWordsInBothTexts() {
        PassageAligner aligner = PassageAligner.defaults();
        int passages = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<String> source = paragraphs(random, 3 + random.nextInt(5));
            String a = String.join("\n\n", source);
            String b = String.join("\n\n", derive(random, source));
            for (Passage passage : aligner.align(a, b)) {
                passages++;
                List<String> wordsA = folded(a.substring(passage.aStart(), passage.aEnd()));
                List<String> wordsB = folded(b.substring(passage.bStart(), passage.bEnd()));
                // A passage may bridge a small edit, so it starts and ends on shared words and its
                // exactly matched words are found, in order, in both spans.
                assertThat(wordsA.get(0)).as("seed %d", seed).isEqualTo(wordsB.get(0));
                assertThat(wordsA.get(wordsA.size() - 1)).as("seed %d", seed).isEqualTo(wordsB.get(wordsB.size() - 1));
                assertThat(passage.matchedWords()).as("seed %d", seed)
                        .isLessThanOrEqualTo(Math.min(wordsA.size(), wordsB.size()))
                        .isLessThanOrEqualTo(commonSubsequence(wordsA, wordsB));
            }
            // Without edits the two spans hold exactly the same words.
            for (Passage passage : aligner.align(a, a + "\n\nA closing line about the festival.")) {
                assertThat(folded(a.substring(passage.aStart(), passage.aEnd())))
                        .isEqualTo(folded(a.substring(passage.bStart(), passage.bEnd())));
            }
        }
        assertThat(passages).isGreaterThan(CASES);
    }

    @Test
    void linksFoundOnAPairAgreeWhicheverSideIsFirst() {
        PairClassifier classifier = new PairClassifier();
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<String> source = paragraphs(random, 3 + random.nextInt(5));
            Article a = article("a", "Outlet One", "2026-03-0" + (1 + random.nextInt(3)), null, source.toArray(String[]::new));
            Article b = article("b", "Outlet Two", "2026-03-0" + (1 + random.nextInt(3)), null,
                    derive(random, source).toArray(String[]::new));
            var one = classifier.classify(a, b);
            var other = classifier.classify(b, a);
            assertThat(one.isPresent()).as("seed %d", seed).isEqualTo(other.isPresent());
            if (one.isPresent()) {
                assertThat(other.get().relation()).as("seed %d", seed).isEqualTo(one.get().relation());
                assertThat(other.get().sourceId()).as("seed %d", seed).isEqualTo(one.get().sourceId());
                assertThat(one.get().score()).isBetween(0.0, 1.0);
                assertThat(one.get().directionConfidence()).isBetween(0.0, 1.0);
                for (Passage passage : one.get().passages()) {
                    Article from = one.get().sourceId().equals("a") ? a : b;
                    Article derived = from == a ? b : a;
                    assertThat(passage.aEnd()).isLessThanOrEqualTo(from.text().length());
                    assertThat(passage.bEnd()).isLessThanOrEqualTo(derived.text().length());
                }
            }
        }
    }

    private static List<String> folded(String text) {
        return Tokenizer.WORDS.tokens(text).stream().map(Token::folded).toList();
    }

    private static int commonSubsequence(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.size()][b.size()];
    }
}
