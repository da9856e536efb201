package dev.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Assignment;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Storyline;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events of overlapping windows reconciled: one event per set of window events sharing an article. */
class EventWindowsTest {

    private static final long ORIGIN = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

    private static PublishedTime day(int day) {
        return PublishedTime.requireParse(Instant.ofEpochSecond(ORIGIN + day * 86_400L + 3_600).toString());
    }

    private static EventWindows.Place place(String article, int window, long rank, String event, String story, int day) {
        return new EventWindows.Place(article, window, rank, window + ":" + event, window + ":" + story,
                new Assignment(article, event, story, false, 0.5, List.of("reason"), null, 0), day(day), "Outlet " + article);
    }

    private static Event event(String id, String story, String label, List<String> articles, int first, int last) {
        return new Event(id, story, articles, label, List.of(), day(first), day(last), List.of());
    }

    @Test
    void anEventCutByAWindowEdgeIsOneEventAndAnEventOfOneWindowStaysApart() {
        // a2 (day 16) and a3 (day 24) lie in both windows; a2's home is window 0, a3's window 1.
        EventWindows.Window first = new EventWindows.Window(0, List.of(
                place("a1", 0, 1, "ev-a1", "st-a1", 3), place("a2", 0, 2, "ev-a1", "st-a1", 16),
                place("a3", 0, 3, "ev-a3", "st-a1", 24)),
                List.of(event("ev-a1", "st-a1", "Quay closes", List.of("a1", "a2"), 3, 16),
                        event("ev-a3", "st-a1", "Quay inquiry", List.of("a3"), 24, 24)),
                List.of(new Storyline("st-a1", List.of("ev-a1", "ev-a3"), "Quay", day(3), day(24))));
        EventWindows.Window second = new EventWindows.Window(1, List.of(
                place("a2", 1, 2, "ev-a2", "st-a2", 16), place("a3", 1, 3, "ev-a2", "st-a2", 24),
                place("a4", 1, 4, "ev-a2", "st-a2", 30), place("a5", 1, 5, "ev-a5", "st-a5", 31)),
                List.of(event("ev-a2", "st-a2", "Quay reopens", List.of("a2", "a3", "a4"), 16, 30),
                        event("ev-a5", "st-a5", "Ferry strike", List.of("a5"), 31, 31)),
                List.of(new Storyline("st-a2", List.of("ev-a2"), "Quay", day(16), day(30)),
                        new Storyline("st-a5", List.of("ev-a5"), "Ferries", day(31), day(31))));

        EventWindows.Stories stories = EventWindows.reconcile(List.of(first, second), ORIGIN);

        assertThat(stories.events()).hasSize(2);
        Event joined = stories.events().get(0);
        assertThat(joined.articleIds()).containsExactly("a1", "a2", "a3", "a4");
        assertThat(joined.first()).isEqualTo(day(3));
        assertThat(joined.last()).isEqualTo(day(30));
        assertThat(joined.outlets()).containsExactly("Outlet a1", "Outlet a2", "Outlet a3", "Outlet a4");
        assertThat(stories.events().get(1).articleIds()).containsExactly("a5");
        assertThat(stories.assignments().get("a4").eventId()).isEqualTo(joined.id());
        assertThat(stories.assignments().get("a1").storyId()).isEqualTo(joined.storyId());
        assertThat(stories.storylines()).hasSize(2);
        assertThat(stories.storylines().get(0).eventIds()).containsExactly(joined.id());
    }

    @Test
    void anUndatedArticleTakesTheDatedEventItJoinedBestAndJoinsNoEventsTogether() {
        EventWindows.Place early = place("d1", 0, 1, "ev-d1", "st-d1", 2);
        EventWindows.Place late = place("d2", 1, 2, "ev-d2", "st-d2", 27);
        EventWindows.Window first = new EventWindows.Window(0, List.of(early, undated("u", 0, "ev-d1", "st-d1", 0.7)),
                List.of(event("ev-d1", "st-d1", "Bridge closes", List.of("d1", "u"), 2, 2)),
                List.of(new Storyline("st-d1", List.of("ev-d1"), "Bridge", day(2), day(2))));
        EventWindows.Window second = new EventWindows.Window(1, List.of(late, undated("u", 1, "ev-d2", "st-d2", 0.4)),
                List.of(event("ev-d2", "st-d2", "Bridge reopens", List.of("d2", "u"), 27, 27)),
                List.of(new Storyline("st-d2", List.of("ev-d2"), "Bridge", day(27), day(27))));
        EventWindows.Window undated = new EventWindows.Window(-1, List.of(undated("u", -1, "ev-u", "st-u", 0)),
                List.of(event("ev-u", "st-u", "Bridge", List.of("u"), 0, 0)),
                List.of(new Storyline("st-u", List.of("ev-u"), "Bridge", null, null)));

        EventWindows.Stories stories = EventWindows.reconcile(List.of(first, second, undated), ORIGIN);

        assertThat(stories.events()).extracting(Event::articleIds)
                .containsExactlyInAnyOrder(List.of("d1", "u"), List.of("d2"));
        assertThat(stories.assignments().get("u").eventId()).isEqualTo(stories.assignments().get("d1").eventId());
    }

    private static EventWindows.Place undated(String article, int window, String event, String story, double score) {
        return new EventWindows.Place(article, window, 9, window + ":" + event, window + ":" + story,
                new Assignment(article, event, story, false, score, List.of(), null, 0), null, null);
    }
}
