package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void sentencesKeepTheirOffsetsAndSkipFragmentsWithoutContent() {
        String text = "The regulator fined the ferry operator on Monday. Yes. \"Crews were short all winter,\" the union said!\n\nIt is so.";
        List<Sentences.Sentence> sentences = Sentences.of(text);
        assertThat(sentences).hasSize(2);
        assertThat(text.substring(sentences.get(0).start(), sentences.get(0).end()))
                .isEqualTo("The regulator fined the ferry operator on Monday");
        assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end()))
                .isEqualTo("Crews were short all winter,\" the union said");
    }

    @Test
    void aRewordedSentenceIsACounterpartAndAnotherSubjectIsNot() {
        List<Sentences.Sentence> source = Sentences.of("The regulator fined the island ferry operator for late sailings. "
                + "The tram extension opened two months early.");
        List<Sentences.Sentence> rewrite = Sentences.of("Late sailings cost the island ferry operator a fine from the regulator. "
                + "Bakers in the old town went on strike over flour prices.");
        int[] counterparts = Sentences.counterparts(source, rewrite);
        assertThat(counterparts).containsExactly(0, -1);
        assertThat(Sentences.similarity(source.get(0), rewrite.get(0))).isGreaterThanOrEqualTo(Sentences.MATCH);
        assertThat(Sentences.sharedWords(source.get(1), rewrite.get(1))).isZero();
    }

    @Test
    void commonWordsAndShortWordsDoNotMakeTwoSentencesAlike() {
        List<Sentences.Sentence> a = Sentences.of("They said that this would have been about other things entirely, museum curators.");
        List<Sentences.Sentence> b = Sentences.of("They said that this would have been about other matters instead, hospital nurses.");
        assertThat(Sentences.similarity(a.get(0), b.get(0))).isLessThan(Sentences.MATCH);
    }

    @Test
    void longestIncreasingRunIgnoresMissingCounterparts() {
        assertThat(Sentences.longestIncreasing(new int[] {0, -1, 1, 5, 2, 3, -1, 4})).isEqualTo(5);
        assertThat(Sentences.longestIncreasing(new int[] {-1, -1})).isZero();
        assertThat(Sentences.longestIncreasing(new int[] {3, 2, 1})).isEqualTo(1);
    }

    @Test
    void theTableFromWordIndexesIsThePairwiseTableToTheBit() {
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = {"harbour", "council", "ferry", "tariff", "bridge", "vote", "budget", "river", "school",
                "mayor", "strike", "flour", "bakers", "tram", "winter", "crews", "union", "fine", "sailing", "island"};
        for (int round = 0; round < 2_000; round++) {
            List<Sentences.Sentence> a = Sentences.of(randomText(random, vocabulary));
            List<Sentences.Sentence> b = Sentences.of(randomText(random, vocabulary));
            double[] pairwise = Sentences.similarities(a, b);
            double[] merged = Sentences.similarities(new Sentences.WordIndex(a), new Sentences.WordIndex(b));
            assertThat(merged).containsExactly(pairwise);
        }
    }

    @Test
    void sentencesFromTheTextsWordsAreTheSentencesOfTheTextCutAgain() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"harbour", "Council", "ferry's", "tariff-free", "U.S.", "3.5", "vote", "budget", "é", "\u00A0",
                " ", " ", "  ", ". ", "! ", "? ", ".\" ", "\u2026 ", "\n", "\n\n", "\t", ",", "don\u2019t", "\uD83D\uDE00",
                "(river)", "-", "'", "x"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<Sentences.Sentence> cut = Sentences.of(t);
            List<Sentences.Sentence> given = Sentences.of(t, dev.corroborate.text.Tokenizer.WORDS.tokens(t));
            assertThat(given).as("%s", t).hasSameSizeAs(cut);
            for (int i = 0; i < cut.size(); i++) {
                assertThat(given.get(i).start()).isEqualTo(cut.get(i).start());
                assertThat(given.get(i).end()).isEqualTo(cut.get(i).end());
                assertThat(given.get(i).size()).isEqualTo(cut.get(i).size());
                assertThat(given.get(i).words()).containsExactly(cut.get(i).words());
            }
        }
    }

    private static String randomText(java.util.Random random, String[] vocabulary) {
        StringBuilder text = new StringBuilder();
        int sentences = random.nextInt(8);
        for (int s = 0; s < sentences; s++) {
            int words = 3 + random.nextInt(9);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
            }
            text.append(". ");
        }
        return text.toString();
    }
}
