package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.execute;
import static dev.corroborate.io.store.StoreSql.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.pipeline.StoryStage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story stage over the store restores the articles earlier runs placed from their kept
 * features ({@code story_features}, {@code story_terms}), never from their texts; what it gives must
 * be exactly what restoring them from their texts gives (the stage over memory, which keeps
 * nothing), run after run, with users' decisions, and whatever the kept features' stamp says.
 */
class KeptStoryFeaturesTest {

    private static final EnumSet<Analysis.Step> STORIES = EnumSet.of(Analysis.Step.STORIES);

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDir;

    private static Article article(String id, String outlet, String published, String title, String text) {
        return new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet, title,
                List.of(), PublishedTime.parse(published).orElseThrow(), null, "en", null, Article.paragraphsOf(text),
                null, null, Origin.atLine("kept.jsonl", 1, 0));
    }

    /** Three happenings told by several outlets; names written in forms of their own (McAllister, NORVEX, Norvex). */
    private static List<Article> articles() {
        return List.of(
                article("mill-1", "Tarn Post", "2026-03-02T08:00Z", "Fire closes McAllister paper mill in Tarnby",
                        "A fire closed the McAllister paper mill in Tarnby on Monday, and 140 workers were sent home. "
                                + "Fire crews from Tarnby and Oskdale fought the blaze for six hours. NORVEX, which owns "
                                + "the mill, said the drying hall was destroyed."),
                article("mill-2", "Valley Herald", "2026-03-02T13:00Z", "Tarnby mill fire sends 140 home",
                        "The McAllister mill in Tarnby will stay closed after Monday's fire, its owner Norvex said. "
                                + "The 140 workers of the drying hall were sent home while crews from Oskdale helped."),
                article("mill-3", "Oskdale Daily", "2026-03-03T09:30Z", "McALLISTER mill owner counts fire damage",
                        "Norvex said the fire at the McAllister mill in Tarnby destroyed the drying hall; the 140 "
                                + "workers will be paid while the mill stays closed, the company said on Tuesday."),
                article("vote-1", "Tarn Post", "2026-03-04T10:00Z", "Brenlow council votes down harbour levy",
                        "The Brenlow council voted 9 to 4 against the harbour levy on Wednesday. Mayor Idris Quell "
                                + "said the levy would have raised 2 million for the quay walls."),
                article("vote-2", "Coast Courier", "2026-03-04T16:00Z", "Harbour levy rejected in Brenlow",
                        "Councillors in Brenlow rejected the harbour levy 9 to 4. Idris Quell, the mayor, said the "
                                + "quay walls would now wait another year."),
                article("race-1", "Valley Herald", "2026-03-06T07:00Z", "Oskdale marathon draws 3,000 runners",
                        "More than 3,000 runners took part in the Oskdale marathon on Saturday. Winner Petra Lund "
                                + "finished in two hours and eleven minutes along the river course."),
                article("race-2", "Oskdale Daily", "2026-03-06T12:00Z", "Petra Lund wins Oskdale marathon",
                        "Petra Lund won the Oskdale marathon on Saturday, ahead of 3,000 runners, in two hours "
                                + "and eleven minutes on the river course."));
    }

    private static List<Article> only(List<Article> all, String... ids) {
        List<String> wanted = List.of(ids);
        return all.stream().filter(a -> wanted.contains(a.id())).toList();
    }

    @Test
    void storiesRestoredFromKeptFeaturesAreThoseRestoredFromTheirTexts() {
        List<Article> all = articles();
        // The first run misses an early article of each happening: the second feeds them between kept ones.
        List<Article> first = only(all, "mill-1", "mill-3", "vote-2", "race-1");
        InMemoryResults memory = new InMemoryResults();
        Analysis.incremental().run(ArticleList.of(first), memory);
        Analysis.incremental().run(ArticleList.of(all), memory);
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(first, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            store.insert(only(all, "mill-2", "vote-1", "race-2"), store.startRun("analyze", List.of(), Map.of()));
            Analysis.Report second = Analysis.incremental().run(store, store);

            assertThat(second.stories().restored()).isEqualTo(4);
            assertThat(second.stories().placed()).isEqualTo(3);
            assertThat(store.assignments()).isEqualTo(memory.assignments());
            assertThat(events(store)).isEqualTo(events(memory.events()));
            assertThat(count(store, "story_features")).isEqualTo(all.size());

            // A user's decisions replayed: events are rebuilt from kept features, as from texts.
            Decision split = Decision.split(List.of("mill-3"));
            memory.addDecision(split);
            store.addDecision(split);
            Analysis.of(STORIES, false).run(ArticleList.of(all), memory);
            Analysis.of(STORIES, false).run(store, store);
            assertThat(store.assignments()).isEqualTo(memory.assignments());
            assertThat(events(store)).isEqualTo(events(memory.events()));
            Decision move = Decision.move("mill-3", "mill-2");
            memory.addDecision(move);
            store.addDecision(move);
            Analysis.of(STORIES, true).run(ArticleList.of(all), memory);
            Analysis.of(STORIES, true).run(store, store);
            assertThat(store.assignments()).isEqualTo(memory.assignments());
            assertThat(events(store)).isEqualTo(events(memory.events()));
        }
    }

    @Test
    void placedArticlesSetAsideInTheDataFolderGiveTheStoriesHeldOnesGive() throws Exception {
        List<Article> all = articles();
        try (ArticleStore aside = ArticleStore.open(dataDir); ArticleStore held = ArticleStore.open(otherDir)) {
            StoryFeatureTable table = (StoryFeatureTable) aside.storyArchive().orElseThrow();
            table.setAsideAt = 1;
            java.nio.file.Files.writeString(dataDir.resolve(SpilledPlacedArticles.PREFIX + "1" + SpilledPlacedArticles.SUFFIX),
                    "left by a run that died");
            for (ArticleStore store : List.of(aside, held)) {
                store.insert(all, store.startRun("analyze", List.of(), Map.of()));
                Analysis.incremental().run(store, store);
            }

            assertThat(table.lastSetAsideBytes).as("bytes set aside").isGreaterThan(100);
            assertThat(aside.assignments()).isEqualTo(held.assignments());
            assertThat(aside.stories()).isEqualTo(held.stories());
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dataDir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(SpilledPlacedArticles.PREFIX));
            }
        }
    }

    @Test
    void storiesOfTwoRunsAreThoseOfOneRunOverAllTheArticles() {
        List<Article> all = articles();
        try (ArticleStore once = ArticleStore.open(dataDir); ArticleStore twice = ArticleStore.open(otherDir)) {
            once.insert(all, once.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(once, once);
            // A daily batch: the later articles come in a second run.
            twice.insert(all.subList(0, 5), twice.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(twice, twice);
            twice.insert(all.subList(5, all.size()), twice.startRun("analyze", List.of(), Map.of()));
            Analysis.Report second = Analysis.incremental().run(twice, twice);

            assertThat(second.stories().restored()).isEqualTo(5);
            // Scores are as each placement weighed them (the first run knew fewer articles); the places are the same.
            assertThat(places(twice)).isEqualTo(places(once));
            assertThat(twice.stories()).isEqualTo(once.stories());
            assertThat(count(twice, "story_terms")).isEqualTo(count(once, "story_terms"));
            assertThat(count(twice, "story_terms WHERE term = 'tarnby' AND documents = 3")).isEqualTo(1);
        }
    }

    @Test
    void keptFeaturesUnderAnotherStampOrNotAddingUpAreMadeAgain() {
        List<Article> all = articles();
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(all, store.startRun("analyze", List.of(), Map.of()));
            Analysis.incremental().run(store, store);
            List<StoredStory> stories = store.stories();
            assertThat(stamp(store)).isEqualTo(StoryStage.FEATURES_STAMP);

            // As if an earlier Corroborate had kept other features: they must not be used.
            execute(store, "UPDATE kept_stamps SET stamp = 'other settings' WHERE kept = 'story features'");
            execute(store, "UPDATE story_features SET features = char(10, 10, 10, 10, 10)");
            Analysis.of(STORIES, true).run(store, store);
            assertThat(store.stories()).isEqualTo(stories);
            assertThat(stamp(store)).isEqualTo(StoryStage.FEATURES_STAMP);

            // Frequencies that do not count the kept rows (a row lost): every row is made again.
            execute(store, "DELETE FROM story_features WHERE article_id = 'vote-1'");
            execute(store, "UPDATE story_features SET features = char(10, 10, 10, 10, 10) WHERE article_id = 'race-1'");
            Analysis.of(STORIES, true).run(store, store);
            assertThat(store.stories()).isEqualTo(stories);
            assertThat(count(store, "story_features WHERE features = char(10, 10, 10, 10, 10)")).isZero();
        }
    }

    private static Map<String, String> places(ArticleStore store) {
        Map<String, String> places = new java.util.TreeMap<>();
        store.assignments().forEach((id, a) -> places.put(id, a.eventId() + " " + a.storyId()));
        return places;
    }

    /** What an event shows, as the store reads it back. */
    private record Shown(String id, String storyId, String label, List<String> keyNames, List<String> outlets,
                         List<String> articleIds) {
    }

    private static List<Shown> events(ArticleStore store) {
        return store.stories().stream().flatMap(s -> s.events().stream())
                .map(e -> new Shown(e.id(), e.storyId(), e.label(), e.keyNames(), e.outlets(), e.articleIds()))
                .sorted(java.util.Comparator.comparing(Shown::id)).toList();
    }

    private static List<Shown> events(List<Event> events) {
        return events.stream().map(e -> new Shown(e.id(), e.storyId(), e.label(), e.keyNames(), e.outlets(), e.articleIds()))
                .sorted(java.util.Comparator.comparing(Shown::id)).toList();
    }

    private static String stamp(ArticleStore store) {
        try (var select = store.database().connection().prepareStatement(
                "SELECT stamp FROM kept_stamps WHERE kept = 'story features'");
             var rows = select.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
