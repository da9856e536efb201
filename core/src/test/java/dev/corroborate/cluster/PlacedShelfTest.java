package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A placed article set aside reads back as it was: the same vector in the same order to the bit, the same lead. */
class PlacedShelfTest {

    private static final String[] WORDS = {"harbour", "ferry", "N:marlow", "#12", "Y2026", "council", "tide", "wall",
        "vote", "repairs", "N:kessary", "budget", "storm", "quay", "pier", "levy", "lock", "canal", "barge", "#3"};

    private static Set<String> words(Random random, FeatureTable dictionary) {
        Set<String> out = new TreeSet<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return SortedWords.of(out, dictionary);
    }

    private static PlacedArticles.PlacedArticle randomArticle(Random random, FeatureTable dictionary) {
        Map<String, Double> vector = new LinkedHashMap<>();
        int n = random.nextInt(WORDS.length);
        for (int i = 0; i < n; i++) {
            vector.put(WORDS[random.nextInt(WORDS.length)], random.nextDouble() * Math.pow(10, random.nextInt(7) - 3));
        }
        List<FollowUps.FollowUp> followUps = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            followUps.add(new FollowUps.FollowUp(Set.copyOf(words(random, dictionary)), Set.copyOf(words(random, dictionary))));
        }
        Instant published = random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
        return new PlacedArticles.PlacedArticle(PlacedVector.of(vector, dictionary), published, words(random, dictionary),
                new FollowUps.Lead(words(random, dictionary), words(random, dictionary), List.copyOf(followUps)));
    }

    @Test
    void anArticleReadsBackAsItWasSetAside() {
        Random random = new Random(3);
        FeatureTable dictionary = new FeatureTable();
        MemoryPlacedSpill spill = new MemoryPlacedSpill(PlacedSpill.SET_ASIDE_AT);
        PlacedShelf shelf = new PlacedShelf(spill, dictionary);
        List<PlacedArticles.PlacedArticle> articles = new ArrayList<>();
        List<PlacedShelf.SetAside> places = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            PlacedArticles.PlacedArticle article = randomArticle(random, dictionary);
            articles.add(article);
            places.add(shelf.setAside(article));
        }
        assertThat(shelf.setAside()).isEqualTo(300);
        for (int i = articles.size() - 1; i >= 0; i--) {
            PlacedArticles.PlacedArticle article = articles.get(i);
            PlacedArticles.PlacedArticle back = shelf.readBack(places.get(i));
            assertThat(new ArrayList<>(back.vector().entrySet())).isEqualTo(new ArrayList<>(article.vector().entrySet()));
            for (String key : back.vector().keySet()) {
                assertThat(Double.doubleToRawLongBits(back.vector().get(key)))
                        .isEqualTo(Double.doubleToRawLongBits(article.vector().get(key)));
                assertThat(key).isSameAs(dictionary.key(dictionary.find(key)));
            }
            assertThat(back.published()).isEqualTo(article.published());
            assertThat(new ArrayList<>(back.leadIdentity())).isEqualTo(new ArrayList<>(article.leadIdentity()));
            assertThat(new ArrayList<>(back.lead().terms())).isEqualTo(new ArrayList<>(article.lead().terms()));
            assertThat(back.lead()).isEqualTo(article.lead());
        }
    }

    @Test
    void aVectorNumberedByAnotherTableIsWrittenWithTheShelfsNumbers() {
        // The other table numbers the words in the opposite order: its numbers must not be written.
        FeatureTable other = new FeatureTable();
        for (int i = WORDS.length - 1; i >= 0; i--) {
            other.intern(WORDS[i]);
        }
        FeatureTable dictionary = new FeatureTable();
        for (String word : WORDS) {
            dictionary.intern(word);
        }
        PlacedShelf shelf = new PlacedShelf(new MemoryPlacedSpill(PlacedSpill.SET_ASIDE_AT), dictionary);
        Map<String, Double> vector = new LinkedHashMap<>();
        vector.put("harbour", 0.5);
        vector.put("canal", 0.25);
        vector.put("#3", 0.125);
        assertThat(PlacedVector.of(vector, other).numbersIn(dictionary)).isNull();
        assertThat(PlacedVector.of(vector, dictionary).numbersIn(dictionary)).containsExactly(
                dictionary.find("harbour"), dictionary.find("canal"), dictionary.find("#3"));
        for (FeatureTable numberedBy : new FeatureTable[] {other, dictionary}) {
            PlacedArticles.PlacedArticle article = new PlacedArticles.PlacedArticle(PlacedVector.of(vector, numberedBy), null,
                    Set.of(), new FollowUps.Lead(Set.of(), Set.of(), List.of()));
            PlacedArticles.PlacedArticle back = shelf.readBack(shelf.setAside(article));
            assertThat(new ArrayList<>(back.vector().entrySet())).isEqualTo(new ArrayList<>(vector.entrySet()));
        }
    }

    @Test
    void aHeldVectorIsKeptWithoutItsNumbers() {
        FeatureTable dictionary = new FeatureTable();
        PlacedArticles placed = new PlacedArticles(dictionary);
        Map<String, Double> vector = new LinkedHashMap<>();
        vector.put("tide", 0.75);
        vector.put("N:marlow", 0.5);
        PlacedVector numbered = PlacedVector.of(vector, dictionary);
        placed.keep("a1", new PlacedArticles.PlacedArticle(numbered, null, Set.of(), new FollowUps.Lead(Set.of(), Set.of(), List.of())));
        PlacedVector held = (PlacedVector) placed.article(placed.entrySet().iterator().next().getValue()).vector();
        assertThat(held.numbersIn(dictionary)).isNull();
        assertThat(new ArrayList<>(held.entrySet())).isEqualTo(new ArrayList<>(numbered.entrySet()));
        assertThat(held.keyArray()).isSameAs(numbered.keyArray());
    }

    @Test
    void aRecordCutShortIsAnErrorNamingWhereItWasWritten() {
        MemoryPlacedSpill spill = new MemoryPlacedSpill(PlacedSpill.SET_ASIDE_AT);
        FeatureTable features = new FeatureTable();
        PlacedShelf shelf = new PlacedShelf(spill, features);
        PlacedShelf.SetAside at = shelf.setAside(randomArticle(new Random(1), features));
        PlacedShelf.SetAside longer = new PlacedShelf.SetAside(at.position(), at.length() + 8);

        assertThatThrownBy(() -> shelf.readBack(longer)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set aside at 0");
    }
}
