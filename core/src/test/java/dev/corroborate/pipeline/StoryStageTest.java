package dev.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.cluster.StoryClustererTest;
import dev.corroborate.cluster.StorylineReplay;
import dev.corroborate.model.Article;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Storyline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 5, and issue 20: an event's label and the order of its articles depended on how
 * the run got there (placed, merged, moved, or put back by an incremental run), so a re-run after a
 * kill in the quote stage, or a no-op analyze after a correction, relabelled events. They are now a
 * function of the articles, their order in the corpus, and the users' decisions. The corpus is the
 * clustering tests' seeded one, where events of one kind share days, so placement merges and moves.
 */
class StoryStageTest {

    private static final Analysis STORIES = Analysis.of(EnumSet.of(Analysis.Step.STORIES), false);
    private static final Analysis RECLUSTER = Analysis.of(EnumSet.of(Analysis.Step.STORIES), true);

    /** The articles in a shuffled order (the store feeds them earliest first; any order will do), so placement splits events. */
    private static ArticleList corpus() {
        List<Article> articles = new ArrayList<>(StoryClustererTest.corpus(11, 24, 6, new HashMap<>(), true));
        Collections.shuffle(articles, new Random(5));
        return ArticleList.inGivenOrder(articles);
    }

    /**
     * Results holding reuse links between articles of different happenings, so that placement or the
     * joining of linked events brings their events together.
     */
    private static InMemoryResults withLinks() {
        InMemoryResults results = new InMemoryResults();
        List<ReuseLink> links = new ArrayList<>();
        for (String[] pair : new String[][] {{"e0-a1", "e4-a2"}, {"e9-a0", "e13-a3"}, {"e14-a5", "e18-a1"}, {"e7-a2", "e11-a4"}}) {
            links.add(new ReuseLink(pair[0], pair[1], Relation.COPY, 0.9, 0.8, List.of(), List.of()));
        }
        results.replaceReuseLinks(links);
        return results;
    }

