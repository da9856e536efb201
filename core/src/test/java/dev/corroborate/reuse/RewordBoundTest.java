package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RewordBoundTest {

    private static final ClassifierSettings SETTINGS = ClassifierSettings.DEFAULTS;
    private static final PairClassifier CLASSIFIER = new PairClassifier();
    private static final String[] VOCABULARY = {"harbour", "council", "ferry", "tariff", "bridge", "vote", "budget",
            "river", "school", "mayor", "strike", "flour", "bakers", "tram", "winter", "crews", "union", "fine",
            "sailing", "island", "the", "and", "said", "of", "pier", "levy", "dredging", "quay"};

    @Test
    void theBoundIsNeverBelowTheSentencesThatHaveACounterpart() {
        Random random = new Random(23);
        for (int round = 0; round < 3_000; round++) {
            ReuseText a = prepared("a", randomText(random, 1 + random.nextInt(12)));
            ReuseText b = prepared("b", randomText(random, 1 + random.nextInt(12)));
            double[] table = Sentences.similarities(a.sentences(), b.sentences());
            int sizeA = a.sentences().size();
            int sizeB = b.sentences().size();
            int[] loose = Sentences.counterparts(table, sizeA, sizeB, false, SETTINGS.paraphraseSimilarity());
            int[] strict = Sentences.counterparts(table, sizeA, sizeB, false, SETTINGS.rewordedSimilarity());
            int[] reach = RewordBound.reaching(a, b, SETTINGS);
            int[] known = new int[sizeA];
            for (int i = 0; i < sizeA; i++) {
                for (long word : a.sentences().get(i).words()) {
                    known[i] += java.util.Arrays.binarySearch(b.vocabulary(), word) >= 0 ? 1 : 0;
                }
            }
            assertThat(a.sentenceWords().known(b.vocabulary())).containsExactly(known);
            assertThat(reach[RewordBound.LOOSE]).isGreaterThanOrEqualTo(found(loose));
            assertThat(reach[RewordBound.STRICT]).isGreaterThanOrEqualTo(found(strict));
            int close = 0;
            for (int i = 0; i < sizeA; i++) {
                if (strict[i] >= 0 && table[i * sizeB + strict[i]] >= SETTINGS.rewordedPartialSimilarity()
                        && Math.min(a.sentences().get(i).words().length, b.sentences().get(strict[i]).words().length)
                                >= SETTINGS.rewordedPartialMinWords()) {
                    close++;
                }
            }
            assertThat(reach[RewordBound.CLOSE]).isGreaterThanOrEqualTo(close);
        }
    }

    @Test
    void aPairTheBoundRulesOutIsNeitherARewriteNorAParaphrase() {
        Random random = new Random(29);
        int ruledOut = 0;
        int kept = 0;
        for (int round = 0; round < 3_000; round++) {
            ReuseText a = prepared("a", randomText(random, 3 + random.nextInt(10)));
            ReuseText b = prepared("b", random.nextBoolean() ? reworded(random, a.text()) : randomText(random, 3 + random.nextInt(10)));
            Overlap overlap = Overlap.measure(a, b, PassageAligner.defaults(), SETTINGS, new SiteFurniture(SETTINGS));
            boolean rewrite = overlap.inOrderShorter() >= SETTINGS.rewriteShareShorter()
                    && overlap.inOrderCount() >= SETTINGS.rewriteMinSentences()
                    && overlap.sentenceShareLonger() >= SETTINGS.rewriteShareLonger();
            boolean paraphrase = overlap.paraphraseChain().size() >= SETTINGS.paraphraseMinSentences()
                    && overlap.paraphraseShare() >= SETTINGS.paraphraseShare();
            if (!RewordBound.mayReword(a, b, SETTINGS)) {
                ruledOut++;
                assertThat(rewrite || paraphrase).as("%s%n%s", a.text(), b.text()).isFalse();
            } else if (rewrite || paraphrase) {
                kept++;
            }
        }
        assertThat(ruledOut).isGreaterThan(100);
        assertThat(kept).isGreaterThan(100);
    }

    @Test
    void theClassifierRulingPairsOutByBoundsGivesWhatItGivesMeasuringEveryPairWhole() {
        Random random = new Random(31);
        int links = 0;
        for (int round = 0; round < 3_000; round++) {
            String credit = "\n\nThis story was first published by the Lunmouth Ledger and is republished here with thanks.";
            String textA = randomText(random, 2 + random.nextInt(10)) + (random.nextInt(3) == 0 ? credit : "");
            String textB = switch (random.nextInt(5)) {
                case 0 -> reworded(random, textA);
                case 1 -> textA + " " + randomText(random, 1 + random.nextInt(6));
                case 2 -> "According to Outlet a the " + randomText(random, 2 + random.nextInt(6));
                case 3 -> randomText(random, 2 + random.nextInt(10)) + credit;
                default -> randomText(random, 2 + random.nextInt(10));
            };
            ReuseText a = prepared("a", textA);
            ReuseText b = CLASSIFIER.prepare(PairClassifierTest.article("b", "Outlet b", "2026-02-03T10:12Z", null, textB.split("\n\n")));
            java.util.Optional<dev.corroborate.model.ReuseLink> whole = CLASSIFIER.classify(a, b, false);
            assertThat(CLASSIFIER.classify(a, b, true)).as("%s%n%s", textA, textB).isEqualTo(whole);
            links += whole.isPresent() ? 1 : 0;
        }
        assertThat(links).isGreaterThan(300);
    }

    private static int found(int[] counterparts) {
        int found = 0;
        for (int counterpart : counterparts) {
            if (counterpart >= 0) {
                found++;
            }
        }
        return found;
    }

    private static ReuseText prepared(String id, String text) {
        Article article = PairClassifierTest.article(id, "Outlet " + id, "2026-02-03T09:12Z", null, text.split("\n\n"));
        return CLASSIFIER.prepare(article);
    }

    /** Each sentence of {@code text} with a few of its words swapped for others. */
    private static String reworded(Random random, String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            boolean end = word.endsWith(".");
            String kept = random.nextInt(4) == 0 ? VOCABULARY[random.nextInt(VOCABULARY.length)] : word.replace(".", "");
            out.append(out.length() == 0 ? "" : " ").append(kept).append(end ? "." : "");
        }
        return out.toString();
    }

    private static String randomText(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int words = 3 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                text.append(text.length() == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            }
            text.append('.');
        }
        return text.toString();
    }
}
