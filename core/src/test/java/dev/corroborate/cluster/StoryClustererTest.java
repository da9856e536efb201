package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.reuse.Relation;
import dev.corroborate.reuse.ReuseLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    static Article article(String id, String outlet, String published, String title, String... paragraphs) {
        return new Article(id, null, outlet, title, List.of(),
                published == null ? null : PublishedTime.parse(published).orElseThrow(), null, "en", null,
                List.of(paragraphs), null, null, Origin.of(id + ".txt"));
    }

    // Two ferry groundings of the same kind: different islands, ferries, people, numbers and years.
    static final Article VESSA_1 = article("vessa-1", "Harbour Daily", "2026-01-12T08:00Z",
            "Ferry Aurora runs aground off Vessa island, 42 passengers rescued",
            "The ferry Aurora ran aground on rocks off Vessa island early on Monday and all 42 passengers were rescued "
                    + "by lifeboats from Korvik, the coastguard said.",
            "Captain Ilse Marten told the Vessa harbour office that fog hid the reef. The operator Nordlink has "
                    + "suspended the Vessa route while divers inspect the hull.");
    static final Article VESSA_2 = article("vessa-2", "Coastal Gazette", "2026-01-12T10:30Z",
            "Aurora grounding: Korvik lifeboats save 42 off Vessa",
            "Lifeboat crews from Korvik rescued 42 passengers after the ferry Aurora struck a reef near Vessa island "
                    + "in thick fog on Monday.",
            "Nordlink said captain Ilse Marten acted correctly and that the Vessa service would stay suspended until "
                    + "the hull inspection is complete.");
    static final Article VESSA_3 = article("vessa-3", "Island News", "2026-01-13T07:15Z",
            "Divers inspect Aurora hull as Vessa route stays shut",
            "Divers began inspecting the hull of the ferry Aurora on Tuesday, a day after it grounded off Vessa island "
                    + "with 42 passengers aboard, all rescued by the Korvik lifeboats.",
            "Nordlink expects the Vessa route to reopen within a week, according to captain Ilse Marten's union.");
    static final Article TOLLAND = article("tolland-1", "Harbour Daily", "2025-03-02T09:00Z",
            "Ferry Borealis hits pier in Tolland storm, 7 hurt",
            "The ferry Borealis struck the pier at Tolland during a storm on Sunday, injuring seven crew members, "
                    + "the port authority of Tolland said.",
            "Captain Ruben Sand said the gale pushed the Borealis sideways. The operator Westferry cancelled all "
                    + "Tolland crossings for two days.");
    static final Article VESSA_LATER = article("vessa-later", "Harbour Daily", "2026-02-20T09:00Z",
            "Inquiry blames fog procedures for Aurora grounding off Vessa",
            "The maritime inquiry into the grounding of the ferry Aurora off Vessa island in January found that "
                    + "Nordlink's fog procedures were inadequate, and ordered new radar training for its crews.",
            "Captain Ilse Marten was cleared of blame. Nordlink said it accepted every recommendation and that the "
                    + "Vessa route would keep its winter timetable.");

    private static Map<String, String> eventsOf(StoryClusterer clusterer) {
        Map<String, String> events = new HashMap<>();
        for (StoryClusterer.Event event : clusterer.events()) {
            for (String id : event.articleIds()) {
                events.put(id, event.id());
            }
        }
        return events;
    }

    @Test
    void oneHappeningInThreeOutletsIsOneEventAndAnotherOfTheSameKindIsAnother() {
        StoryClusterer clusterer = new StoryClusterer();
        List<Article> articles = new ArrayList<>(List.of(VESSA_1, VESSA_2, VESSA_3, TOLLAND));
        articles.sort(StoryClusterer.FEED_ORDER);
        List<StoryClusterer.Assignment> assignments = new ArrayList<>();
        for (Article article : articles) {
            assignments.add(clusterer.add(article, List.of()));
        }
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("vessa-2")).isEqualTo(events.get("vessa-1")).isEqualTo(events.get("vessa-3"));
        assertThat(events.get("tolland-1")).isNotEqualTo(events.get("vessa-1"));
        StoryClusterer.Assignment joined = assignments.stream().filter(a -> a.articleId().equals("vessa-2")).findFirst().orElseThrow();
        assertThat(joined.startedEvent()).isFalse();
        assertThat(joined.reasons()).anySatisfy(r -> assertThat(r).startsWith("shared names:").contains("Vessa").contains("Aurora"));
        assertThat(joined.score()).isGreaterThan(StoryClusterer.Settings.DEFAULT.eventThreshold());
        StoryClusterer.Event vessa = clusterer.events().stream().filter(e -> e.articleIds().contains("vessa-1")).findFirst().orElseThrow();
        assertThat(vessa.outlets()).containsExactly("Coastal Gazette", "Harbour Daily", "Island News");
        assertThat(vessa.keyNames()).contains("Vessa");
        assertThat(vessa.first().iso()).startsWith("2026-01-12");
    }

    @Test
    void aFollowUpWeeksLaterIsANewEventOfTheSameStoryline() {
        StoryClusterer clusterer = new StoryClusterer();
        for (Article article : List.of(VESSA_1, VESSA_2, VESSA_3, VESSA_LATER)) {
            clusterer.add(article, List.of());
        }
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("vessa-later")).isNotEqualTo(events.get("vessa-1"));
        assertThat(clusterer.storylines()).singleElement()
                .satisfies(story -> assertThat(story.eventIds()).hasSize(2));
    }

    @Test
    void aCopyJoinsItsSourcesEventWhateverItsWords() {
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.add(VESSA_1, List.of());
        Article unrelatedWords = article("copy", "Valley Courier", "2026-01-12T12:00Z", "Short item", "A short item.");
        ReuseLink copy = new ReuseLink("vessa-1", "copy", Relation.COPY, 0.9, 0.8, List.of(), List.of());
        StoryClusterer.Assignment a = clusterer.add(unrelatedWords, List.of(copy));
        assertThat(a.eventId()).isEqualTo(eventsOf(clusterer).get("vessa-1"));
        assertThat(a.reasons().get(0)).isEqualTo("copy of vessa-1");
    }

    @Test
    void restoringAndAddingGivesWhatAddingEverythingGives() {
        List<Article> all = List.of(TOLLAND, VESSA_1, VESSA_2, VESSA_3, VESSA_LATER);
        StoryClusterer once = new StoryClusterer();
        Map<String, StoryClusterer.Assignment> first = new HashMap<>();
        for (Article article : all) {
            first.put(article.id(), once.add(article, List.of()));
        }
        StoryClusterer incremental = new StoryClusterer();
        for (Article article : all.subList(0, 3)) {
            incremental.restore(article, first.get(article.id()));
        }
        for (Article article : all.subList(3, 5)) {
            incremental.add(article, List.of());
        }
        assertThat(eventsOf(incremental)).isEqualTo(eventsOf(once));
    }

    @Test
    void decisionsMergeSplitAndMove() {
        Map<String, Article> byId = new HashMap<>();
        StoryClusterer clusterer = new StoryClusterer();
        for (Article article : List.of(TOLLAND, VESSA_1, VESSA_2, VESSA_3)) {
            byId.put(article.id(), article);
            clusterer.add(article, List.of());
        }
        clusterer.apply(StoryClusterer.Decision.split(List.of("vessa-3")), byId::get);
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("vessa-3")).isNotEqualTo(events.get("vessa-1"));
        assertThat(clusterer.assignments().get("vessa-3").reasons().get(0)).isEqualTo("split off by a user's decision");

        clusterer.apply(StoryClusterer.Decision.move("vessa-3", "vessa-1"), byId::get);
        assertThat(eventsOf(clusterer).get("vessa-3")).isEqualTo(eventsOf(clusterer).get("vessa-1"));

        clusterer.apply(StoryClusterer.Decision.merge(List.of("tolland-1", "vessa-1")), byId::get);
        assertThat(eventsOf(clusterer).get("tolland-1")).isEqualTo(eventsOf(clusterer).get("vessa-1"));
        assertThat(clusterer.events()).hasSize(1);
    }

    // ---- order independence, on a seeded corpus of many events of few kinds

    private static final String[] KINDS = {"ferry grounding reef passengers rescued coastguard lifeboat hull",
            "mine pollution river water report commission tailings wells",
            "tram line opening station timetable passengers council tickets",
            "hospital strike nurses wages union talks shifts"};
    private static final String[] GENERAL = ("the a of in on and to for with by from that this was has have will "
            + "week day officials statement local residents region plans public news morning evening").split(" ");

    static List<Article> corpus(long seed, int events, int perEvent, Map<String, Integer> truth) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            String[] kind = KINDS[e % KINDS.length].split(" ");
            String place = "Place" + (char) ('A' + e % 26) + (e / 26) + "ville";
            String person = "Person" + (char) ('A' + (e * 7) % 26) + e + "son";
            String number = String.valueOf(10 + e * 3);
            int day = 1 + e * 5;
            for (int a = 0; a < perEvent; a++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 6; s++) {
                    for (int w = 0; w < 12; w++) {
                        int pick = random.nextInt(10);
                        String word = pick < 3 ? kind[random.nextInt(kind.length)]
                                : pick < 5 ? (random.nextBoolean() ? place : person)
                                : pick < 6 ? number : GENERAL[random.nextInt(GENERAL.length)];
                        text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
                    }
                    text.setLength(text.length() - 1);
                    text.append(". ");
                }
                String id = "e" + e + "-a" + a;
                truth.put(id, e);
                articles.add(article(id, "Outlet " + random.nextInt(5),
                        java.time.LocalDate.of(2025, 1, 1).plusDays(day + random.nextInt(3)) + "T10:00Z",
                        place + " " + kind[0] + " " + person, text.toString().strip()));
            }
        }
        return articles;
    }

    /** B-cubed F1 of one partition against another. */
    static double bcubed(Map<String, String> predicted, Map<String, String> reference) {
        Map<String, List<String>> p = new HashMap<>();
        Map<String, List<String>> r = new HashMap<>();
        predicted.forEach((a, c) -> p.computeIfAbsent(c, k -> new ArrayList<>()).add(a));
        reference.forEach((a, c) -> r.computeIfAbsent(c, k -> new ArrayList<>()).add(a));
        double precision = 0;
        double recall = 0;
        for (String a : reference.keySet()) {
            List<String> mine = p.get(predicted.get(a));
            List<String> theirs = r.get(reference.get(a));
            long common = mine.stream().filter(x -> reference.get(x).equals(reference.get(a))).count();
            precision += (double) common / mine.size();
            recall += (double) common / theirs.size();
        }
        precision /= reference.size();
        recall /= reference.size();
        return 2 * precision * recall / (precision + recall);
    }

    /**
     * The documented bound: feeding the same articles in any order gives events whose B-cubed F1
     * against the events of the canonical order (earliest first) is at least 0.90.
     */
    @Test
    void shuffledInputGivesNearlyTheSameEvents() {
        Map<String, Integer> truth = new HashMap<>();
        List<Article> articles = corpus(11, 24, 6, truth);
        List<Article> canonical = new ArrayList<>(articles);
        canonical.sort(StoryClusterer.FEED_ORDER);
        StoryClusterer reference = new StoryClusterer();
        canonical.forEach(a -> reference.add(a, List.of()));
        Map<String, String> expected = eventsOf(reference);
        Map<String, String> truthEvents = new HashMap<>();
        truth.forEach((a, e) -> truthEvents.put(a, "t" + e));
        assertThat(bcubed(expected, truthEvents)).as("canonical order against the generator's events").isGreaterThan(0.9);
        Random random = new Random(5);
        for (int round = 0; round < 10; round++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);
            StoryClusterer clusterer = new StoryClusterer();
            shuffled.forEach(a -> clusterer.add(a, List.of()));
            assertThat(bcubed(eventsOf(clusterer), expected)).as("round %d", round).isGreaterThanOrEqualTo(0.90);
        }
    }

    @Test
    void theSameOrderGivesTheSameEventsAndIds() {
        Map<String, Integer> truth = new HashMap<>();
        List<Article> articles = corpus(3, 8, 4, truth);
        StoryClusterer a = new StoryClusterer();
        StoryClusterer b = new StoryClusterer();
        articles.forEach(x -> a.add(x, List.of()));
        articles.forEach(x -> b.add(x, List.of()));
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(a.storylines()).isEqualTo(b.storylines());
    }
}