    /** The events as exported: by id, each with its label, key names, articles in order and span. */
    private static List<Event> byId(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::id));
        return sorted;
    }

    private static List<Storyline> storiesById(List<Storyline> storylines) {
        List<Storyline> sorted = new ArrayList<>(storylines);
        sorted.sort(Comparator.comparing(Storyline::id));
        return sorted;
    }

    @Test
    void aRerunAfterTheStoryStageGivesExactlyTheEventsOfACleanRun() {
        ArticleList corpus = corpus();
        InMemoryResults clean = withLinks();
        StoryStage.Summary summary = STORIES.run(corpus, clean).stories();
        assertThat(summary.merged() + summary.moved()).as("the corpus makes placement merge or move").isPositive();

        InMemoryResults rerun = withLinks();
        STORIES.run(corpus, rerun); // the run killed later, in the quote stage
        StoryStage.Summary again = STORIES.run(corpus, rerun).stories();
        assertThat(again.restored()).isEqualTo(corpus.size());
        assertThat(again.merged() + again.moved()).as("nothing already decided is decided again").isZero();

        assertThat(byId(rerun.events())).isEqualTo(byId(clean.events()));
        assertThat(storiesById(rerun.storylines())).isEqualTo(storiesById(clean.storylines()));
        assertThat(rerun.assignments()).isEqualTo(clean.assignments());
    }

    /**
     * The Spark job's time windows weigh their articles by the whole corpus's document frequencies:
     * given the corpus's own, the stage must give what counting them itself gives.
     */
    @Test
    void documentFrequenciesGivenFromOutsideGiveTheEventsOfARunThatCountsThem() {
        ArticleList corpus = corpus();
        Map<String, Integer> frequencies = new HashMap<>();
        StorylineReplay features = new StorylineReplay();
        int[] documents = {0};
        corpus.forEach(article -> {
            documents[0]++;
            features.features(article).keySet().forEach(term -> frequencies.merge(term, 1, Integer::sum));
        });
        InMemoryResults counted = withLinks();
        RECLUSTER.run(corpus, counted);

        InMemoryResults given = withLinks();
        StoryStage.Summary summary = new StoryStage(documents[0], frequencies).run(corpus, given, given, true);

        assertThat(summary.placed()).isEqualTo(corpus.size());
        assertThat(byId(given.events())).isEqualTo(byId(counted.events()));
        assertThat(storiesById(given.storylines())).isEqualTo(storiesById(counted.storylines()));
        assertThat(given.assignments()).isEqualTo(counted.assignments());
    }

    @Test
    void aSplitThenANoOpRunThenAReclusterKeepEveryLabel() {
        ArticleList corpus = corpus();
        InMemoryResults results = withLinks();
        STORIES.run(corpus, results);
        Event large = results.events().stream().max(Comparator.comparingInt((Event e) -> e.articleIds().size())
                .thenComparing(Event::id)).orElseThrow();
        assertThat(large.articleIds()).hasSizeGreaterThanOrEqualTo(4);
        results.addDecision(Decision.split(List.of(large.articleIds().get(3), large.articleIds().get(1))));
        STORIES.run(corpus, results); // story split applies it at once
        List<Event> afterSplit = byId(results.events());
        List<Storyline> storiesAfterSplit = storiesById(results.storylines());

        STORIES.run(corpus, results); // a no-op analyze
        assertThat(byId(results.events())).isEqualTo(afterSplit);
        assertThat(storiesById(results.storylines())).isEqualTo(storiesAfterSplit);

        RECLUSTER.run(corpus, results);
        assertThat(byId(results.events())).isEqualTo(afterSplit);
        assertThat(storiesById(results.storylines())).isEqualTo(storiesAfterSplit);
    }

    @Test
    void anEventOfTheSameArticlesHasTheSameLabelAndOrderHoweverTheRunsWent() {
        ArticleList corpus = corpus();
        InMemoryResults once = withLinks();
        STORIES.run(corpus, once);

        // Half the articles, then all of them: the first half stay where the first run put them.
        List<Article> half = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i += 2) {
            half.add(corpus.articles().get(i));
        }
        InMemoryResults twice = withLinks();
        STORIES.run(ArticleList.inGivenOrder(half), twice);
        STORIES.run(corpus, twice);

        Map<Set<String>, Event> byMembers = new HashMap<>();
        for (Event event : once.events()) {
            byMembers.put(new HashSet<>(event.articleIds()), event);
        }
        int same = 0;
        for (Event event : twice.events()) {
            Event match = byMembers.get(new HashSet<>(event.articleIds()));
            if (match != null) {
                same++;
                assertThat(event.label()).as(event.id()).isEqualTo(match.label());
                assertThat(event.articleIds()).as(event.id()).isEqualTo(match.articleIds());
                assertThat(event.keyNames()).as(event.id()).isEqualTo(match.keyNames());
            }
        }
        assertThat(same).as("events of the same articles to compare").isGreaterThan(5);
    }

    /**
     * The story step holds every link for its whole run: an article's id, read by the store as a
     * string of its own for each link it is an end of, is held once, whatever its links, and the
     * links keep what the step reads of them.
     */
    @Test
    void theLinksTheStepHoldsShareOneStringForEachArticleId() {
        InMemoryResults results = new InMemoryResults();
        results.replaceReuseLinks(List.of(
                new ReuseLink(new String("a-wire"), new String("b-daily"), Relation.COPY, 0.9, 0.8, List.of(), List.of()),
                new ReuseLink(new String("a-wire"), new String("c-weekly"), Relation.REWRITE, 0.6, 0.7, List.of(), List.of()),
                new ReuseLink(new String("b-daily"), new String("c-weekly"), Relation.PARTIAL, 0.4, 0.5, List.of(), List.of())));

        List<ReuseLink> held = StoryLinks.linkEnds(results);

        assertThat(held).extracting(ReuseLink::sourceId, ReuseLink::derivedId, ReuseLink::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-wire", "b-daily", Relation.COPY),
                        org.assertj.core.groups.Tuple.tuple("a-wire", "c-weekly", Relation.REWRITE),
                        org.assertj.core.groups.Tuple.tuple("b-daily", "c-weekly", Relation.PARTIAL));
        assertThat(held.get(1).sourceId()).isSameAs(held.get(0).sourceId());
        assertThat(held.get(2).sourceId()).isSameAs(held.get(0).derivedId());
        assertThat(held.get(2).derivedId()).isSameAs(held.get(1).derivedId());
        assertThat(held).allSatisfy(link -> assertThat(link.passages()).isEmpty());
    }
}
