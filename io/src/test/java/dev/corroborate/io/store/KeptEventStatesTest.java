package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.execute;
import static dev.corroborate.io.store.StoreSql.text;
import static dev.corroborate.io.store.StoreSql.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.StoryStage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch that restores the active events whole from their kept states ({@code story_event_states},
 * {@link dev.corroborate.cluster.KeptEvent}) leaves exactly what re-joining their articles one by one
 * leaves: the same events, labels, key names, storylines, assignments with their reasons and
 * scores, storyline sums and figures, batch after batch; a run with nothing new keeps the states of
 * the active events that have none (an upgraded store) and changes nothing else. The floor of the
 * frozen weights is lowered to this test's size.
 */
class KeptEventStatesTest {

    private static final int FLOOR = 20;

    @TempDir
    Path keptDir;

    @TempDir
    Path rejoinedDir;

    private static final String[] PLACES = {"Varnholt", "Quessby", "Orlinde", "Tamsford", "Brackwell", "Illimere",
            "Dunnock", "Harrowgate", "Pellinor", "Sallowby", "Kestrine", "Moorvane", "Ashkettle", "Fenwyck", "Gorran"};
    /** People whose surnames are written in a form of their own, so the name forms are kept and told again. */
    private static final String[] PEOPLE = {"Ida McRosk", "Milo DeVenn", "Tera Quill", "Oren MacFask", "Lysa Marr",
            "Dov Hensk", "Ansel LaPryde", "Cora Vell", "Jory Tamm", "Neve O'Sk", "Pim Garrow", "Rhea Dunst",
            "Sefa Lorn", "Ulan Brisk", "Wren McAllow"};
    private static final String[] HAPPENINGS = {"flood closes the bridge", "council rejects the tram plan",
            "factory fire sends workers home", "museum theft of silver", "ferry strike halts crossings",
            "school roof collapses", "marathon record falls", "water mains burst downtown", "hospital wing opens",
            "landslide blocks the pass", "election count delayed", "harbour crane topples", "power cut darkens streets",
            "library sale of old maps", "orchard frost ruins the harvest"};
    private static final String[] OUTLETS = {"North Gazette", "River Daily", "Coast Courier", "Hill Times"};

    /**
     * Fifteen happenings two days apart, each told by four outlets over a day; a regional body named
     * in capitals by some outlets and plainly by others, so its kept form comes and goes.
     */
    private static List<Article> corpus() {
        List<Article> articles = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        for (int h = 0; h < PLACES.length; h++) {
            for (int o = 0; o < OUTLETS.length; o++) {
                Instant at = start.plus(2L * h, ChronoUnit.DAYS).plus(5L * o, ChronoUnit.HOURS);
                String place = PLACES[h];
                String person = PEOPLE[h];
                String body = o % 2 == 0 ? "the ORVANT board" : "the Orvant board";
                int number = 100 + 37 * h;
                String title = place + ": " + HAPPENINGS[h] + (o % 2 == 0 ? "" : ", " + person + " says");
                String text = "In " + place + " the " + HAPPENINGS[h] + " on " + at.toString().substring(0, 10) + ". "
                        + person + " said " + number + " people in " + place + " were affected and that " + place
                        + " would recover, and " + body + " met. " + OUTLETS[o] + " heard from residents of " + place
                        + " that " + person + " visited the site. The " + number + " residents met " + person
                        + " again later" + (h % 3 == 0 ? ", after the " + HAPPENINGS[Math.max(0, h - 1)] + "." : ".");
                articles.add(new Article("k" + h + "-" + o, "https://example.org/k/" + h + "/" + o, OUTLETS[o], title,
                        List.of(), PublishedTime.parse(at.toString()).orElseThrow(), null, "en", null,
                        Article.paragraphsOf(text), null, null, Origin.atLine("kept.jsonl", articles.size() + 1, 0)));
            }
        }
        return articles;
    }

    @Test
    void batchesRestoringEventsWholeLeaveWhatReJoiningTheirArticlesLeaves() {
        List<Article> all = corpus();
        try (ArticleStore kept = ArticleStore.open(keptDir); ArticleStore rejoined = ArticleStore.open(rejoinedDir)) {
            for (ArticleStore store : List.of(kept, rejoined)) {
                store.insert(all.subList(0, 48), store.startRun("analyze", List.of(), Map.of()));
                new StoryStage(FLOOR).run(store, store, store, false);
            }
            assertThat(count(kept, "story_event_states")).isPositive();
            for (int[] batch : new int[][] {{48, 52}, {52, 56}, {56, 60}}) {
                execute(rejoined, "DELETE FROM story_event_states");
                StoryStage.Summary whole = null;
                StoryStage.Summary oneByOne = null;
                for (ArticleStore store : List.of(kept, rejoined)) {
                    store.insert(all.subList(batch[0], batch[1]), store.startRun("analyze", List.of(), Map.of()));
                    StoryStage.Summary summary = new StoryStage(FLOOR).run(store, store, store, false);
                    if (store == kept) {
                        whole = summary;
                    } else {
                        oneByOne = summary;
                    }
                }
                assertThat(oneByOne.rejoined()).isPositive();
                assertThat(whole.rejoined()).as("articles re-joined with the states kept").isZero();
                assertThat(whole.restoredWhole()).isEqualTo(oneByOne.rejoined());
                assertThat(whole.restored()).isEqualTo(oneByOne.restored());
                assertSameStories(kept, rejoined);
            }
        }
    }

