package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.corroborate.text.Tokenizer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private final MinHash minHash = new MinHash(128, 42);

    private long[] set(String text) {
        return Shingles.distinct(Shingles.of(Tokenizer.WORDS.tokens(text), 5));
    }

    @Test
    void identicalTextsAreFullyContainedAndDisjointOnesNotAtAll() {
        long[] wire = set(ReuseFixtures.wire());
        assertThat(Shingles.containment(wire, wire)).isEqualTo(1.0);
        assertThat(MinHash.jaccard(minHash.signature(wire), minHash.signature(wire))).isEqualTo(1.0);
        long[] tram = set(ReuseFixtures.UNRELATED);
        assertThat(Shingles.containment(wire, tram)).isZero();
        assertThat(MinHash.jaccard(minHash.signature(wire), minHash.signature(tram))).isLessThan(0.05);
    }

    @Test
    void anExcerptIsContainedInTheLongerTextAndTheEstimateAgrees() {
        long[] excerpt = set(ReuseFixtures.WIRE[1] + " " + ReuseFixtures.WIRE[2]);
        long[] longer = set(ReuseFixtures.wire() + " " + ReuseFixtures.UNRELATED);
        double exact = Shingles.containment(excerpt, longer);
        assertThat(exact).isGreaterThan(0.9);
        double jaccard = MinHash.jaccard(minHash.signature(excerpt), minHash.signature(longer));
        assertThat(MinHash.containment(jaccard, excerpt.length, longer.length)).isCloseTo(exact, within(0.25));
        assertThat(Shingles.containment(longer, excerpt)).isLessThan(0.5); // containment is asymmetric
    }

    @RepeatedTest(20)
    void similarityIsSymmetricAndBetweenZeroAndOne() {
        SplittableRandom random = new SplittableRandom(System.identityHashCode(this));
        String a = mix(random);
        String b = mix(random);
        long[] sa = minHash.signature(set(a));
        long[] sb = minHash.signature(set(b));
        double ab = MinHash.jaccard(sa, sb);
        assertThat(ab).isEqualTo(MinHash.jaccard(sb, sa)).isBetween(0.0, 1.0);
        double c = Shingles.containment(set(a), set(b));
        assertThat(c).isBetween(0.0, 1.0);
    }

    @Test
    void nearCopiesMeetInTheIndexAndUnrelatedTextsDoNot() {
        LshIndex index = new LshIndex(64, 2);
        int wire = index.add(minHash.signature(set(ReuseFixtures.wire())));
        int tram = index.add(minHash.signature(set(ReuseFixtures.UNRELATED)));
        String copy = "Advertisement. " + ReuseFixtures.wire().replace("Monday", "Monday morning") + " Share this article.";
        assertThat(index.candidates(minHash.signature(set(copy)))).contains(wire).doesNotContain(tram);
        assertThat(index.candidateProbability(0.5)).isGreaterThan(0.99);
        assertThat(index.candidateProbability(0.02)).isLessThan(0.05);
    }

    private static String mix(SplittableRandom random) {
        List<String> pool = List.of(ReuseFixtures.WIRE[0], ReuseFixtures.WIRE[1], ReuseFixtures.WIRE[2], ReuseFixtures.WIRE[3],
                ReuseFixtures.UNRELATED);
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            text.append(pool.get(random.nextInt(pool.size()))).append(' ');
        }
        return text.toString();
    }
}
