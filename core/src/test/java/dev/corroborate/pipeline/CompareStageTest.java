package dev.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.QuoteGroupSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Which events a run compares, on articles written for the test ({@link AnalysisTest#corpus()}). */
class CompareStageTest {

    /** A corpus that notes the articles a run reads. */
    private static final class Watched implements Corpus {
        final ArticleList articles;
        final Set<String> read = new HashSet<>();

        Watched(List<Article> articles) {
            this.articles = ArticleList.of(articles);
        }

        @Override
        public void forEach(Consumer<Article> action) {
            articles.forEach(article -> {
                read.add(article.id());
                action.accept(article);
            });
        }

        @Override
        public Article require(String id) {
            read.add(id);
            return articles.require(id);
        }

        @Override
        public List<Article> requireInOrder(Collection<String> ids) {
            read.addAll(ids);
            return articles.requireInOrder(ids);
        }
    }

    /** The wire report with a copy that changes a number: one event of two with a discrepancy, and the landslide. */
    private static List<Article> canalAndLandslide() {
        List<Article> articles = new ArrayList<>(AnalysisTest.corpus());
        String edited = articles.get(0).text().replace("forty barges", "sixty barges");
        articles.set(1, AnalysisTest.article("copy-1", "Estuary Herald", "2026-04-07T11:30Z", "Canal lock keepers walk out", edited));
        return articles;
    }

    /** A second report of the landslide, with another day for the reopening. */
    private static Article secondLandslideReport() {
        String text = "Firefighters in the hill town of Caddon Reach spent the night clearing a landslide that closed "
                + "the only road to the reservoir after two days of heavy rain.\n\n"
                + "\u201CThe slope gave way in one piece, right across both lanes,\u201D said Tomas Quell, the district's "
                + "roads engineer, who expects the road to reopen on Sunday.";
        return AnalysisTest.article("slide-2", "Reach Courier", "2026-04-09T10:00Z", "Landslide closes reservoir road", text);
    }

    @Test
    void anOldEventUntouchedKeepsItsDiscrepanciesWithoutItsArticlesBeingRead() {
        InMemoryResults results = new InMemoryResults();
        Analysis.incremental().run(ArticleList.of(canalAndLandslide()), results);
        assertThat(results.discrepancies()).isNotEmpty();
        String canal = results.assignments().get("wire-1").eventId();
        List<dev.corroborate.model.Discrepancy> canalBefore = results.discrepancies().stream()
                .filter(d -> d.eventId().equals(canal)).toList();

        List<Article> all = new ArrayList<>(canalAndLandslide());
        all.add(secondLandslideReport());
        Watched corpus = new Watched(all);
        CompareStage.Summary summary = new CompareStage().run(corpus, stagesBeforeCompare(corpus, results), false);

        assertThat(summary.events()).isEqualTo(2);
        assertThat(summary.compared()).isEqualTo(1);
        assertThat(corpus.read).doesNotContain("wire-1", "copy-1");
        assertThat(results.discrepancies().stream().filter(d -> d.eventId().equals(canal)).toList()).isEqualTo(canalBefore);
        InMemoryResults fromScratch = new InMemoryResults();
        Analysis.fromScratch().run(ArticleList.of(all), fromScratch);
        assertThat(results.discrepancies()).isEqualTo(fromScratch.discrepancies());
    }

    @Test
    void anEventAnArticleJoinsIsComparedAgain() {
        InMemoryResults results = new InMemoryResults();
        List<Article> all = new ArrayList<>(canalAndLandslide());
        all.add(secondLandslideReport());
        Analysis.incremental().run(ArticleList.of(all), results);
        String edited = all.get(0).text().replace("Tuesday morning", "Wednesday morning");
        all.add(AnalysisTest.article("copy-2", "Delta Gazette", "2026-04-07T13:00Z", "Canal lock keepers walk out", edited));

        Watched corpus = new Watched(all);
        CompareStage.Summary summary = new CompareStage().run(corpus, stagesBeforeCompare(corpus, results), false);

        assertThat(summary.compared()).isEqualTo(1);
        // the two kept articles aligned as the first run left them, the copy aligned anew
        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.replayed()).isEqualTo(2);
        assertThat(corpus.read).contains("wire-1", "copy-1", "copy-2").doesNotContain("slide-1", "slide-2");
        InMemoryResults fromScratch = new InMemoryResults();
        Analysis.fromScratch().run(ArticleList.of(all), fromScratch);
        assertThat(results.discrepancies()).isEqualTo(fromScratch.discrepancies());
    }

    @Test
    void aFailedComparisonIsThatEventsAloneAndTheNextRunComparesItAgain() {
        List<Article> all = new ArrayList<>(canalAndLandslide());
        all.add(secondLandslideReport());
        Watched corpus = new Watched(all);
        InMemoryResults results = stagesBeforeCompare(corpus, new InMemoryResults());
        String canal = results.assignments().get("wire-1").eventId();
        String landslide = results.assignments().get("slide-2").eventId();
        dev.corroborate.compare.EventComparer comparer = new dev.corroborate.compare.EventComparer();
        CompareStage failing = new CompareStage((event, kept) -> {
            if (event.eventId().equals(canal)) {
                throw new IllegalStateException("a fault on this event's text");
            }
            return comparer.compare(event, kept);
        });

        CompareStage.Summary summary = failing.run(corpus, results, false);

        assertThat(summary.failures()).containsOnlyKeys(canal);
        assertThat(summary.failures().get(canal)).contains("IllegalStateException: a fault on this event's text");
        assertThat(summary.events()).isEqualTo(2);
        InMemoryResults fromScratch = new InMemoryResults();
        Analysis.fromScratch().run(ArticleList.of(all), fromScratch);
        List<dev.corroborate.model.Discrepancy> landslideFound = fromScratch.discrepancies().stream()
                .filter(d -> d.eventId().equals(landslide)).toList();
        assertThat(landslideFound).isNotEmpty();
        assertThat(results.discrepancies()).isEqualTo(landslideFound);
        assertThat(results.comparedFingerprints()).containsOnlyKeys(landslide);

        CompareStage.Summary again = new CompareStage().run(corpus, results, false);

        assertThat(again.failures()).isEmpty();
        assertThat(again.compared()).isEqualTo(1);
        assertThat(results.discrepancies()).isEqualTo(fromScratch.discrepancies());
    }

    @Test
    void aFailedComparisonOfAnEventComparedBeforeLeavesNothingOfTheEarlierComparisonBehind() {
        InMemoryResults results = new InMemoryResults();
        List<Article> all = new ArrayList<>(canalAndLandslide());
        all.add(secondLandslideReport());
        Analysis.incremental().run(ArticleList.of(all), results);
        String canal = results.assignments().get("wire-1").eventId();
        assertThat(results.discrepancies()).anyMatch(d -> d.eventId().equals(canal));
        String edited = all.get(0).text().replace("Tuesday morning", "Wednesday morning");
        all.add(AnalysisTest.article("copy-2", "Delta Gazette", "2026-04-07T13:00Z", "Canal lock keepers walk out", edited));
        Watched corpus = new Watched(all);
        stagesBeforeCompare(corpus, results);
        String grown = results.assignments().get("copy-2").eventId();

        CompareStage.Summary summary = new CompareStage((event, kept) -> {
            throw new IndexOutOfBoundsException("no such sentence");
        }).run(corpus, results, false);

        assertThat(summary.failures()).containsOnlyKeys(grown);
        assertThat(results.discrepancies()).noneMatch(d -> d.eventId().equals(grown));
        assertThat(results.comparedFingerprints()).doesNotContainKey(grown);

        new CompareStage().run(corpus, results, false);

        InMemoryResults fromScratch = new InMemoryResults();
        Analysis.fromScratch().run(ArticleList.of(all), fromScratch);
        assertThat(results.discrepancies()).isEqualTo(fromScratch.discrepancies());
    }

    private static QuoteSource.Standing standing(String id, String speaker, String group) {
        return new QuoteSource.Standing(id, id.substring(0, id.indexOf('#')), speaker, group);
    }

    private static String fingerprint(List<QuoteSource.Standing> quotes, QuoteGroupSummary... groups) {
        java.util.Map<String, List<QuoteSource.Standing>> byArticle = new java.util.HashMap<>();
        quotes.forEach(q -> byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q));
        java.util.Map<String, Boolean> drifts = new java.util.HashMap<>();
        for (QuoteGroupSummary group : groups) {
            drifts.put(group.id(), !group.drift().isEmpty());
        }
        return CompareStage.fingerprint("ev-1", List.of("b", "a"), byArticle, drifts, "settings");
    }

    @Test
    void theFingerprintOfAnEventIsTheOneKeptStoresHold() {
        // Computed by the fingerprint of the previous release (groups given whole): a change of its text
        // would have every kept event compared again by the next batch.
        java.util.Map<String, List<QuoteSource.Standing>> byArticle = new java.util.HashMap<>();
        byArticle.put("a", List.of(standing("a#0", "sp-1", "qg-1"), standing("a#90", "sp-2", null),
                standing("a#120", null, "qg-3")));
        byArticle.put("b", List.of(standing("b#5", "sp-1", "qg-1"), standing("b#40", "sp-2", "qg-2"),
                standing("b#60", "sp-3", "qg-9")));
        java.util.Map<String, Boolean> drifts = java.util.Map.of("qg-1", true, "qg-2", false, "qg-3", false);

        assertThat(CompareStage.fingerprint("ev-1", List.of("b", "a", "c"), byArticle, drifts, "settings"))
                .isEqualTo("8d1a4699d9026adb4034085d7d898fbddd371387377657290111952787cba882");
    }

    @Test
    void aPersonOrGroupNamedAnewOrGrownElsewhereLeavesTheFingerprintAsItWas() {
        String kept = fingerprint(List.of(standing("a#0", "sp-1", "qg-1"), standing("a#90", "sp-2", null),
                        standing("b#5", "sp-1", "qg-1")),
                new QuoteGroupSummary("qg-1", "a#0", 2, List.of("changed words")));
        // another event's quote joined the person and the group: both named after it now, the group larger,
        // its reference changed (and so this event's quotes' diffs, which the comparer does not read); the event's
        // quotes are shared out as before
        String renamed = fingerprint(List.of(standing("a#0", "sp-9", "qg-7"), standing("a#90", "sp-2", null),
                        standing("b#5", "sp-9", "qg-7")),
                new QuoteGroupSummary("qg-7", "z#4", 3, List.of("changed words", "truncated")));

        assertThat(renamed).isEqualTo(kept);
    }

    @Test
    void twoPeopleOrGroupsMergedOrADriftAppearingChangeTheFingerprint() {
        QuoteGroupSummary drifts = new QuoteGroupSummary("qg-1", "a#0", 2, List.of("changed words"));
        String kept = fingerprint(List.of(standing("a#0", "sp-1", "qg-1"), standing("a#90", "sp-2", null),
                standing("b#5", "sp-1", "qg-1")), drifts);

        String merged = fingerprint(List.of(standing("a#0", "sp-1", "qg-1"), standing("a#90", "sp-1", null),
                standing("b#5", "sp-1", "qg-1")), drifts);
        String grouped = fingerprint(List.of(standing("a#0", "sp-1", "qg-1"), standing("a#90", "sp-2", "qg-1"),
                standing("b#5", "sp-1", "qg-1")), drifts);
        String alike = fingerprint(List.of(standing("a#0", "sp-1", "qg-1"), standing("a#90", "sp-2", null),
                standing("b#5", "sp-1", "qg-1")), new QuoteGroupSummary("qg-1", "a#0", 2, List.of()));

        assertThat(List.of(merged, grouped, alike)).doesNotContain(kept).doesNotHaveDuplicates();
    }

    /** Runs reuse, stories and quotes incrementally over {@code corpus}, then forgets what they read. */
    private static InMemoryResults stagesBeforeCompare(Watched corpus, InMemoryResults results) {
        Analysis.of(java.util.EnumSet.of(Analysis.Step.REUSE, Analysis.Step.STORIES, Analysis.Step.QUOTES), false)
                .run(corpus, results);
        corpus.read.clear();
        return results;
    }
}
