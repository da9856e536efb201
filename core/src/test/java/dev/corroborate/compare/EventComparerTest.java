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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The comparison of an event's articles, on fictional articles written for it. */
class EventComparerTest {

    private static final String LEAD = "The storm flooded the old harbour district of Lunmouth overnight, and rescue crews "
            + "worked until dawn to reach stranded residents.";
    private static final String CLOSE = "The harbour authority said repairs to the sea wall would begin once the water receded.";

    private static Article article(String id, String published, String... paragraphs) {
        return new Article(id, null, "Outlet " + id, "Title of " + id, List.of(),
                published == null ? null : PublishedTime.parse(published).orElseThrow(), null, "en", null,
                List.of(paragraphs), null, null, Origin.of(id + ".txt"));
    }

    private static List<Discrepancy> compare(Article... articles) {
        return new EventComparer().compare(new ComparedEvent("ev", List.of(articles), List.of(), List.of(), List.of()));
    }

    private static List<Discrepancy> compareWith(List<FoundQuote> quotes, List<QuoteGroupSummary> groups,
                                                 Article... articles) {
        return new EventComparer().compare(new ComparedEvent("ev", List.of(articles), List.of(), quotes, groups));
    }

    /**
     * The article's first quote (its first pair of curly marks), said by {@code name} written as
     * {@code mention} after it, as the quote stage would find it.
     */
    private static FoundQuote quoteOf(Article article, String name, String mention, String role, String speakerId,
                                      String groupId) {
        String text = article.text();
        int start = text.indexOf('\u201C');
        int end = text.indexOf('\u201D') + 1;
        int at = text.indexOf(mention, end);
        Quote quote = new Quote(QuoteKind.DIRECT, start, end, text.substring(start, end),
                new SpeakerMention(name, mention, at, at + mention.length(), role, "after"), "said", -1, -1);
        return new FoundQuote(FoundQuote.idOf(article.id(), quote), article.id(), quote, speakerId, groupId, null);
    }

    /** Whether no date is said to conflict. */
    private static boolean noDateConflict(List<Discrepancy> found) {
        return found.stream().noneMatch(d -> d.kind() == Kind.DATE && d.verdict() == Verdict.CONFLICT);
    }

    private static List<Discrepancy> ofKind(List<Discrepancy> found, Kind kind) {
        return found.stream().filter(d -> d.kind() == kind).toList();
    }

    private static List<String> texts(Discrepancy discrepancy) {
        return discrepancy.values().stream().map(Discrepancy.Value::text).toList();
    }

    private static List<Discrepancy> twoVersions(String first, String second) {
        return compare(article("a", "2026-03-04T08:00Z", LEAD, first, CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, second, CLOSE));
    }

    @Test
    void aVerbatimCopyYieldsNoDiscrepancy() {
        String middle = "Nearly 40 families spent the night in the Fenwick school gym, mayor Tomas Berglund said on Monday, "
                + "and he did not expect them to return before Friday.";
        assertThat(twoVersions(middle, middle)).isEmpty();
    }

