package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    static byte[] page(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/golden-pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void jsonLdInAGraphGivesTheMetadataAndPageChromeStaysOutOfTheText() throws IOException {
        ExtractedPage page = extractor.extract(page("01-json-ld-graph.html"), "https://talbote.example/lokal/1");
        assertThat(page.title()).isEqualTo("Brücke über die Aller wieder offen");
        assertThat(page.published()).isEqualTo("2026-04-02T07:30:00+02:00");
        assertThat(page.authors()).containsExactly("Lena Hartl", "Tobias Rainer");
        assertThat(page.outlet()).isEqualTo("Talbote");
        assertThat(page.language()).isEqualTo("de-AT");
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.paragraphs().get(0)).startsWith("Nach achtzehn Monaten");
        assertThat(String.join(" ", page.paragraphs()))
                .doesNotContain("Foto", "Anzeige", "Teilen", "Mehr aus Lokal", "Impressum", "Start");
    }

    @Test
    void withoutJsonLdTheMetaTagsAndTheDensestTextBlockAreUsed() throws IOException {
        ExtractedPage page = extractor.extract(page("02-meta-tags-only.html"), null);
        assertThat(page.title()).isEqualTo("Lighthouse keeper retires after 41 years");
        assertThat(page.outlet()).isEqualTo("The Coastal Gazette");
        assertThat(page.published()).isEqualTo("2026-05-11");
        assertThat(page.authors()).containsExactly("Ruth Abernethy");
        assertThat(page.url()).isEqualTo("https://coastalgazette.example/people/lighthouse-keeper-retires");
        assertThat(page.paragraphs()).hasSize(3).allSatisfy(p -> assertThat(p).doesNotContain("ferry"));
    }

    @Test
    void aLegacyCharsetDeclaredInAMetaTagIsHonoured() throws IOException {
        ExtractedPage page = extractor.extract(page("07-windows-1252-charset.html"), null);
        assertThat(page.title()).isEqualTo("Café owners protest new rules");
        assertThat(page.paragraphs().get(0)).contains("café", "“and nobody asked us”");
    }

    @Test
    void garbageGivesAnEmptyPageRatherThanAnException() {
        ExtractedPage page = extractor.extract("<<<>>><div><p></div></p>&&&;", null);
        assertThat(page.title()).isNull();
        assertThat(page.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
    }

    @Test
    void textHiddenByAnInlineStyleIsNotArticleText() {
        String prose = "<p>The county council voted on Tuesday to keep the night ferry running through the winter, "
                + "reversing the decision it took in March after a petition signed by four thousand islanders.</p>"
                + "<p>The ferry will run until half past midnight on weekdays and until two in the morning at weekends, "
                + "at a cost the council puts at 1.2 million kroner a year, the harbour master said.</p>";
        ExtractedPage page = extractor.extract("<html><body><article><h1>Night ferry stays</h1>" + prose
                + "<div style=\"display: none\"><p>Subscribe now and read every story of the archive for one krone "
                + "in the first month, cancel whenever you like.</p></div>"
                + "<p style=\"color:red; visibility:hidden\">This paragraph is kept out of sight of every reader on purpose "
                + "by the page itself.</p></article></body></html>", null);
        assertThat(String.join(" ", page.paragraphs())).contains("night ferry running", "harbour master")
                .doesNotContain("Subscribe", "out of sight");
    }

    @Test
    void aTeaserGivesWayToTheWholeTextStatedInJsonLd() {
        String whole = "The regional court ruled on Thursday that the fish farm may keep its licence.\\n"
                + "It must move its pens two hundred metres further from the nature reserve by next summer.\\n".repeat(12)
                + "Both sides said they would read the judgment before deciding whether to appeal.";
        ExtractedPage page = extractor.extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Fish farm keeps its licence\",\"articleBody\":\"" + whole + "\"}</script></head><body><article>"
                + "<h1>Fish farm keeps its licence</h1><p>The regional court ruled on Thursday that the fish farm may keep "
                + "its licence ...</p><div class=\"paywall\">Subscribe to read on</div></article></body></html>", null);
        assertThat(page.paragraphs()).hasSize(14);
        assertThat(page.paragraphs().get(13)).startsWith("Both sides said");
    }
}
