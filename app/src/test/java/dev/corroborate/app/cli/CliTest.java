package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.export.ArticleExporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line end to end, over the bundled example corpus. */
class CliTest {

    static final Path EXAMPLE = Path.of("..", "examples", "tarn-basin");

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        CommandLine commandLine = CorroborateCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** For export, which writes to System.out directly to stream large exports. */
    static Result runCapturingStdout(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Result result = run(args);
            return new Result(result.exitCode(), bytes.toString(StandardCharsets.UTF_8), result.err());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void analyzingTheExampleStoresEveryArticleAndARerunStoresNone() throws Exception {
        String data = dir.resolve("data").toString();
        Result first = run("analyze", "--data", data, EXAMPLE.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("read\\s+7").containsPattern("stored\\s+7")
                .containsPattern("rejected\\s+0").contains("7 articles in");

        Result second = run("analyze", "--data", data, EXAMPLE.toString());
        assertThat(second.out()).containsPattern("stored\\s+0").containsPattern("already present\\s+7");

        Result export = runCapturingStdout("export", "--data", data, "--what", "articles", "--format", "jsonl");
        assertThat(export.exitCode()).isZero();
        String[] lines = export.out().split("\n");
        assertThat(lines).hasSize(7);
        ObjectMapper json = new ObjectMapper();
        List<String> outlets = new ArrayList<>();
        for (String line : lines) {
            JsonNode record = json.readTree(line);
            assertThat(record.fieldNames()).toIterable().containsExactlyElementsOf(ArticleExporter.FIELDS);
            assertThat(record.get("title").asText()).isNotBlank();
            assertThat(record.get("ingested_from").asText()).contains("tarn-basin");
            outlets.add(record.get("outlet").asText(null));
        }
        assertThat(outlets).contains("Harbour Daily", "Civic Observer", "valleycourier.example", "Lunmouth Evening Post");
        assertThat(export.out()).doesNotContain("Sign up to our newsletter", "Photo: J. Okafor", "Related stories",
                "- Advertisement -", "Leave a Reply", "Share this", "8.4 C", "Must read", "translated automatically");
    }

    @Test
    void articlesShowAndCsvExportWork() throws Exception {
        String data = dir.resolve("data").toString();
        run("analyze", "--data", data, EXAMPLE.toString());

        Result list = run("articles", "--data", data, "--outlet", "civic observer");
        assertThat(list.out()).contains("civic-observer-2026-02-03-tarn-letter").contains("1 of 7 articles");

        Result show = run("show", "--data", data, "civic-observer");
        assertThat(show.exitCode()).isZero();
        Result wire = run("show", "--data", data, json("meridian"));
        assertThat(wire.out()).containsPattern("dateline\\s+LUNMOUTH, Feb 3").containsPattern("agency\\s+Meridian Press");
        assertThat(show.out()).contains("Ministry letter sought to delay Tarn mine report")
                .contains("Mira Castellanos").contains("2026-02-03T16:05:00+01:00");

        Path csv = dir.resolve("articles.csv");
        Result export = run("export", "--data", data, "--what", "articles", "--format", "csv", "--output", csv.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readString(csv)).startsWith(String.join(",", ArticleExporter.FIELDS) + "\n");
    }

    @Test
    void standardInputIsAnInput() {
        String data = dir.resolve("data").toString();
        var original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(
                "{\"id\": \"piped-1\", \"text\": \"A piped record.\"}\n".getBytes(StandardCharsets.UTF_8)));
        try {
            Result result = run("analyze", "--data", data, "-");
            assertThat(result.out()).containsPattern("stored\\s+1");
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aBatchWithAnArticleOlderThanTheStoredOnesFilesTheStoredOnesAfterItAgainAndSaysSo() throws Exception {
        String text = "The ferry between Carrow and the island of Brisk will run twice a day from Monday while the "
                + "harbour wall at Carrow is repaired, the shipping office said, and the evening crossing will stop "
                + "until the work is finished in the spring. Passengers with cars are asked to book ahead. ";
        String stored = "{\"id\": \"ferry-1\", \"outlet\": \"Harbour Post\", \"published\": \"2026-04-01T08:00:00Z\", "
                + "\"title\": \"Ferry cut to two crossings\", \"text\": \"" + text + "\"}\n"
                + "{\"id\": \"fair-1\", \"outlet\": \"Hill Gazette\", \"published\": \"2026-04-01T12:00:00Z\", "
                + "\"title\": \"Lantern walk on Friday\", \"text\": \"The lantern walk through the old town of "
                + "Ambry starts at the church steps on Friday at dusk, and the choir will sing at the bridge.\"}\n";
        // Published between the two stored articles, by an outlet already stored: a late arrival.
        String late = "{\"id\": \"ferry-2\", \"outlet\": \"Hill Gazette\", \"published\": \"2026-04-01T09:00:00Z\", "
                + "\"title\": \"Fewer ferries to Brisk\", \"text\": \"" + text + "\"}\n";
        String data = dir.resolve("late-store").toString();
        Result first = analyzeInto(data, "stored.jsonl", stored);
        assertThat(first.out()).doesNotContain("reuse ran over");
        Result batch = analyzeInto(data, "late.jsonl", late);
        assertThat(batch.out()).doesNotContain("reuse ran over")
                .contains("reuse filed 2 stored articles again from the kept index: the ones just before or after the "
                        + "batch's earliest article in the feed");
        // The stored article filed again at its new place is found there by the next batch's copy of it.
        String copy = "{\"id\": \"fair-2\", \"outlet\": \"Harbour Post\", \"published\": \"2026-04-01T18:00:00Z\", "
                + "\"title\": \"Lanterns on Friday\", \"text\": \"The lantern walk through the old town of "
                + "Ambry starts at the church steps on Friday at dusk, and the choir will sing at the bridge.\"}\n";
        assertThat(analyzeInto(data, "copy.jsonl", copy).out()).doesNotContain("reuse ran over");
        Result links = runCapturingStdout("export", "--data", data, "--what", "reuse");
        assertThat(links.exitCode()).as(links.err()).isZero();
        assertThat(links.out()).contains("\"source_id\":\"ferry-1\",\"derived_id\":\"ferry-2\"")
                .contains("\"source_id\":\"fair-1\",\"derived_id\":\"fair-2\"");
    }

    /** Writes {@code jsonl} to a file named {@code name} and analyses it into {@code data}; the run must succeed. */
    private Result analyzeInto(String data, String name, String jsonl) throws Exception {
        Path file = Files.writeString(dir.resolve(name), jsonl);
        Result result = run("analyze", "--data", data, file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    @Test
    void aBatchFromANewOutletSearchesTheStoredTextsForItsNameAndSaysSo() throws Exception {
        String stored = "{\"id\": \"mill-1\", \"outlet\": \"Harbour Post\", \"published\": \"2026-05-04T08:00:00Z\", "
                + "\"title\": \"Mill to reopen\", \"text\": \"The old paper mill at Dunmere will reopen in June with "
                + "forty jobs, the Kestrel Ledger reported on Monday, after a buyer from the coast agreed to take over "
                + "the site and its two warehouses.\"}\n";
        String fresh = "{\"id\": \"mill-2\", \"outlet\": \"Kestrel Ledger\", \"published\": \"2026-05-04T12:00:00Z\", "
                + "\"title\": \"Dunmere mill sold\", \"text\": \"A buyer from the coast has agreed to take over the old "
                + "paper mill at Dunmere and its two warehouses, and the mill will reopen in June with forty jobs, "
                + "the council said.\"}\n";
        String data = dir.resolve("mill-store").toString();
        analyzeInto(data, "mill-stored.jsonl", stored);
        Result batch = analyzeInto(data, "mill-fresh.jsonl", fresh);
        assertThat(batch.out()).doesNotContain("reuse ran over")
                .contains("reuse searched every stored text for 1 new outlet or agency name: kestrel ledger");
        // The next batch from that outlet searches for nothing.
        Result again = analyzeInto(data, "mill-later.jsonl", fresh.replace("mill-2", "mill-3")
                .replace("12:00:00Z", "18:00:00Z").replace("Dunmere mill sold", "Dunmere mill buyer named"));
        assertThat(again.out()).doesNotContain("reuse ran over").doesNotContain("reuse searched");
    }

    @Test
    void aSecondRunsArticlesAreSearchedAndCountedAsInOneRunOfAll() throws Exception {
        String wire = "The regional water board voted on Tuesday to close the old pumping station at Weldon Quay "
                + "after inspectors found cracks in its main intake, a decision that will move the supply of "
                + "twelve villages to the new reservoir line by the end of the summer. Board members said the "
                + "repairs would have cost more than the new line itself, and that residents would see no change "
                + "in their bills. Engineers will begin draining the intake next month, and the station's two "
                + "historic engine halls will be kept as a museum under an agreement with the county trust. ";
        String first = "{\"id\": \"wire-1\", \"outlet\": \"Valley Wire\", \"published\": \"2026-03-02T08:00:00Z\", "
                + "\"title\": \"Water board closes Weldon Quay pumping station\", \"text\": \"" + wire + "\"}\n"
                + "{\"id\": \"other-1\", \"outlet\": \"Hill Gazette\", \"published\": \"2026-03-02T09:00:00Z\", "
                + "\"title\": \"Orchard fair returns to Ambry\", \"text\": \"The orchard fair returns to Ambry this "
                + "weekend with forty stalls, a cider tent and a parade of restored tractors through the market square. "
                + "Organisers expect three thousand visitors and have asked drivers to use the park-and-ride at the old "
                + "station yard, where buses will leave every ten minutes from nine until six.\"}\n";
        String second = "{\"id\": \"copy-1\", \"outlet\": \"Coast Courier\", \"published\": \"2026-03-02T11:00:00Z\", "
                + "\"title\": \"Weldon Quay station to close\", \"text\": \"" + wire
                + "\u201cWe owe the villages a supply that does not crack in winter,\u201d said board chair Imelda Sorrow.\"}\n";
        Path firstFile = dir.resolve("first.jsonl");
        Path secondFile = dir.resolve("second.jsonl");
        Files.writeString(firstFile, first);
        Files.writeString(secondFile, second);
        String twoRuns = dir.resolve("two-runs").toString();
        assertThat(run("analyze", "--data", twoRuns, firstFile.toString()).exitCode()).isZero();
        Result later = run("analyze", "--data", twoRuns, "--timings", secondFile.toString());
        assertThat(later.exitCode()).as(later.err()).isZero();
        // the search index and the source counts are made beside the steps, and waited for
        assertThat(later.out()).containsPattern("waited [0-9.]+ s").containsPattern("search [0-9.]+ s")
                .containsPattern("sources [0-9.]+ s").containsPattern("keeping [0-9.]+ s")
                .containsPattern("checkpoint [0-9.]+ s");
        // and each step timed on the run's thread says what memory it held (the kernel's figure where it gives one)
        assertThat(later.out()).containsPattern("memory by step: reading heap \\d+ MB[^·]*, RSS (\\d+ MB|unknown) · reuse heap \\d+ MB")
                .containsPattern("· compare heap \\d+ MB").containsPattern("· summary heap \\d+ MB[^·\\n]*, RSS (\\d+ MB|unknown)\\n");
        // the log was copied beside the comparison, and the rest when the store closed
        assertThat(Path.of(twoRuns, "corroborate.db-wal")).doesNotExist();
        Path both = dir.resolve("both.jsonl");
        Files.writeString(both, first + second);
        String oneRun = dir.resolve("one-run").toString();
        Result all = run("analyze", "--data", oneRun, both.toString());
        assertThat(groupsLine(later.out())).contains("groups of related articles").isEqualTo(groupsLine(all.out()));
        // the second run's article is found by the words of its quote, as in the store made in one run
        Result found = run("search", "--data", twoRuns, "winter");
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(found.out()).contains("copy-1").doesNotContain("other-1");
        assertThat(found.out()).isEqualTo(run("search", "--data", oneRun, "winter").out());
        // "-word", as the help offers it, unquoted: it was refused as an unknown option
        Result without = run("search", "--data", twoRuns, "winter", "-zzyzx", "--limit", "5");
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(without.out()).isEqualTo(found.out());
        Result typo = run("search", "--data", twoRuns, "--limt", "5", "winter");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Unknown option: '--limt'");
        assertThat(run("stories", "--data", twoRuns).out()).isEqualTo(run("stories", "--data", oneRun).out());
    }

    private static String groupsLine(String out) {
        return out.lines().filter(line -> line.startsWith("groups of related articles")).findFirst().orElse("");
    }

    @Test
    void badInputIsReportedWithItsFileAndTheRunGoesOn() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "A perfectly good headline\n\nWith a body.");
        Files.write(in.resolve("bad.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.writeString(in.resolve("feed.jsonl"), "{\"text\": \"fine\"}\n[not an object]\n");
        Result result = run("analyze", "--data", dir.resolve("data").toString(), in.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("read\\s+4").containsPattern("stored\\s+2").containsPattern("rejected\\s+2");
        assertThat(result.err()).contains(in.resolve("bad.txt") + "@0: rejected: binary content")
                .contains(in.resolve("feed.jsonl") + ":2: rejected: malformed JSON");
    }

    @Test
    void unknownOptionsAndBadArgumentsExitNonZeroWithAClearMessage() {
        Result unknown = run("analyze", "--bogus", EXAMPLE.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--bogus'").contains("corroborate analyze --help");

        Result missing = run("analyze", "--data", dir.toString(), dir.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("No such file or directory");

        Result noStore = run("articles", "--data", dir.resolve("empty").toString());
        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("No store in");

        Result noCommand = run();
        assertThat(noCommand.exitCode()).isEqualTo(2);

        Result badWhat = run("export", "--what", "everything");
        assertThat(badWhat.exitCode()).isEqualTo(2);
        assertThat(badWhat.err()).contains("expected one of [articles, events, stories, reuse, quotes, discrepancies, provenance]");

        Result badDate = run("articles", "--since", "last week");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("not an ISO-8601 date");
    }

    @Test
    void showNamesAMissingIdAsAUsageError() {
        String data = dir.resolve("data").toString();
        run("analyze", "--data", data, EXAMPLE.toString());
        Result result = run("show", "--data", data, "no-such-article");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No article with id no-such-article (see corroborate articles)");
    }

    @Test
    void reuseIsFoundStoredShownAndExported() throws Exception {
        String data = dir.resolve("data").toString();
        Result analyze = run("analyze", "--data", data, EXAMPLE.toString());
        assertThat(analyze.out()).containsPattern("reuse links \\d+").contains("copy 1").contains("rewrite");

        String wire = json("meridian-press-letter");
        String harbour = json("harbour-daily-letter");
        Result reuse = run("reuse", "--data", data, wire);
        assertThat(reuse.exitCode()).as(reuse.err()).isZero();
        assertThat(reuse.out()).contains("source of " + harbour).contains("copy").contains("passage, ");

        Result export = runCapturingStdout("export", "--data", data, "--what", "reuse");
        ObjectMapper json = new ObjectMapper();
        boolean copyFound = false;
        for (String line : export.out().split("\n")) {
            JsonNode link = json.readTree(line);
            assertThat(link.fieldNames()).toIterable().containsExactlyElementsOf(dev.corroborate.io.export.ReuseExporter.FIELDS);
            for (JsonNode passage : link.get("passages")) {
                assertThat(passage.get("source_start").asInt()).isLessThan(passage.get("source_end").asInt());
            }
            copyFound |= link.get("relation").asText().equals("copy") && link.get("source_id").asText().equals(wire)
                    && link.get("derived_id").asText().equals(harbour);
        }
        assertThat(copyFound).as("the wire is the source of Harbour Daily's copy").isTrue();
    }

    @Test
    void provenanceShowsTheTreeAndExportsAsGraphmlAndGexf() throws Exception {
        String data = dir.resolve("data").toString();
        Result analyze = run("analyze", "--data", data, EXAMPLE.toString());
        assertThat(analyze.out()).contains("2 independent sources: 1 group");
        String wire = json("meridian-press-letter");
        String harbour = json("harbour-daily-letter");
        String civic = "civic-observer-2026-02-03-tarn-letter"; // feeds.jsonl gives its id

        Result tree = run("provenance", "--data", data, harbour);
        assertThat(tree.exitCode()).as(tree.err()).isZero();
        assertThat(tree.out()).startsWith("5 articles connected by shared text · 2 independent sources · origin: " + wire);
        assertThat(tree.out()).containsPattern("├─ copy \\(score [0-9.]+, direction [0-9.]+\\)  " + harbour)
                .contains("credits Meridian Press in its dateline");
        String civicBlock = tree.out().substring(tree.out().indexOf(civic));
        assertThat(civicBlock).containsPattern("independent source \\(reporting of its own\\) · own reporting: \\d+ passages?, \\d+ words");
        assertThat(tree.out()).contains("own reporting: a sentence is an article's own reporting when no sentence of its sources says the same");
        assertThat(tree.out()).doesNotContain("tram").contains("outside this group");

        for (String format : new String[] {"graphml", "gexf"}) {
            Path file = dir.resolve("graph." + format);
            Result export = run("export", "--data", data, "--what", "provenance", "--format", format, "-o", file.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(file.toFile());
            assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(5);
            assertThat(document.getElementsByTagName("edge").getLength()).isGreaterThanOrEqualTo(4);
        }
        Result badFormat = run("export", "--data", data, "--what", "provenance", "--format", "csv");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("expected graphml or gexf");
    }

    @Test
    void quotesAreGroupedAcrossOutletsAndSpeakersResolved() throws Exception {
        String data = dir.resolve("data").toString();
        Result analyze = run("analyze", "--data", data, EXAMPLE.toString());
        assertThat(analyze.out()).containsPattern("quotes \\d+ direct · \\d+ reported · [1-9]\\d* quoted in several articles");

        // The spokesman's quote, in the wire, its copies and the rewrite, with the rewrite's wording shown as a diff.
        Result groups = run("quotes", "--data", data);
        assertThat(groups.exitCode()).as(groups.err()).isZero();
        String spokesman = groups.out().substring(groups.out().indexOf("rigour"));
        assertThat(spokesman).contains("Oskar Lindqvist").contains("Oscar Lindquist")
                .contains("Nobody asks somebody").contains("\u2192 something]");
        // The letter's sentence, reworded by the Civic Observer.
        assertThat(groups.out()).contains("[undermine \u2192 damage]");

        Result speakers = run("speakers", "--data", data, "--variants-only");
        assertThat(speakers.out()).contains("Oskar Lindqvist").contains("as: Oscar Lindquist = Oskar Lindqvist")
                .contains("spelling variants");
        assertThat(speakers.out()).doesNotContain("Helena Voss").doesNotContain("the letter");
        // Every quote of Ekdahl's is his, "Ekdahl" and "He" resolved within the article.
        String everyone = run("speakers", "--data", data).out();
        assertThat(everyone).contains("Rasmus Ekdahl  6 quotes");
        // The two officials the corpus quotes without a name, each told apart by the outlet that quotes them.
        java.util.List<String> officials = java.util.regex.Pattern.compile("A commission official  1 quote  sp-\\w+\n(?:    .*\n)*?"
                + "    quoted in: (.*)\n").matcher(everyone).results().map(m -> m.group(1)).toList();
        assertThat(officials).hasSize(2).doesNotHaveDuplicates();

        String civic = "civic-observer-2026-02-03-tarn-letter";
        Result article = run("quotes", "--data", data, civic);
        assertThat(article.out()).contains("Rasmus Ekdahl").contains("found by:").contains("also quoted in:");

        Path file = dir.resolve("quotes.jsonl");
        Result export = run("export", "--data", data, "--what", "quotes", "-o", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int lines = 0;
        for (String line : java.nio.file.Files.readAllLines(file)) {
            var quote = json.readTree(line);
            for (String field : new String[] {"id", "article_id", "kind", "start", "end", "text", "speaker", "cue", "group_id"}) {
                assertThat(quote.has(field)).as(field + " in " + line).isTrue();
            }
            Result show = runCapturingStdout("export", "--data", data, "--what", "articles");
            lines++;
            if (lines == 1) {
                // The offsets select the quote's text in the article's exported text.
                for (String articleLine : show.out().split("\n")) {
                    var exported = json.readTree(articleLine);
                    if (exported.get("id").asText().equals(quote.get("article_id").asText())) {
                        assertThat(exported.get("text").asText().substring(quote.get("start").asInt(), quote.get("end").asInt()))
                                .isEqualTo(quote.get("text").asText());
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(10);
    }

    @Test
    void storiesWithReasonsAndCorrectionsThatSurviveRecluster() throws Exception {
        String data = dir.resolve("data").toString();
        Result analyze = run("analyze", "--data", data, EXAMPLE.toString());
        assertThat(analyze.out()).contains("events 3 in 2 storylines · 7 articles placed");
        String wire = json("meridian-press-letter");
        String harbour = json("harbour-daily-letter");
        String civic = "civic-observer-2026-02-03-tarn-letter";

        Result stories = run("stories", "--data", data);
        assertThat(stories.exitCode()).as(stories.err()).isZero();
        assertThat(stories.out()).contains("2 events · 6 articles · 4 outlets").contains("1 event · 1 article · 1 outlet");

        // The letter story: one event of five articles, and the suspension weeks later as a second event.
        Result story = run("story", "--data", data, wire);
        assertThat(story.out()).contains("5 articles").contains("shared names:").contains("key names:");
        String eventOfWire = story.out().replaceAll("(?s).*?event (ev-[0-9a-f]+).*", "$1");
        Result storyline = run("story", "--data", data, story.out().replaceAll("(?s)^storyline (st-[0-9a-f]+).*", "$1"));
        assertThat(storyline.out()).contains("(2 events)").contains("suspends cooperation");

        // Split the Civic Observer's article off, then recluster: the decision holds.
        Result split = run("story", "split", "--data", data, eventOfWire, civic);
        assertThat(split.exitCode()).as(split.err()).isZero();
        assertThat(run("recluster", "--data", data).out()).contains("1 decision replayed");
        Result after = run("story", "--data", data, civic);
        assertThat(after.out()).contains("1 article").contains("split off by a user's decision");

        // Move it back into the wire's event: it survives another analyze and a recluster.
        String splitEvent = after.out().replaceAll("(?s).*?event (ev-[0-9a-f-]+).*", "$1");
        assertThat(splitEvent).isNotEqualTo(eventOfWire);
        assertThat(run("story", "move", "--data", data, civic, eventOfWire).exitCode()).isZero();
        run("analyze", "--data", data, EXAMPLE.toString());
        run("recluster", "--data", data);
        assertThat(run("story", "--data", data, civic).out()).contains(wire).contains(harbour);

        // Merge the tram story into the letter event.
        String tram = "lunmouth-evening-post-tram-2026-02-05";
        String tramEvent = run("story", "--data", data, tram).out().replaceAll("(?s).*?event (ev-[0-9a-f]+).*", "$1");
        assertThat(run("story", "merge", "--data", data, eventOfWire, tramEvent).exitCode()).isZero();
        run("recluster", "--data", data);
        assertThat(run("story", "--data", data, tram).out()).contains(wire).contains("merged by a user's decision");

        Result badEvent = run("story", "merge", "--data", data, "ev-000000000000", tramEvent);
        assertThat(badEvent.exitCode()).isEqualTo(2);
        assertThat(badEvent.err()).contains("No event with id ev-000000000000 (see corroborate stories)");

        for (String what : new String[] {"events", "stories"}) {
            Result export = runCapturingStdout("export", "--data", data, "--what", what);
            assertThat(export.exitCode()).as(export.err()).isZero();
            com.fasterxml.jackson.databind.JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(export.out().split("\n")[0]);
            assertThat(first.has("article_ids")).isTrue();
            assertThat(first.has("first_published")).isTrue();
            assertThat(first.has(what.equals("events") ? "story_id" : "event_ids")).isTrue();
        }
        Result articles = runCapturingStdout("export", "--data", data, "--what", "articles");
        assertThat(articles.out()).doesNotContain("\"event_id\":null");
    }

    /** The id of the first article whose ingested_from contains {@code file}. */
    private String json(String file) {
        Result export = runCapturingStdout("export", "--data", dir.resolve("data").toString(), "--what", "articles");
        for (String line : export.out().split("\n")) {
            if (line.contains("\"ingested_from\":\"") && line.replaceAll(".*\"ingested_from\":\"([^\"]*)\".*", "$1").contains(file)) {
                return line.replaceAll("^\\{\"id\":\"([^\"]*)\".*", "$1");
            }
        }
        throw new AssertionError("no article from " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "articles", "show", "export", "extract", "reuse", "provenance"})
    void everyCommandHasHelp(String command) {
        Result result = run(command, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: corroborate " + command);
    }
}
