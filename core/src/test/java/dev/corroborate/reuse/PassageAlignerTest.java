package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Passage;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {

    private final PassageAligner aligner = PassageAligner.defaults();

    @Test
    void aVerbatimCopyInBoilerplateIsOnePassageCoveringTheWholeSource() {
        String source = ReuseFixtures.wire();
        String copy = "Register now for free access. - Advertisement -\n\n" + source + "\n\nShare this: Facebook Twitter";
        List<Passage> passages = aligner.align(source, copy);
        assertThat(passages).hasSize(1);
        Passage passage = passages.get(0);
        assertThat(source.substring(passage.aStart(), passage.aEnd())).isEqualTo(source.strip().replaceAll("\\.$", ""));
        assertThat(copy.substring(passage.bStart(), passage.bEnd())).startsWith("The island ferry operator");
    }

    @Test
    void insertedBoilerplateAndSmallEditsAreBridged() {
        String source = ReuseFixtures.WIRE[0] + " " + ReuseFixtures.WIRE[1];
        String edited = ReuseFixtures.WIRE[0].replace("repeatedly", "again and again") + " - Advertisement - "
                + ReuseFixtures.WIRE[1].replace("crew shortages", "a lack of crew");
        List<Passage> passages = aligner.align(source, edited);
        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).matchedWords()).isGreaterThan(40);
    }

    @Test
    void reorderedParagraphsBecomeSeparatePassages() {
        String source = ReuseFixtures.wire();
        String reordered = ReuseFixtures.WIRE[2] + "\n\n" + ReuseFixtures.WIRE[0] + "\n\n" + ReuseFixtures.WIRE[3];
        List<Passage> passages = aligner.align(source, reordered);
        assertThat(passages).hasSize(3);
        assertThat(passages).allSatisfy(p -> assertThat(p.matchedWords()).isGreaterThanOrEqualTo(8));
    }

    @Test
    void unrelatedTextsShareNoPassage() {
        assertThat(aligner.align(ReuseFixtures.wire(), ReuseFixtures.UNRELATED)).isEmpty();
        assertThat(aligner.align("", ReuseFixtures.wire())).isEmpty();
    }

    @Test
    void everyPassageStartsAndEndsOnWordsBothTextsShare() {
        Random random = new Random(7);
        List<String> sentences = new ArrayList<>();
        for (String paragraph : ReuseFixtures.WIRE) {
            Collections.addAll(sentences, paragraph.split("(?<=[.,])\\s+"));
        }
        sentences.add(ReuseFixtures.UNRELATED);
        for (int round = 0; round < 200; round++) {
            String a = sample(sentences, random);
            String b = sample(sentences, random);
            for (Passage p : aligner.align(a, b)) {
                assertThat(p.aEnd()).isLessThanOrEqualTo(a.length());
                assertThat(p.bEnd()).isLessThanOrEqualTo(b.length());
                List<Token> inA = Tokenizer.WORDS.tokens(a.substring(p.aStart(), p.aEnd()));
                List<Token> inB = Tokenizer.WORDS.tokens(b.substring(p.bStart(), p.bEnd()));
                assertThat(inA.get(0).folded()).isEqualTo(inB.get(0).folded());
                assertThat(inA.get(inA.size() - 1).folded()).isEqualTo(inB.get(inB.size() - 1).folded());
                assertThat(p.matchedWords()).isLessThanOrEqualTo(Math.min(inA.size(), inB.size()));
            }
        }
    }

    @Test
    void theWalkThroughBothSortedListsFindsWhatABinarySearchFinds() {
        Random random = new Random(5);
        String[] words = {"quay", "ferry", "the", "levy", "pier", "tram", "of", "vote"};
        for (int round = 0; round < 5_000; round++) {
            PassageAligner.Anchors a = aligner.prepare(Tokenizer.WORDS.tokens(randomWords(random, words)));
            PassageAligner.Anchors b = aligner.prepare(Tokenizer.WORDS.tokens(randomWords(random, words)));
            int[] first = PassageAligner.firstInB(a, b);
            for (int i = 0; i < first.length; i++) {
                assertThat(first[i]).isEqualTo(b.sorted().first(a.inOrder()[i]));
            }
        }
    }

    private static String randomWords(Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(60);
        for (int i = 0; i < count; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }

    @Test
    void alignmentIsTheSameEveryTime() {
        String copy = ReuseFixtures.WIRE[3] + " " + ReuseFixtures.wire();
        assertThat(aligner.align(ReuseFixtures.wire(), copy)).isEqualTo(aligner.align(ReuseFixtures.wire(), copy));
    }

    private static String sample(List<String> sentences, Random random) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            if (random.nextBoolean()) {
                sentence = sentence.replaceFirst("\\b(the|a|of)\\b", "some");
            }
            text.append(sentence).append(random.nextInt(4) == 0 ? "\n\n" : " ");
        }
        return text.toString();
    }
}
