package dev.corroborate.app.cli;

import static dev.corroborate.app.cli.CliTest.run;
import static dev.corroborate.app.cli.CliTest.runCapturingStdout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.CliTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: commands, messages, help and tables as a newcomer meets them, on fictional articles. */
class CommandMessagesTest {

    @TempDir
    Path dir;

    /** What the last {@link #analyze} printed. */
    private Result analyzed;

    /** Writes each (file name, text) pair into an input folder, analyses it, and returns the data directory. */
    private String analyze(String... namesAndTexts) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(in.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        String data = dir.resolve("data").toString();
        analyzed = run("analyze", "--no-progress", "--data", data, in.toString());
        assertThat(analyzed.exitCode()).as(analyzed.err()).isZero();
        return data;
    }

    private static String storyOf(String data, String article, String prefix) {
        String story = run("story", "--data", data, article).out();
        return story.replaceAll("(?s).*?(" + prefix + "-[0-9a-f-]+).*", "$1");
    }

    /** A storyline's id in part named nothing, where an article's and (in compare only) an event's did. */
    @Test
    void aStorylineOrEventIdInPartNamesItInEveryCommand() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        String copy = ViewsAgreeTest.idOf(run("articles", "--data", data).out(), "Coast Herald");
        for (String id : List.of(storyOf(data, copy, "st"), storyOf(data, copy, "ev"))) {
            String part = id.substring(0, 7);
            assertThat(run("story", "--data", data, part).out()).contains(id);
            assertThat(run("provenance", "--data", data, part).out()).startsWith((id.startsWith("st-") ? "storyline " : "event ") + id + ":");
            assertThat(run("compare", "--data", data, part).out()).contains(id);
            Result quotes = run("quotes", "--data", data, part);
            assertThat(quotes.exitCode()).as(quotes.err()).isZero();
            assertThat(quotes.out()).startsWith((id.startsWith("st-") ? "storyline " : "event ") + id)
                    .contains("in one article only");
        }
        Result none = run("story", "--data", data, "st-0000");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("No storyline or event with id st-0000");
        Result noQuotes = run("quotes", "--data", data, "st-0000");
        assertThat(noQuotes.exitCode()).isEqualTo(2);
        assertThat(noQuotes.err()).contains("No storyline, event or article with id st-0000 (see corroborate stories)");
    }

    @Test
    void provenanceAcceptsAStorylineOrAnEventAndShowsItsGroups() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        String copy = ViewsAgreeTest.idOf(run("articles", "--data", data).out(), "Coast Herald");
        for (String id : List.of(storyOf(data, copy, "st"), storyOf(data, copy, "ev"))) {
            Result shown = run("provenance", "--data", data, id);
            assertThat(shown.exitCode()).as(shown.err()).isZero();
            assertThat(shown.out()).startsWith((id.startsWith("st-") ? "storyline " : "event ") + id + ": 3 articles · 1 group")
                    .contains("3 articles connected by shared text").contains(copy + " · Coast Herald");
        }
        Result unknown = run("provenance", "--data", data, "st-000000000000");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No storyline or event with id st-000000000000 (see corroborate stories)");
    }

    @Test
    void mergingAnEventWithItselfIsRefusedAndNothingIsRecorded() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        String copy = ViewsAgreeTest.idOf(run("articles", "--data", data).out(), "Coast Herald");
        String event = storyOf(data, copy, "ev");
        Result merge = run("story", "merge", "--data", data, event, event);
        assertThat(merge.exitCode()).isEqualTo(2);
        assertThat(merge.err()).contains("Cannot merge event " + event + " with itself");
        assertThat(run("recluster", "--data", data).out()).contains("0 decisions replayed");
        // The data directory given before the subcommand is the one the correction opens.
        Result before = run("story", "--data", data, "merge", event, event);
        assertThat(before.err()).contains("Cannot merge event " + event + " with itself").doesNotContain("No store");
    }

    @Test
    void anUnknownIdIsAUsageErrorWithOneMessageEverywhere() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        for (String command : List.of("show", "reuse", "provenance", "quotes", "story", "compare")) {
            Result result = run(command, "--data", data, "zz-nothing");
            assertThat(result.exitCode()).as(command).isEqualTo(2);
            assertThat(result.err()).as(command).startsWith("corroborate: No article with id zz-nothing (see corroborate articles)")
                    .contains("Try 'corroborate " + command + " --help' for usage.");
        }
        Result event = run("story", "move", "--data", data, "zz-nothing", "ev-000000000000");
        assertThat(event.exitCode()).isEqualTo(2);
        assertThat(event.err()).startsWith("corroborate: No article with id zz-nothing (see corroborate articles)");
    }

    @Test
    void helpTextsAreWholeAndDescribeEveryParameter() {
        String top = run("--help").out().replaceAll("\\s+", " ");
        assertThat(top).contains("Given a storyline (st-…) or an event (ev-…), shows the tree of every group its articles belong to.");
        String provenance = run("provenance", "--help").out();
        assertThat(provenance).doesNotContain("Until stories exist");
        // One paragraph, wrapped by the terminal width, not broken by hand mid-sentence.
        assertThat(provenance.replaceAll("\\s+", " ")).contains("the origins at the top, each derived article under the source");
        assertThat(run("story", "merge", "--help").out()).contains("EVENT").contains("Another event id");
        assertThat(run("story", "split", "--help").out()).contains("The articles to take out");
        assertThat(run("story", "move", "--help").out()).contains("The article to move").contains("The event id (ev-…) it moves into");
    }

    @Test
    void oneArticleIsOneArticleEverywhere() throws Exception {
        String data = analyze("one.txt", "Lantern festival returns to Brisk harbour\n\n"
                + "The lantern festival returns to Brisk harbour on Saturday after a two-year pause, the town's events "
                + "office said, with 40 boats expected on the water after dark.\n");
        Result analyze = analyzed;
        assertThat(analyze.out()).contains("1 article in").contains("in 1 storyline · 1 article placed")
                .doesNotContainPattern("\\b1 (articles|storylines|speakers)\\b");
        assertThat(run("articles", "--data", data).out()).contains("1 of 1 article\n");
        assertThat(run("recluster", "--data", data).out()).startsWith("1 article in 1 event and 1 storyline (0 events joined");
    }

    @Test
    void theArticlesTableKeepsItsColumnsAndShowsEveryTimeInOneForm() throws Exception {
        String body = "\"text\": \"The Brisk ferry timetable changes on Monday, the operator said, with two extra crossings on weekdays.\"";
        String data = analyze("records.jsonl", String.join("\n",
                "{\"id\": \"brisk-gazette-2026-04-01-ferry-timetable-changes\", \"outlet\": \"Brisk Gazette\", "
                        + "\"title\": \"Ferry timetable changes\", \"published\": \"2026-04-01T09:30:00+02:00\", " + body + "}",
                "{\"id\": \"bg-2\", \"outlet\": \"Brisk Gazette\", \"title\": \"Ferry timetable: two extra crossings\", "
                        + "\"published\": \"2026-04-01T08:00:00Z\", " + body.replace("Monday", "Tuesday") + "}",
                "{\"id\": \"bg-3\", \"outlet\": \"Brisk Gazette\", \"title\": \"Ferry crossings added\", "
                        + "\"published\": \"2026-04-02\", " + body.replace("Monday", "Friday") + "}",
                "{\"id\": \"bg-4\", \"outlet\": \"Brisk Gazette\", \"title\": \"Ferry crossings, a week on\", "
                        + "\"published\": \"2026-04-08T10:00:00\", " + body.replace("Monday", "Sunday") + "}") + "\n");
        List<String> lines = run("articles", "--data", data).out().lines().toList();
        int published = lines.get(0).indexOf("published");
        int outlet = lines.get(0).indexOf("outlet");
        for (String line : lines.subList(1, 5)) {
            assertThat(line.charAt(published - 1)).as(line).isEqualTo(' ');
            assertThat(line.substring(published)).as(line).matches("^2026-04-0\\d.*");
            assertThat(line.substring(outlet)).as(line).startsWith("Brisk Gazette");
        }
        String table = String.join("\n", lines);
        assertThat(table).contains("2026-04-01 07:30 UTC").contains("2026-04-01 08:00 UTC").contains("2026-04-02 ")
                .contains("2026-04-08 10:00 local").doesNotContain("+02:00").doesNotContain("T09:30");
    }

    @Test
    void speakersListsPeopleWithEachRoleOnceAndWrittenSourcesApart() throws Exception {
        String data = analyze("a.txt", "Orlan dredging vote put off until the seabed survey\n\n"
                + "\"The survey must come first and the vote after it,\" Ministry spokesman Tomas Brenn said on Tuesday.\n\n"
                + "\"Publishing the survey now would alarm the fishing towns along the coast,\" the letter says.\n",
                "b.txt", "Ministry backs delay to Orlan dredging vote\n\n"
                + "\"The channel can wait a few more months without harm to the port,\" ministry spokesman Tomas Brenn said.\n\n"
                + "The council will meet again in May to set a new date for the vote on the northern channel.\n");
        String speakers = run("speakers", "--data", data).out();
        assertThat(speakers).containsPattern("(?m)^Tomas Brenn  2 quotes").contains("roles: Ministry spokesman\n")
                .containsPattern("(?s)written sources quoted \\(documents, not people\\):\n  the letter  1 quote");
        assertThat(speakers.substring(0, speakers.indexOf("written sources"))).doesNotContain("the letter");
    }

    /** An export that cannot be written where --output says is one line naming it, and writes nothing. */
    @Test
    void anExportIntoAMissingFolderOrOntoADirectoryIsOneLineNamingIt() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        Path missing = dir.resolve("no-such-folder").resolve("out.jsonl");
        Result intoMissing = run("export", "--data", data, "--what", "articles", "-o", missing.toString());
        assertThat(intoMissing.exitCode()).isEqualTo(2);
        assertThat(intoMissing.err()).doesNotContain("Exception").doesNotContain("\tat ")
                .contains("--output " + missing + ": the folder " + missing.getParent().toAbsolutePath() + " does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();

        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Result ontoFolder = run("export", "--data", data, "--what", "articles", "-o", folder.toString());
        assertThat(ontoFolder.exitCode()).isEqualTo(2);
        assertThat(ontoFolder.err()).doesNotContain("Exception").contains("--output " + folder + " is a directory");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
        assertThat(folder).isEmptyDirectory();

        Path file = Files.writeString(dir.resolve("a-file.txt"), "kept");
        Result underFile = run("export", "--data", data, "--what", "articles", "-o", file.resolve("out.jsonl").toString());
        assertThat(underFile.exitCode()).isEqualTo(2);
        assertThat(underFile.err()).contains("the folder " + file.toAbsolutePath() + " is a file");
        assertThat(Files.readString(file)).isEqualTo("kept");
    }

    /**
     * An export written beside its place and moved there replaced whatever the path was: a link became
     * a file (as root, /dev/full became one), and every export was owner-only (a temporary file's mode).
     */
    @Test
    void anExportKeepsALinkALinkAndTheModeOfTheFileItReplaces() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        Path real = Files.writeString(dir.resolve("events.jsonl"), "old");
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), real);

        Result exported = run("export", "--data", data, "--what", "events", "-o", link.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readString(real)).startsWith("{\"id\":\"ev-");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    /** extract -o into a missing folder printed a stack trace (and eval did so after all its work). */
    @Test
    void extractAndEvalRefuseAnOutputInAMissingFolderBeforeReading() throws Exception {
        Path in = Files.writeString(dir.resolve("one.txt"), "A headline of a fictional day\n\nThe ferry ran late on Monday.");
        Path missing = dir.resolve("nowhere").resolve("x.jsonl");
        for (String[] args : List.of(new String[] {"extract", "-o", missing.toString(), in.toString()},
                new String[] {"eval", "quotes", "--input", in.toString(), "-o", missing.toString()})) {
            Result result = run(args);
            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.err()).doesNotContain("Exception")
                    .contains("--output " + missing + ": the folder " + missing.getParent() + " does not exist");
        }
    }

    /** An article whose given id starts "st-" was stored, and then story and provenance could not find it. */
    @Test
    void anArticleIdLikeAStorylinesIsFoundAndThreeIdsToCompareAreRefused() throws Exception {
        Path in = Files.writeString(dir.resolve("odd.jsonl"), "{\"id\": \"st-ferry\", \"title\": \"Ferry fares rise\", "
                + "\"published\": \"2026-03-02T09:00:00Z\", \"text\": \"Ferry fares to Lusk Island rise by four per cent "
                + "on Monday, the operator said.\"}\n{\"id\": \"ev-gulls\", \"title\": \"Gulls nest early\", "
                + "\"text\": \"Gulls on the Lusk cliffs nest three weeks early this year, wardens said.\"}\n");
        String data = dir.resolve("data").toString();
        Result analyzed = run("analyze", "--no-progress", "--data", data, in.toString());
        assertThat(analyzed.exitCode()).isZero();
        // the summary's time is the reading's, and says so (it read as the whole run's)
        assertThat(analyzed.out()).containsPattern("2 articles in .* · run 1 · read in \\d+\\.\\d s\n");

        for (String command : List.of("story", "provenance", "compare")) {
            Result found = run(command, "--data", data, "st-ferry");
            assertThat(found.exitCode()).as(command + ": " + found.err()).isZero();
        }
        assertThat(run("story", "--data", data, "st-ferry").out()).contains("Ferry fares rise");
        // an input cannot shadow a storyline: an article given a storyline's id leaves 'story ID' the storyline's
        String listed = run("stories", "--data", data).out().lines().filter(l -> l.startsWith("st-")).findFirst().orElseThrow();
        String storyline = listed.split(" ")[0];
        String label = listed.substring(storyline.length()).strip();
        Path shadow = Files.writeString(dir.resolve("shadow.jsonl"), "{\"id\": \"" + storyline + "\", \"title\": \"Tram fares "
                + "frozen\", \"published\": \"2027-11-20T09:00:00Z\", \"text\": \"Tram fares in Orlan stay frozen for a "
                + "second year, the transport board said.\"}\n");
        assertThat(run("analyze", "--no-progress", "--data", data, shadow.toString()).exitCode()).isZero();
        assertThat(run("story", "--data", data, storyline).out()).startsWith("storyline " + storyline + "  " + label)
                .doesNotContain("Tram fares");
        assertThat(run("provenance", "--data", data, storyline).out()).startsWith("storyline " + storyline);
        Result three = run("compare", "--data", data, "st-ferry", "ev-gulls", "st-ferry");
        assertThat(three.exitCode()).isEqualTo(2);
        assertThat(three.err()).contains("Give one id (an event, a storyline or an article) or two article ids, not 3");
    }

    /** A relative input path was stored as given, and named nothing from another folder. */
    @Test
    void anInputIsStoredByItsAbsolutePath() throws Exception {
        Path file = Files.writeString(dir.resolve("one.txt"), "A headline of a fictional day\n\nThe ferry ran late on Monday.");
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        String data = dir.resolve("data").toString();
        assertThat(run("analyze", "--no-progress", "--data", data, relative.toString()).exitCode()).isZero();

        Result exported = runCapturingStdout("export", "--data", data, "--what", "articles");

        assertThat(exported.out()).contains("\"ingested_from\":\"" + file.toAbsolutePath().normalize() + "\"");
    }

    /** --passages -1 was taken; --what Articles was refused where --format CSV was taken. */
    @Test
    void optionValuesAreCheckedAndNamedValuesTakenInAnyCase() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        String article = run("articles", "--data", data).out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];
        Result negative = run("reuse", "--data", data, article, "--passages", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--passages must be 0 or more, not -1");
        Result upper = runCapturingStdout("export", "--data", data, "--what", "Articles", "--format", "CSV");
        assertThat(upper.exitCode()).as(upper.err()).isZero();
        assertThat(upper.out()).startsWith("id,");
    }

    /** Every command's help lists -V, --version; a command under the top one printed nothing for it. */
    @Test
    void everyCommandAnswersVersion() {
        String version = run("-V").out().strip();
        assertThat(version).startsWith("corroborate ");
        for (String[] command : List.of(new String[] {"export", "-V"}, new String[] {"show", "--version"},
                new String[] {"story", "merge", "-V"}, new String[] {"eval", "quotes", "-V"})) {
            Result shown = run(command);
            assertThat(shown.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(shown.out().strip()).as(String.join(" ", command)).isEqualTo(version);
        }
    }

    /** A wrong option value is named alone, with the value given; a negative count of diagnostics was taken. */
    @Test
    void aWrongValueNamesItsOptionAndTheValue() throws Exception {
        Path in = Files.writeString(dir.resolve("one.txt"), "A headline of a fictional day\n\nThe ferry ran late on Monday.");
        String data = dir.resolve("data").toString();
        Result batch = run("analyze", "--data", data, "--batch-size", "0", in.toString());
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).contains("--batch-size must be 1 or more, not 0").doesNotContain("max-article-mb");
        Result size = run("analyze", "--data", data, "--max-article-mb", "-1", in.toString());
        assertThat(size.err()).contains("--max-article-mb must be from 1 to 2000, not -1").doesNotContain("batch-size");
        Result shown = run("analyze", "--data", data, "--show-diagnostics=-5", in.toString());
        assertThat(shown.exitCode()).isEqualTo(2);
        assertThat(shown.err()).contains("--show-diagnostics must be 0 or more, not -5");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    /** A data directory that is a file was reported as a failure to create a directory inside it. */
    @Test
    void aDataDirectoryThatIsAFileIsSaidSo() throws Exception {
        Path in = Files.writeString(dir.resolve("one.txt"), "A headline of a fictional day\n\nThe ferry ran late on Monday.");
        Path file = Files.writeString(dir.resolve("not-a-folder"), "kept as it is");
        Result analyzed = run("analyze", "--no-progress", "--data", file.toString(), in.toString());
        // A usage error (exit 2, as the README's exit codes say of a missing input), refused before reading.
        assertThat(analyzed.exitCode()).isEqualTo(2);
        assertThat(analyzed.err()).startsWith("corroborate: the data directory " + file
                + " is a file, not a directory: give a folder (made when missing)\n");
        assertThat(Files.readString(file)).isEqualTo("kept as it is");
        Result listed = run("articles", "--data", file.toString());
        assertThat(listed.exitCode()).isEqualTo(2);
        assertThat(listed.err()).contains("No store in " + file + ": it is a file; point --data at the data directory");
    }

    /** The README says the CSV writes the same fields as JSON Lines: the speaker's "how" was left out of the quotes'. */
    @Test
    void theQuotesCsvHoldsTheSpeakersAttributionPatternAsTheJsonLinesDo() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        Result jsonl = CliTest.runCapturingStdout("export", "--data", data, "--what", "quotes");
        Result csv = CliTest.runCapturingStdout("export", "--data", data, "--what", "quotes", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).hasValue("id,article_id,kind,start,end,text,speaker_name,speaker_mention,"
                + "speaker_start,speaker_end,speaker_id,speaker_role,speaker_how,cue,group_id,diff");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> hows = new java.util.ArrayList<>();
        for (String line : jsonl.out().lines().toList()) {
            var speaker = json.readTree(line).get("speaker");
            if (speaker != null && !speaker.isNull()) {
                hows.add(speaker.get("how").asText());
            }
        }
        assertThat(hows).isNotEmpty();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv.out()))) {
            assertThat(parser.getRecords().stream().map(r -> r.get("speaker_how")).filter(how -> !how.isEmpty()).toList())
                    .isEqualTo(hows);
        }
    }

    /** "--limit 0" listed every article but no storyline, person or quote group: 0 is all in every list. */
    @Test
    void aLimitOfZeroListsEverythingInEveryList() throws Exception {
        String data = ViewsAgreeTest.analyzeFenwick(dir);
        for (String list : List.of("articles", "stories", "speakers", "quotes")) {
            Result all = run(list, "--data", data, "--limit", "0");
            Result many = run(list, "--data", data, "--limit", "100000");
            assertThat(all.exitCode()).as(list).isZero();
            assertThat(all.out()).as(list).isEqualTo(many.out()).doesNotContain("(--limit)");
            Result negative = run(list, "--data", data, "--limit", "-1");
            assertThat(negative.exitCode()).as(list).isEqualTo(2);
            assertThat(negative.err()).as(list).contains("--limit must be 0 or more (0 for all), not -1");
        }
        assertThat(run("stories", "--data", data, "--limit", "0").out()).contains("st-");
    }
}