    @Test
    void aLateReportOfAnOldHappeningJoinsItsEventRestoredWholeWithItsKeptAssignments() {
        // Late reports of happenings eleven and five days before the batch's last article, dated
        // within a day of their events: each must join its event. The first comes after every article
        // of its event, which is put back whole (it was active when the weights were frozen), and the
        // event's member rows written again must carry the kept reasons and scores of its other
        // articles; the events after it are re-joined.
        List<Article> all = corpus();
        List<Article> late = new ArrayList<>();
        for (String id : List.of("k8-3", "k11-2")) {
            Article told = all.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
            Instant at = told.published().instant().plus(20, ChronoUnit.HOURS);
            late.add(new Article(id + "-late", told.url() + "/late", "Lake Herald", told.title(), List.of(),
                    PublishedTime.parse(at.toString()).orElseThrow(), null, "en", null, told.paragraphs(), null, null,
                    Origin.atLine("late.jsonl", late.size() + 1, 0)));
        }
        try (ArticleStore kept = ArticleStore.open(keptDir); ArticleStore rejoined = ArticleStore.open(rejoinedDir)) {
            StoryStage.Summary whole = null;
            for (ArticleStore store : List.of(kept, rejoined)) {
                store.insert(all.subList(0, 56), store.startRun("analyze", List.of(), Map.of()));
                new StoryStage(FLOOR).run(store, store, store, false);
                if (store == rejoined) {
                    execute(rejoined, "DELETE FROM story_event_states");
                }
                List<Article> batch = new ArrayList<>(late);
                batch.addAll(all.subList(56, 60));
                store.insert(batch, store.startRun("analyze", List.of(), Map.of()));
                StoryStage.Summary summary = new StoryStage(FLOOR).run(store, store, store, false);
                if (store == kept) {
                    whole = summary;
                }
            }
            for (String id : List.of("k8-3", "k11-2")) {
                assertThat(kept.assignments().get(id + "-late").eventId()).as(id)
                        .isEqualTo(kept.assignments().get(id).eventId());
                assertThat(kept.assignments().get(id + "-late").startedEvent()).isFalse();
            }
            assertThat(whole.restoredWhole()).as("the articles of the three kept events before the first late report").isEqualTo(12);
            assertSameStories(kept, rejoined);
        }
    }

    @Test
    void aRunWithNothingNewKeepsTheStatesTheActiveEventsLackAndChangesNothingElse() {
        List<Article> all = corpus();
        try (ArticleStore kept = ArticleStore.open(keptDir); ArticleStore rejoined = ArticleStore.open(rejoinedDir)) {
            for (ArticleStore store : List.of(kept, rejoined)) {
                store.insert(all.subList(0, 48), store.startRun("analyze", List.of(), Map.of()));
                new StoryStage(FLOOR).run(store, store, store, false);
            }
            String states = text(kept, "SELECT group_concat(event_id || ':' || hex(state), ';') FROM "
                    + "(SELECT * FROM story_event_states ORDER BY event_id)");
            execute(kept, "DELETE FROM story_event_states"); // as after an upgrade to schema 18
            List<StoredStory> before = kept.stories();
            StoryStage.Summary nothing = new StoryStage(FLOOR).run(kept, kept, kept, false);
            assertThat(nothing.placed()).isZero();
            assertThat(kept.stories()).isEqualTo(before);
            assertThat(text(kept, "SELECT group_concat(event_id || ':' || hex(state), ';') FROM "
                    + "(SELECT * FROM story_event_states ORDER BY event_id)")).isEqualTo(states);

            execute(rejoined, "DELETE FROM story_event_states");
            for (ArticleStore store : List.of(kept, rejoined)) {
                store.insert(all.subList(48, 56), store.startRun("analyze", List.of(), Map.of()));
                new StoryStage(FLOOR).run(store, store, store, false);
            }
            assertSameStories(kept, rejoined);
        }
    }

    private static void assertSameStories(ArticleStore a, ArticleStore b) {
        assertThat(a.stories()).isEqualTo(b.stories());
        assertThat(a.assignments()).isEqualTo(b.assignments());
        for (String query : List.of(
                "SELECT group_concat(story_id || ':' || sum, ';') FROM (SELECT * FROM story_sums ORDER BY story_id)",
                "SELECT group_concat(x, ';') FROM (SELECT e.id || ' ' || f.articles || ' ' || s.articles || ' ' "
                        + "|| s.outlets || ' ' || s.events AS x FROM event_figures f JOIN events e ON e.id = f.event_id "
                        + "JOIN story_figures s ON s.story_id = e.story_id ORDER BY e.id)")) {
            assertThat(text(a, query)).isEqualTo(text(b, query));
        }
    }
}
