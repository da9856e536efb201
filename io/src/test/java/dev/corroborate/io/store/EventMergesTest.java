package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.execute;
import static dev.corroborate.io.store.StoreSql.rows;
import static dev.corroborate.io.store.StoreSql.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Assignment;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.StoryArchive;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a batch that merges events writes into the members' runner-ups (schema 25): a member whose
 * runner-up was merged away takes the event it went into, and loses it when that is its own event; a
 * member written by the batch with its own event as runner-up loses it too; every other member stands.
 * The members are found by the runner-up index, not by reading every member row.
 */
class EventMergesTest {

    @TempDir
    Path dataDir;

    private static String eventOf(ArticleStore store, String article) {
        return text(store, "SELECT event_id FROM event_members WHERE article_id = '" + article + "'");
    }

    private static String runnerUpOf(ArticleStore store, String article) {
        return text(store, "SELECT runner_up_event FROM event_members WHERE article_id = '" + article + "'");
    }

    private static ArticleStore analysed(Path dir) {
        ArticleStore store = ArticleStore.open(dir);
        store.insert(ComparisonChangesTest.articles(), store.startRun("analyze", List.of(), Map.of()));
        Analysis.incremental().run(store, store);
        return store;
    }

    private static StoryArchive.StoryUpdate merging(Map<String, String> merges) {
        return new StoryArchive.StoryUpdate(Set.of(), List.of(), List.of(), Map.of(), Map.of(), merges, Map.of());
    }

    @Test
    void aMergedRunnerUpTakesTheEventItWentIntoAndLosesItWhenThatIsTheMembersOwn() {
        try (ArticleStore store = analysed(dataDir)) {
            String ferry = eventOf(store, "ferry-a");
            String surge = eventOf(store, "surge-a");
            execute(store, "UPDATE event_members SET runner_up_event = '" + surge + "', runner_up_score = 0.2 "
                    + "WHERE article_id = 'ferry-a'");
            execute(store, "UPDATE event_members SET runner_up_event = 'old-event', runner_up_score = 0.3 "
                    + "WHERE article_id = 'ferry-b'");
            execute(store, "UPDATE event_members SET runner_up_event = '" + ferry + "', runner_up_score = 0.4 "
                    + "WHERE article_id = 'surge-a'");
            execute(store, "UPDATE event_members SET runner_up_event = 'other-event', runner_up_score = 0.5 "
                    + "WHERE article_id = 'surge-b'");

            store.storyArchive().orElseThrow().updateStories(merging(Map.of(surge, ferry, "old-event", "newer-event")));

            // ferry-a's runner-up went into its own event: no alternative any more.
            assertThat(rows(store, "SELECT runner_up_event, runner_up_score FROM event_members WHERE article_id = 'ferry-a'"))
                    .containsExactly("null|null|");
            assertThat(runnerUpOf(store, "ferry-b")).isEqualTo("newer-event");
            assertThat(runnerUpOf(store, "surge-a")).isEqualTo(ferry);
            assertThat(runnerUpOf(store, "surge-b")).isEqualTo("other-event");
        }
    }

    @Test
    void aMemberWrittenWithItsOwnEventAsRunnerUpLosesItWhenTheBatchMerges() {
        try (ArticleStore store = analysed(dataDir)) {
            String surge = eventOf(store, "surge-a");
            String story = text(store, "SELECT story_id FROM events WHERE id = '" + surge + "'");
            Event written = new Event(surge, story, List.of("surge-a", "surge-b"), "Storm surge floods market", List.of(),
                    PublishedTime.parse("2026-05-06T06:30Z").orElseThrow(), PublishedTime.parse("2026-05-06T09:30Z").orElseThrow(),
                    List.of("Quay Gazette", "Harbour Post"));
            Map<String, Assignment> assignments = Map.of(
                    "surge-a", new Assignment("surge-a", surge, story, true, 1.0, List.of(), null, 0),
                    "surge-b", new Assignment("surge-b", surge, story, false, 0.6, List.of(), surge, 0.5));

            store.storyArchive().orElseThrow().updateStories(new StoryArchive.StoryUpdate(Set.of(surge), List.of(written), List.of(), assignments, Map.of(),
                    Map.of("gone-event", "elsewhere"), Map.of()));

            assertThat(runnerUpOf(store, "surge-b")).isNull();
            assertThat(eventOf(store, "surge-b")).isEqualTo(surge);
        }
    }

    @Test
    void theMembersOfAMergedRunnerUpAreFoundByAnIndex() {
        try (ArticleStore store = analysed(dataDir)) {
            String merged = String.join("\n", rows(store, "EXPLAIN QUERY PLAN "
                    + StoryTable.MERGED_RUNNER_UP.replaceFirst("\\?", "'a'").replaceFirst("\\?", "'b'")));
            assertThat(merged).contains("USING INDEX event_members_by_runner_up").doesNotContain("SCAN event_members");
            String own = String.join("\n", rows(store, "EXPLAIN QUERY PLAN "
                    + StoryTable.OWN_RUNNER_UP.replace("?1", "'[\"a\"]'").replace("?2", "'[\"b\"]'")));
            assertThat(own).contains("USING INDEX event_members_by_runner_up").doesNotContain("SCAN event_members");
        }
    }
}
