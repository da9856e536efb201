package dev.corroborate.cluster;

import static dev.corroborate.cluster.StoryClustererTest.TOLLAND;
import static dev.corroborate.cluster.StoryClustererTest.VESSA_1;
import static dev.corroborate.cluster.StoryClustererTest.VESSA_2;
import static dev.corroborate.cluster.StoryClustererTest.VESSA_3;
import static dev.corroborate.cluster.StoryClustererTest.VESSA_LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.model.Article;
import dev.corroborate.model.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The storyline step replayed over finished events gives the clusterer's storylines. */
class StorylineReplayTest {

    /** Replays the clusterer's own events over {@code articles} (in feed order), document frequencies counted over them. */
    private static Map<String, String> replay(List<Article> articles, StoryClusterer clusterer) {
        StorylineReplay replay = new StorylineReplay();
        Map<String, Integer> frequencies = new HashMap<>();
        articles.forEach(a -> replay.features(a).keySet().forEach(term -> frequencies.merge(term, 1, Integer::sum)));
        Map<String, Event> eventOf = new HashMap<>();
        clusterer.events().forEach(e -> e.articleIds().forEach(id -> eventOf.put(id, e)));
        articles.stream().sorted(StoryClusterer.FEED_ORDER).forEach(article -> {
            Event event = eventOf.get(article.id());
            replay.add(event.id(), event.articleIds().size(), article.published(),
                    replay.vector(article, frequencies, articles.size()));
        });
        return replay.storylines();
    }

    @Test
    void aFollowUpWeeksLaterJoinsTheStorylineOfItsHappeningAndAnotherKindOfHappeningStaysApart() {
        // The follow-up comes 39 days after the grounding: no four-week window holds both.
        List<Article> articles = List.of(TOLLAND, VESSA_1, VESSA_2, VESSA_3, VESSA_LATER);
        StoryClusterer clusterer = StoryClustererTest.run(articles);

        Map<String, String> replayed = replay(articles, clusterer);

        Map<String, String> local = new HashMap<>();
        clusterer.events().forEach(e -> local.put(e.id(), e.storyId()));
        assertThat(replayed).isEqualTo(local);
        Map<String, String> storyOfArticle = new HashMap<>();
        clusterer.events().forEach(e -> e.articleIds().forEach(id -> storyOfArticle.put(id, replayed.get(e.id()))));
        assertThat(storyOfArticle.get("vessa-later")).isEqualTo(storyOfArticle.get("vessa-1"));
    }

    @Test
    void anEventGivenMoreArticlesThanItsSizeIsRefusedByName() {
        StorylineReplay replay = new StorylineReplay();
        replay.add("ev-one", 1, VESSA_1.published(), Map.of("vessa", 1.0));
        assertThatThrownBy(() -> replay.add("ev-one", 1, VESSA_2.published(), Map.of("vessa", 1.0)))
                .hasMessageContaining("ev-one");
    }
}
