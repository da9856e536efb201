package dev.corroborate.io.store;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Above the frozen floor a full story run freezes its weights and storyline sums, and a batch after
 * it restores only the events it can touch: the events older than {@link StoryStage#ACTIVE_DAYS}
 * before the batch keep their rows, the batch's articles find the events a run over everything
 * finds, a run with nothing new changes nothing, and a corpus grown past
 * {@link StoryStage#REFRESH_GROWTH} is re-joined in full. The floor is lowered to this test's size.
 */
class FrozenStoryWeightsTest {

    private static final int FLOOR = 20;

    @TempDir
    Path batchDir;

    @TempDir
    Path onceDir;

    private static final String[] PLACES = {"Varnholt", "Quessby", "Orlinde", "Tamsford", "Brackwell", "Illimere",
            "Dunnock", "Harrowgate", "Pellinor", "Sallowby", "Kestrine", "Moorvane", "Ashkettle", "Fenwyck"};
    private static final String[] PEOPLE = {"Ida Rosk", "Milo Venn", "Tera Quill", "Oren Fask", "Lysa Marr", "Dov Hensk",
            "Ansel Pryde", "Cora Vell", "Jory Tamm", "Neve Osk", "Pim Garrow", "Rhea Dunst", "Sefa Lorn", "Ulan Brisk"};
    private static final String[] HAPPENINGS = {"flood closes the bridge", "council rejects the tram plan",
            "factory fire sends workers home", "museum theft of silver", "ferry strike halts crossings",
            "school roof collapses", "marathon record falls", "water mains burst downtown", "hospital wing opens",
            "landslide blocks the pass", "election count delayed", "harbour crane topples", "power cut darkens streets",
            "library sale of old maps"};
    private static final String[] OUTLETS = {"North Gazette", "River Daily", "Coast Courier", "Hill Times"};

    /** Fourteen happenings three days apart, each told by four outlets over a day: names, numbers and words of their own. */
    private static List<Article> corpus() {
        List<Article> articles = new ArrayList<>();
        Instant start = Instant.parse("2026-02-01T08:00:00Z");
        for (int h = 0; h < PLACES.length; h++) {
            for (int o = 0; o < OUTLETS.length; o++) {
                Instant at = start.plus(3L * h, ChronoUnit.DAYS).plus(5L * o, ChronoUnit.HOURS);
                String place = PLACES[h];
                String person = PEOPLE[h];
                int number = 100 + 37 * h;
                String title = place + ": " + HAPPENINGS[h] + (o % 2 == 0 ? "" : ", " + person + " says");
                String text = "In " + place + " the " + HAPPENINGS[h] + " on " + at.toString().substring(0, 10) + ". "
                        + person + " said " + number + " people in " + place + " were affected and that " + place
                        + " would recover. " + OUTLETS[o] + " heard from residents of " + place + " that " + person
                        + " visited the site. The " + number + " residents met " + person + " again later.";
                articles.add(new Article("h" + h + "-" + o, "https://example.org/" + h + "/" + o, OUTLETS[o], title,
                        List.of(), PublishedTime.parse(at.toString()).orElseThrow(), null, "en", null,
                        Article.paragraphsOf(text), null, null, Origin.atLine("frozen.jsonl", articles.size() + 1, 0)));
            }
        }
        return articles;
    }

    @Test
    void theFrozenFrequenciesOfSomeFeaturesAreThoseOfTheWholeTableForThemAndLeaveOutFeaturesNoArticleHeld() {
        try (ArticleStore store = ArticleStore.open(batchDir)) {
            store.insert(corpus(), store.startRun("analyze", List.of(), Map.of()));
            new StoryStage(FLOOR).run(store, store, store, false);
            dev.corroborate.pipeline.StoryArchive archive = store.storyArchive().orElseThrow();
            Map<String, Integer> all = archive.frozenFrequencies();
            assertThat(all).hasSizeGreaterThan(20);
            List<String> asked = new ArrayList<>(new TreeSet<>(all.keySet())).subList(0, 20);
            List<String> withAbsent = new ArrayList<>(asked);
            withAbsent.add("no such feature");
            Map<String, Integer> some = archive.frozenFrequencies(withAbsent);
            assertThat(some).hasSize(20);
            asked.forEach(term -> assertThat(some.get(term)).as(term).isEqualTo(all.get(term)));
            assertThat(archive.frozenFrequencies(List.of())).isEmpty();
        }
    }

    @Test
    void aBatchRestoresOnlyTheEventsItCanTouchAndFindsTheEventsOfARunOverEverything() {
        List<Article> all = corpus();
        List<Article> first = all.subList(0, 48);   // twelve happenings, then a batch of two (16 % more)
        List<Article> batch = all.subList(48, all.size());
        try (ArticleStore twice = ArticleStore.open(batchDir); ArticleStore once = ArticleStore.open(onceDir)) {
            twice.insert(first, twice.startRun("analyze", List.of(), Map.of()));
            StoryStage.Summary full = new StoryStage(FLOOR).run(twice, twice, twice, false);
            assertThat(full.restored()).isZero();
            assertThat(count(twice, "story_frozen WHERE documents = 48")).isEqualTo(1);
            assertThat(count(twice, "story_sums")).isEqualTo(count(twice, "stories"));
            Map<String, String> oldRows = eventRows(twice);

            twice.insert(batch, twice.startRun("analyze", List.of(), Map.of()));
            StoryStage.Summary second = new StoryStage(FLOOR).run(twice, twice, twice, false);
            assertThat(second.placed()).isEqualTo(8);
            assertThat(second.restored()).isEqualTo(48);
            // Only the active events are restored: re-joined, or put back whole from their kept states.
            assertThat(second.rejoined() + second.restoredWhole()).isBetween(1, 47);
            assertThat(second.events()).isEqualTo(14);

            once.insert(all, once.startRun("analyze", List.of(), Map.of()));
            new StoryStage(FLOOR).run(once, once, once, true);
            assertThat(memberships(twice)).isEqualTo(memberships(once));
            assertThat(twice.storyCount()).isEqualTo(once.storyCount());

            // The events more than ACTIVE_DAYS before the batch were not restored: their rows are as they were.
            Map<String, String> newRows = eventRows(twice);
            int untouched = 0;
            for (int h = 0; h < 12; h++) {
                if (3 * h < 3 * 12 - StoryStage.ACTIVE_DAYS - 1) {
                    assertThat(newRows.get("ev-h" + h + "-0")).isEqualTo(oldRows.get("ev-h" + h + "-0"));
                    untouched++;
                }
            }
            assertThat(untouched).isGreaterThan(5);
            // Every article in one event, every event's storyline there, the figures counted.
            assertThat(count(twice, "event_members")).isEqualTo(all.size());
            assertThat(count(twice, "events WHERE story_id NOT IN (SELECT id FROM stories)")).isZero();
            assertThat(count(twice, "stories WHERE id NOT IN (SELECT story_id FROM events)")).isZero();
            assertThat(count(twice, "event_figures")).isEqualTo(14);
            String figures = "SELECT group_concat(x, ';') FROM (SELECT e.id || ' ' || f.articles || ' ' || s.articles || ' ' "
                    + "|| s.outlets || ' ' || s.events AS x FROM event_figures f JOIN events e ON e.id = f.event_id "
                    + "JOIN story_figures s ON s.story_id = e.story_id ORDER BY e.id)";
            assertThat(text(twice, figures)).isEqualTo(text(once, figures));

            // Nothing new: nothing changes.
            List<StoredStory> stories = twice.stories();
            StoryStage.Summary again = new StoryStage(FLOOR).run(twice, twice, twice, false);
            assertThat(again.placed()).isZero();
            assertThat(twice.stories()).isEqualTo(stories);
        }
    }

    @Test
    void aCorpusGrownPastTheRefreshIsJoinedInFullAndFrozenAgain() {
        List<Article> all = corpus();
        try (ArticleStore store = ArticleStore.open(batchDir)) {
            store.insert(all.subList(0, 40), store.startRun("analyze", List.of(), Map.of()));
            new StoryStage(FLOOR).run(store, store, store, false);
            assertThat(count(store, "story_frozen WHERE documents = 40")).isEqualTo(1);
            store.insert(all.subList(40, all.size()), store.startRun("analyze", List.of(), Map.of()));
            StoryStage.Summary grown = new StoryStage(FLOOR).run(store, store, store, false);
            // 56 articles is 40 % more than the frozen 40: every article restored, the weights frozen again.
            assertThat(grown.restored()).isEqualTo(40);
            assertThat(count(store, "story_frozen WHERE documents = 56")).isEqualTo(1);
            assertThat(count(store, "event_members")).isEqualTo(all.size());
        }
    }

    @Test
    void belowTheFloorNothingIsFrozen() {
        try (ArticleStore store = ArticleStore.open(batchDir)) {
            store.insert(corpus(), store.startRun("analyze", List.of(), Map.of()));
            new StoryStage().run(store, store, store, false);
            assertThat(count(store, "story_frozen")).isZero();
            assertThat(count(store, "story_sums")).isZero();
        }
    }

    /** Each event as a set of its articles. */
    private static Set<Set<String>> memberships(ArticleStore store) {
        Map<String, Set<String>> byEvent = new TreeMap<>();
        store.assignments().forEach((id, a) -> byEvent.computeIfAbsent(a.eventId(), k -> new TreeSet<>()).add(id));
        return byEvent.values().stream().collect(Collectors.toSet());
    }

    /** Each event's row and members, as text, by event id. */
    private static Map<String, String> eventRows(ArticleStore store) {
        Map<String, String> rows = new TreeMap<>();
        store.stories().forEach(s -> s.events().forEach(e -> rows.put(e.id(), e.toString())));
        return rows;
    }
}
