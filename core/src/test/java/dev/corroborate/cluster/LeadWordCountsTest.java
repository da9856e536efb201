package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LeadWordCountsTest {

    private static final List<String> WORDS = List.of("harbour", "ferri", "council", "tariff", "vote", "bridg", "mayor",
            "strike", "river", "budget", "school", "tram", "winter", "union", "flour", "bakeri", "levee", "quarri");

    @Test
    void countingLeadsInPlaceGivesTheCountsOfAHashMapAtEveryStep() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            LeadWordCounts counts = LeadWordCounts.empty();
            Map<String, Integer> expected = new HashMap<>();
            Map<String, String> dictionary = new HashMap<>();
            int leads = 1 + random.nextInt(120);
            for (int lead = 0; lead < leads; lead++) {
                Set<String> words = lead(random);
                counts.add(words, dictionary);
                words.forEach(word -> expected.merge(word, 1, Integer::sum));
                if (random.nextInt(10) == 0) {
                    // An event merged in.
                    LeadWordCounts other = LeadWordCounts.empty();
                    for (int more = random.nextInt(6); more > 0; more--) {
                        Set<String> otherWords = lead(random);
                        other.add(otherWords, null);
                        otherWords.forEach(word -> expected.merge(word, 1, Integer::sum));
                    }
                    counts.addAll(other, dictionary);
                }
                assertSame(counts, expected);
            }
            // The kept form gives the same counts back.
            LeadWordCounts back = LeadWordCounts.of(counts.sortedWords(), counts.sortedCounts());
            assertSame(back, expected);
            assertThat(counts.sortedWords()).containsExactlyElementsOf(new TreeMap<>(expected).keySet());
        }
    }

    @Test
    void aLeadCountsEachOfItsWordsOnce() {
        LeadWordCounts lead = LeadWordCounts.ofLead(Set.of("ferri", "strike"));
        assertThat(lead.count("ferri")).isEqualTo(1);
        assertThat(lead.contains("strike")).isTrue();
        assertThat(lead.contains("harbour")).isFalse();
        assertThat(lead.count("harbour")).isZero();
    }

    @Test
    void aKeptFormOutOfOrderOrWithCountsThatAreNoWholeNumbersIsRefused() {
        assertThatThrownBy(() -> LeadWordCounts.of(new String[] {"vote", "tram"}, new float[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        assertThatThrownBy(() -> LeadWordCounts.of(new String[] {"tram", "vote"}, new float[] {1, 2.5f}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote");
        assertThatThrownBy(() -> LeadWordCounts.of(new String[] {"tram"}, new float[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> lead(Random random) {
        Set<String> words = new TreeSet<>();
        for (String word : WORDS) {
            if (random.nextInt(3) == 0) {
                words.add(word);
            }
        }
        // Words of this lead alone, so the fresh words fill and are folded in.
        for (int own = random.nextInt(40); own > 0; own--) {
            words.add("w" + random.nextInt(400));
        }
        return words;
    }

    private static void assertSame(LeadWordCounts counts, Map<String, Integer> expected) {
        assertThat(counts.size()).isEqualTo(expected.size());
        expected.forEach((word, n) -> assertThat(counts.count(word)).as(word).isEqualTo(n));
        assertThat(counts.count("absent")).isZero();
    }
}
