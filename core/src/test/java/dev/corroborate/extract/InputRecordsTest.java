package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import dev.corroborate.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Origin ORIGIN = Origin.atLine("feed.jsonl", 3, 120);
    private final InputRecords records = new InputRecords(new ArticleAssembler());

    private Extraction read(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return records.toArticle(node, ORIGIN);
    }

    private Article accepted(String json) throws Exception {
        Extraction extraction = read(json);
        assertThat(extraction).isInstanceOf(Extraction.Accepted.class);
        return ((Extraction.Accepted) extraction).article();
    }

    @Test
    void contractFieldsAreReadAndTheGivenIdKept() throws Exception {
        Article article = accepted("{\"id\": \"a-1\", \"url\": \"https://x.example/a\", \"title\": \"Ferry fares rise\","
                + " \"text\": \"Fares rise in May.\\n\\nThe operator blamed fuel.\", \"published\": \"2026-04-30\","
                + " \"outlet\": \"Island News\", \"authors\": [\"Ann Lee\"], \"language\": \"en-GB\"}");
        assertThat(article.id()).isEqualTo("a-1");
        assertThat(article.title()).isEqualTo("Ferry fares rise");
        assertThat(article.paragraphs()).containsExactly("Fares rise in May.", "The operator blamed fuel.");
        assertThat(article.published().precision()).isEqualTo(Precision.DAY);
        assertThat(article.outlet()).isEqualTo("Island News");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.origin()).isEqualTo(ORIGIN);
    }

    @Test
    void newsPleaseFieldNamesAreAcceptedAsTheyAre() throws Exception {
        Article article = accepted("{\"title\": \"T\", \"maintext\": \"Line one.\\nLine two.\","
                + " \"date_publish\": \"2026-04-30 08:15:00\", \"source_domain\": \"islandnews.example\","
                + " \"authors\": [], \"date_download\": \"2026-04-30 09:00:00\", \"localpath\": null}");
        assertThat(article.paragraphs()).containsExactly("Line one.", "Line two.");
        assertThat(article.published().iso()).isEqualTo("2026-04-30T08:15:00");
        assertThat(article.outlet()).isEqualTo("islandnews.example");
        assertThat(article.id()).hasSize(16);
    }

    /** A time given as a number, as exports and APIs often give it, rejected the whole record as the wrong type. */
    @Test
    void aTimeGivenAsANumberIsAUnixTime() throws Exception {
        Article seconds = accepted("{\"title\": \"T\", \"text\": \"Fares rise in May.\", \"published\": 1775000000}");
        Article millis = accepted("{\"title\": \"T\", \"text\": \"Fares rise in May.\", \"date_publish\": 1775000000000,"
                + " \"modified\": 1775003600}");
        assertThat(seconds.published().iso()).isEqualTo("2026-03-31T23:33:20Z");
        assertThat(millis.published().iso()).isEqualTo("2026-03-31T23:33:20Z");
        assertThat(millis.modified().iso()).isEqualTo("2026-04-01T00:33:20Z");
        // a date written as digits is that date, not a second of 1970 (review); a day count is refused
        assertThat(accepted("{\"title\": \"T\", \"text\": \"Fares rise in May.\", \"published\": 20260401}").published().iso())
                .isEqualTo("2026-04-01");
        Extraction dayCount = new InputRecords(new ArticleAssembler()).toArticle(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"title\": \"T\", \"text\": \"Fares rise in May.\", \"published\": 46113}"), Origin.of("r.jsonl"));
        assertThat(dayCount).isInstanceOfSatisfying(Extraction.Refused.class, refused -> assertThat(refused.reason())
                .startsWith("field 'published' is the number 46113, which is no date (20260401) and no Unix time after 1970"));
    }

    @Test
    void anHtmlFieldIsExtractedAndStatedMetadataWins() throws Exception {
        Article article = accepted("{\"title\": \"Stated title\", \"html\": \"<html><head><title>Page title</title>"
                + "<meta property='og:site_name' content='Page Site'></head><body><article><p>A paragraph long enough"
                + " to count as article text for the extractor.</p></article></body></html>\"}");
        assertThat(article.title()).isEqualTo("Stated title");
        assertThat(article.outlet()).isEqualTo("Page Site");
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void authorsMayBeOneString() throws Exception {
        Article article = accepted("{\"text\": \"Body.\", \"authors\": \"Priya Raman and Dan Hollis\"}");
        assertThat(article.authors()).containsExactly("Priya Raman", "Dan Hollis");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": \"Body.\", \"title\": 7}                 | field 'title' must be a string, got a number",
        "{\"text\": [\"Body.\"]}                              | field 'text' must be a string, got a list",
        "{\"text\": \"Body.\", \"authors\": [\"A\", 2]}       | item 1 is a number",
        "{\"text\": \"Body.\", \"authors\": {\"name\": \"A\"}} | field 'authors' must be a list of strings or a string",
        "{\"text\": \"Body.\", \"id\": true}                  | field 'id' must be a string or an integer, got a boolean",
        "[1, 2]                                               | a record must be a JSON object, got a list",
    })
    void wrongTypesRejectTheRecordNamingTheField(String json, String message) throws Exception {
        Extraction extraction = read(json);
        assertThat(extraction).isInstanceOfSatisfying(Extraction.Refused.class, refused -> {
            assertThat(refused.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(refused.reason()).contains(message);
        });
    }

    @Test
    void aRecordWithoutTextIsSkippedNotRejected() throws Exception {
        assertThat(read("{\"title\": \"Only a title\", \"text\": \"  \"}"))
                .isInstanceOfSatisfying(Extraction.Refused.class,
                        refused -> assertThat(refused.outcome()).isEqualTo(Outcome.SKIPPED));
    }

    @Test
    void anUnreadableDateIsAWarningAndTheArticleIsKept() throws Exception {
        Extraction extraction = read("{\"text\": \"Body.\", \"published\": \"last Tuesday\"}");
        assertThat(extraction).isInstanceOfSatisfying(Extraction.Accepted.class, accepted -> {
            assertThat(accepted.article().published()).isNull();
            assertThat(accepted.warnings()).singleElement().asString().contains("last Tuesday");
        });
    }
}
