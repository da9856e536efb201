package dev.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Discrepancy.Kind;
import dev.corroborate.model.Discrepancy.Verdict;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.SpeakerMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison's general rules for abbreviated dates, texts that state a fact twice, joined quotes,
 * genders and names, on fictional articles written for them.
 */
class ComparisonRulesTest {

    private static final String LEAD = "Heavy snow closed the mountain pass above Kelsford on Sunday, stranding "
            + "dozens of lorries and a coach of schoolchildren.";
    private static final String CLOSE = "The road agency expects to reopen the pass once the ploughs have cleared the drifts.";

    private static Article article(String id, String... paragraphs) {
        return new Article(id, null, "Outlet " + id, "Title of " + id, List.of(),
                PublishedTime.parse("2026-02-09T08:00Z").orElseThrow(), null, "en", null,
                List.of(paragraphs), null, null, Origin.of(id + ".txt"));
    }

    /** A source, its verbatim copy and a changed version, as the perturbation benchmark builds them. */
    private static List<Discrepancy> threeVersions(String source, String changed) {
        return new EventComparer().compare(new ComparedEvent("ev", List.of(
                article("src", LEAD, source, CLOSE), article("copy", LEAD, source, CLOSE),
                article("edit", LEAD, changed, CLOSE)), List.of(), List.of(), List.of()));
    }

    private static List<Discrepancy> ofKind(List<Discrepancy> found, Kind kind) {
        return found.stream().filter(d -> d.kind() == kind).toList();
    }

    private static List<String> texts(Discrepancy discrepancy) {
        return discrepancy.values().stream().map(Discrepancy.Value::text).toList();
    }

    @Test
    void anAbbreviatedMonthIsTheSameDateAsItsFullName() {
        List<Discrepancy> found = threeVersions(
                "The pass was last closed this long on November 14, 1987, when a lorry overturned near the summit.",
                "The pass was last closed this long on Nov. 14, 1987, when a lorry overturned near the summit.");
        assertThat(found).allMatch(d -> d.verdict() != Verdict.CONFLICT);
        assertThat(ofKind(found, Kind.NUMBER)).isEmpty();
    }

    @Test
    void aChangedDayAfterAnAbbreviatedMonthIsADateConflict() {
        List<Discrepancy> found = threeVersions(
                "The council first warned about the drifts on Jan. 19, after a night of gales.",
                "The council first warned about the drifts on Jan. 21, after a night of gales.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(Kind.DATE);
        assertThat(found.get(0).verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(texts(found.get(0))).contains("Jan. 19", "Jan. 21");
    }

    @Test
    void aTextStatingAFactTwiceIsComparedSentenceBySentenceWithItsCopy() {
        String twice = "Police seized six rifles and 12 magazines at the farm on Friday. "
                + "In all, police seized 14 rifles and 31 magazines at the farm and the barn.";
        // An earlier article's looser sentence takes the source's first; the copy's first is nearer the source's second.
        Article earlier = article("earlier", LEAD, "Police seized rifles at a remote farm near the border.", CLOSE);
        List<Discrepancy> found = new EventComparer().compare(new ComparedEvent("ev", List.of(
                earlier, article("src", LEAD, twice, CLOSE), article("copy", LEAD, twice, CLOSE)),
                List.of(), List.of(), List.of()));
        for (Discrepancy d : found) {
            assertThat(d.values().stream().filter(v -> !v.articleId().equals("earlier"))
                    .map(Discrepancy.Value::normalized).distinct()).as(d.explanation()).hasSizeLessThan(2);
        }
    }

    @Test
    void aChangedNumberAfterTheSameCountingWordConflicts() {
        String[][] pairs = {
            {"The snow blocked a convoy carrying $40 million of medical supplies to the valley towns.",
                "The snow blocked a convoy carrying $60 million of medical supplies to the valley towns."},
            {"The driver of the coach, who retired at age 61, came back to help.",
                "The driver of the coach, who retired at age 64, came back to help."},
            {"Her father, who died at the age of 70, had driven the same road.",
                "Her father, who died at the age of 76, had driven the same road."},
        };
        for (String[] pair : pairs) {
            assertThat(ofKind(threeVersions(pair[0], pair[1]), Kind.NUMBER)).as(pair[1]).singleElement()
                    .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT));
        }
    }

