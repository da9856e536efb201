package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

public class StoryClustererTest {

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
        for (Event event : clusterer.events()) {
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
        List<Assignment> assignments = new ArrayList<>();
        for (Article article : articles) {
            assignments.add(clusterer.add(article, List.of()));
        }
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("vessa-2")).isEqualTo(events.get("vessa-1")).isEqualTo(events.get("vessa-3"));
        assertThat(events.get("tolland-1")).isNotEqualTo(events.get("vessa-1"));
        Assignment joined = assignments.stream().filter(a -> a.articleId().equals("vessa-2")).findFirst().orElseThrow();
        assertThat(joined.startedEvent()).isFalse();
        assertThat(joined.reasons()).anySatisfy(r -> assertThat(r).startsWith("shared names:").contains("Vessa").contains("Aurora"));
        assertThat(joined.score()).isGreaterThan(StoryClusterer.Settings.DEFAULTS.eventThreshold());
        Event vessa = clusterer.events().stream().filter(e -> e.articleIds().contains("vessa-1")).findFirst().orElseThrow();
        assertThat(vessa.outlets()).containsExactly("Coastal Gazette", "Harbour Daily", "Island News");
        assertThat(vessa.keyNames()).contains("Vessa");
        assertThat(vessa.first().iso()).startsWith("2026-01-12");
    }

    /** A whole run as the cluster stage does it: counts, places, joins the events that proved one, moves the misplaced. */
    static StoryClusterer run(List<Article> articles) {
        return run(articles, clusterer -> { });
    }

    /** {@link #run(List)} with the clusterer set up by {@code setUp} first. */
    static StoryClusterer run(List<Article> articles, java.util.function.Consumer<StoryClusterer> setUp) {
        StoryClusterer clusterer = new StoryClusterer();
        setUp.accept(clusterer);
        articles.forEach(clusterer::prime);
        articles.forEach(a -> clusterer.add(a, List.of()));
        clusterer.consolidate();
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        clusterer.refine(byId::get);
        return clusterer;
    }

    @Test
    void aFollowUpWeeksLaterIsANewEventOfTheSameStoryline() {
        StoryClusterer clusterer = run(List.of(VESSA_1, VESSA_2, VESSA_3, VESSA_LATER));
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("vessa-later")).isNotEqualTo(events.get("vessa-1"));
        assertThat(clusterer.storylines()).singleElement()
                .satisfies(story -> assertThat(story.eventIds()).hasSize(2));
    }

    // Two happenings of one storyline told without any time: the governor's office tries to stop an
    // audit before it comes out, and later stops working with the auditor once it has come out. The
    // same actors and most of the same words; only the leads' actions tell them apart.
    static final List<Article> AUDIT_PRESSURE = List.of(
            article("audit-1", "Orvane Wire", null,
                    "Governor Dalen moves to block forthcoming Pellham harbour fund audit",
                    "The office of Orvane governor Anselm Dalen has asked state auditor Ines Varro to withhold a forthcoming "
                            + "audit of the Pellham harbour fund, according to a letter seen by Orvane Wire.",
                    "The audit of the harbour fund, which paid for the new container quay, was due before Varro leaves "
                            + "office. Dalen's office said the audit would damage trust between the auditor and the regions."),
            article("audit-2", "Coast Herald", null,
                    "Dalen's office pressures auditor Varro to shelve Pellham harbour fund audit",
                    "Governor Anselm Dalen's office is pressing state auditor Ines Varro to shelve a long-awaited audit of the "
                            + "Pellham harbour fund, a letter obtained by Orvane Wire shows.",
                    "The letter says publishing the harbour fund audit would harm trust between the auditor and the regions. "
                            + "Varro has promised to publish it before she leaves office."),
            article("audit-3", "Pellham Times", null,
                    "Orvane governor tries to stop Varro publishing harbour fund audit",
                    "Orvane governor Anselm Dalen wants state auditor Ines Varro to delay her audit of the Pellham harbour "
                            + "fund, according to a letter reported by Orvane Wire and confirmed by two regional officials.",
                    "Varro, who leaves office this spring, has said the harbour fund audit will be published first."));
    static final Article AUDIT_RESPONSE = article("audit-response", "Coast Herald", null,
            "Governor Dalen cuts ties with auditor Varro after Pellham harbour fund audit",
            "Orvane governor Anselm Dalen said his office would stop all work with state auditor Ines Varro "
                    + "following the release of her audit of the Pellham harbour fund.",
            "The audit of the harbour fund found that the container quay cost twice its budget. Dalen's office called "
                    + "the audit one-sided and said the auditor had ignored the regions.");

    @Test
    void aLaterHappeningOfTheStorylineToldWithoutTimesIsItsOwnEvent() {
        List<Article> articles = new ArrayList<>(AUDIT_PRESSURE);
        articles.add(AUDIT_RESPONSE);
        articles.sort(StoryClusterer.FEED_ORDER);
        StoryClusterer clusterer = run(articles);
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("audit-2")).isEqualTo(events.get("audit-1")).isEqualTo(events.get("audit-3"));
        assertThat(events.get("audit-response")).isNotEqualTo(events.get("audit-1"));
        assertThat(clusterer.storylines()).singleElement()
                .satisfies(story -> assertThat(story.eventIds()).hasSize(2));
        assertThat(clusterer.assignments().get("audit-response").reasons())
                .anySatisfy(reason -> assertThat(reason).contains("what came after"));

        // Without the rule, the same articles make one event: the words alone do not tell them apart.
        StoryClusterer wordsOnly = new StoryClusterer(SettingsTest.defaultsWith("followUpActionWords", 0));
        articles.forEach(wordsOnly::prime);
        articles.forEach(a -> wordsOnly.add(a, List.of()));
        wordsOnly.consolidate();
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        wordsOnly.refine(byId::get);
        assertThat(new java.util.HashSet<>(eventsOf(wordsOnly).values())).hasSize(1);
    }

    @Test
    void aFollowUpKeptInAStorylineOfItsOwnJoinsTheStorylineOfTheHappeningItFollows() {
        // As an incremental run meets them when the follow-up came in an earlier batch and the first
        // article of the happening it follows is placed before it is restored (feed order: dated first).
        StoryClusterer clusterer = new StoryClusterer();
        List<Article> articles = new ArrayList<>(AUDIT_PRESSURE);
        articles.add(AUDIT_RESPONSE);
        articles.forEach(clusterer::prime);
        clusterer.add(AUDIT_PRESSURE.get(0), List.of());
        clusterer.restore(AUDIT_RESPONSE, new Assignment("audit-response", "ev-response", "st-response", true, 0,
                List.of("started the event"), null, 0));
        clusterer.add(AUDIT_PRESSURE.get(1), List.of());
        clusterer.add(AUDIT_PRESSURE.get(2), List.of());
        clusterer.consolidate();
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("audit-2")).isEqualTo(events.get("audit-1")).isEqualTo(events.get("audit-3"));
        assertThat(events.get("audit-response")).isEqualTo("ev-response");
        assertThat(clusterer.storylines().stream().filter(story -> !story.eventIds().isEmpty()))
                .singleElement().satisfies(story -> assertThat(story.eventIds()).hasSize(2));
    }

    @Test
    void aConsequenceToldAfterTheHappeningItselfStaysInItsEvent() {
        // "After the fire" in a lead is no later happening when the other leads tell the fire as past:
        // the shop in ruins after the blaze is the blaze's own coverage.
        Article ruins = article("harwick-ruins", "Lane Notes", null, "Greenway supermarket in ruins after Harwick fire",
                "The Greenway supermarket on Mill Lane in Harwick was reduced to ruins after the fire that crews fought "
                        + "through Friday night, the county fire service said.",
                "Nobody was hurt, and the shop's owners said they would rebuild.");
        List<Article> articles = new ArrayList<>(HARWICK);
        articles.add(ruins);
        Map<String, String> events = eventsOf(run(articles));
        assertThat(events.get("harwick-ruins")).isEqualTo(events.get("harwick-1"));
    }

    @Test
    void aHeadlineThatIsOnlyADateDoesNotLabelTheEvent() {
        Article dated = article("vessa-dated", "Harbour Daily", "2026-01-12T09:00Z", "Monday, 12 January 2026",
                VESSA_1.paragraphs().toArray(String[]::new));
        StoryClusterer clusterer = run(List.of(dated, VESSA_2));
        assertThat(clusterer.events()).singleElement()
                .satisfies(event -> assertThat(event.label()).isEqualTo(VESSA_2.title()));
    }

    @Test
    void keyNamesAndReasonsKeepHowANameIsWritten() {
        Article first = article("bridge-1", "Valley Courier", "2026-03-02T08:00Z", "Bridge in Saint-Émile closes",
                "The old bridge in Saint-Émile closed on Monday after engineer Carla DeLuca found cracks. "
                        + "DeLuca said the Saint-Émile bridge would stay shut for a month.");
        Article second = article("bridge-2", "County Post", "2026-03-02T11:00Z", "SAINT-ÉMILE BRIDGE SHUT",
                "Engineer Carla DeLuca closed the bridge in Saint-Émile after finding cracks, and DeLuca "
                        + "expects repairs to take a month in Saint-Émile.");
        StoryClusterer clusterer = run(List.of(first, second));
        assertThat(clusterer.events()).singleElement()
                .satisfies(event -> assertThat(event.keyNames()).contains("DeLuca", "Saint-Émile"));
        assertThat(clusterer.assignments().get("bridge-2").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("shared names:").contains("DeLuca"));
    }

    @Test
    void aPassageReusedWeeksLaterDoesNotMakeOneEvent() {
        StoryClusterer clusterer = run(List.of(VESSA_1, VESSA_2, VESSA_3, VESSA_LATER));
        ReuseLink background = new ReuseLink("vessa-1", "vessa-later", Relation.PARTIAL, 0.3, 0.2, List.of(), List.of());
        assertThat(clusterer.joinLinked(List.of(background), StoryClusterer.Settings.DEFAULTS.partialLinkThreshold())).isZero();
        assertThat(eventsOf(clusterer).get("vessa-later")).isNotEqualTo(eventsOf(clusterer).get("vessa-1"));

        ReuseLink copy = new ReuseLink("vessa-1", "vessa-later", Relation.COPY, 0.9, 0.8, List.of(), List.of());
        assertThat(clusterer.joinLinked(List.of(copy), StoryClusterer.Settings.DEFAULTS.partialLinkThreshold())).isOne();
    }

    @Test
    void aCopyJoinsItsSourcesEventWhateverItsWords() {
        StoryClusterer clusterer = new StoryClusterer();
        clusterer.add(VESSA_1, List.of());
        Article unrelatedWords = article("copy", "Valley Courier", "2026-01-12T12:00Z", "Short item", "A short item.");
        ReuseLink copy = new ReuseLink("vessa-1", "copy", Relation.COPY, 0.9, 0.8, List.of(), List.of());
        Assignment a = clusterer.add(unrelatedWords, List.of(copy));
        assertThat(a.eventId()).isEqualTo(eventsOf(clusterer).get("vessa-1"));
        assertThat(a.reasons().get(0)).isEqualTo("copy of vessa-1");
    }

    @Test
    void aSourcePlacedAfterItsCopySaysItIsTheSourceNotTheCopy() {
        // Issue 20: placed after its own copy (no times, or feed order), the wire read "copy of <its copy>".
        StoryClusterer clusterer = new StoryClusterer();
        Article copyFirst = article("copy", "Valley Courier", null, VESSA_1.title(), VESSA_1.paragraphs().toArray(String[]::new));
        clusterer.add(copyFirst, List.of());
        ReuseLink copy = new ReuseLink("vessa-1", "copy", Relation.COPY, 0.9, 0.8, List.of(), List.of());
        Assignment source = clusterer.add(VESSA_1, List.of(copy));
        assertThat(source.reasons().get(0)).isEqualTo("source of copy (copy)");
    }

    @Test
    void aRunnerUpMergedIntoTheArticlesOwnEventIsNoRunnerUp() {
        // Issue 20: the runner-up named at placement was later joined with the article's event, and
        // the timeline showed the article's own event as its runner-up.
        List<Article> articles = new ArrayList<>(HARWICK);
        articles.add(article("harwick-post", "Lane Notes", null, "Woke up to sirens",
                "I woke at two to sirens and the smell of smoke. By morning the Greenway supermarket at the end of "
                        + "our road in Harwick was a shell, and neighbours stood about in dressing gowns watching the firefighters.",
                "The shop is where everyone here buys bread. Nobody knows when it will open again."));
        StoryClusterer whole = run(articles);
        for (Assignment a : whole.assignments().values()) {
            assertThat(a.runnerUpEventId()).as(a.articleId()).isNotEqualTo(a.eventId());
            if (a.runnerUpEventId() != null) {
                assertThat(whole.events()).extracting(Event::id).as(a.articleId()).contains(a.runnerUpEventId());
            }
        }
    }

    @Test
    void aCorrectionMadeTwiceIsOneReason() {
        // Issue 20: "split off by a user's decision" twice after repeated corrections.
        Map<String, Article> byId = new HashMap<>();
        StoryClusterer clusterer = new StoryClusterer();
        for (Article article : List.of(VESSA_1, VESSA_2, VESSA_3)) {
            byId.put(article.id(), article);
            clusterer.add(article, List.of());
        }
        clusterer.apply(Decision.split(List.of("vessa-3")), byId::get);
        clusterer.apply(Decision.move("vessa-3", "vessa-1"), byId::get);
        clusterer.apply(Decision.split(List.of("vessa-3")), byId::get);
        clusterer.apply(Decision.move("vessa-3", "vessa-1"), byId::get);
        assertThat(clusterer.assignments().get("vessa-3").reasons())
                .containsOnlyOnce("split off by a user's decision", "moved by a user's decision")
                .startsWith("moved by a user's decision");
    }

    @Test
    void restoringAndAddingGivesWhatAddingEverythingGives() {
        List<Article> all = List.of(TOLLAND, VESSA_1, VESSA_2, VESSA_3, VESSA_LATER);
        StoryClusterer once = new StoryClusterer();
        Map<String, Assignment> first = new HashMap<>();
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
        clusterer.apply(Decision.split(List.of("vessa-3")), byId::get);
        Map<String, String> events = eventsOf(clusterer);
        assertThat(events.get("vessa-3")).isNotEqualTo(events.get("vessa-1"));
        assertThat(clusterer.assignments().get("vessa-3").reasons().get(0)).isEqualTo("split off by a user's decision");

        clusterer.apply(Decision.move("vessa-3", "vessa-1"), byId::get);
        assertThat(eventsOf(clusterer).get("vessa-3")).isEqualTo(eventsOf(clusterer).get("vessa-1"));

        clusterer.apply(Decision.merge(List.of("tolland-1", "vessa-1")), byId::get);
        assertThat(eventsOf(clusterer).get("tolland-1")).isEqualTo(eventsOf(clusterer).get("vessa-1"));
        assertThat(clusterer.events()).hasSize(1);
        // The storyline of the merged event spans the times of the articles it took from another: it kept
        // Tolland's day alone, so a date filter missed the Vessa reports.
        String merged = eventsOf(clusterer).get("vessa-1");
        dev.corroborate.model.Storyline storyline = clusterer.storylines().stream()
                .filter(s -> s.eventIds().contains(merged)).findFirst().orElseThrow();
        assertThat(storyline.first().iso()).startsWith("2025-03-02");
        assertThat(storyline.last().iso()).startsWith("2026-01-13");
    }

    // Two supermarket fires, each told by three outlets: the same kind of happening, in other places,
    // with other people and numbers.
    static final List<Article> HARWICK = List.of(
            article("harwick-1", "County Post", null, "Fire destroys Greenway supermarket in Harwick",
                    "A fire destroyed the Greenway supermarket on Mill Lane in Harwick on Friday night, and 40 "
                            + "firefighters fought the blaze for six hours.",
                    "Fire chief Alda Quint said the roof collapsed shortly after midnight. Police are treating the fire "
                            + "as suspicious."),
            article("harwick-2", "Evening Star", null, "Harwick supermarket gutted by blaze",
                    "Forty firefighters spent the night tackling a blaze that gutted the Greenway store in Harwick, "
                            + "Alda Quint of the county fire service said. Homes on Mill Lane were evacuated.",
                    "The cause of the fire is not yet known."),
            article("harwick-3", "Radio South", null, "Police investigate Harwick store fire",
                    "Detectives are investigating a fire that destroyed a Greenway supermarket in Harwick on Friday. "
                            + "Alda Quint praised the 40 firefighters who brought it under control.",
                    "The store on Mill Lane will stay closed while engineers check the building."));
    static final List<Article> DUNMORE = List.of(
            article("dunmore-1", "Northern Echo", null, "Blaze tears through Dunmore supermarket",
                    "Flames tore through a Fresco supermarket in Dunmore early on Sunday. Crews from three stations "
                            + "were called to Bridge Street at 5am, fire officer Tomas Reyes said.",
                    "Nobody was hurt. Shoppers were turned away as smoke hung over the town centre."),
            article("dunmore-2", "Dunmore Herald", null, "Man, 31, charged after Fresco fire in Dunmore",
                    "A man aged 31 has been charged with arson after the fire that wrecked the Fresco store on Bridge "
                            + "Street in Dunmore on Sunday morning.",
                    "Tomas Reyes of the fire service said the damage to the store was severe."),
            article("dunmore-3", "Coast FM", null, "Dunmore Fresco fire: store to stay shut for weeks",
                    "The Fresco supermarket in Dunmore will stay shut for weeks after Sunday's fire, its manager said, "
                            + "as a man of 31 appeared in court charged with arson.",
                    "Fire officer Tomas Reyes said crews had stopped the flames reaching homes on Bridge Street."));

    @Test
    void twoHappeningsOfTheSameKindStayApartWhenEachHasItsOwnDetails() {
        List<Article> articles = new ArrayList<>(HARWICK);
        articles.addAll(DUNMORE);
        Map<String, String> events = eventsOf(run(articles));
        assertThat(events.get("harwick-2")).isEqualTo(events.get("harwick-1")).isEqualTo(events.get("harwick-3"));
        assertThat(events.get("dunmore-2")).isEqualTo(events.get("dunmore-1")).isEqualTo(events.get("dunmore-3"));
        assertThat(events.get("dunmore-1")).isNotEqualTo(events.get("harwick-1"));
    }

    @Test
    void aFragmentOfOneHappeningJoinsOnceEveryArticleIsPlaced() {
        // A first-person post about the Harwick fire, in words of its own: too unlike the reports to
        // join them when it is placed, alike enough to their articles on average, and with no detail
        // of its own that would tell another fire.
        Article post = article("harwick-post", "Lane Notes", null, "Woke up to sirens",
                "I woke at two to sirens and the smell of smoke. By morning the Greenway supermarket at the end of "
                        + "our road in Harwick was a shell, and neighbours stood about in dressing gowns watching the firefighters.",
                "The shop is where everyone here buys bread. Nobody knows when it will open again.");
        List<Article> articles = new ArrayList<>(HARWICK);
        articles.add(post);
        StoryClusterer placedOnly = new StoryClusterer();
        articles.forEach(placedOnly::prime);
        List<Assignment> placed = new ArrayList<>();
        articles.forEach(a -> placed.add(placedOnly.add(a, List.of())));
        assertThat(placed.get(3).startedEvent()).as("placed alone at first").isTrue();

        StoryClusterer whole = run(articles);
        assertThat(new java.util.HashSet<>(eventsOf(whole).values())).hasSize(1);
        assertThat(whole.assignments().get("harwick-post").reasons()).last().asString().startsWith("joined when events");
    }

    @Test
    void anArticleTheOrderPutInTheWrongEventMovesToTheOneItIsMostLike() {
        // Told in the words of the Dunmore reports, but about Harwick: placed when only Dunmore's
        // event exists, it joins it; once Harwick's reports are in, it is more like them.
        Article early = article("harwick-early", "Valley Courier", null, "Blaze tears through Harwick supermarket",
                "Flames tore through the Greenway supermarket on Mill Lane in Harwick early on Friday. Crews from three stations "
                        + "were called at 5am, a fire officer said.",
                "Nobody was hurt. Shoppers were turned away as smoke hung over the town centre.");
        List<Article> articles = new ArrayList<>(DUNMORE);
        articles.add(early);
        articles.addAll(HARWICK);
        StoryClusterer placedOnly = new StoryClusterer();
        articles.forEach(placedOnly::prime);
        articles.forEach(a -> placedOnly.add(a, List.of()));
        placedOnly.consolidate();
        Map<String, String> placed = eventsOf(placedOnly);

        StoryClusterer whole = run(articles);
        Map<String, String> events = eventsOf(whole);
        assertThat(placed.get("harwick-early")).as("where placement put it").isEqualTo(placed.get("dunmore-1"));
        assertThat(events.get("harwick-early")).isEqualTo(events.get("harwick-1")).isNotEqualTo(events.get("dunmore-1"));
        assertThat(whole.assignments().get("harwick-early").reasons()).last().asString().startsWith("moved to event");
    }

    // ---- order independence, on a seeded corpus of many events of few kinds

    private static final String[] KINDS = {"ferry grounding reef passengers rescued coastguard lifeboat hull",
            "mine pollution river water report commission tailings wells",
            "tram line opening station timetable passengers council tickets",
            "hospital strike nurses wages union talks shifts"};
    private static final String[] GENERAL = ("the a of in on and to for with by from that this was has have will "
            + "week day officials statement local residents region plans public news morning evening").split(" ");

    static List<Article> corpus(long seed, int events, int perEvent, Map<String, Integer> truth) {
        return corpus(seed, events, perEvent, truth, false);
    }

    /**
     * A seeded corpus of {@code events} happenings of four kinds, {@code perEvent} articles each.
     * Plain: every article names its event's place, person and number often, headline included, and
     * events lie five days apart. Hard: the names are rare, headlines name only the kind and, for
     * half the articles, the place, and four events share each pair of days, so order matters.
     */
    public static List<Article> corpus(long seed, int events, int perEvent, Map<String, Integer> truth, boolean hard) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            String[] kind = KINDS[e % KINDS.length].split(" ");
            String place = "Place" + (char) ('A' + e % 26) + (e / 26) + "ville";
            String person = "Person" + (char) ('A' + (e * 7) % 26) + e + "son";
            String number = String.valueOf(10 + e * 3);
            int day = hard ? 1 + (e / 4) * 2 : 1 + e * 5;
            for (int a = 0; a < perEvent; a++) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 6; s++) {
                    for (int w = 0; w < 12; w++) {
                        int pick = random.nextInt(100);
                        String word = pick < 30 ? kind[random.nextInt(kind.length)]
                                : pick < (hard ? 42 : 50) ? (random.nextBoolean() ? place : person)
                                : pick < (hard ? 46 : 60) ? number : GENERAL[random.nextInt(GENERAL.length)];
                        text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
                    }
                    text.setLength(text.length() - 1);
                    text.append(". ");
                }
                String id = "e" + e + "-a" + a;
                truth.put(id, e);
                articles.add(article(id, "Outlet " + random.nextInt(5),
                        java.time.LocalDate.of(2025, 1, 1).plusDays(day + random.nextInt(3)) + "T10:00Z",
                        hard ? kind[0] + " " + kind[1] + (random.nextBoolean() ? " " + place : "")
                                : place + " " + kind[0] + " " + person, text.toString().strip()));
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
        Map<String, String> expected = eventsOf(run(canonical));
        Map<String, String> truthEvents = new HashMap<>();
        truth.forEach((a, e) -> truthEvents.put(a, "t" + e));
        assertThat(bcubed(expected, truthEvents)).as("canonical order against the generator's events").isGreaterThan(0.9);
        Random random = new Random(5);
        for (int round = 0; round < 10; round++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);
            assertThat(bcubed(eventsOf(run(shuffled)), expected)).as("round %d", round).isGreaterThanOrEqualTo(0.90);
        }
    }

    /**
     * The documented bound where order does matter: on the hard corpus (rare names, events of one
     * kind on the same days), every shuffled order gives events whose B-cubed F1 against the
     * canonical order's is at least 0.80 (0.82 to 0.92 measured on these ten orders).
     */
    @Test
    void shuffledHardInputStaysWithinTheDocumentedBound() {
        Map<String, Integer> truth = new HashMap<>();
        List<Article> articles = corpus(11, 24, 6, truth, true);
        List<Article> canonical = new ArrayList<>(articles);
        canonical.sort(StoryClusterer.FEED_ORDER);
        Map<String, String> expected = eventsOf(run(canonical));
        Random random = new Random(5);
        double lowest = 1;
        for (int round = 0; round < 10; round++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);
            double f1 = bcubed(eventsOf(run(shuffled)), expected);
            assertThat(f1).as("round %d", round).isGreaterThanOrEqualTo(0.80);
            lowest = Math.min(lowest, f1);
        }
        assertThat(lowest).as("order matters on this corpus, so the test can fail").isLessThan(1.0);
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
