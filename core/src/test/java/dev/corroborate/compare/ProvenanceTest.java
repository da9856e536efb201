package dev.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Passage;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.ReuseDetector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final String[] WIRE = {
        "The island ferry operator was fined 40,000 crowns on Monday for repeatedly sailing late last winter, the transport regulator said in a statement.",
        "The regulator found that a third of sailings in January left more than twenty minutes behind schedule, mostly because of crew shortages on the northern route.",
        "The operator said it would appeal the decision and had already hired twelve more deckhands to cover the spring timetable.",
        "Passenger groups welcomed the fine but said the money should go towards a second vessel rather than into the state budget.",
    };

    private static final String EDITOR_NOTE = "Harbour Daily carries this report from our partners at Meridian Press every weekday morning.";

    private static Article article(String id, String outlet, String published, String... paragraphs) {
        return new Article(id, null, outlet, "Title of " + id, List.of(),
                PublishedTime.parse(published).orElseThrow(), null, "en", null, List.of(paragraphs), null, null,
                Origin.of(id + ".txt"));
    }

    private static final Article WIRE_REPORT = article("wire", "Meridian Press", "2026-02-03T09:12Z", WIRE);
    private static final Article COPY = article("copy", "Harbour Daily", "2026-02-03T10:00Z",
            WIRE[0], WIRE[1], WIRE[2], WIRE[3], EDITOR_NOTE);
    private static final Article COPY_OF_COPY = article("copy2", "Quay Weekly", "2026-02-03T12:00Z",
            WIRE[0], WIRE[1], WIRE[2], WIRE[3], EDITOR_NOTE);
    private static final Article REWRITE = article("rewrite", "Northern Ledger", "2026-02-04T08:00Z",
            "On Monday the transport regulator fined the island ferry operator 40,000 crowns for sailing late again and again last winter.",
            "According to the regulator, crew shortages on the northern route made a third of January sailings leave over twenty minutes behind schedule.",
            "An appeal is planned, the operator said, adding that twelve more deckhands had been hired for the spring timetable.",
            "Passenger groups said the fine should pay for a second vessel instead of going into the state budget.");
    private static final Article MIXED = article("mixed", "Civic Observer", "2026-02-03T16:05Z",
            WIRE[0], WIRE[1],
            "A former harbour master said in an interview that the late sailings had been predictable for years, because the operator "
                    + "never replaced the crew it lost during the pandemic and relied on overtime from a handful of veterans.",
            "\"Everyone on the quay knew the winter would be hard,\" she told the Civic Observer on Tuesday, pointing at the empty berth "
                    + "where the relief vessel used to wait, and adding that the harbour office had warned the ministry twice in writing.");
    private static final Article TRAM = article("tram", "Evening Post", "2026-02-03T10:30Z",
            "The eastern extension of the tram network opened to passengers on Thursday, two months earlier than planned and slightly "
                    + "under its budget, and trams will run every seven minutes at peak times along the new line.");

    private static List<ReuseLink> links(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        return ReuseDetector.findLinks(new ReuseDetector.Corpus() {
            @Override
            public void forEach(Consumer<Article> action) {
                byId.values().forEach(action);
            }

            @Override
            public Article require(String id) {
                return byId.get(id);
            }
        });
    }

    @Test
    void theWireIsTheOriginAndTheArticleWithItsOwnReportingIsASecondIndependentSource() {
        List<Article> story = List.of(WIRE_REPORT, COPY, REWRITE, MIXED);
        Provenance.Graph graph = Provenance.of(story, links(story));
        assertThat(graph.origins()).containsExactly("wire");
        assertThat(graph.independentSources()).isEqualTo(2);
        assertThat(graph.node("mixed").independent()).isTrue();
        assertThat(graph.node("mixed").own()).isNotEmpty();
        assertThat(MIXED.text().substring(graph.node("mixed").own().get(0).start())).startsWith("A former harbour master");
        assertThat(graph.node("copy").independent()).isFalse();
        assertThat(graph.node("rewrite").independent()).isFalse();
        assertThat(graph.node("rewrite").sources().get(0).relation()).isEqualTo(Relation.REWRITE);
        assertThat(graph.derivedFrom("wire")).extracting(Provenance.Node::articleId)
                .containsExactlyInAnyOrder("copy", "rewrite", "mixed");
        // The wire's words are all found elsewhere: none of its own, yet it stays the origin.
        assertThat(graph.node("wire").ownWords()).isZero();
    }

    @Test
    void aCopyOfACopyHangsUnderTheCopyItTookTheExtraLineFrom() {
        List<Article> story = List.of(WIRE_REPORT, COPY, COPY_OF_COPY);
        Provenance.Graph graph = Provenance.of(story, links(story));
        assertThat(graph.node("copy2").sources().get(0).sourceId()).isEqualTo("copy");
        assertThat(graph.node("copy").sources().get(0).sourceId()).isEqualTo("wire");
        assertThat(graph.independentSources()).isEqualTo(1);
    }

    @Test
    void groupsAreTheConnectedArticlesAndUnrelatedOnesStandAlone() {
        List<Article> all = List.of(WIRE_REPORT, TRAM, COPY, REWRITE);
        List<List<String>> groups = Provenance.groups(all.stream().map(Article::id).toList(), links(all));
        assertThat(groups).containsExactly(List.of("wire", "copy", "rewrite"), List.of("tram"));
    }

    private static final Article LIBRARY = article("library", "City Observer", "2026-02-03T09:40Z",
            "The city library will open on Sundays from next month for the first time in its history, after volunteers from "
                    + "the reading society offered to staff the lending desk and the children's room without pay.",
            "Librarians welcomed the longer hours but warned that volunteers cannot replace trained staff for the archive "
                    + "and the local history collection, which will stay closed on Sundays until the budget allows more hires.",
            "The reading society said more than sixty members had signed up for shifts within a week of the announcement, "
                    + "many of them retired teachers who remember queueing outside the building as schoolchildren.");
    /** A roundup made of two paragraphs of the wire report and two of the library report, nothing of its own. */
    private static final Article ROUNDUP = article("roundup", "Weekend Digest", "2026-02-05T08:00Z",
            WIRE[0], WIRE[1], LIBRARY.paragraphs().get(1), LIBRARY.paragraphs().get(2));

    @Test
    void anArticleStitchedFromTwoUnrelatedTextsJoinsOneOfTheirGroupsWithoutChainingThemAndIsNoIndependentSource() {
        List<Article> all = List.of(WIRE_REPORT, LIBRARY, ROUNDUP);
        List<ReuseLink> links = links(all);
        assertThat(links).extracting(ReuseLink::sourceId).containsExactlyInAnyOrder("wire", "library");
        List<List<String>> groups = Provenance.groups(all.stream().map(Article::id).toList(), links);
        assertThat(groups).hasSize(2).noneMatch(group -> group.containsAll(List.of("wire", "library")));
        List<String> withRoundup = groups.stream().filter(group -> group.contains("roundup")).findFirst().orElseThrow();
        List<Article> members = all.stream().filter(a -> withRoundup.contains(a.id())).toList();
        List<Article> elsewhere = all.stream().filter(a -> !withRoundup.contains(a.id())).toList();
        // Alone, its group would count the paragraph taken from the other text as reporting of its own.
        Provenance.Graph graph = Provenance.of(members, links, elsewhere);
        assertThat(graph.node("roundup").independent()).isFalse();
        assertThat(graph.independentSources()).isEqualTo(1);
    }

    @Test
    void aLoopOfWrongDirectionsIsBrokenAtItsWeakestLink() {
        Passage whole = new Passage(0, WIRE_REPORT.text().length(), 0, WIRE_REPORT.text().length(), 60);
        Article twin = article("twin", "Harbour Daily", "2026-02-03T09:12Z", WIRE);
        ReuseLink strong = new ReuseLink("wire", "twin", Relation.COPY, 1.0, 0.75, List.of(whole), List.of());
        ReuseLink weak = new ReuseLink("twin", "wire", Relation.COPY, 1.0, 0.25, List.of(whole), List.of());
        Provenance.Graph graph = Provenance.of(List.of(WIRE_REPORT, twin), List.of(weak, strong));
        assertThat(graph.origins()).containsExactly("wire");
        assertThat(graph.node("twin").sources()).containsExactly(strong);
        assertThat(graph.independentSources()).isEqualTo(1);
    }

    @Test
    void citationsDoNotMakeAnArticleDerived() {
        Article citing = article("citing", "Valley Courier", "2026-02-05T09:00Z",
                "Island ferries were again criticised in parliament on Wednesday, a week after the operator was fined, according to Meridian Press.",
                "Members asked the minister whether a second vessel could be bought before next winter, and the minister promised an answer in March.");
        ReuseLink cites = new ReuseLink("wire", "citing", Relation.CITES, 0.3, 0.5, List.of(), List.of("names Meridian Press"));
        Provenance.Graph graph = Provenance.of(List.of(WIRE_REPORT, citing), List.of(cites));
        assertThat(graph.node("citing").citations()).containsExactly(cites);
        assertThat(graph.node("citing").origin()).isTrue();
        assertThat(graph.independentSources()).isEqualTo(2);
    }

    @Test
    void sentencesASourceSaysInOtherWordsAreNotOwnReporting() {
        // A rewrite whose wording is changed throughout: no verbatim passage, every sentence said by the wire.
        Article close = article("close", "Northern Ledger", "2026-02-03T11:00Z",
                "On Monday the transport regulator fined the island ferry operator 40,000 crowns for repeatedly sailing late last winter, it said in a statement.",
                "A third of January sailings left more than twenty minutes behind schedule, the regulator found, mostly through crew shortages on the northern route.",
                "Saying it would appeal the decision, the operator added it had already hired twelve more deckhands for the spring timetable.",
                "Passenger groups welcomed the fine but said the money should go towards a second vessel, not into the state budget.");
        ReuseLink rewrite = new ReuseLink("wire", "close", Relation.REWRITE, 0.9, 0.75, List.of(), List.of());
        Provenance.Graph graph = Provenance.of(List.of(WIRE_REPORT, close), List.of(rewrite));
        assertThat(graph.node("close").independent()).isFalse();
        assertThat(graph.node("close").reportingWords()).isZero();
        assertThat(graph.node("wire").reporting()).extracting(Provenance.Span::words).containsExactly(24, 26, 20, 21);
        assertThat(graph.independentSources()).isEqualTo(1);
    }

    @Test
    void anExcerptInsideAnOutletsOwnReportingKeepsThatReportAsItsOwn() {
        List<Article> story = List.of(WIRE_REPORT, MIXED);
        Provenance.Graph graph = Provenance.of(story, links(story));
        Provenance.Node mixed = graph.node("mixed");
        assertThat(mixed.independent()).isTrue();
        assertThat(mixed.reporting()).hasSize(2);
        assertThat(MIXED.text().substring(mixed.reporting().get(0).start())).startsWith("A former harbour master");
        assertThat(MIXED.text().substring(mixed.reporting().get(1).start())).startsWith("Everyone on the quay");
    }

    @Test
    void aPairWhoseDirectionNothingTellsIsOneSourceUnlessEachHasReportingOfItsOwn() {
        // The lead of the wire, shown as its source only because nothing tells them apart (confidence 0).
        Article lead = article("lead", "Quay Weekly", "2026-02-03T09:12Z", WIRE[0], WIRE[1]);
        int end = lead.text().length();
        ReuseLink unknown = new ReuseLink("lead", "wire", Relation.PARTIAL, 0.5, 0, List.of(new Passage(0, end, 0, end, 49)),
                List.of("nothing tells which came first; shown in id order"));
        Provenance.Graph graph = Provenance.of(List.of(WIRE_REPORT, lead), List.of(unknown));
        assertThat(graph.node("wire").independent()).isTrue();
        assertThat(graph.node("lead").origin()).isTrue();
        assertThat(graph.node("lead").independent()).isFalse();
        assertThat(graph.independentSources()).isEqualTo(1);
    }

    @Test
    void aFurtherSourceWhoseDirectionNothingTellsTakesNothingFromAnArticleWithASource() {
        // The mixed report takes the wire's lead (a directed link) and has two paragraphs of its
        // own, the second of which a later report also carries; nothing tells which of those two
        // came first, and the ids make the later report the source. That paragraph may as well be
        // the mixed report's own: the link of confidence 0 does not take it from it.
        String harbourMaster = MIXED.paragraphs().get(2);
        String quote = MIXED.paragraphs().get(3);
        Article later = article("a-later", "Fenmarket Post", "2026-02-04T08:00Z",
                "Fenmarket's own ferry committee met on Wednesday to ask whether the island route could be run by the town instead.",
                quote);
        ReuseLink lead = new ReuseLink("wire", "mixed", Relation.PARTIAL, 0.5, 0.75,
                List.of(new Passage(0, WIRE_REPORT.text().indexOf(WIRE[2]) - 2, 0, MIXED.text().indexOf(harbourMaster) - 2, 49)),
                List.of("mixed names Meridian Press as its source"));
        int laterStart = later.text().indexOf(quote);
        int mixedStart = MIXED.text().indexOf(quote);
        ReuseLink unknown = new ReuseLink("a-later", "mixed", Relation.PARTIAL, 0.5, 0,
                List.of(new Passage(laterStart, later.text().length(), mixedStart, MIXED.text().length(), 70)),
                List.of("nothing tells which came first; shown in id order"));
        Provenance.Graph graph = Provenance.of(List.of(WIRE_REPORT, MIXED, later), List.of(lead, unknown));
        assertThat(graph.node("mixed").sources()).extracting(ReuseLink::sourceId).containsExactly("wire");
        assertThat(graph.node("mixed").independent()).isTrue();
    }
}
