package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Sorted words behave as the tree set they replace, holding shared strings. */
class SortedWordsTest {

    @Test
    void itIteratesAndAnswersAsATreeSet() {
        String[] pool = {"ferry", "N:marlow", "#12", "Y2026", "council", "tide", "wall", "Ärger", "zoning", "quay"};
        Random random = new Random(3);
        FeatureTable dictionary = new FeatureTable();
        for (int round = 0; round < 300; round++) {
            Set<String> tree = new TreeSet<>();
            int size = random.nextInt(pool.length + 1);
            for (int i = 0; i < size; i++) {
                tree.add(pool[random.nextInt(pool.length)]);
            }
            SortedWords words = SortedWords.of(tree, dictionary);
            assertThat(new ArrayList<>(words)).isEqualTo(new ArrayList<>(tree));
            assertThat(words).isEqualTo(tree);
            for (String word : pool) {
                assertThat(words.contains(word)).isEqualTo(tree.contains(word));
            }
            assertThat(words.contains(7)).isFalse();
        }
        assertThat(SortedWords.of(Set.of(new String("tide")), dictionary).iterator().next())
                .isSameAs(dictionary.key(dictionary.find("tide")));
    }
}
