package dev.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Discrepancy.Kind;
import dev.corroborate.model.Discrepancy.Value;
import dev.corroborate.model.Discrepancy.Verdict;
import dev.corroborate.text.TextSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscrepancyScoreTest {

    // Family 1: source s1 ("... 40 ferries ... Tuesday ..."), verbatim copy c1, e1 with 40 -> 60,
    // e2 with "Tuesday, March 3" written "3 March" (compatible). Family 2: s2, c2, e3 with a pronoun swapped.
    private static final PerturbationCorpus.Edit NUMBER = new PerturbationCorpus.Edit(PerturbationCorpus.Form.NUMBER_CHANGED,
            "s1", "c1", "e1", List.of(new TextSpan(20, 22)), List.of(new TextSpan(20, 22)), "40", "60", false);
    private static final PerturbationCorpus.Edit DATE = new PerturbationCorpus.Edit(PerturbationCorpus.Form.DATE_REWRITTEN,
            "s1", "c1", "e2", List.of(new TextSpan(90, 97)), List.of(new TextSpan(90, 97)), "March 3", "3 March", false);
    private static final PerturbationCorpus.Edit GENDER = new PerturbationCorpus.Edit(PerturbationCorpus.Form.PRONOUN_SWAPPED,
            "s2", "c2", "e3", List.of(new TextSpan(50, 52)), List.of(new TextSpan(50, 53)), "he", "she", true);
    private static final PerturbationCorpus.Corpus CORPUS = new PerturbationCorpus.Corpus(List.of(),
            List.of(new PerturbationCorpus.Family("x", "s1", "c1", List.of("e1", "e2")),
                    new PerturbationCorpus.Family("x", "s2", "c2", List.of("e3"))),
            List.of(NUMBER, DATE, GENDER));

    @Test
    void aConflictReportedWithTheEditedSpanIsFoundOnceAndAgainAsADuplicate() {
        Discrepancy ferries = discrepancy(Kind.NUMBER, Verdict.CONFLICT, value("s1", 20, 22, "40"), value("c1", 20, 22, "40"),
                value("e1", 20, 22, "60"), value("e2", 20, 22, "40"));
        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of(ferries, ferries));

        assertThat(result.kinds().get(Kind.NUMBER)).isEqualTo(new DiscrepancyScore.KindFigures(1, 1, 2, 2, 1));
        assertThat(result.kinds().get(Kind.GENDER)).isEqualTo(new DiscrepancyScore.KindFigures(1, 0, 0, 0, 0));
        assertThat(result.verbatimFalse()).isZero();
        assertThat(result.notes()).anyMatch(n -> n.startsWith("missed: pronoun_swapped"));
    }

    @Test
    void aReportThatListsOnlyTheSourceSideStillMatchesThroughTheSourceSpan() {
        Discrepancy onlyInOne = discrepancy(Kind.GENDER, Verdict.ONLY_IN_ONE, value("s2", 48, 52, "male"),
                value("c2", 48, 52, "male"));
        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of(onlyInOne));

        assertThat(result.kinds().get(Kind.GENDER).found()).isEqualTo(1);
        assertThat(result.kinds().get(Kind.GENDER).precision()).isEqualTo(1.0);
    }

    @Test
    void aDifferenceBetweenASourceAndItsVerbatimCopyIsFalse() {
        Discrepancy copyDiffers = discrepancy(Kind.PLACE, Verdict.CONFLICT, value("s1", 200, 207, "tarnholm"),
                value("c1", 200, 207, "port elder"));
        Discrepancy copyMissing = discrepancy(Kind.ROLE, Verdict.ONLY_IN_ONE, value("s2", 10, 19, "spokesman"));
        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of(copyDiffers, copyMissing));

        assertThat(result.verbatimFalse()).isEqualTo(2);
        assertThat(result.kinds().get(Kind.PLACE)).isEqualTo(new DiscrepancyScore.KindFigures(0, 0, 1, 0, 0));
        assertThat(result.kinds().get(Kind.ROLE).precision()).isZero();
    }

    @Test
    void aCompatibleVariantMayBeReportedAsCompatibleButNotAsAConflict() {
        Discrepancy compatible = discrepancy(Kind.DATE, Verdict.COMPATIBLE, value("s1", 90, 97, "03-03"),
                value("e2", 90, 97, "03-03 "));
        Discrepancy conflict = discrepancy(Kind.DATE, Verdict.CONFLICT, value("s1", 90, 97, "03-03"),
                value("e2", 90, 97, "03-04"));

        DiscrepancyScore.Result asCompatible = DiscrepancyScore.score(CORPUS, List.of(compatible));
        assertThat(asCompatible.compatibleAsCompatible()).isEqualTo(1);
        assertThat(asCompatible.compatibleAsConflict()).isZero();
        assertThat(asCompatible.kinds().get(Kind.DATE).reported()).isZero();

        DiscrepancyScore.Result asConflict = DiscrepancyScore.score(CORPUS, List.of(conflict));
        assertThat(asConflict.compatibleAsConflict()).isEqualTo(1);
        assertThat(asConflict.kinds().get(Kind.DATE).precision()).isZero();
    }

    @Test
    void aReportOfTheWrongKindAtTheEditIsFalseButAQuoteDriftAtAnEditInsideAQuoteIsNot() {
        Discrepancy wrongKind = discrepancy(Kind.DATE, Verdict.CONFLICT, value("s1", 20, 22, "40"), value("e1", 20, 22, "60"));
        Discrepancy quoteDrift = discrepancy(Kind.QUOTE_WORDING, Verdict.CONFLICT, value("s2", 30, 60, "a"),
                value("e3", 30, 61, "b"));
        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of(wrongKind, quoteDrift));

        assertThat(result.kinds().get(Kind.DATE)).isEqualTo(new DiscrepancyScore.KindFigures(0, 0, 1, 0, 0));
        assertThat(result.kinds().get(Kind.QUOTE_WORDING).reported()).isZero();
        assertThat(result.kinds().get(Kind.NUMBER).found()).isZero();
    }

    @Test
    void aDifferenceBetweenFamiliesThatAgreeWithinThemselvesIsNotScored() {
        Discrepancy betweenReports = discrepancy(Kind.NUMBER, Verdict.CONFLICT, value("s1", 5, 7, "12"), value("c1", 5, 7, "12"),
                value("s2", 8, 10, "14"), value("c2", 8, 10, "14"));
        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of(betweenReports));

        assertThat(result.betweenReports()).isEqualTo(1);
        assertThat(result.kinds().get(Kind.NUMBER).reported()).isZero();
        assertThat(result.verbatimFalse()).isZero();
    }

    @Test
    void aCompatibleVariantBesideAConflictBetweenOtherReportsIsNotCountedAgainstIt() {
        Discrepancy elsewhere = discrepancy(Kind.DATE, Verdict.CONFLICT, value("s1", 90, 97, "03-03"),
                value("e2", 90, 97, "early 03"), value("s2", 40, 47, "03-09"));

        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of(elsewhere));
        assertThat(result.compatibleAsConflict()).isZero();
        assertThat(result.compatibleBesideConflict()).isEqualTo(1);
        assertThat(result.compatibleUnreported()).isZero();
    }

    @Test
    void aReportWhoseArticlesAllGiveTheSameValuesIsFalse() {
        Discrepancy sameEverywhere = discrepancy(Kind.GENDER, Verdict.CONFLICT, value("s1", 10, 13, "female"),
                value("s1", 60, 62, "male"), value("c1", 10, 13, "female"), value("c1", 60, 62, "male"));

        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of(sameEverywhere));
        assertThat(result.agreeing()).isEqualTo(1);
        assertThat(result.kinds().get(Kind.GENDER).reported()).isEqualTo(1);
        assertThat(result.kinds().get(Kind.GENDER).precision()).isZero();
        assertThat(result.betweenReports()).isZero();
    }

    @Test
    void aCopyTheStoryStagePutInAnotherEventIsNotMissingFromTheList() {
        Discrepancy withoutCopy = discrepancy(Kind.NUMBER, Verdict.ONLY_IN_ONE, value("s1", 5, 7, "12"),
                value("e1", 5, 7, "12"), value("e2", 5, 7, "12"));
        Map<String, String> eventOf = Map.of("s1", "ev-1", "e1", "ev-1", "e2", "ev-1", "c1", "ev-2");

        assertThat(DiscrepancyScore.score(CORPUS, List.of(withoutCopy), eventOf).betweenReports()).isEqualTo(1);
        assertThat(DiscrepancyScore.score(CORPUS, List.of(withoutCopy)).verbatimFalse()).isEqualTo(1);
    }

    @Test
    void theFiguresAreFlatJsonKeysWithNullForNothingToDivide() {
        DiscrepancyScore.Result result = DiscrepancyScore.score(CORPUS, List.of());
        assertThat(DiscrepancyQuality.figures(result)).containsEntry("number_recall", 0.0)
                .containsEntry("number_precision", null).containsEntry("verbatim_false", 0)
                .containsEntry("compatible_edits", 1);
    }

    private static Discrepancy discrepancy(Kind kind, Verdict verdict, Value... values) {
        return new Discrepancy("ev-1", kind, verdict, List.of(values), "made for the test");
    }

    private static Value value(String article, int start, int end, String normalized) {
        return new Value(article, "x".repeat(end - start), start, end, normalized);
    }
}
