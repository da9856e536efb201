package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events gone quiet drop their replay: nothing a run gives changes, only which events are kept whole. */
class QuietEventsTest {

    private static StoryClusterer run(List<Article> articles, boolean forgetQuiet) {
        StoryClusterer clusterer = StoryClustererTest.run(articles, setUp -> {
            if (forgetQuiet) {
                setUp.forgetReplayOfEventsQuietFor(90);
                setUp.lookForQuietEventsEvery(16);
            }
        });
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        clusterer.settle(byId::get);
        return clusterer;
    }

    @Test
    void quietEventsAreNotKeptWholeAndEverythingElseIsTheSame() {
        // 120 events five days apart: 600 days, most of them quiet long before the last articles.
        List<Article> articles = new ArrayList<>(StoryClustererTest.corpus(11, 120, 3, new HashMap<>()));
        articles.sort(StoryClusterer.FEED_ORDER);
        StoryClusterer all = run(articles, false);
        StoryClusterer quiet = run(articles, true);

        assertThat(quiet.events()).isEqualTo(all.events());
        assertThat(quiet.storylines()).isEqualTo(all.storylines());
        assertThat(quiet.assignments()).isEqualTo(all.assignments());
        assertThat(quiet.storySums()).isEqualTo(all.storySums());

        List<String> ids = all.events().stream().map(Event::id).toList();
        Map<String, byte[]> keptAll = all.keptEvents(ids);
        Map<String, byte[]> keptQuiet = quiet.keptEvents(ids);
        Instant last = articles.get(articles.size() - 1).published().instant();
        int recent = 0;
        int old = 0;
        for (Event event : all.events()) {
            boolean quietAtEnd = Duration.between(event.last().instant(), last).toDays() > 100;
            if (quietAtEnd) {
                old++;
                assertThat(keptQuiet).as(event.id()).doesNotContainKey(event.id());
            } else if (keptAll.containsKey(event.id())) {
                recent++;
                assertThat(keptQuiet.get(event.id())).as(event.id()).isEqualTo(keptAll.get(event.id()));
            }
        }
        assertThat(old).isGreaterThan(90);
        assertThat(recent).isGreaterThan(10);
    }
}
