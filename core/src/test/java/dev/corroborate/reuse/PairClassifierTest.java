package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Passage;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairClassifierTest {

    private final PairClassifier classifier = new PairClassifier();

    static Article article(String id, String outlet, String published, String agency, String... paragraphs) {
        return new Article(id, null, outlet, "Title of " + id, List.of(),
                published == null ? null : PublishedTime.parse(published).orElseThrow(), null, "en", null,
                List.of(paragraphs), agency == null ? null : "LUNMOUTH", agency, Origin.of(id + ".txt"));
    }

    private static final Article WIRE = article("wire", "Meridian Press", "2026-02-03T09:12Z", "Meridian Press",
            ReuseFixtures.WIRE);

    @Test
    void aRepublicationIsACopyOfTheEarlierArticle() {
        Article copy = article("copy", "Harbour Daily", "2026-02-03T11:40Z", "Meridian Press", ReuseFixtures.WIRE);
        ReuseLink link = classifier.classify(copy, WIRE).orElseThrow();
        assertThat(link.relation()).isEqualTo(Relation.COPY);
        assertThat(link.sourceId()).isEqualTo("wire");
        assertThat(link.derivedId()).isEqualTo("copy");
        assertThat(link.directionConfidence()).isGreaterThan(0.5);
        assertThat(link.evidence()).anyMatch(e -> e.contains("published first")).anyMatch(e -> e.contains("credits Meridian Press"));
        Passage passage = link.passages().get(0);
        assertThat(WIRE.text().substring(passage.aStart(), passage.aEnd())).startsWith("The island ferry operator");
    }

    @Test
    void anExcerptWithOwnReportingIsPartial() {
        Article mixed = article("mixed", "Civic Observer", "2026-02-03T16:05+01:00", null,
                ReuseFixtures.WIRE[0], ReuseFixtures.WIRE[1],
                "A former harbour master said in an interview that the late sailings had been predictable for years, "
                        + "because the operator never replaced the crew it lost during the pandemic.",
                "\"Everyone on the quay knew the winter would be hard,\" she told the Civic Observer on Tuesday.");
        ReuseLink link = classifier.classify(WIRE, mixed).orElseThrow();
        assertThat(link.relation()).isEqualTo(Relation.PARTIAL);
        assertThat(link.sourceId()).isEqualTo("wire");
    }

    @Test
    void rewordedSentencesInTheSameOrderAreARewrite() {
        Article rewrite = article("rewrite", "Northern Ledger", "2026-02-04", null,
                "On Monday the transport regulator fined the island ferry operator 40,000 crowns for sailing late again and again last winter.",
                "According to the regulator, crew shortages on the northern route made a third of January sailings leave over twenty minutes behind schedule.",
                "An appeal is planned, the operator said, adding that twelve more deckhands had been hired for the spring timetable.",
                "Passenger groups said the fine should pay for a second vessel instead of going into the state budget.");
        ReuseLink link = classifier.classify(rewrite, WIRE).orElseThrow();
        assertThat(link.relation()).isEqualTo(Relation.REWRITE);
        assertThat(link.sourceId()).isEqualTo("wire");
    }

    @Test
    void attributionWithoutSharedTextCites() {
        Article citing = article("citing", "Valley Courier", "2026-02-05", null,
                "Island ferries were again criticised in parliament on Wednesday, a week after the operator was fined, according to Meridian Press.",
                "Members asked the minister whether a second vessel could be bought before next winter.");
        ReuseLink link = classifier.classify(WIRE, citing).orElseThrow();
        assertThat(link.relation()).isEqualTo(Relation.CITES);
        assertThat(link.passages()).isEmpty();
        assertThat(link.sourceId()).isEqualTo("wire");
    }

    @Test
    void unrelatedArticlesHaveNoLink() {
        Article tram = article("tram", "Evening Post", "2026-02-05", null, ReuseFixtures.UNRELATED);
        assertThat(classifier.classify(WIRE, tram)).isEmpty();
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderThePairIsGivenIn() {
        Article copy = article("copy", "Harbour Daily", "2026-02-03T11:40Z", null, ReuseFixtures.WIRE);
        Optional<ReuseLink> one = classifier.classify(WIRE, copy);
        Optional<ReuseLink> other = classifier.classify(copy, WIRE);
        assertThat(one).isPresent();
        assertThat(other).isPresent();
        assertThat(one.get().sourceId()).isEqualTo(other.get().sourceId());
        assertThat(one.get().relation()).isEqualTo(other.get().relation());
        assertThat(one.get().score()).isEqualTo(other.get().score());
        assertThat(one.get().score()).isBetween(0.0, 1.0);
    }
}
