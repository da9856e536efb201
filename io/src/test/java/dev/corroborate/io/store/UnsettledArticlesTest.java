package dev.corroborate.io.store;

import static dev.corroborate.io.store.StoreSql.execute;
import static dev.corroborate.io.store.StoreSql.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.StoryArchive;
import dev.corroborate.pipeline.StoryStage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a batch asks of the store instead of walking every article with its place
 * ({@link StoryArchive#unsettled}, {@link StoryArchive#placesOf}, {@link StoryArchive#placedEvents},
 * {@link StoryArchive#inFeedOrder}) is what that walk tells: checked against it, for new articles,
 * articles without features, an article without a time, and a member row whose event row is gone.
 */
class UnsettledArticlesTest {

    @TempDir
    Path dir;

    private static Article article(String id, Instant at, String topic) {
        String text = "The " + topic + " of Wexmoor was discussed again on " + (at == null ? "an unknown day" : at)
                + ". Residents of Wexmoor said the " + topic + " mattered to them, and the council agreed.";
        return new Article(id, "https://example.org/u/" + id, "Wexmoor Echo", "Wexmoor " + topic, List.of(),
                at == null ? null : PublishedTime.parse(at.toString()).orElseThrow(), null, "en", null,
                Article.paragraphsOf(text), null, null, Origin.atLine("u.jsonl", 1, 0));
    }

    @Test
    void theBatchsQuestionsGiveWhatAWalkOfEveryArticleGives() {
        Instant start = Instant.parse("2026-05-01T09:00:00Z");
        List<Article> first = new ArrayList<>();
        String[] topics = {"tram fares", "harbour wall", "library hours", "bridge repairs"};
        for (int k = 0; k < 24; k++) {
            first.add(article("u" + (100 + k * 7 % 24), start.plus(k * 5L, ChronoUnit.HOURS), topics[k % topics.length]));
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.insert(first, store.startRun("analyze", List.of(), Map.of()));
            new StoryStage(10).run(store, store, store, false);
            // New articles (one without a time, fed last), and one placed article whose event row is gone.
            store.insert(List.of(article("u050", start.plus(3, ChronoUnit.HOURS), "tram fares"),
                    article("u999", null, "harbour wall"), article("u200", start.plus(90, ChronoUnit.HOURS), "bridge repairs")),
                    store.startRun("analyze", List.of(), Map.of()));
            StoryArchive archive = store.storyArchive().orElseThrow();
            assertSameAsAWalk(store, archive);
            String gone = rows(store, "SELECT event_id FROM event_members ORDER BY article_id LIMIT 1").get(0).replace("|", "");
            execute(store, "PRAGMA foreign_keys = OFF");
            execute(store, "DELETE FROM events WHERE id = '" + gone + "'");
            assertSameAsAWalk(store, archive);
            assertThat(archive.unsettled().unplaced()).contains("u050", "u999", "u200").hasSizeGreaterThan(3);
        }
    }

    private static void assertSameAsAWalk(ArticleStore store, StoryArchive archive) {
        List<String> ids = new ArrayList<>();
        List<String> without = new ArrayList<>();
        archive.forEachId((id, has) -> {
            ids.add(id);
            if (!has) {
                without.add(id);
            }
        });
        // Placed: a member row of an event that exists.
        Map<String, StoryArchive.Place> places = new HashMap<>();
        for (String row : rows(store, "SELECT m.article_id, m.event_id, e.story_id FROM event_members m JOIN events e "
                + "ON e.id = m.event_id")) {
            String[] columns = row.split("\\|");
            places.put(columns[0], new StoryArchive.Place(columns[1], columns[2]));
        }
        List<String> unplaced = ids.stream().filter(id -> !places.containsKey(id)).toList();
        StoryArchive.Unsettled unsettled = archive.unsettled();
        assertThat(unsettled.articles()).isEqualTo(ids.size());
        assertThat(unsettled.unplaced()).containsExactlyElementsOf(unplaced);
        assertThat(unsettled.withoutFeatures()).containsExactlyElementsOf(without);

        Map<String, String> events = new HashMap<>();
        places.forEach((id, place) -> {
            if (ids.contains(id)) {
                events.put(place.eventId(), place.storyId());
            }
        });
        assertThat(archive.placedEvents()).isEqualTo(events);

        Set<String> some = new HashSet<>(List.of(ids.get(3), ids.get(0), ids.get(ids.size() - 1), "not-an-article"));
        Map<String, StoryArchive.Place> expected = new HashMap<>();
        some.forEach(id -> {
            if (places.containsKey(id)) {
                expected.put(id, places.get(id));
            }
        });
        assertThat(archive.placesOf(some)).isEqualTo(expected);
        assertThat(archive.inFeedOrder(some)).containsExactly(ids.get(0), ids.get(3), ids.get(ids.size() - 1));

        // The articles of some events (member rows of events that exist, as their assignments) and a few more.
        List<String> someEvents = new ArrayList<>(new java.util.TreeSet<>(events.keySet())).subList(0, Math.min(2, events.size()));
        Map<String, dev.corroborate.model.Assignment> members = archive.assignmentsIn(someEvents);
        Set<String> named = new HashSet<>(members.keySet());
        named.addAll(some);
        assertThat(archive.inFeedOrder(someEvents, some)).containsExactlyElementsOf(archive.inFeedOrder(named));
        // Their places without the reasons, and every article (read from the end of the feed) in the walk's order.
        Map<String, StoryArchive.Place> inEvents = new HashMap<>();
        places.forEach((id, place) -> {
            if (someEvents.contains(place.eventId())) {
                inEvents.put(id, place);
            }
        });
        assertThat(archive.placesIn(someEvents)).isEqualTo(inEvents);
        members.forEach((id, a) -> assertThat(inEvents.get(id)).isEqualTo(new StoryArchive.Place(a.eventId(), a.storyId())));
        List<String> shuffled = new ArrayList<>(ids);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(archive.inFeedOrder(shuffled)).containsExactlyElementsOf(ids);
        assertThat(archive.inFeedOrder(List.of(ids.get(0)))).containsExactly(ids.get(0));
        assertThat(archive.inFeedOrder(List.of())).isEmpty();
        // Their reasons, read when first used, are the stored ones, and serialize as a plain list.
        for (String row : rows(store, "SELECT article_id, reasons FROM event_members WHERE event_id IN ('"
                + String.join("', '", someEvents) + "')")) {
            String[] columns = row.split("\\|", 2);
            assertThat(members.get(columns[0]).reasons()).isEqualTo(Database.strings(columns[1]));
        }
        if (members.isEmpty()) {
            return;
        }
        dev.corroborate.model.Assignment one = members.values().iterator().next();
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(one);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).isEqualTo(one);
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
