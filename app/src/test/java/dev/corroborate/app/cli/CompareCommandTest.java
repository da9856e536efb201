package dev.corroborate.app.cli;

import static dev.corroborate.app.cli.CliTest.EXAMPLE;
import static dev.corroborate.app.cli.CliTest.run;
import static dev.corroborate.app.cli.CliTest.runCapturingStdout;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.app.cli.CliTest.Result;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} and {@code export --what discrepancies} over the fictional example corpus. */
class CompareCommandTest {

    private static final String CIVIC = "civic-observer-2026-02-03-tarn-letter";

    @TempDir
    Path dir;

    private String data;
    private Result analyze;

    @BeforeEach
    void analyzeTheExample() {
        data = dir.resolve("data").toString();
        analyze = run("analyze", "--data", data, EXAMPLE.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
    }

    @Test
    void analyzeCountsTheDiscrepanciesByKindAndClass() {
        assertThat(analyze.out()).containsPattern("discrepancies \\d+ in 1 event compared · .*number \\d+ compatible")
                .containsPattern("· name 1 conflict");
    }

    @Test
    void anEventsDifferencesAreShownOnceWithEachArticlesSentenceAndTheDifferingWordsMarked() {
        Result result = run("compare", "--data", data, "civic-obs");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String out = result.out();
        assertThat(out).startsWith("event ev-").contains("name · conflict").contains("[[Oskar Lindqvist]]")
                .contains("[[Oscar Lindquist]]").contains("number · compatible").contains("[[nearly 40]]")
                .contains("quote wording · conflict").contains("[[damage]]").contains("gender · conflict")
                .contains("what each article reports of its own");
        // Once, with every article on each side: the spokesman's name is one difference.
        assertThat(out.split("name · conflict", -1)).hasSize(2);
        // The event id, or an unambiguous prefix of it, gives the same view.
        String event = out.substring("event ".length(), out.indexOf(' ', "event ".length()));
        assertThat(run("compare", "--data", data, event).out()).isEqualTo(out);
        assertThat(run("compare", "--data", data, event.substring(0, 8)).out()).isEqualTo(out);
    }

    @Test
    void twoArticlesAreComparedOnTheSpotByTheSameRules() {
        String listing = run("articles", "--data", data).out();
        String meridian = ViewsAgreeTest.idOf(listing, "  Meridian Press "); // the outlet column, not a credit of it
        String rewrite = ViewsAgreeTest.idOf(listing, "Kessary ministry asks water commission");
        Result result = run("compare", "--data", data, meridian, rewrite);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("compared on the spot").contains("[[Oskar Lindqvist]]")
                .contains("[[Oscar Lindquist]]").contains("[[January 27]]").contains("[[28 January]]")
                .doesNotContain("Civic Observer");
        Result same = run("compare", "--data", data, meridian, meridian);
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("Give two different articles");
    }

    @Test
    void kindsAndClassesFilterTheViewAndUnknownOnesAreUsageErrors() {
        Result numbers = run("compare", "--data", data, CIVIC, "--kind", "number", "--class", "compatible", "--no-own");
        assertThat(numbers.exitCode()).as(numbers.err()).isZero();
        assertThat(numbers.out()).contains("1 difference:").contains("number · compatible")
                .doesNotContain("name · conflict").doesNotContain("what each article reports of its own");
        Result bad = run("compare", "--data", data, CIVIC, "--kind", "colour");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown value 'colour' for --kind (expected one of: number, date");
        Result unknownEvent = run("compare", "--data", data, "ev-zz");
        assertThat(unknownEvent.exitCode()).isEqualTo(2);
        assertThat(unknownEvent.err()).contains("No storyline or event with id ev-zz");
    }

    @Test
    void theHelpDescribesEveryParameter() {
        String help = run("compare", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("where the articles of an event disagree").contains("With two article ids")
                .contains("--kind=KIND").contains("--class=CLASS").contains("--[no-]own").contains("An event id (ev-…");
    }

    @Test
    void theExportHasTheContractsFieldsAndOffsetsIntoTheExportedText() throws Exception {
        Result export = runCapturingStdout("export", "--data", data, "--what", "discrepancies");
        assertThat(export.exitCode()).as(export.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        for (String line : runCapturingStdout("export", "--data", data, "--what", "articles").out().split("\n")) {
            JsonNode article = json.readTree(line);
            texts.put(article.get("id").asText(), article.get("text").asText());
        }
        List<String> lines = export.out().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode d = json.readTree(line);
            assertThat(d.fieldNames()).toIterable()
                    .containsExactly("story_id", "event_id", "kind", "class", "values", "explanation");
            assertThat(d.get("story_id").asText()).startsWith("st-");
            assertThat(d.get("class").asText()).isIn("conflict", "compatible", "only_in_one");
            for (JsonNode value : d.get("values")) {
                String text = texts.get(value.get("article_id").asText());
                assertThat(text.substring(value.get("start").asInt(), value.get("end").asInt()))
                        .isEqualTo(value.get("text").asText());
            }
        }
        Result csv = runCapturingStdout("export", "--data", data, "--what", "discrepancies", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        assertThat(rows).hasSameSizeAs(lines);
        assertThat(rows.get(0).toMap()).containsOnlyKeys("story_id", "event_id", "kind", "class", "values", "explanation");
    }

    @Test
    void reclusterComparesTheEventsAgain() {
        Result recluster = run("recluster", "--data", data);
        assertThat(recluster.exitCode()).as(recluster.err()).isZero();
        assertThat(recluster.out()).containsPattern("discrepancies \\d+ in 1 event compared");
        assertThat(run("compare", "--data", data, CIVIC).out()).contains("[[Oscar Lindquist]]");
    }
}
