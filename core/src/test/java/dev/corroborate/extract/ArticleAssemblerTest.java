package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.extract.SourceDocument.Metadata;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {

    private final ArticleAssembler assembler = new ArticleAssembler();

    private Article assemble(String text) {
        Extraction extraction = assembler.assemble(
                new SourceDocument(Origin.of("a.txt"), Metadata.NONE, new SourceDocument.PlainText(text)));
        return ((Extraction.Accepted) extraction).article();
    }

    @Test
    void aTextFilesHeadlineLeavesTheBodyAndTheFurnitureAboveItGoes() {
        Article article = assemble("Friday, March 6, 2026\n\nCouncil approves new harbour wall\n\n"
                + "LUNMOUTH (Meridian Press) – The vote was 9 to 2.\n\n- Advertisement -\n\nWork starts in May.");
        assertThat(article.title()).isEqualTo("Council approves new harbour wall");
        assertThat(article.paragraphs()).containsExactly("The vote was 9 to 2.", "Work starts in May.");
        assertThat(article.text()).isEqualTo("The vote was 9 to 2.\n\nWork starts in May.");
        assertThat(article.dateline()).isEqualTo("LUNMOUTH");
        assertThat(article.agency()).isEqualTo("Meridian Press");
    }

    @Test
    void theSameInputAlwaysGivesTheSameArticle() {
        String text = "Ferry service resumes after storm\n\nBoats sailed again on Monday.";
        assertThat(assemble(text)).isEqualTo(assemble(text));
    }

    @Test
    void aFileWithOnlyAHeadlineHasNoText() {
        Extraction extraction = assembler.assemble(new SourceDocument(Origin.of("a.txt"), Metadata.NONE,
                new SourceDocument.PlainText("Just a headline here\n")));
        assertThat(extraction).isInstanceOf(Extraction.Refused.class);
    }

    /** A text that had something, all of it taken for boilerplate, was "no text" as if it had none. */
    @Test
    void aTextTakenWholeForBoilerplateSaysSoWhereOneWithNothingSaysNoText() {
        Extraction onlyHeadline = assembler.assemble(new SourceDocument(Origin.of("a.txt"), Metadata.NONE,
                new SourceDocument.PlainText("Just a headline here\n")));
        assertThat(((Extraction.Refused) onlyHeadline).reason()).isEqualTo("no text");

        Extraction furniture = assembler.assemble(new SourceDocument(Origin.of("b.txt"), Metadata.NONE,
                new SourceDocument.PlainText("Ferry timetable changes from Monday\n\n- Advertisement -\n")));
        assertThat(furniture).isInstanceOf(Extraction.Refused.class);
        assertThat(((Extraction.Refused) furniture).kind()).isEqualTo("no text");
        assertThat(((Extraction.Refused) furniture).reason())
                .isEqualTo("no article text: what it had (1 line) was taken for boilerplate or too short");
    }

    @Test
    void theOutletDefaultsToTheUrlsHost() {
        assertThat(ArticleAssembler.hostOf("https://www.harbourdaily.example/news/1")).isEqualTo("harbourdaily.example");
        assertThat(ArticleAssembler.hostOf("not a url")).isNull();
    }

    // ---- issue 20: metadata a user expects, and boilerplate kept out of the text

    private Extraction.Accepted accept(String text) {
        return (Extraction.Accepted) assembler.assemble(
                new SourceDocument(Origin.of("a.txt"), Metadata.NONE, new SourceDocument.PlainText(text)));
    }

    @Test
    void aDateLineAloneAboveTheHeadlineIsThePublicationDate() {
        Article article = assemble("March 6, 2026\n\nCouncil approves new harbour wall\n\nThe vote was 9 to 2.\n\nWork starts in May.");
        assertThat(article.published()).isNotNull();
        assertThat(article.published().iso()).isEqualTo("2026-03-06");
    }

    @Test
    void aScrapeDayHeaderWithWeatherOrAClockGivesNoDate() {
        assertThat(assemble("12.5 C\nFriday, March 6, 2026\n\nCouncil approves new harbour wall\n\nThe vote was 9 to 2.")
                .published()).isNull();
        assertThat(assemble("Friday, March 6, 2026 14:05\n\nCouncil approves new harbour wall\n\nThe vote was 9 to 2.")
                .published()).isNull();
    }

    @Test
    void aStatedTimeWinsOverTheDateLine() {
        Extraction.Accepted accepted = (Extraction.Accepted) assembler.assemble(new SourceDocument(Origin.of("a.txt"),
                new Metadata(null, null, null, null, java.util.List.of(), "2026-03-05T10:00:00Z", null, null, null),
                new SourceDocument.PlainText("March 6, 2026\n\nCouncil approves new harbour wall\n\nThe vote was 9 to 2.")));
        assertThat(accepted.article().published().iso()).isEqualTo("2026-03-05T10:00:00Z");
    }

    @Test
    void anAgencysOwnCopyGetsTheAgencyAsOutletAndLosesItsFooters() {
        Extraction.Accepted accepted = accept("Dredging vote delayed in Orlan\n\n"
                + "PORTVALE (Fenwick Wire) - The Orlan harbour council postponed its dredging vote on Tuesday.\n\n"
                + "Fishing cooperatives had warned that the work would bury the oyster beds.\n\n"
                + "Additional reporting by Jon Brask. Writing by Mira Kell\n\n"
                + "Our Standards: The Fenwick Wire Trust Principles.");
        Article article = accepted.article();
        assertThat(article.outlet()).isEqualTo("Fenwick Wire");
        assertThat(article.text()).doesNotContain("Trust Principles").doesNotContain("reporting by");
        assertThat(accepted.removed()).containsSubsequence("Additional reporting by Jon Brask. Writing by Mira Kell",
                "Our Standards: The Fenwick Wire Trust Principles.");
    }

    @Test
    void aTextThatOnlyCreditsAnAgencyKeepsAnUnknownOutlet() {
        Article article = assemble("Dredging vote delayed in Orlan\n\n"
                + "PORTVALE (Fenwick Wire) - The Orlan harbour council postponed its dredging vote on Tuesday.\n\n"
                + "Fishing cooperatives had warned that the work would bury the oyster beds.");
        assertThat(article.outlet()).isNull();
        assertThat(article.agency()).isEqualTo("Fenwick Wire");
    }

    @Test
    void aBylineLineWithAJobTitleGivesTheAuthorAndLeavesTheText() {
        Extraction.Accepted accepted = accept("Dredging vote delayed in Orlan\n\nMira Kell Investigative Reporter\n\n"
                + "The Orlan harbour council postponed its dredging vote on Tuesday.\n\n"
                + "Fishing cooperatives had warned that the work would bury the oyster beds.");
        assertThat(accepted.article().authors()).containsExactly("Mira Kell");
        assertThat(accepted.article().text()).startsWith("The Orlan harbour council");
        assertThat(accepted.removed()).contains("Mira Kell Investigative Reporter");
    }

    /** A page's "By Johan Ferreira" paragraph stayed the text's first, and the article had no author. */
    @Test
    void aBylineLineOfNamesGivesTheAuthorsAndLeavesTheText() {
        Extraction.Accepted accepted = accept("Dredging vote delayed in Orlan\n\nBy Mira Kell and Jon de Brask\n\n"
                + "The Orlan harbour council postponed its dredging vote on Tuesday.\n\n"
                + "Fishing cooperatives had warned that the work would bury the oyster beds.");
        assertThat(accepted.article().authors()).containsExactly("Mira Kell", "Jon de Brask");
        assertThat(accepted.article().text()).startsWith("The Orlan harbour council");
        assertThat(accepted.removed()).contains("By Mira Kell and Jon de Brask");
        // A paragraph that opens with "By" and goes on is reporting.
        Extraction.Accepted sentence = accept("Dredging vote delayed in Orlan\n\nBy Tuesday Morning the harbour was closed.\n\n"
                + "The Orlan harbour council postponed its dredging vote on Tuesday.");
        assertThat(sentence.article().authors()).isEmpty();
        assertThat(sentence.article().text()).startsWith("By Tuesday Morning the harbour was closed.");
    }

    @Test
    void aRepublishingNoticeIsKeptOutOfTheText() {
        Extraction.Accepted accepted = accept("Dredging vote delayed in Orlan\n\n"
                + "The Orlan harbour council postponed its dredging vote on Tuesday.\n\n"
                + "Fishing cooperatives had warned that the work would bury the oyster beds.\n\n"
                + "All content created by the Coast Wire Service, an independent newswire, is available without charge "
                + "to any news publisher with a large audience. All republished articles must include our logo, the "
                + "reporter's byline and their affiliation.");
        assertThat(accepted.article().text()).endsWith("bury the oyster beds.");
        assertThat(accepted.removed()).anyMatch(line -> line.startsWith("All content created by the Coast Wire Service"));
    }

    @Test
    void theLinesKeptOutOfTheTextAreListed() {
        Extraction.Accepted accepted = accept("Friday, March 6, 2026\n\nCouncil approves new harbour wall\n\n"
                + "The vote was 9 to 2.\n\n- Advertisement -\n\nWork starts in May.");
        assertThat(accepted.removed()).containsExactly("Friday, March 6, 2026", "- Advertisement -");
    }
}
