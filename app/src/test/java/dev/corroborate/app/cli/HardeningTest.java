package dev.corroborate.app.cli;

import static dev.corroborate.app.cli.CliTest.run;
import static dev.corroborate.app.cli.CliTest.runCapturingStdout;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.corroborate.app.cli.CliTest.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against hostile inputs (issue 18): every input here is fictional, written for the test. */
class HardeningTest {

    /** A raw control character (other than a line end) or a bidirectional control. */
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private static final String WIRE_TEXT = "\\\"We will reopen the quay on Tuesday,\\\" said Harbour Master Ivo Brandt, "
            + "who has run the port at Lunmouth for eleven years and oversaw the repairs after the storm.\\n\\n"
            + "The quay at Lunmouth was closed for nine days after the storm tore away part of the sea wall, "
            + "and ferries were moved to the old north pier while divers inspected the foundations.\\n\\n"
            + "Ferries \\u202Ewill\\u202C run the winter timetable until March, the operator said on Monday, "
            + "with two fewer sailings each day and a later first boat from the island.";

    @TempDir
    Path dir;

    private Path jsonl(String name, String... records) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", records) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String record(String id, String outlet, String title, String authors, String published, String text) {
        return "{\"id\": \"" + id + "\", \"outlet\": \"" + outlet + "\", \"title\": \"" + title + "\", \"authors\": " + authors
                + ", \"published\": \"" + published + "\", \"text\": \"" + text + "\"}";
    }

    /** Issue 18, item 1: extract crashed on a line nested 2,000 deep. */
    @Test
    void extractReportsADeeplyNestedLineAndGoesOn() throws IOException {
        Path input = jsonl("deep.jsonl", "{\"id\": \"x1\", \"text\": \"Before the deep line.\"}",
                "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"id\": \"x2\", \"text\": \"After the deep line.\"}");
        Result result = runCapturingStdout("extract", input.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().split("\n")).hasSize(2);
        assertThat(result.err()).contains(input + ":2: rejected: malformed JSON");

        Result analyze = run("analyze", "--data", dir.resolve("data").toString(), input.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(analyze.out()).containsPattern("stored\\s+2").containsPattern("rejected\\s+1");
    }

    /** Issue 18, item 2, for extract: only the first 1,000 diagnostics were printed, the rest silently dropped. */
    @Test
    void extractPrintsEveryDiagnostic() throws IOException {
        String[] lines = new String[1_502];
        lines[0] = "{\"id\": \"x1\", \"text\": \"A good record.\"}";
        for (int i = 1; i <= 1_500; i++) {
            lines[i] = "[" + i + "]";
        }
        lines[1_501] = "{\"id\": \"x2\", \"text\": \"Another good record.\"}";
        Path input = jsonl("many-bad.jsonl", lines);
        Result result = runCapturingStdout("extract", input.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().split("\n")).hasSize(2);
        assertThat(result.err().lines().filter(line -> line.contains(": rejected: "))).hasSize(1_500);
        assertThat(result.err()).contains(input + ":1501: rejected: ").contains("1502 read · 2 extracted · 0 skipped · 1500 rejected");
    }

    /** Issue 18, item 3: every CSV export passed formulas through to the spreadsheet. */
    @Test
    void everyCsvExportNeutralisesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
        String text = "\\\"=HYPERLINK(1) is what we found in the harbour ledger,\\\" said Harbour Master Ivo Brandt on Tuesday "
                + "at the quay in Lunmouth, where the sea wall was repaired.\\n\\n"
                + "The quay at Lunmouth reopened on Tuesday after storm damage closed it for nine days, the harbour office said, "
                + "and the ferries returned from the north pier in the afternoon.";
        Path input = jsonl("formulas.jsonl",
                record("@wire-1", "+Shore News", "=HYPERLINK(\\\"https://evil.example\\\",\\\"Quay\\\")", "[\"-Ann Lee\"]",
                        "2026-02-03T09:00:00Z", text),
                record("-copy-1", "@Coast Courier", "-2+3 quay reopens", "[\"@Bo Chan\"]", "2026-02-03T11:00:00Z", text));
        String data = dir.resolve("data").toString();
        Result analyze = run("analyze", "--data", data, input.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(analyze.out()).containsPattern("stored\\s+2");

        for (String what : List.of("articles", "events", "stories", "reuse", "quotes")) {
            Result export = runCapturingStdout("export", "--data", data, "--what", what, "--format", "csv");
            assertThat(export.exitCode()).as(export.err()).isZero();
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(export.out())).getRecords();
            assertThat(rows).as(what).isNotEmpty();
            for (CSVRecord row : rows) {
                for (String cell : row) {
                    assertThat(cell.isEmpty() ? ' ' : cell.charAt(0)).as("%s cell %s", what, cell)
                            .isNotIn('=', '+', '-', '@', '\t', '\r');
                }
            }
        }
        Result articles = runCapturingStdout("export", "--data", data, "--what", "articles", "--format", "csv");
        assertThat(articles.out()).contains("'=HYPERLINK(", "'+Shore News", "'@wire-1", "'-Ann Lee");
    }

    /** Issue 18, item 6: bidirectional and other control characters reached the terminal raw. */
    @Test
    void bidiAndControlCharactersAreShownEscapedByEveryCommandThatPrintsArticles() throws IOException {
        Path input = jsonl("bidi.jsonl",
                record("wire-1", "Shore\\u001B[31m News", "Quay \\u202Eenepo\\u202C reopens after storm",
                        "[\"Ann\\u2067 Lee\"]", "2026-02-03T09:00:00Z", WIRE_TEXT),
                record("copy-1", "Coast \\u202ECourier", "Quay reopens after the storm", "[]", "2026-02-03T11:00:00Z",
                        WIRE_TEXT));
        String data = dir.resolve("data").toString();
        Result analyze = run("analyze", "--data", data, input.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();

        Result show = run("show", "--data", data, "wire-1");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Quay \\u202Eenepo\\u202C reopens after storm")
                .contains("Ann\\u2067 Lee").contains("Ferries \\u202Ewill\\u202C run")
                // paragraphs stay paragraphs
                .contains("eleven years and oversaw the repairs after the storm.\n\nThe quay at Lunmouth");
        String event = null;
        for (String[] args : List.of(new String[] {"articles"}, new String[] {"show", "copy-1"}, new String[] {"stories"},
                new String[] {"story", "wire-1"}, new String[] {"reuse", "wire-1"}, new String[] {"provenance", "wire-1"},
                new String[] {"quotes", "wire-1"}, new String[] {"quotes"}, new String[] {"speakers"})) {
            String[] full = new String[args.length + 2];
            full[0] = args[0];
            full[1] = "--data";
            full[2] = data;
            System.arraycopy(args, 1, full, 3, args.length - 1);
            Result result = run(full);
            assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
            assertThat(RAW_CONTROL.matcher(result.out()).find()).as("%s printed %s", String.join(" ", args), result.out())
                    .isFalse();
        }
        assertThat(RAW_CONTROL.matcher(show.out()).find()).as(show.out()).isFalse();
        Result list = run("articles", "--data", data);
        assertThat(list.out()).contains("Quay \\u202Eenepo\\u202C reopens after storm").contains("Coast \\u202ECourier");
        Result story = run("story", "--data", data, "wire-1");
        assertThat(story.out()).contains("\\u202E");
        // normal text is untouched
        assertThat(run("show", "--data", data, "copy-1").out()).startsWith("Quay reopens after the storm\n\n");

        // extract prints JSON: the same JSON, with those characters as JSON escapes
        Result extract = runCapturingStdout("extract", input.toString());
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(RAW_CONTROL.matcher(extract.out()).find()).as(extract.out()).isFalse();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(extract.out().split("\n")[0]).get("title").asText())
                .isEqualTo("Quay \u202Eenepo\u202C reopens after storm");
    }

    /** Issue 18, item 7: a file:// or ftp:// URL was reported as a missing file. */
    @Test
    void aUrlOfAnUnsupportedSchemeIsRefusedNamingTheScheme() {
        for (String url : List.of("file:///etc/hostname", "ftp://ftp.example.org/news.txt")) {
            Result result = run("analyze", "--data", dir.resolve("data").toString(), url);
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("not supported").contains(url.substring(0, url.indexOf(':')))
                    .doesNotContain("No such file");
            Result extract = run("extract", url);
            assertThat(extract.exitCode()).isEqualTo(2);
            assertThat(extract.err()).contains("not supported");
        }
    }

    /** Issue 18, item 7: loopback, link-local and private addresses were fetched. */
    @Test
    void aLoopbackUrlIsRefusedUnlessPrivateAddressesAreAllowed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/page", exchange -> {
            byte[] page = ("<html><head><title>Quay reopens after storm</title></head><body><article><p>The quay at "
                    + "Lunmouth reopened on Tuesday after storm damage closed it for nine days, the harbour office said."
                    + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/page";
            Result refused = run("analyze", "--data", dir.resolve("refused").toString(), url);
            assertThat(refused.exitCode()).as(refused.err()).isZero();
            assertThat(refused.out()).containsPattern("stored\\s+0").containsPattern("rejected\\s+1");
            assertThat(refused.err()).contains(url).contains("loopback").contains("--allow-private-addresses");

            Result allowed = run("analyze", "--data", dir.resolve("allowed").toString(), "--allow-private-addresses", url);
            assertThat(allowed.exitCode()).as(allowed.err()).isZero();
            assertThat(allowed.out()).containsPattern("stored\\s+1");
        } finally {
            server.stop(0);
        }
    }

    /** Issue 18, item 10: a step could run for minutes with no sign of life; each now says when it starts and ends. */
    @Test
    void analyzeSaysWhenEachStepStartsAndEnds() {
        Result result = run("analyze", "--data", dir.resolve("data").toString(), CliTest.EXAMPLE.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.err().lines().toList();
        List<String> steps = List.of("reading", "reuse", "stories", "quotes", "compare");
        int at = -1;
        for (String step : steps) {
            int started = lines.indexOf(step + ": started");
            assertThat(started).as(step + " started, after the step before it ended").isGreaterThan(at);
            at = started + 1;
            assertThat(lines.get(at)).as(step + " ended next").matches(Pattern.quote(step) + ": done in \\d+\\.\\d s");
        }
    }
}
