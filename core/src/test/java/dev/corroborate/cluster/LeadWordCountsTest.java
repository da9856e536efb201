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
            FeatureTable dictionary = new FeatureTable();
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
                if (random.nextInt(15) == 0) {
                    counts.compact(); // an event gone quiet, which may still be joined after
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

    @Test
    void aKeptFormReadAtItsFirstUseGivesTheCountsOfItsArraysAndIsWrittenOutAgainAsItWas() throws Exception {
        Random random = new Random(29);
        for (int round = 0; round < 100; round++) {
            LeadWordCounts counts = LeadWordCounts.empty();
            for (int lead = random.nextInt(30); lead >= 0; lead--) {
                Set<String> words = lead(random);
                // Words beyond ASCII, which compare by their characters, not their bytes.
                if (random.nextBoolean()) {
                    words.add(random.nextBoolean() ? "\u00e9t\u00e9" : "\uffe0mark");
                }
                if (random.nextBoolean()) {
                    words.add(random.nextBoolean() ? "\ud83d\ude00" : "\u0000zero");
                }
                counts.add(words, null);
            }
            String[] sortedWords = counts.sortedWords();
            float[] sortedCounts = counts.sortedCounts();
            byte[] form = form(sortedWords, sortedCounts, 7);
            assertThat(LeadWordCounts.checkForm(form, 7, sortedWords.length)).isEqualTo(form.length - 3);
            LeadWordCounts kept = LeadWordCounts.ofForm(form, 7, sortedWords.length);
            assertThat(kept.sortedWords()).containsExactly(sortedWords);
            assertThat(kept.sortedCounts()).containsExactly(sortedCounts);
            LeadWordCounts unread = LeadWordCounts.ofForm(form, 7, sortedWords.length);
            for (String word : sortedWords) {
                assertThat(unread.count(word)).as(word).isEqualTo(counts.count(word));
            }
            LeadWordCounts merged = LeadWordCounts.empty();
            merged.addAll(LeadWordCounts.ofForm(form, 7, sortedWords.length), null);
            assertThat(merged.sortedWords()).containsExactly(sortedWords);
        }
    }

    @Test
    void aKeptFormOutOfOrderCutShortOrWithCountsThatAreNoWholeNumbersIsRefusedAsTheArraysAre() throws Exception {
        byte[] outOfOrder = form(new String[] {"vote", "tram"}, new float[] {1, 2}, 0);
        assertThatThrownBy(() -> LeadWordCounts.checkForm(outOfOrder, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        byte[] beyondAscii = form(new String[] {"\uffe0", "\ud83d\ude00"}, new float[] {1, 2}, 0);
        assertThatThrownBy(() -> LeadWordCounts.checkForm(beyondAscii, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        byte[] twice = form(new String[] {"tram", "tram"}, new float[] {1, 2}, 0);
        assertThatThrownBy(() -> LeadWordCounts.checkForm(twice, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        byte[] half = form(new String[] {"tram", "vote"}, new float[] {1, 2.5f}, 0);
        assertThatThrownBy(() -> LeadWordCounts.checkForm(half, 0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote");
        byte[] none = form(new String[] {"tram"}, new float[] {0}, 0);
        assertThatThrownBy(() -> LeadWordCounts.checkForm(none, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        byte[] shortForm = form(new String[] {"tram"}, new float[] {1}, 0);
        assertThatThrownBy(() -> LeadWordCounts.checkForm(java.util.Arrays.copyOf(shortForm, shortForm.length - 5), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadWordCounts.checkForm(shortForm, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The words and counts as a kept event writes them, after {@code before} bytes and before three more. */
    private static byte[] form(String[] words, float[] counts, int before) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.write(new byte[before]);
            for (int k = 0; k < words.length; k++) {
                out.writeUTF(words[k]);
                out.writeFloat(counts[k]);
            }
            out.write(new byte[] {1, 2, 3});
        }
        return bytes.toByteArray();
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
