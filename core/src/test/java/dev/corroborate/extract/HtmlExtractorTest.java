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
}