    @Test
    void differentCountsOfOneThingConflict() {
        List<Discrepancy> found = twoVersions("The flood killed 12 people in the lower town, according to the coroner.",
                "The flood killed 15 people in the lower town, according to the coroner.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(Kind.NUMBER);
        assertThat(found.get(0).verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(texts(found.get(0))).containsExactly("12", "15");
        assertThat(found.get(0).values()).extracting(Discrepancy.Value::articleId).containsExactly("a", "b");
    }

    @Test
    void hedgedNumbersThatCanBothBeTrueAreCompatibleWithTheReason() {
        List<Discrepancy> found = twoVersions("Nearly 100 families were moved to the sports hall by the volunteers.",
                "Approximately 100 families were moved to the sports hall by the volunteers.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).verdict()).isEqualTo(Verdict.COMPATIBLE);
        assertThat(found.get(0).explanation()).contains("85 to 100").contains("90 to 110").contains("overlap");
    }

    @Test
    void hedgesThatCannotBothBeTrueConflict() {
        List<Discrepancy> found = twoVersions("More than 100 families were moved to the sports hall by the volunteers.",
                "Nearly 100 families were moved to the sports hall by the volunteers.");
        assertThat(ofKind(found, Kind.NUMBER)).singleElement().extracting(Discrepancy::verdict).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void numbersOfDifferentThingsDoNotConflict() {
        assertThat(twoVersions("The flood left 2 dead in the lower town, according to the coroner.",
                "The flood left 199 injured in the lower town, according to the coroner.")).isEmpty();
    }

    @Test
    void numbersThatCountNothingSaidAndUndatedWeekdaysAgainstDatesDoNotConflict() {
        assertThat(twoVersions("The harbour board met in the evening and the vote was 17, the clerk announced afterwards.",
                "The harbour board met in the evening and the turnout was 2,799, the clerk announced afterwards.")).isEmpty();
        assertThat(compare(article("a", null, LEAD, "The harbour board met on Tuesday and approved the repair plan.", CLOSE),
                article("b", null, LEAD, "The harbour board met on 19 August and approved the repair plan.", CLOSE))).isEmpty();
    }

    @Test
    void numbersBetweenTheSameWordsOfOneStatementConflictThoughNothingSaysWhatTheyCount() {
        // the statement told in the same words but for the number: two values of one thing
        assertThat(twoVersions("The harbour board met in the evening and the vote was 17, the clerk announced afterwards.",
                "The harbour board met in the evening and the vote was 2,799, the clerk announced afterwards."))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(Kind.NUMBER);
                    assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
                    assertThat(texts(d)).containsExactly("17", "2,799");
                });
        // the second of two numbers, after "and", before "to"
        assertThat(twoVersions("Tugs pulled twelve boats to Brevik and 11 to the old quay before the storm surge.",
                "Tugs pulled twelve boats to Brevik and 17 to the old quay before the storm surge."))
                .singleElement().satisfies(d -> assertThat(texts(d)).containsExactly("11", "17"));
    }

    @Test
    void aShortSentenceIsAlignedByItsPlaceBetweenAlignedSentences() {
        // "He was 71." has no content word to align it by; it stands between the same two statements
        String before = "The retired lighthouse keeper Aldo Brenner died at his home on the cape after a short illness.";
        String after = "Brenner kept the light on the northern rocks for four decades before it was automated.";
        List<Discrepancy> found = compare(article("a", "2026-03-04T08:00Z", LEAD, before, "He was 71.", after, CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, before, "He was 74.", after, CLOSE));
        assertThat(ofKind(found, Kind.NUMBER)).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(texts(d)).containsExactly("71", "74");
        });
        // a short sentence elsewhere is not aligned with it
        assertThat(compare(article("a", "2026-03-04T08:00Z", LEAD, before, "He was 71.", after, CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, "He was 74.", before, after, CLOSE))).isEmpty();
    }

    @Test
    void aNumberOfABillionOrMoreIsANumberAndADimensionIsNoYear() {
        assertThat(twoVersions("The storm caused $1.2 billion in damage along the coast, insurers estimated on Tuesday.",
                "The storm caused $1.8 billion in damage along the coast, insurers estimated on Tuesday."))
                .singleElement().satisfies(d -> assertThat(d.values()).extracting(Discrepancy.Value::normalized)
                        .containsExactly("1200000000", "1800000000"));
        assertThat(twoVersions("The new harbour cameras record at 2400 x 1900 pixels, the authority said on its website.",
                "The new harbour cameras record at 2400 x 2000 pixels, the authority said on its website."))
                .singleElement().satisfies(d -> assertThat(texts(d)).containsExactly("1900", "2000"));
    }

