package dev.corroborate.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export contract, checked against golden files. Run with {@code -Dgolden.update=true} to
 * rewrite them after an intended change, and review the diff.
 */
class ArticleExporterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dataDir;

    private ArticleStore storeWithTwoArticles() {
        ArticleStore store = ArticleStore.open(dataDir);
        long run = store.startRun("analyze", List.of(), Map.of());
        store.insert(List.of(
                new Article("gull-2", null, null, "Gulls, \"quotes\" and commas", List.of(), null, null, null, null,
                        List.of("A paragraph with \"quotes\", commas,", "and a second line; semicolons too."),
                        null, null, Origin.of("notes/gulls.txt")),
                new Article("ferry-1", "https://islandnews.example/ferry", "Island News", "Ferry fares rise",
                        List.of("Ann Lee", "Bo Chan"), PublishedTime.parse("2026-04-30T08:15+02:00").orElseThrow(), null, "en", null,
                        List.of("Fares rise in May.", "The operator blamed fuel."), null, null, Origin.atLine("feed.jsonl", 12, 2048))),
                run);
        return store;
    }

    @Test
    void jsonlFollowsTheContract() throws IOException {
        String actual;
        try (ArticleStore store = storeWithTwoArticles()) {
            StringWriter out = new StringWriter();
            assertThat(new ArticleExporter().write(store, ArticleFilter.ALL, ExportFormat.JSONL, out)).isEqualTo(2);
            actual = out.toString();
        }
        assertGolden("articles.jsonl", actual);
        ObjectMapper json = new ObjectMapper();
        for (String line : actual.split("\n")) {
            JsonNode record = json.readTree(line);
            assertThat(record.fieldNames()).toIterable().containsExactlyElementsOf(ArticleExporter.FIELDS);
        }
    }

    @Test
    void csvHasAHeaderAndQuotesWhatItMust() throws IOException {
        String actual;
        try (ArticleStore store = storeWithTwoArticles()) {
            StringWriter out = new StringWriter();
            new ArticleExporter().write(store, ArticleFilter.ALL, ExportFormat.CSV, out);
            actual = out.toString();
        }
        assertGolden("articles.csv", actual);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(actual)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("title")).isEqualTo("Gulls, \"quotes\" and commas");
        assertThat(rows.get(0).get("authors")).isEqualTo("Ann Lee; Bo Chan");
    }

    /** Issue 18, item 3: formulas in titles, authors and outlets reached the spreadsheet live. */
    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        String actual;
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            long run = store.startRun("analyze", List.of(), Map.of());
            store.insert(List.of(
                    new Article("f-1", "https://shore.example/f1", "+cmd|' /C calc'!A0",
                            "=HYPERLINK(\"https://evil.example\",\"Click\")", List.of("@SUM(1+1)", "Ann Lee"), null, null,
                            "en", null, List.of("-2+3 is the first paragraph.", "A plain second one."), null, null,
                            Origin.of("-lead.txt")),
                    new Article("f-2", null, "\tTabbed Outlet", "\rReturn title", List.of("-Minus"), null, null, null, null,
                            List.of("Plain text."), null, null, Origin.of("notes/plain.txt"))),
                    run);
            StringWriter out = new StringWriter();
            new ArticleExporter().write(store, ArticleFilter.ALL, ExportFormat.CSV, out);
            actual = out.toString();
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(actual)).getRecords();
        assertThat(rows).hasSize(2);
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        CSVRecord first = rows.get(0).get("id").equals("f-1") ? rows.get(0) : rows.get(1);
        CSVRecord second = first == rows.get(0) ? rows.get(1) : rows.get(0);
        assertThat(first.get("title")).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Click\")");
        assertThat(first.get("outlet")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(first.get("authors")).isEqualTo("'@SUM(1+1); Ann Lee");
        assertThat(first.get("text")).startsWith("'-2+3 is the first paragraph.");
        assertThat(first.get("ingested_from")).isEqualTo("'-lead.txt");
        assertThat(first.get("url")).isEqualTo("https://shore.example/f1");
        assertThat(second.get("outlet")).isEqualTo("'\tTabbed Outlet");
        assertThat(second.get("title")).isEqualTo("'\rReturn title");
        assertThat(second.get("authors")).isEqualTo("'-Minus");
    }

    @Test
    void noExportWritesARawControlOrBidiCharacterAndJsonKeepsTheData() throws IOException {
        String title = "Quarterly figures \u202Eevil\u202C for the \u0007port board";
        String text = "The board met \u001B[31mtoday\u0085 and \u2066agreed\u2069 to publish.";
        String jsonl;
        String csv;
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.insert(List.of(new Article("h-1", null, "Port \u202ETimes", title, List.of(), null, null, null, null,
                    List.of(text), null, null, Origin.of("hidden.txt"))), store.startRun("analyze", List.of(), Map.of()));
            StringWriter json = new StringWriter();
            new ArticleExporter().write(store, ArticleFilter.ALL, ExportFormat.JSONL, json);
            jsonl = json.toString();
            StringWriter table = new StringWriter();
            new ArticleExporter().write(store, ArticleFilter.ALL, ExportFormat.CSV, table);
            csv = table.toString();
        }
        for (String export : List.of(jsonl, csv)) {
            assertThat(export.chars().filter(c -> SafeJson.isHidden((char) c))).as(export).isEmpty();
        }
        var parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonl);
        assertThat(parsed.get("title").asText()).isEqualTo(title);
        assertThat(parsed.get("text").asText()).isEqualTo(text);
        // In CSV each hidden character becomes one visible character: offsets into the text still hold.
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().get(0);
        assertThat(row.get("text")).hasSameSizeAs(text).contains("\u241B[31m");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