    @Test
    void aCountingWordBeforeAnOfInCapitalsIsFoundWhereItStands() {
        // No "of" in lower case stands before the number (nor in the titles) to search back for.
        String source = "AT THE AGE OF 70 THE DRIVER RETIRED FROM THE PASS ROUTE.";
        String changed = "AT THE AGE OF 76 THE DRIVER RETIRED FROM THE PASS ROUTE.";
        List<Article> articles = new ArrayList<>();
        for (String[] version : new String[][] {{"src", source}, {"copy", source}, {"edit", changed}}) {
            articles.add(new Article(version[0], null, "Outlet " + version[0], "Pass news " + version[0], List.of(),
                    PublishedTime.parse("2026-02-09T08:00Z").orElseThrow(), null, "en", null,
                    List.of(version[1], CLOSE), null, null, Origin.of(version[0] + ".txt")));
        }
        List<Discrepancy> found = new EventComparer().compare(new ComparedEvent("ev", articles, List.of(), List.of(),
                List.of()));
        assertThat(ofKind(found, Kind.NUMBER)).singleElement()
                .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT));
    }

    /**
     * A source, its copy and a changed version, each with one quote of one group: from {@code opening} to the end
     * of the last {@code closing}, said by whoever {@code mention} names.
     */
    private static List<Discrepancy> groupedQuote(String source, String changed, QuoteKind kind, String opening,
                                                  String closing, String mention) {
        List<Article> articles = List.of(article("src", LEAD, source, CLOSE), article("copy", LEAD, source, CLOSE),
                article("edit", LEAD, changed, CLOSE));
        List<FoundQuote> quotes = new ArrayList<>();
        for (Article a : articles) {
            String text = a.text();
            int start = text.indexOf(opening);
            int end = text.lastIndexOf(closing) + closing.length();
            int at = text.indexOf(mention);
            Quote quote = new Quote(kind, start, end, text.substring(start, end),
                    new SpeakerMention(mention, mention, at, at + mention.length(), "", "before"), "said", -1, -1);
            quotes.add(new FoundQuote(FoundQuote.idOf(a.id(), quote), a.id(), quote, "sp-1", "qg-1", null));
        }
        List<QuoteGroupSummary> groups = List.of(new QuoteGroupSummary("qg-1", quotes.get(0).id(), 3, List.of("drift")));
        return new EventComparer().compare(new ComparedEvent("ev", articles, List.of(), quotes, groups));
    }

    /**
     * Three articles with one joined quote each ("…,'' she said. ''…"), its two parts one quote of one group;
     * the changed version attributes it with {@code attribution}.
     */
    private static List<Discrepancy> joinedQuote(String attribution) {
        String brandt = "Ms. Orla Brandt, who drove the second plough, spoke to reporters at the depot. "
                + "``We could not see the road at all,'' %s. ``We drove by the poles along the verge.''";
        return groupedQuote(brandt.formatted("she said"), brandt.formatted(attribution), QuoteKind.DIRECT, "``", "''",
                "Ms. Orla Brandt");
    }

    @Test
    void theAttributionInsideAJoinedQuoteIsNoChangeOfItsWording() {
        List<Discrepancy> found = joinedQuote("she claimed");
        assertThat(ofKind(found, Kind.QUOTE_WORDING)).isEmpty();
        assertThat(ofKind(found, Kind.ATTRIBUTION_VERB)).singleElement()
                .satisfies(d -> assertThat(texts(d)).contains("said", "claimed"));
    }

    @Test
    void aSpeakersPronounInsideAJoinedQuoteIsAGenderDifference() {
        List<Discrepancy> found = joinedQuote("he said");
        assertThat(ofKind(found, Kind.QUOTE_WORDING)).isEmpty();
        assertThat(ofKind(found, Kind.GENDER)).singleElement().satisfies(d -> assertThat(texts(d)).contains("she", "he"));
    }

    @Test
    void anArticlesOwnHisAndHerThatEveryCopyRepeatsIsNoGenderDifference() {
        String text = "Mayor Ivo Lind sent every plough the town had up the pass. "
                + "Lind said her warning had come just in time, and Lind thanked his crews by radio.";
        List<Discrepancy> copies = new EventComparer().compare(new ComparedEvent("ev", List.of(
                article("src", LEAD, text, CLOSE), article("copy", LEAD, text, CLOSE)), List.of(), List.of(), List.of()));
        assertThat(copies).isEmpty();
    }

    @Test
    void twoWeekdaysAreNoNameSpelledTwoWays() {
        List<Discrepancy> found = threeVersions("The school said the pupils would be home by Tuesday evening at the latest.",
                "The school said the pupils would be home by Thursday evening at the latest.");
        assertThat(ofKind(found, Kind.NAME)).isEmpty();
        assertThat(ofKind(found, Kind.DATE)).singleElement()
                .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT));
    }

    @Test
    void aRespelledNameIsReportedOncePerPerson() {
        List<Discrepancy> found = threeVersions(
                "Mayor Halvard Ostberg closed the schools for the day. Ostberg told parents the buses would run again "
                        + "on Monday. Parents thanked Ostberg for the early warning.",
                "Mayor Halvard Osterberg closed the schools for the day. Osterberg told parents the buses would run again "
                        + "on Monday. Parents thanked Osterberg for the early warning.");
        assertThat(ofKind(found, Kind.NAME)).singleElement()
                .satisfies(d -> assertThat(texts(d)).contains("Ostberg", "Osterberg"));
    }

    @Test
    void theVerbOfGroupedReportedSpeechIsAnAttributionVerb() {
        String said = "A ranger at the depot said the lorry drivers had ignored the closure signs all morning.";
        String alleged = "A ranger at the depot alleged the lorry drivers had ignored the closure signs all morning.";
        List<Discrepancy> found = groupedQuote(said, alleged, QuoteKind.REPORTED, "A ranger", "morning.", "A ranger");
        assertThat(ofKind(found, Kind.ATTRIBUTION_VERB)).singleElement()
                .satisfies(d -> assertThat(texts(d)).contains("said", "alleged"));
    }
}