    @Test
    void aNumberWrittenOutIsTheSameNumber() {
        List<Discrepancy> found = twoVersions("Nine fishing boats sank at their moorings before the tide turned.",
                "9 fishing boats sank at their moorings before the tide turned.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.COMPATIBLE);
            assertThat(d.explanation()).contains("in words").contains("in digits").contains("the same number");
        });
    }

    @Test
    void scaledNumbersAreReadWhole() {
        List<Discrepancy> found = twoVersions("The council estimated the damage at 2.5 million euros across the district.",
                "The council estimated the damage at 3 million euros across the district.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(d.values()).extracting(Discrepancy.Value::normalized).containsExactly("2500000", "3000000");
        });
    }

    @Test
    void weekdaysOfTheSameHappeningConflict() {
        List<Discrepancy> found = twoVersions("The ferry service was suspended on Saturday after the pier collapsed.",
                "The ferry service was suspended on Monday after the pier collapsed.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.DATE);
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
        });
    }

    @Test
    void aDateInsideThePeriodAnotherNamesIsCompatible() {
        List<Discrepancy> found = twoVersions("The harbour master is due to retire on August 31 after two decades in the post.",
                "The harbour master is due to retire at the end of August after two decades in the post.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.DATE);
            assertThat(d.verdict()).isEqualTo(Verdict.COMPATIBLE);
            assertThat(d.explanation()).contains("2026-08-31").contains("2026-08-21 to 2026-08-31");
        });
    }

    @Test
    void relativeDatesAreResolvedAgainstEachArticlesPublicationTime() {
        // Published on Wednesday 4 March 2026: "yesterday" is Tuesday the 3rd, and so is "Tuesday".
        List<Discrepancy> found = compare(
                article("a", "2026-03-04T08:00Z", LEAD, "The pier collapsed yesterday after the second surge hit the quay.", CLOSE),
                article("b", "2026-03-05T08:00Z", LEAD, "The pier collapsed on Tuesday after the second surge hit the quay.", CLOSE));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.COMPATIBLE);
            assertThat(d.values()).extracting(Discrepancy.Value::normalized).containsOnly("2026-03-03");
        });
    }

    /** "sank on Saturday …, announced on Monday" set its Saturday against the other's Monday: the first date said, not the same one. */
    @Test
    void aSentenceWithSeveralDatesIsComparedByTheDateTheOtherStates() {
        List<Discrepancy> found = compare(
                article("a", "2026-03-10T08:00Z", LEAD, "Prosecutors on Monday charged the pier's owner with negligence over the collapse.", CLOSE),
                article("b", "2026-03-10T10:00Z", LEAD, "The owner of the pier that collapsed on Saturday was charged with negligence, prosecutors said on Monday.", CLOSE));
        assertThat(noDateConflict(found)).isTrue();
    }

    /** "will" in one clause put the Friday of another ("the council decided on Friday") a week ahead. */
    @Test
    void aWeekdayLooksAheadOnlyWhenItsOwnClauseDoes() {
        // Published on Saturday 7 March 2026: the council's Friday is the 6th in both.
        List<Discrepancy> past = compare(
                article("a", "2026-03-07T08:00Z", LEAD, "The pier will be rebuilt this summer, the harbour board decided on Friday.", CLOSE),
                article("b", "2026-03-07T10:00Z", LEAD, "The harbour board voted on Friday to rebuild the pier by the autumn.", CLOSE));
        assertThat(noDateConflict(past)).isTrue();
        // A fronted time is read with its clause: the vote is next Friday, the 13th, in both.
        List<Discrepancy> ahead = compare(
                article("a", "2026-03-07T08:00Z", LEAD, "On Friday, the harbour board will vote on the new pier.", CLOSE),
                article("b", "2026-03-07T10:00Z", LEAD, "The harbour board will vote on the new pier on Friday.", CLOSE));
        assertThat(noDateConflict(ahead)).isTrue();
        // A clause after the one that looks ahead, with no verb in the past of its own, looks ahead with it.
        List<Discrepancy> after = compare(
                article("a", "2026-03-07T08:00Z", LEAD, "The pier inquiry will open on Monday, and close on Friday with a report.", CLOSE),
                article("b", "2026-03-07T10:00Z", LEAD, "The pier inquiry will close on Friday with a report to the board.", CLOSE));
        assertThat(noDateConflict(after)).isTrue();
    }

    @Test
    void anArticleWithoutAPublicationTimeResolvesItsDatesAgainstTheEvents() {
        List<Discrepancy> found = compare(
                article("a", "2026-03-04T08:00Z", LEAD, "The harbour master will retire in late June after two decades.", CLOSE),
                article("b", null, LEAD, "The harbour master will retire in late June after two decades.", CLOSE));
        assertThat(found).isEmpty();
    }

    @Test
    void aValueOnlySomeArticlesStateIsOnlyInThem() {
        List<Discrepancy> found = twoVersions("The fire at the fish market destroyed 40 stalls before crews contained it.",
                "The fire at the fish market destroyed stalls before crews contained it.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.ONLY_IN_ONE);
            assertThat(texts(d)).containsExactly("40");
        });
    }

    /**
     * "“January 27” is stated in 1 of the 5 articles; the others give no date", where the others gave it (or another)
     * in a sentence the alignment put in another statement.
     */
    @Test
    void aValueAnArticleStatesInAnotherSentenceIsNotOnlyInTheOthers() {
        String stating = "The fire at the fish market destroyed 40 stalls before crews contained it.";
        String without = "The fire at the fish market destroyed stalls before crews contained it.";
        List<Discrepancy> same = compare(article("a", "2026-03-04T08:00Z", LEAD, stating, CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, without, "Traders counted 40 stalls lost by the morning.", CLOSE));
        assertThat(same).noneMatch(d -> d.verdict() == Verdict.ONLY_IN_ONE);
        // Another value about the same matter elsewhere: no statement compares the two, so it is said.
        List<Discrepancy> another = compare(article("a", "2026-03-04T08:00Z", LEAD, stating, CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, without, "The fire at the market destroyed 45 stalls in all.", CLOSE));
        assertThat(another).filteredOn(d -> d.verdict() == Verdict.ONLY_IN_ONE).singleElement()
                .satisfies(d -> assertThat(d.explanation()).endsWith("; 1 states another number in another sentence"));
        // A number of something else in a sentence about another matter leaves the article without this one.
        List<Discrepancy> other = compare(article("a", "2026-03-04T08:00Z", LEAD, stating, CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, without, "The owner's family has 120 tenants across the town.", CLOSE));
        assertThat(other).filteredOn(d -> d.verdict() == Verdict.ONLY_IN_ONE).singleElement()
                .satisfies(d -> assertThat(d.explanation()).endsWith("the others give no number"));
    }

    @Test
    void aNameSpelledTwoWaysIsOneDiscrepancy() {
        List<Discrepancy> found = twoVersions("The rescue was led by coastguard captain Ingrid Halvorsen and her crew of six.",
                "The rescue was led by coastguard captain Ingrid Halvorson and her crew of six.");
        assertThat(ofKind(found, Kind.NAME)).singleElement().satisfies(d -> {
            assertThat(texts(d)).containsExactly("Halvorsen", "Halvorson");
            assertThat(d.explanation()).contains("spelled two ways");
        });
    }

    @Test
    void aCapitalisedCommonWordSpelledTwoWaysIsNoName() {
        assertThat(twoVersions("Ferries now cross by the Internationally Authorised Harbour Lane before dawn each day.",
                "Ferries now cross by the Internationally Authorized Harbour Lane before dawn each day.")).isEmpty();
        assertThat(twoVersions("The trawler was repaired at the Brevik Harbour Works before the storm season began.",
                "The trawler was repaired at the Brevik Harbor Works before the storm season began.")).isEmpty();
    }

    @Test
    void aPersonNamedMoreOrLessFullyIsNoOtherPersonAndAPossessiveIsNoOtherPlace() {
        assertThat(twoVersions("The inquiry was opened under Governor Marta J. Linde after the storm.",
                "The inquiry was opened under Governor Marta Linde after the storm.")).isEmpty();
        assertThat(twoVersions("The plan was shown at Brevik Expo to the harbour owners on the first day.",
                "The plan was shown at Brevik's Expo to the harbour owners on the first day.")).isEmpty();
    }

    @Test
    void anotherPlaceAfterAPrepositionIsAPlaceConflict() {
        List<Discrepancy> found = twoVersions("The cargo ship ran aground near Carrow Point late in the evening.",
                "The cargo ship ran aground near Dunmere Point late in the evening.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.PLACE);
            assertThat(texts(d)).containsExactly("Carrow", "Dunmere");
        });
    }

    @Test
    void anotherRoleForThePersonIsARoleConflict() {
        List<Discrepancy> found = twoVersions("Ella Voss, the port director, said the quay would reopen within weeks.",
                "Ella Voss, the port commissioner, said the quay would reopen within weeks.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.ROLE);
            assertThat(texts(d)).containsExactly("director", "commissioner");
        });
    }

    @Test
    void aNegatedStatementConflicts() {
        List<Discrepancy> found = twoVersions("The council will approve the emergency budget for the harbour district this week.",
                "The council will not approve the emergency budget for the harbour district this week.");
        assertThat(ofKind(found, Kind.NEGATION)).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(d.values()).extracting(Discrepancy.Value::normalized).containsExactly("affirmative", "negative");
        });
    }

    @Test
    void aLongRewordedStretchHoldingANegationIsARewordingNotANegation() {
        assertThat(twoVersions("Officials at the harbour office confirmed the closure of the northern pier on the night of the storm.",
                "Officials at the harbour office, who did not answer further questions from reporters, confirmed the closure "
                        + "of the northern pier on the night of the storm.")).isEmpty();
    }

    @Test
    void aNegationInAStretchAlignedWithOtherWordsOrNegatedOtherwiseIsNoNegation() {
        // Two statements aligned askew: the negation belongs to another predicate.
        assertThat(ofKind(twoVersions("The skipper, 52, will be heard at the Lunmouth Harbour Court on three counts of neglect.",
                "The skipper, 52, of Lunmouth admitted not guilty on three counts of neglect."), Kind.NEGATION)).isEmpty();
        // The same statement negated in other words.
        assertThat(twoVersions("The district has not had a working ferry service since the storm of the winter.",
                "The district has had no working ferry service since the storm of the winter.")).isEmpty();
        assertThat(twoVersions("The injured skipper had not yet woken and was kept under watch at the clinic.",
                "The injured skipper had yet to wake and was kept under watch at the clinic.")).isEmpty();
    }

    @Test
    void oppositeVerbsAndAnotherModalityAreNegationConflicts() {
        assertThat(twoVersions("The ministry confirmed the evacuation order for the lower streets of the district.",
                "The ministry denied the evacuation order for the lower streets of the district."))
                .singleElement().extracting(Discrepancy::kind).isEqualTo(Kind.NEGATION);
        assertThat(twoVersions("The harbour authority will close the northern pier to all traffic until spring.",
                "The harbour authority may close the northern pier to all traffic until spring."))
                .singleElement().extracting(Discrepancy::kind).isEqualTo(Kind.NEGATION);
    }

    @Test
    void aLoadedAttributionVerbAgainstANeutralOneConflicts() {
        List<Discrepancy> found = twoVersions("The sea wall had been neglected for a decade, the union leader Piet Maas said.",
                "The sea wall had been neglected for a decade, the union leader Piet Maas claimed.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.ATTRIBUTION_VERB);
            assertThat(d.values()).extracting(Discrepancy.Value::normalized).containsExactly("said", "claimed");
        });
        assertThat(twoVersions("The sea wall had been neglected for a decade, the union leader Piet Maas said.",
                "The sea wall had been neglected for a decade, the union leader Piet Maas told reporters.")).isEmpty();
    }

    @Test
    void anAttributionVerbIsComparedAmongTheArticlesThatTellTheStatementInTheSameWords() {
        // a and b tell it otherwise than c and d: among c and d the verb is one changed word
        String plain = "Several boats in the marina suffered broken masts and flooded cabins.";
        List<Discrepancy> found = compare(article("a", "2026-03-04T08:00Z", LEAD, plain, CLOSE),
                article("b", "2026-03-04T08:30Z", LEAD, plain, CLOSE),
                article("c", "2026-03-04T09:00Z", LEAD,
                        "A marina spokeswoman said several boats suffered broken masts and flooded cabins.", CLOSE),
                article("d", "2026-03-04T10:00Z", LEAD,
                        "A marina spokeswoman alleged several boats suffered broken masts and flooded cabins.", CLOSE));
        assertThat(ofKind(found, Kind.ATTRIBUTION_VERB)).singleElement().satisfies(d -> {
            assertThat(d.values()).extracting(Discrepancy.Value::articleId).containsExactly("c", "d");
            assertThat(texts(d)).containsExactly("said", "alleged");
        });
    }

    @Test
    void theVerbOfAQuoteWhoseSpeakerFollowsIsComparedWhereTheSpeakerIsNamedOtherwise() {
        List<Discrepancy> found = twoVersions("\"The pier will reopen within a month,\" he said, pointing at the cranes.",
                "\"The pier will reopen within a month,\" Mayor Tomas Berglund alleged, pointing at the cranes.");
        assertThat(ofKind(found, Kind.ATTRIBUTION_VERB)).singleElement().satisfies(d ->
                assertThat(texts(d)).containsExactly("said", "alleged"));
    }

    @Test
    void anotherNeutralVerbSidesWithTheNeutralOne() {
        String says = "The sea wall had been neglected for a decade, the union leader Piet Maas says.";
        List<Discrepancy> found = compare(
                article("a", "2026-03-04T08:00Z", LEAD, "The sea wall had been neglected for a decade, the union leader Piet Maas said.", CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, says, CLOSE),
                article("c", "2026-03-04T09:30Z", LEAD, says, CLOSE),
                article("d", "2026-03-04T10:00Z", LEAD, "The sea wall had been neglected for a decade, the union leader Piet Maas admits.", CLOSE));
        assertThat(ofKind(found, Kind.ATTRIBUTION_VERB)).singleElement().satisfies(d ->
                assertThat(d.values()).extracting(Discrepancy.Value::text).containsExactly("said", "says", "says", "admits"));
    }

    @Test
    void aSentenceJoinsTheStatementOfTheSentenceItIsClosestTo() {
        // d's sentence is below the counterpart threshold against a's, but one word from b's and c's
        String first = "Rescue divers searched the flooded harbour tunnel on Saturday.";
        String told = "Rescue divers from Lunmouth and Brevik searched the flooded harbour tunnel and the old customs pier on Saturday.";
        List<Discrepancy> found = compare(article("a", "2026-03-04T08:00Z", LEAD, first, CLOSE),
                article("b", "2026-03-04T09:00Z", LEAD, told, CLOSE),
                article("c", "2026-03-04T09:30Z", LEAD, told, CLOSE),
                article("d", "2026-03-04T10:00Z", LEAD, told.replace("Saturday", "Monday"), CLOSE));
        assertThat(ofKind(found, Kind.DATE)).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(d.values()).extracting(Discrepancy.Value::articleId).contains("b", "c", "d");
        });
    }

    @Test
    void aPronounOfAnotherGenderInTheSameStatementConflicts() {
        List<Discrepancy> found = twoVersions("Captain Ingrid Halvorsen said she would stay on the quay until every boat was secured.",
                "Captain Ingrid Halvorsen said he would stay on the quay until every boat was secured.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.GENDER);
            assertThat(d.values()).extracting(Discrepancy.Value::normalized).containsExactly("female", "male");
            assertThat(texts(d)).containsExactly("she", "he");
        });
    }

    @Test
    void oneGenderDifferenceOverSeveralStatementsIsReportedOnce() {
        Article a = article("a", "2026-03-04T08:00Z", LEAD, "Captain Ingrid Halvorsen said she would stay on the quay until every boat was secured.",
                "Before leaving, she thanked the volunteers who had carried sandbags through the night.", CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, "Captain Ingrid Halvorsen said he would stay on the quay until every boat was secured.",
                "Before leaving, he thanked the volunteers who had carried sandbags through the night.", CLOSE);
        assertThat(ofKind(compare(a, b), Kind.GENDER)).singleElement().satisfies(d -> {
            assertThat(texts(d)).containsExactly("she", "she", "he", "he");
            assertThat(d.explanation()).contains("and so in 1 more statement");
        });
    }

    @Test
    void oneGenderDifferenceIsReportedOnceWhenAnArticleRewordsOneOfItsStatements() {
        String first = "Captain Ingrid Halvorsen said she would stay on the quay until every boat was secured.";
        String second = "Before leaving the harbour, she thanked the volunteers who had carried sandbags through the night.";
        Article a = article("a", "2026-03-04T08:00Z", LEAD, first, second, CLOSE);
        Article b = article("b", "2026-03-04T08:30Z", LEAD, first,
                "She also praised the harbour volunteers, who spent the whole night carrying sandbags to the quay.", CLOSE);
        Article c = article("c", "2026-03-04T09:00Z", LEAD, first.replace(" she ", " he "), second.replace("she ", "he "), CLOSE);
        List<Discrepancy> gender = ofKind(new EventComparer().compare(new ComparedEvent("ev", List.of(a, b, c),
                List.of(), List.of(), List.of())), Kind.GENDER);
        assertThat(gender).singleElement().satisfies(d -> assertThat(d.explanation()).contains("and so in 1 more statement"));
    }

    @Test
    void theGenderAnArticleGivesATitledPersonElsewhereConflictsWithTheOthers() {
        Article a = article("a", "2026-03-04T08:00Z", LEAD, "Harbour Commissioner Ella Voss inspected the damage with engineers.",
                "The Harbour Commissioner will leave his post after the repairs, the authority confirmed.", CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, "Ella Voss walked the broken sea wall with her engineers at first light.",
                CLOSE);
        List<Discrepancy> found = ofKind(compare(a, b), Kind.GENDER);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(texts(d)).containsExactly("his", "her");
            assertThat(d.values()).extracting(Discrepancy.Value::articleId).containsExactly("a", "b");
        });
    }

    @Test
    void aGenderedRoleNounAfterAnotherNameIsNotThePersonsGender() {
        Article a = article("a", "2026-03-04T08:00Z", LEAD, "Harbour Commissioner Ella Voss inspected the damage with her engineers.",
                CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, "Harbour Commissioner Ella Voss inspected the damage with engineers.",
                "The closing of Voss's quay was announced by Ada Brek, a spokesman for the port.", CLOSE);
        assertThat(ofKind(compare(a, b), Kind.GENDER)).isEmpty();
    }

    @Test
    void aQuoteGroupWithDriftIsReportedOnceWithItsChangedWords() {
        String said1 = "\u201CWe will rebuild the sea wall stronger than before and faster than anyone expects,\u201D Voss said.";
        String said2 = "\u201CWe will rebuild the sea wall higher than before and sooner than anyone expects,\u201D Voss said.";
        Article a = article("a", "2026-03-04T08:00Z", LEAD, said1, CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, said2, CLOSE);
        Article c = article("c", "2026-03-04T10:00Z", LEAD, said2, CLOSE);
        List<FoundQuote> quotes = Stream.of(a, b, c).map(article -> quoteOf(article, "Voss", "Voss", "", "sp-voss", "qg-1")).toList();
        List<QuoteGroupSummary> groups = List.of(new QuoteGroupSummary("qg-1", quotes.get(0).id(), 3,
                List.of("stronger", "higher", "faster", "sooner")));
        List<Discrepancy> found = compareWith(quotes, groups, a, b, c);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.QUOTE_WORDING);
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(d.values()).extracting(Discrepancy.Value::articleId).containsExactly("a", "b", "c");
            assertThat(d.explanation()).contains("stronger \u2192 higher").contains("faster \u2192 sooner");
        });
    }

    /** A third article quoting only part of the statement word for word was listed as a change ("… → ∅"). */
    @Test
    void aPartQuotedWordForWordIsNoChangeOfWording() {
        String full = "\u201CThe ferry was badly overloaded and the captain ignored the storm warning from the port,\u201D Voss said.";
        String reworded = full.replace("badly", "clearly");
        String part = "\u201CThe captain ignored the storm warning from the port,\u201D Voss said.";
        Article a = article("a", "2026-03-04T08:00Z", LEAD, part, CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, full, CLOSE);
        Article c = article("c", "2026-03-04T10:00Z", LEAD, reworded, CLOSE);
        List<FoundQuote> quotes = Stream.of(a, b, c).map(article -> quoteOf(article, "Voss", "Voss", "", "sp-voss", "qg-1")).toList();
        List<QuoteGroupSummary> groups = List.of(new QuoteGroupSummary("qg-1", quotes.get(1).id(), 3, List.of("badly", "clearly")));
        assertThat(ofKind(compareWith(quotes, groups, a, b, c), Kind.QUOTE_WORDING)).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(d.explanation()).contains("2 wordings").contains("badly \u2192 clearly")
                    .contains("1 article quotes a part of it word for word").doesNotContain("\u2205");
        });
    }

    @Test
    void aQuoteGroupHoldingTwoStatementsIsComparedStatementByStatement() {
        // the quote stage grouped Voss's two statements; the second is quoted alike, the first in two wordings
        String first = "\u201CThe pier will reopen for the summer ferries,\u201D Voss said.";
        String second = "\u201CNobody should swim near the broken breakwater until the divers have checked it,\u201D Voss added.";
        Article a = article("a", "2026-03-04T08:00Z", LEAD, first, second, CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, first, second, CLOSE);
        Article c = article("c", "2026-03-04T10:00Z", LEAD, first.replace("summer", "holiday"), second, CLOSE);
        List<FoundQuote> quotes = new ArrayList<>();
        for (Article article : List.of(a, b, c)) {
            String text = article.text();
            for (int start = text.indexOf('\u201C'); start >= 0; start = text.indexOf('\u201C', start + 1)) {
                int end = text.indexOf('\u201D', start) + 1;
                int voss = text.indexOf("Voss", end);
                Quote quote = new Quote(QuoteKind.DIRECT, start, end, text.substring(start, end),
                        new SpeakerMention("Voss", "Voss", voss, voss + 4, "", "after"), "said", -1, -1);
                quotes.add(new FoundQuote(FoundQuote.idOf(article.id(), quote), article.id(), quote, "sp-voss", "qg-1", null));
            }
        }
        List<QuoteGroupSummary> groups = List.of(new QuoteGroupSummary("qg-1", quotes.get(0).id(), 6,
                List.of("summer", "holiday")));
        assertThat(ofKind(compareWith(quotes, groups, a, b, c), Kind.QUOTE_WORDING)).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(d.values()).extracting(Discrepancy.Value::articleId).containsExactly("a", "b", "c");
            assertThat(d.explanation()).contains("summer \u2192 holiday");
        });
    }

    /** "Dr. Marta Kovalczyk" was counted as a third spelling of a name spelled two ways. */
    @Test
    void aTitleBeforeANameIsNoOtherSpelling() {
        List<Article> articles = new ArrayList<>();
        List<FoundQuote> quotes = new ArrayList<>();
        String[] names = {"Marta Kowalczyk", "Marta Kovalczyk", "Dr. Marta Kovalczyk"};
        for (int i = 0; i < names.length; i++) {
            Article article = article(String.valueOf((char) ('a' + i)), String.format("2026-03-04T%02d:00Z", 8 + i), LEAD,
                    "\u201CThe wall held where it was rebuilt,\u201D said " + names[i] + ", a port engineer.", CLOSE);
            articles.add(article);
            quotes.add(quoteOf(article, names[i], names[i], "a port engineer", "sp-marta", null));
        }
        assertThat(ofKind(compareWith(quotes, List.of(), articles.toArray(Article[]::new)), Kind.NAME)).singleElement()
                .satisfies(d -> assertThat(d.explanation()).contains("spelled 2 ways"));
    }


    @Test
    void oneSpeakerSpelledTwoWaysIsANameDiscrepancy() {
        Article a = article("a", "2026-03-04T08:00Z", LEAD, "\u201CThe wall held where it was rebuilt,\u201D said Marta Kowalczyk, a port engineer.", CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, "Marta Kovalczyk, an engineer at the port, spoke to reporters at the quay.",
                "\u201CThe wall held where it was rebuilt,\u201D said Kovalczyk.", CLOSE);
        // In the second article the quote names a surname the quote stage resolved to the full name written earlier.
        List<FoundQuote> quotes = List.of(quoteOf(a, "Marta Kowalczyk", "Marta Kowalczyk", "engineer", "sp-marta", null),
                quoteOf(b, "Marta Kovalczyk", "Kovalczyk", "engineer", "sp-marta", null));
        List<Discrepancy> found = ofKind(compareWith(quotes, List.of(), a, b), Kind.NAME);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(texts(d)).containsExactly("Marta Kowalczyk", "Marta Kovalczyk");
            assertThat(d.values().get(1).start()).isEqualTo(b.text().indexOf("Marta Kovalczyk"));
            assertThat(d.explanation()).contains("one person");
        });
    }

    @Test
    void aSpeakerNamedWithFewerOrOtherWordsIsNotSpelledAnotherWay() {
        Article a = article("a", "2026-03-04T08:00Z", LEAD, "\u201CThe wall held where it was rebuilt,\u201D said Mr. Kowalczyk.", CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, "\u201CThe wall held where it was rebuilt,\u201D said Port Engineer Marta Kowalczyk.", CLOSE);
        List<FoundQuote> quotes = List.of(quoteOf(a, "Mr. Kowalczyk", "Mr. Kowalczyk", "", "sp-marta", null),
                quoteOf(b, "Port Engineer Marta Kowalczyk", "Port Engineer Marta Kowalczyk", "", "sp-marta", null));
        assertThat(ofKind(compareWith(quotes, List.of(), a, b), Kind.NAME)).isEmpty();
    }

    @Test
    void peopleAndQuoteGroupsAreToldApartByTheirIdsOnly() {
        // two people and two groups in one event; the same event with every id written otherwise (as when a quote
        // of another event joins a person or a group and it is named after that quote) gives the same discrepancies
        String voss1 = "\u201CWe will rebuild the sea wall stronger than before and faster than anyone expects,\u201D Voss said.";
        String voss2 = "\u201CWe will rebuild the sea wall higher than before and sooner than anyone expects,\u201D Voss said.";
        String ines1 = "\u201CThe ferries will sail again within a week of the storm,\u201D said Ines Marlowe, the harbour master.";
        String ines2 = "\u201CThe ferries will sail again within a fortnight of the storm,\u201D said Ines Marlow, the harbour master.";
        Article a = article("a", "2026-03-04T08:00Z", LEAD, voss1, ines1, CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, voss2, ines2, CLOSE);
        Article c = article("c", "2026-03-04T10:00Z", LEAD, voss2, ines1, CLOSE);
        List<List<String>> namings = List.of(List.of("sp-voss", "qg-1", "sp-ines", "qg-2"),
                List.of("sp-zz", "qg-zz", "sp-aa", "qg-aa"), List.of("sp-aa", "qg-aa", "sp-zz", "qg-zz"));
        List<List<Discrepancy>> found = new ArrayList<>();
        for (List<String> ids : namings) {
            List<FoundQuote> quotes = new ArrayList<>();
            for (Article article : List.of(a, b, c)) {
                String text = article.text();
                for (int start = text.indexOf('\u201C'); start >= 0; start = text.indexOf('\u201C', start + 1)) {
                    int end = text.indexOf('\u201D', start) + 1;
                    boolean voss = text.startsWith("\u201CWe", start);
                    String name = voss ? "Voss" : text.substring(end + 7, text.indexOf(',', end + 7));
                    int at = text.indexOf(name, end);
                    Quote quote = new Quote(QuoteKind.DIRECT, start, end, text.substring(start, end),
                            new SpeakerMention(name, name, at, at + name.length(), voss ? "" : "harbour master", "after"),
                            "said", -1, -1);
                    quotes.add(new FoundQuote(FoundQuote.idOf(article.id(), quote), article.id(), quote,
                            ids.get(voss ? 0 : 2), ids.get(voss ? 1 : 3), null));
                }
            }
            List<QuoteGroupSummary> groups = List.of(
                    new QuoteGroupSummary(ids.get(1), quotes.get(0).id(), 3, List.of("changed words")),
                    new QuoteGroupSummary(ids.get(3), quotes.get(1).id(), 3, List.of("changed words")));
            found.add(compareWith(quotes, groups, a, b, c));
        }
        assertThat(ofKind(found.get(0), Kind.QUOTE_WORDING)).hasSize(2);
        assertThat(ofKind(found.get(0), Kind.NAME)).isNotEmpty();
        assertThat(found.get(1)).isEqualTo(found.get(0));
        assertThat(found.get(2)).isEqualTo(found.get(0));
    }

    @Test
    void aDifferenceIsReportedOnceWithEveryArticleOnItsSideAndTheCostStaysLinear() {
        // Each article also has sentences of its own, of made-up words drawn from a seeded generator.
        java.util.Random random = new java.util.Random(15);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String count = i % 2 == 0 ? "12" : "15";
            articles.add(article(String.format("a%03d", i), "2026-03-04T08:00Z", LEAD,
                    "The flood killed " + count + " people in the lower town, according to the coroner.",
                    ownSentence(random) + " " + ownSentence(random), CLOSE));
        }
        long started = System.nanoTime();
        List<Discrepancy> found = new EventComparer().compare(new ComparedEvent("ev", articles, List.of(), List.of(), List.of()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(ofKind(found, Kind.NUMBER)).filteredOn(d -> d.verdict() == Verdict.CONFLICT).singleElement()
                .satisfies(d -> assertThat(d.values()).hasSize(500));
        assertThat(millis).as("500 articles compared in %d ms", millis).isLessThan(20_000);
    }

    private static String ownSentence(java.util.Random random) {
        StringBuilder sentence = new StringBuilder("Locals");
        for (int w = 0; w < 10; w++) {
            sentence.append(' ');
            for (int c = 0; c < 6; c++) {
                sentence.append((char) ('a' + random.nextInt(26)));
            }
        }
        return sentence.append('.').toString();
    }

    @Test
    void theSameEventGivesTheSameResult() {
        Article a = article("a", "2026-03-04T08:00Z", LEAD, "The flood killed 12 people in the lower town on Saturday.", CLOSE);
        Article b = article("b", "2026-03-04T09:00Z", LEAD, "The flood killed 15 people in the lower town on Monday.", CLOSE);
        assertThat(compare(a, b)).isEqualTo(compare(a, b)).hasSize(2);
    }
}
