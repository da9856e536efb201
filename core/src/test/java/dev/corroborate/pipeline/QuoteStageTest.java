package dev.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote groups and people across articles, on articles written for the test. */
class QuoteStageTest {

    private static Article article(String id, String outlet, String paragraph) {
        return new Article(id, "https://" + outlet + ".example/" + id, outlet, "Harbour levy " + id, List.of(),
                PublishedTime.parse("2026-03-02T09:00Z").orElseThrow(), PublishedTime.parse("2026-03-02T10:00Z").orElseThrow(),
                "en", "", List.of(paragraph), "", "", Origin.atLine("feed.jsonl", 1, 0));
    }

    @Test
    void aPartialQuoteInReportedSpeechJoinsTheFullQuoteOfAnotherOutlet() {
        Corpus corpus = ArticleList.of(List.of(
                article("full", "tidewater", "\u201CThe levy is an attack on the livelihood of every fishing family in the "
                        + "bay,\u201D Maren Solberg, a spokeswoman for the harbour guild, told reporters."),
                article("partial", "coastline", "Solberg said the guild had written to the council on Monday and "
                        + "called the plan \u201Can attack on the livelihood of every fishing family\u201D in the district "
                        + "that would not survive another winter of closures.")));
        InMemoryResults results = new InMemoryResults();
        new QuoteStage().run(corpus, results);

        List<FoundQuote> quotes = results.quotes();
        FoundQuote full = quotes.stream().filter(q -> q.articleId().equals("full")).findFirst().orElseThrow();
        FoundQuote partial = quotes.stream().filter(q -> q.articleId().equals("partial")).findFirst().orElseThrow();
        assertThat(full.quote().kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(partial.quote().kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(full.groupId()).isNotNull().isEqualTo(partial.groupId());
        // The two are compared by the speaker's own words: the reporter's around the partial quote are not drift.
        String diff = full.diff() != null ? full.diff() : partial.diff();
        assertThat(partial.quote().text()).contains("winter of closures");
        assertThat(diff).isNotNull().contains("an attack on the livelihood of every fishing family")
                .doesNotContain("the plan", "winter of closures");
        // The shared quote ties the surname to the full name: one person.
        assertThat(full.speakerId()).isNotNull().isEqualTo(partial.speakerId());
    }
}
