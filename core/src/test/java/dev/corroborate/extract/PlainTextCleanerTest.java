package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "- Advertisement -", "ADVERTISEMENT", "Anzeige", "Share this:", "Facebook", "WhatsApp", "Leave a Reply",
        "Your email address will not be published. Required fields are marked *", "Must read", "Font Size:",
        "Register now for free unlimited access to the Harbour Daily archive", "12.5 C", "Harbour Daily logo",
        "The dunes at dawn. Photo: Kit Marlow", "Ferry passengers wait at the quay. REUTERS/Ana Petrova",
        "A protester holds a placard in Lunmouth. (AP Photo/Jon Hale)", "ALSO READ: Ferry fares rise again",
        "Please let us know if you're having issues with commenting."})
    void boilerplateLinesAreRecognised(String line) {
        assertThat(PlainTextCleaner.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The council voted 9 to 2 on Monday to build the harbour wall.",
        "\"We will not share the report before it is finished,\" the chair said.",
        "Share prices of the mine's operator fell 4% after the report was published on Tuesday.",
        "Comments from residents were collected over three weeks in February.",
        "Unifying the opposition"})
    void reportingIsKept(String line) {
        assertThat(PlainTextCleaner.isBoilerplate(line)).isFalse();
    }

    @Test
    void aCreditOnItsOwnLineTakesTheCaptionAboveItAlong() {
        List<String> lines = List.of("The harbour wall under construction in March",
                "Kit Marlow / AFP", "", "Work on the wall began in March.", "", "Harbour", "", "It will take two years.");
        assertThat(PlainTextCleaner.blankBoilerplateLines(lines))
                .containsExactly("", "", "", "Work on the wall began in March.", "", "", "", "It will take two years.");
    }

    @Test
    void inlineRelatedLinksAndARepeatedHeadlineGo() {
        var cleaned = PlainTextCleaner.clean(List.of(
                "Harbour wall approved – report",
                "The council approved the wall. (RELATED: Ferry fares rise again) Work starts in May.",
                "A caption seen twice.", "Body text.", "A caption seen twice."),
                "Harbour wall approved - report", true);
        assertThat(cleaned.paragraphs())
                .containsExactly("The council approved the wall. Work starts in May.", "A caption seen twice.", "Body text.");
        assertThat(cleaned.removed()).isEqualTo(2);
    }

    @Test
    void aBriefWhoseTextIsItsHeadlineKeepsIt() {
        String brief = "A ferry worker has been charged over the harbour fire, but officials said the case may take a year.";
        var cleaned = PlainTextCleaner.clean(List.of(brief), brief, false);
        assertThat(cleaned.paragraphs()).containsExactly(brief);
        assertThat(cleaned.removed()).isZero();
    }

    @Test
    void inlineLinksGoAsTheRegexesOnEveryParagraphTookThem() {
        java.util.regex.Pattern related = java.util.regex.Pattern.compile("\\s*\\((RELATED|READ MORE|SEE ALSO|WATCH):[^)]{0,200}\\)");
        java.util.regex.Pattern readMore = java.util.regex.Pattern.compile("\\s+Read more\\s*$");
        String[] pieces = {"The ferry ran late", " ", "(RELATED: ", "(WATCH:", "Tolls rise", ")", "(", "Read more", " Read more",
            "\n", "\t", ".", "READ MORE", "(SEE ALSO: harbour)", "Read mor"};
        java.util.Random random = new java.util.Random(31);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder paragraph = new StringBuilder();
            int parts = random.nextInt(7);
            for (int p = 0; p < parts; p++) {
                paragraph.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = paragraph.toString();
            assertThat(PlainTextCleaner.withoutInlineLinks(text)).as("[%s]", text)
                    .isEqualTo(readMore.matcher(related.matcher(text).replaceAll("")).replaceAll(""));
        }
    }
}
