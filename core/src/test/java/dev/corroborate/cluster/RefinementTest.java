package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Refinement's later passes look again only at the articles whose reads a move changed: the same moves as looking at all. */
class RefinementTest {

    /**
     * An article told in the words of the Dunmore fire's reports but about the Harwick fire, placed when only
     * Dunmore's event exists (so refinement moves it, and a second pass looks again), among the clustering
     * tests' hard corpus (many events of few kinds, whose articles a later pass need not look at again).
     */
    private static List<Article> aMisplacedArticleAmongMany(long seed) {
        Article early = StoryClustererTest.article("harwick-early", "Valley Courier", null, "Blaze tears through Harwick supermarket",
                "Flames tore through the Greenway supermarket on Mill Lane in Harwick early on Friday. Crews from three stations "
                        + "were called at 5am, a fire officer said.",
                "Nobody was hurt. Shoppers were turned away as smoke hung over the town centre.");
        List<Article> articles = new ArrayList<>(StoryClustererTest.DUNMORE);
        articles.add(early);
        articles.addAll(StoryClustererTest.HARWICK);
        List<Article> others = new ArrayList<>(StoryClustererTest.corpus(seed, 24, 6, new HashMap<>(), true));
        java.util.Collections.shuffle(others, new Random(seed));
        articles.addAll(others);
        return articles;
    }

    private record Outcome(int moves, long laterLooks, Map<String, String> eventOf,
                           List<dev.corroborate.model.Assignment> assignments) {
    }

    private static Outcome run(List<Article> articles, boolean lookAgainAtEvery) {
        return run(articles, lookAgainAtEvery, null);
    }

    private static Outcome run(List<Article> articles, boolean lookAgainAtEvery, MemoryPlacedSpill spill) {
        StoryClusterer clusterer = new StoryClusterer();
        if (lookAgainAtEvery) {
            clusterer.lookAgainAtEveryArticleWhenRefining();
        }
        if (spill != null) {
            clusterer.setPlacedAsideIn(spill);
        }
        articles.forEach(clusterer::prime);
        articles.forEach(a -> clusterer.add(a, List.of()));
        clusterer.consolidate();
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        int moves = clusterer.refine(byId::get);
        Map<String, String> eventOf = new HashMap<>();
        clusterer.events().forEach(event -> event.articleIds().forEach(id -> eventOf.put(id, event.id())));
        List<dev.corroborate.model.Assignment> assignments = new ArrayList<>(clusterer.assignments().values());
        assignments.sort(java.util.Comparator.comparing(dev.corroborate.model.Assignment::articleId));
        return new Outcome(moves, clusterer.laterRefinementLooks(), eventOf, assignments);
    }

    @Test
    void laterPassesMoveWhatLookingAtEveryArticleAgainMoves() {
        int movedInAll = 0;
        for (long seed = 1; seed <= 4; seed++) {
            List<Article> articles = aMisplacedArticleAmongMany(seed);

            Outcome kept = run(articles, false);
            Outcome everyArticle = run(articles, true);

            assertThat(kept.moves()).isEqualTo(everyArticle.moves());
            assertThat(kept.eventOf()).isEqualTo(everyArticle.eventOf());
            assertThat(kept.assignments()).isEqualTo(everyArticle.assignments());
            movedInAll += kept.moves();
            // The second pass looked again at what the first looked at before the move changed the events it
            // moved between (Dunmore's three reports and the article itself), not at the others.
            assertThat(kept.laterLooks()).isBetween(4L, everyArticle.laterLooks() / 2);
        }
        assertThat(movedInAll).as("the corpora make refinement move articles").isGreaterThanOrEqualTo(4);
    }

    @Test
    void articlesSetAsideUntilRefinementAreRefinedAsIfHeld() {
        for (long seed = 1; seed <= 4; seed++) {
            List<Article> articles = aMisplacedArticleAmongMany(seed);

            Outcome held = run(articles, false);
            MemoryPlacedSpill spill = new MemoryPlacedSpill(2);
            Outcome setAside = run(articles, false, spill);

            assertThat(setAside).isEqualTo(held);
            assertThat(spill.bytes.size()).as("articles set aside").isGreaterThan(0);
            assertThat(spill.reads).as("articles read back by refinement").isGreaterThan(articles.size() / 2);
        }
    }
}
