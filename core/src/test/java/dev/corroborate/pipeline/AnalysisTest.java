package dev.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Relation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One run of every stage over a small fictional corpus, in memory. */
class AnalysisTest {

    /** A wire report, a verbatim copy of it, and an unrelated story: written for this test. */
    static List<Article> corpus() {
        String wire = "The lock keepers of the Vellmar canal walked off the job on Tuesday morning, leaving forty barges "
                + "moored between Ostrand and the estuary, the canal authority said in a statement.\n\n"
                + "\u201CWe have asked for a meeting every week since the spring and nobody has come,\u201D said Ilse Marrow, "
                + "who chairs the keepers' association, standing beside the upper gate at Ostrand.\n\n"
                + "The authority said relief crews from the northern section would reach the first three locks by "
                + "Thursday, and that grain shipments had been routed by rail in the meantime.";
        String other = "Firefighters in the hill town of Caddon Reach spent the night clearing a landslide that closed "
                + "the only road to the reservoir after two days of heavy rain.\n\n"
                + "\u201CThe slope gave way in one piece, right across both lanes,\u201D said Tomas Quell, the district's "
                + "roads engineer, who expects the road to reopen on Saturday.";
        List<Article> articles = new ArrayList<>();
        articles.add(article("wire-1", "Northline Wire", "2026-04-07T09:00Z", "Canal lock keepers walk out", wire));
        articles.add(article("copy-1", "Estuary Herald", "2026-04-07T11:30Z", "Canal lock keepers walk out", wire));
        articles.add(article("slide-1", "Hill Post", "2026-04-09T07:00Z", "Landslide closes reservoir road", other));
        return articles;
    }

    static Article article(String id, String outlet, String published, String title, String text) {
        return new Article(id, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id, outlet, title,
                List.of(), PublishedTime.parse(published).orElseThrow(), null, "en", null, Article.paragraphsOf(text),
                null, null, Origin.atLine("fixture.jsonl", 1, 0));
    }

    @Test
    void everyStageRunsInOrderAndKeepsItsResults() {
        List<Analysis.Step> seen = new ArrayList<>();
        InMemoryResults results = new InMemoryResults();
        Analysis.Report report = Analysis.fromScratch().run(ArticleList.of(corpus()), results, new Analysis.Listener() {
            @Override
            public void started(Analysis.Step step) {
                seen.add(step);
            }
        });

        assertThat(seen).containsExactly(Analysis.Step.REUSE, Analysis.Step.STORIES, Analysis.Step.QUOTES,
                Analysis.Step.COMPARE);
        assertThat(report.timings()).containsOnlyKeys(Analysis.Step.values());
        assertThat(results.reuseLinks()).singleElement().satisfies(link -> {
            assertThat(link.sourceId()).isEqualTo("wire-1");
            assertThat(link.derivedId()).isEqualTo("copy-1");
            assertThat(link.relation()).isEqualTo(Relation.COPY);
        });
        // The copy is with its source; the landslide is a happening of its own.
        assertThat(results.assignments().get("copy-1").eventId()).isEqualTo(results.assignments().get("wire-1").eventId());
        assertThat(results.assignments().get("slide-1").eventId()).isNotEqualTo(results.assignments().get("wire-1").eventId());
        assertThat(report.stories().events()).isEqualTo(results.events().size()).isEqualTo(2);
        assertThat(results.quotes()).extracting(q -> q.quote().speaker().name())
                .contains("Ilse Marrow", "Tomas Quell");
        assertThat(report.quotes().direct() + report.quotes().reported()).isEqualTo(results.quotes().size());
        // The copy says what its source says, word for word: nothing to report.
        assertThat(report.compare().events()).isEqualTo(1);
        assertThat(results.discrepancies()).isEmpty();
    }

    @Test
    void theComparisonReportsWhatACopyChangedOnceWithBothArticles() {
        List<Article> articles = new ArrayList<>(corpus());
        Article wire = articles.get(0);
        String edited = wire.text().replace("forty barges", "sixty barges").replace("on Tuesday", "on Monday");
        articles.set(1, article("copy-1", "Estuary Herald", "2026-04-07T11:30Z", "Canal lock keepers walk out", edited));
        InMemoryResults results = new InMemoryResults();
        Analysis.Report report = Analysis.fromScratch().run(ArticleList.of(articles), results);

        assertThat(results.discrepancies()).extracting(d -> d.kind().label() + " " + d.verdict().label() + " "
                + d.values().stream().map(v -> v.articleId() + "=" + v.text()).toList())
                .containsExactly("date conflict [wire-1=Tuesday, copy-1=Monday]",
                        "number conflict [wire-1=forty, copy-1=sixty]");
        assertThat(report.compare().total()).isEqualTo(2);
        assertThat(report.compare().discrepancies().get(dev.corroborate.model.Discrepancy.Kind.NUMBER))
                .containsEntry(dev.corroborate.model.Discrepancy.Verdict.CONFLICT, 1);
    }

    @Test
    void theSameCorpusGivesTheSameResultsEveryTime() {
        InMemoryResults first = new InMemoryResults();
        InMemoryResults second = new InMemoryResults();
        Analysis.fromScratch().run(ArticleList.of(corpus()), first);
        List<Article> reversed = new ArrayList<>(corpus());
        java.util.Collections.reverse(reversed);
        Analysis.fromScratch().run(ArticleList.of(reversed), second);

        assertThat(second.reuseLinks()).isEqualTo(first.reuseLinks());
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.storylines()).isEqualTo(first.storylines());
        assertThat(second.quotes()).isEqualTo(first.quotes());
        assertThat(second.speakers()).isEqualTo(first.speakers());
        assertThat(second.discrepancies()).isEqualTo(first.discrepancies());
    }

    @Test
    void aStepThatIsNotAskedForDoesNotRun() {
        InMemoryResults results = new InMemoryResults();
        Analysis.Report report = Analysis.of(EnumSet.of(Analysis.Step.QUOTES), true).run(ArticleList.of(corpus()), results);

        assertThat(report.reuse()).isNull();
        assertThat(report.stories()).isNull();
        assertThat(results.reuseLinks()).isEmpty();
        assertThat(results.events()).isEmpty();
        assertThat(results.quotes()).isNotEmpty();
    }

    @Test
    void anIncrementalRunKeepsWhereEarlierArticlesWere() {
        InMemoryResults results = new InMemoryResults();
        List<Article> all = corpus();
        Analysis.incremental().run(ArticleList.of(all.subList(0, 1)), results);
        String wireEvent = results.assignments().get("wire-1").eventId();

        Analysis.Report second = Analysis.incremental().run(ArticleList.of(all), results);

        assertThat(second.stories().restored()).isEqualTo(1);
        assertThat(second.stories().placed()).isEqualTo(2);
        assertThat(results.assignments().get("wire-1").eventId()).isEqualTo(wireEvent);
        assertThat(results.assignments().get("copy-1").eventId()).isEqualTo(wireEvent);
    }

    @Test
    void aCorpusRefusesAnIdItDoesNotHaveAndArticlesWithOneId() {
        ArticleList corpus = ArticleList.of(corpus());
        assertThatThrownBy(() -> corpus.require("missing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
        Article one = corpus().get(0);
        assertThatThrownBy(() -> ArticleList.of(List.of(one, one))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(one.id());
    }
}
