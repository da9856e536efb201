package dev.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote groups and people across articles, on articles written for the test. */
class QuoteStageTest {

    private static Article article(String id, String outlet, String... paragraphs) {
        return new Article(id, "https://" + outlet + ".example/" + id, outlet, "Harbour levy " + id, List.of(),
                PublishedTime.parse("2026-03-02T09:00Z").orElseThrow(), PublishedTime.parse("2026-03-02T10:00Z").orElseThrow(),
                "en", "", List.of(paragraphs), "", "", Origin.atLine("feed.jsonl", 1, 0));
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

    private static FoundQuote found(String articleId, int start, String text, SpeakerMention speaker) {
        Quote quote = new Quote(QuoteKind.DIRECT, start, start + text.length(), text, speaker, "said", -1, -1);
        return new FoundQuote(FoundQuote.idOf(articleId, quote), articleId, quote, null, null, null);
    }

    @Test
    void keptQuotesCountEachPersonsQuotesAndRefuseAnArticleGivenInTwoPieces() {
        // Two quotes of one attribution (a quote continued after a sentence of the reporter's), as the extractor gives them.
        SpeakerMention solberg = new SpeakerMention("Maren Solberg", "Maren Solberg", 45, 58, "", "X said");
        SpeakerMention dahl = new SpeakerMention("Ingrid Dahl", "Ingrid Dahl", 40, 51, "", "X said");
        List<FoundQuote> guild = List.of(found("guild", 0, "\u201CThe levy will empty the harbour by spring,\u201D", solberg),
                found("guild", 90, "\u201CNo family here can pay it, and we will go to court.\u201D", solberg));
        List<FoundQuote> council = List.of(found("council", 0, "\u201CThe budget leaves us no other way,\u201D", dahl));
        Corpus corpus = ArticleList.of(List.of(article("guild", "tidewater", "The levy."), article("council", "coastline", "The budget.")));
        List<FoundQuote> inOrder = new ArrayList<>(guild);
        inOrder.addAll(council);
        InMemoryResults results = new InMemoryResults();
        new QuoteStage().keep(2, inOrder, corpus, results);
        assertThat(results.speakers()).extracting(s -> s.name() + "=" + s.quotes())
                .containsExactlyInAnyOrder("Maren Solberg=2", "Ingrid Dahl=1");
        assertThat(results.quotes()).extracting(FoundQuote::speakerId).doesNotContainNull().hasSize(3);

        // The guild's two either side of the council's: one mention's quotes apart, which the stage is told
        // breaks the order it relies on, rather than count them as two mentions.
        List<FoundQuote> split = List.of(guild.get(0), council.get(0), guild.get(1));
        assertThatThrownBy(() -> new QuoteStage().keep(2, split, corpus, new InMemoryResults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guild");
    }

    /** Three findings of one attribution in article "guild", each counted for the person named there. */
    private static List<FoundQuote> aNameAndABarePronounAtOneOffset() {
        SpeakerMention solberg = new SpeakerMention("Maren Solberg", "Maren Solberg", 45, 58, "", "X said");
        SpeakerMention he = new SpeakerMention("he", "he", 45, 47, "", "X said");
        return List.of(
                // Two findings at one offset: the later is kept, the earlier's attribution still counted.
                found("guild", 0, "\u201CThe levy will empty the harbour by spring,\u201D", solberg),
                found("guild", 0, "\u201CThe levy will empty the harbour by spring, and sooner,\u201D", solberg),
                // The same attribution left a bare pronoun for another quote: the person at that offset.
                found("guild", 120, "\u201CNo family here can pay it, and we will go to court.\u201D", he));
    }

    @Test
    void aPersonCountsEveryFindingOfTheirMentionAndABarePronounAtItsOffsetIsTheirs() {
        Corpus corpus = ArticleList.of(List.of(article("guild", "tidewater", "The levy.")));
        InMemoryResults results = new InMemoryResults();
        new QuoteStage().keep(1, aNameAndABarePronounAtOneOffset(), corpus, results);
        assertThat(results.quotes()).hasSize(2);
        assertThat(results.quotes().get(0).quote().text()).contains("and sooner");
        String person = results.quotes().get(0).speakerId();
        assertThat(person).isNotNull();
        assertThat(results.quotes().get(1).speakerId()).isEqualTo(person);
        assertThat(results.speakers()).extracting(s -> s.name() + "=" + s.quotes()).containsExactly("Maren Solberg=3");
    }

    @Test
    void theKeptMentionsHoldThePersonsQuotesSoABatchCountsWhatARunFromScratchCounts() {
        Corpus corpus = ArticleList.of(List.of(article("guild", "tidewater", "The levy.")));
        RecordingArchive archive = new RecordingArchive();
        new QuoteStage().keep(1, aNameAndABarePronounAtOneOffset(), corpus, new InMemoryResults(), archive, java.util.Map.of());
        assertThat(archive.speakers).extracting(s -> s.name() + "=" + s.quotes()).containsExactly("Maren Solberg=3");
        // A batch counts a person's quotes again as the sum of their kept mentions' (QuoteArchive.update; the
        // store's SQL): here one mention, the attribution at offset 45.
        assertThat(archive.index.mentions()).extracting(QuoteArchive.KeptMention::quotes).containsExactly(3);
    }

    /** An archive that keeps what a run from scratch replaces; asked for nothing else. */
    private static final class RecordingArchive implements QuoteArchive {
        List<dev.corroborate.model.Speaker> speakers;
        QuoteArchive.KeptIndex index;

        @Override
        public void replaceQuotes(List<FoundQuote> quotes, List<dev.corroborate.model.Speaker> speakers,
                                  List<dev.corroborate.model.QuoteGroupSummary> groups,
                                  java.util.Map<String, List<Quote>> newFindings, java.util.function.Supplier<KeptIndex> index) {
            this.speakers = List.copyOf(speakers);
            this.index = index.get();
        }

        @Override
        public void forEachKeptFindings(java.util.function.BiConsumer<String, List<Quote>> action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> articlesWithoutFindings() {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, List<Quote>> keptFindings(java.util.Collection<String> articleIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(Update update) {
            throw new UnsupportedOperationException();
        }

        @Override
        public QuoteStage.Summary figures() {
            throw new UnsupportedOperationException();
        }

        @Override
        public dev.corroborate.quote.QuoteGrouper.Kept keptQuotes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public dev.corroborate.quote.SpeakerResolver.KeptForms keptForms() {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, KeptMention> keptMentions(java.util.Collection<String> articleIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, String> keptGroupsOf(java.util.Collection<String> articleIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<dev.corroborate.quote.SpeakerResolver.Mention> mentionsWithChangedStory() {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map<String, String> storiesOf(java.util.Collection<String> articleIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean everyArticlePlaced() {
            throw new UnsupportedOperationException();
        }
    }
}
