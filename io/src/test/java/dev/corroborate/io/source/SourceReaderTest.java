package dev.corroborate.io.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT);

    private Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private Collected read(Path... paths) {
        Collected collected = new Collected();
        reader.read(java.util.Arrays.stream(paths).map(Path::toString).toList(), collected, bytes -> { });
        return collected;
    }

    @Test
    void aTextFileIsOneArticleWithItsHeadline() throws IOException {
        Path file = write("a.txt", "Harbour wall approved\n\nThe council voted on Monday.\n\nWork starts in May.\n");
        Collected collected = read(file);
        assertThat(collected.labels()).containsExactly("article");
        Article article = collected.articles().get(0);
        assertThat(article.title()).isEqualTo("Harbour wall approved");
        assertThat(article.paragraphs()).containsExactly("The council voted on Monday.", "Work starts in May.");
        assertThat(article.origin()).isEqualTo(Origin.of(file.toString()));
    }

    @Test
    void anHtmlFileIsExtracted() throws IOException {
        Path file = write("page.html", "<html><head><title>Dunes closed to walkers | Shore News</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><p>The dunes north of the town are closed to walkers until "
                + "the nesting season ends in July.</p></article></body></html>");
        Article article = read(file).articles().get(0);
        assertThat(article.title()).isEqualTo("Dunes closed to walkers");
        assertThat(article.paragraphs()).singleElement().asString().startsWith("The dunes north");
    }

    @Test
    void jsonLinesAreOneInputPerRecordWithLineAndByteOffset() throws IOException {
        String first = "{\"id\": \"r1\", \"text\": \"First.\"}\n";
        Path file = write("feed.jsonl", first + "\n{\"id\": \"r2\", \"text\": \"Second.\"}\r\n");
        Collected collected = read(file);
        assertThat(collected.labels()).containsExactly("article", "article");
        assertThat(collected.items.get(0).origin()).isEqualTo(Origin.atLine(file.toString(), 1, 0));
        assertThat(collected.items.get(1).origin())
                .isEqualTo(Origin.atLine(file.toString(), 3, first.getBytes(StandardCharsets.UTF_8).length + 1));
        assertThat(collected.articles()).extracting(Article::id).containsExactly("r1", "r2");
    }

    @Test
    void aJsonFileMayHoldOneObjectOrAnArray() throws IOException {
        Path one = write("one.json", "{\"id\": \"solo\", \"text\": \"Alone.\"}");
        Path many = write("many.json", "[\n {\"id\": \"m1\", \"text\": \"One.\"},\n {\"id\": \"m2\", \"text\": \"Two.\"}\n]");
        Collected collected = read(one, many);
        assertThat(collected.articles()).extracting(Article::id).containsExactly("solo", "m1", "m2");
        assertThat(collected.items.get(2).origin().line()).isEqualTo(3);
    }

    /** In an array on one line, a bad element was "file:1", as every other. */
    @Test
    void aBadElementOfAJsonArrayIsNamedByItsPlace() throws IOException {
        Path one = write("one-line.json", "[{\"id\": \"o1\", \"text\": \"One.\"}, 42, {\"id\": \"o3\", \"text\": \"Three.\"}]");

        Collected collected = read(one);

        assertThat(collected.labels()).containsExactly("article", "rejected:not a JSON object", "article");
        assertThat(collected.refusal(1).reason())
                .isEqualTo("element 2 of the array (line 1, column 32): a record must be a JSON object, got a number");
    }

    /** A second object, or junk after the first, was dropped without a word ("read 1 · stored 1"). */
    @Test
    void whatFollowsAJsonFilesFirstValueIsReadOrSaidToBeThere() throws IOException {
        Path objects = write("two.json", "{\"id\": \"t1\", \"text\": \"One.\"}\n{\"id\": \"t2\", \"text\": \"Two.\"}\n");
        Path junk = write("junk.json", "{\"id\": \"j1\", \"text\": \"One.\"}\ngarbage\n");
        Path after = write("after.json", "[{\"id\": \"a1\", \"text\": \"One.\"}]\n42\n");

        Collected collected = read(objects, junk, after);

        assertThat(collected.labels()).containsExactly("article", "article", "article", "rejected:content after the JSON",
                "article", "rejected:content after the JSON");
        assertThat(collected.articles()).extracting(Article::id).containsExactly("t1", "t2", "j1", "a1");
        assertThat(collected.items.get(1).origin().line()).isEqualTo(2);
        assertThat(((Extraction.Refused) collected.items.get(3).extraction()).reason())
                .startsWith("content after the JSON value at line 2, column ").endsWith("; the rest of the file was not read");
        assertThat(collected.items.get(3).origin().line()).isEqualTo(2);
        assertThat(((Extraction.Refused) collected.items.get(5).extraction()).reason())
                .isEqualTo("content after the JSON value at line 2, column 1: a number, not an object; the rest of the file was not read");
    }

    /** "analyze ." with the default --data inside counted the store's files "unsupported file type" on every run. */
    @Test
    void aDataDirectoryInsideTheInputIsNotReadAsInput() throws IOException {
        Path in = write("in/a.txt", "Harbour wall approved\n\nThe council voted on Monday.\n");
        write("in/corroborate-data/corroborate.db", "SQLite format 3");
        write("in/corroborate-data/index/_0.cfs", "lucene");

        Collected collected = read(in.getParent());

        assertThat(collected.labels()).containsExactly("article", "skipped:data directory");
        assertThat(collected.items.get(1).origin().input()).endsWith("corroborate-data");
    }

    @Test
    void gzippedFilesAreReadTransparently() throws IOException {
        Path file = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\": \"z1\", \"text\": \"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(file).articles()).extracting(Article::id).containsExactly("z1");
    }

    /** A truncated .txt.gz said only "truncated or corrupt gzip data", not how much of it there was. */
    @Test
    void aTruncatedGzippedTextSaysHowMuchOfItWasRead() throws IOException {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(7);
        try (OutputStream out = new GZIPOutputStream(packed)) {
            out.write("Harbour wall approved\n\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 20_000; i++) {
                out.write(("word" + random.nextInt(100_000) + " ").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = packed.toByteArray();
        Path file = dir.resolve("wall.txt.gz");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        Collected collected = read(file);

        assertThat(collected.labels()).containsExactly("rejected:truncated or corrupt gzip");
        assertThat(((Extraction.Refused) collected.items.get(0).extraction()).reason())
                .matches("reading the file failed after [0-9,]+ bytes of it: truncated or corrupt gzip data \\(.*\\)")
                .doesNotContain("after 0 bytes");
    }

    @Test
    void directoriesAreReadRecursivelyInNameOrderAndEveryEntryIsCounted() throws IOException {
        write("b/2.txt", "Second headline is here\n\nBody two.");
        write("b/1.txt", "First headline is here\n\nBody one.");
        write("a.txt", "Top level headline here\n\nBody top.");
        write("notes.md", "# not an article");
        write(".hidden.txt", "Hidden headline is here\n\nHidden body.");
        Collected collected = read(dir);
        assertThat(collected.items).extracting(i -> dir.relativize(Path.of(i.origin().input())).toString())
                .containsExactly(".hidden.txt", "a.txt", "b/1.txt", "b/2.txt", "notes.md");
        assertThat(collected.labels())
                .containsExactly("skipped:hidden", "article", "article", "article", "skipped:unsupported file type");
    }

    @Test
    void anUnreadableDirectoryIsRejectedOnceAndTheRestIsRead() throws IOException {
        write("ok/a.txt", "A readable headline here\n\nReadable body.");
        Files.createDirectories(dir.resolve("locked"));
        SourceReader lockedOut = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT, directory -> {
            if (directory.getFileName().toString().equals("locked")) {
                throw new AccessDeniedException(directory.toString());
            }
            try (var entries = Files.list(directory)) {
                return entries.sorted().toList();
            }
        });
        Collected collected = new Collected();
        lockedOut.read(List.of(dir.toString()), collected, bytes -> { });
        assertThat(collected.labels()).containsExactly("rejected:unreadable directory", "article");
        assertThat(collected.refusal(0).reason()).contains("permission denied");
        assertThat(collected.items.get(0).origin().input()).endsWith("locked");
    }

    @Test
    void symbolicLinkLoopsAndBrokenLinksAreReportedNotFollowedForever() throws IOException {
        write("d/a.txt", "A headline in the loop\n\nBody in the loop.");
        Files.createSymbolicLink(dir.resolve("d/back"), dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("d/dangling.txt"), dir.resolve("nowhere.txt"));
        Collected collected = read(dir.resolve("d"));
        assertThat(collected.labels()).containsExactly("article", "skipped:directory loop", "rejected:broken link");
    }

    @Test
    void aSymbolicLinkToAFileIsReadAsTheFile() throws IOException {
        write("real/story.txt", "A headline behind a link\n\nThe body behind the link.");
        Path link = Files.createSymbolicLink(dir.resolve("linked.txt"), dir.resolve("real/story.txt"));
        Collected collected = read(link);
        assertThat(collected.labels()).containsExactly("article");
    }

    @Test
    void aHugeTextFileIsRejectedBySizeWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L << 20);
        }
        long[] progress = {0};
        Collected collected = new Collected();
        reader.read(List.of(file.toString()), collected, bytes -> progress[0] += bytes);
        assertThat(collected.labels()).containsExactly("rejected:too large");
        assertThat(collected.refusal(0).reason()).contains("209.7 MB", "33.6 MB");
        assertThat(progress[0]).isEqualTo(200L << 20);
    }

    @Test
    void anOverlongRecordIsRejectedAndTheNextLineIsStillRead() throws IOException {
        SourceReader small = new SourceReader(new ArticleAssembler(), new SourceLimits(1024, 64));
        Path file = write("long.jsonl", "{\"text\": \"" + "x".repeat(200) + "\"}\n{\"text\": \"short\"}\n");
        Collected collected = new Collected();
        small.read(List.of(file.toString()), collected, bytes -> { });
        assertThat(collected.labels()).containsExactly("rejected:record too large", "article");
        assertThat(collected.items.get(1).origin().line()).isEqualTo(2);
    }

    /** Issue 18, item 1: the nesting limit's exception has no location; it once ended the whole run. */
    @Test
    void aJsonLineNestedTooDeeplyIsRejectedWithItsLineAndTheNextLinesAreRead() throws IOException {
        String deep = "{\"a\":".repeat(2000) + "1" + "}".repeat(2000);
        Path file = write("deep.jsonl", "{\"id\": \"before\", \"text\": \"Before.\"}\n" + deep + "\n"
                + "{\"id\": \"after\", \"text\": \"After.\"}\n");
        Collected collected = read(file);
        assertThat(collected.labels()).containsExactly("article", "rejected:malformed JSON", "article");
        assertThat(collected.items.get(1).origin().line()).isEqualTo(2);
        assertThat(collected.refusal(1).reason()).contains("nesting depth");
        assertThat(collected.articles()).extracting(Article::id).containsExactly("before", "after");
    }

    /**
     * The parser's message once named its input "REDACTED" and a setting of its own (where an object
     * was opened): the reason says where, as a column of the line (all the parser saw of a JSON Lines
     * file) or a line and column of a whole JSON file.
     */
    @Test
    void aRecordLeftOpenSaysWhereItOpenedInTheFilesTermsNotTheParsers() throws IOException {
        Path lines = write("open.jsonl", "{\"id\": \"ok-1\", \"text\": \"Whole.\"}\n"
                + "{\"id\": \"cut-2\", \"text\": \"Cut short.\"\n");
        Collected collected = read(lines);
        assertThat(collected.labels()).containsExactly("article", "rejected:malformed JSON");
        assertThat(collected.refusal(1).reason())
                .isEqualTo("malformed JSON at column 37: Unexpected end-of-input: expected close marker for Object (start marker at column 1)");

        Path whole = write("open.json", "[\n {\"id\": \"w-1\", \"text\": \"One.\"},\n {\"id\": \"w-2\", \"text\": \"Two.\"\n");
        String reason = read(whole).refusal(1).reason();
        assertThat(reason).contains("(start marker at line 3, column 2)").doesNotContain("REDACTED").doesNotContain("Source:")
                .doesNotContain("StreamReadFeature");
    }

    /** Issue 18, item 9: a field of two million characters was stored as it was. */
    @Test
    void oversizedMetadataFieldsAreCutWithAWarningNamingTheInput() throws IOException {
        String record = "{\"id\": \"big-1\", \"title\": \"" + "Tide ".repeat(400_000) + "\", \"outlet\": \""
                + "Shore News ".repeat(2_000) + "\", \"authors\": [\"" + "Ann Lee ".repeat(2_000) + "\"], \"url\": "
                + "\"https://shore.example/" + "p".repeat(20_000) + "\", \"lead\": \"" + "Lead words. ".repeat(10_000)
                + "\", \"text\": \"The quay reopened on Tuesday.\"}";
        Path file = write("huge-fields.jsonl", "{\"id\": \"small-1\", \"title\": \"Quay reopens\", \"text\": \"Body.\"}\n"
                + record + "\n");
        Collected collected = read(file);
        assertThat(collected.labels()).containsExactly("article", "article");
        var accepted = (dev.corroborate.extract.Extraction.Accepted) collected.items.get(1).extraction();
        Article article = accepted.article();
        assertThat(collected.items.get(1).origin()).isEqualTo(article.origin());
        assertThat(article.origin().line()).isEqualTo(2);
        assertThat(article.title().length()).isBetween(100, 5_000);
        assertThat(article.outlet().length()).isBetween(50, 1_000);
        assertThat(article.authors()).singleElement().satisfies(a -> assertThat(a.length()).isBetween(50, 1_000));
        assertThat(article.lead().length()).isBetween(100, 20_000);
        assertThat(article.url()).satisfiesAnyOf(url -> assertThat(url).isNull(),
                url -> assertThat(url.length()).isLessThanOrEqualTo(10_000));
        assertThat(String.join("\n", accepted.warnings())).contains("title", "outlet", "author", "url", "lead");
        var small = (dev.corroborate.extract.Extraction.Accepted) collected.items.get(0).extraction();
        assertThat(small.warnings()).isEmpty();
        assertThat(small.article().title()).isEqualTo("Quay reopens");
    }

    @Test
    void progressAddsUpToTheMeasuredTotal() throws IOException {
        write("x/a.txt", "Headline number one here\n\nBody.");
        write("x/b.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        write("x/c.png", "not really an image");
        long total = reader.measure(List.of(dir.resolve("x").toString()));
        long[] progress = {0};
        reader.read(List.of(dir.resolve("x").toString()), (o, e) -> { }, bytes -> progress[0] += bytes);
        assertThat(total).isPositive();
        assertThat(progress[0]).isLessThanOrEqualTo(total);
    }

    @Test
    void standardInputIsRecognisedByItsFirstCharacter() {
        assertThat(stdin("{\"id\": \"s1\", \"text\": \"One.\"}\n{\"id\": \"s2\", \"text\": \"Two.\"}\n").articles())
                .extracting(Article::id).containsExactly("s1", "s2");
        assertThat(stdin("  [{\"id\": \"s3\", \"text\": \"Three.\"}]").articles())
                .extracting(Article::id).containsExactly("s3");
        assertThat(stdin("<html><body><article><p>A page piped into the command, long enough to be article text."
                + "</p></article></body></html>").labels()).containsExactly("article");
        assertThat(stdin("Piped plain text headline\n\nAnd its body.").articles())
                .extracting(Article::title).containsExactly("Piped plain text headline");
        assertThat(stdin("").labels()).containsExactly("skipped:empty input");
    }

    /** A feed titled "Northgate Herald - News" made an outlet of that name beside its pages' "Northgate Herald". */
    @Test
    void aFeedTitlesPartThatNamesASectionIsNotTheOutlets() throws IOException {
        for (String[] titles : new String[][] {{"Northgate Herald - News", "Northgate Herald"},
                {"World news | The Quillby Post", "The Quillby Post"}, {"Velmora Times: Latest", "Velmora Times"},
                {"Harbour Daily - Velmora Edition", "Harbour Daily - Velmora Edition"}, {"Shore News", "Shore News"}}) {
            Path file = write("feed-" + titles[1].hashCode() + ".rss", "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'>"
                    + "<channel><title>" + titles[0] + "</title><link>https://shore.example/</link><description>d</description>"
                    + "<item><title>Ferry timetable changes</title><link>https://shore.example/ferry</link><description>The winter "
                    + "ferry timetable starts on Monday, with two fewer sailings each day, the operator said.</description></item>"
                    + "</channel></rss>");
            assertThat(read(file).articles()).singleElement().satisfies(a -> assertThat(a.outlet()).as(titles[0])
                    .isEqualTo(titles[1]));
        }
    }

    /** A feed piped in was one article of markup, a WARC one titled "WARC/1.0", and gzip refused as binary. */
    @Test
    void standardInputMayBeAFeedAWarcOrGzipped() throws IOException {
        String feed = "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Shore News</title>"
                + "<link>https://shore.example/</link><description>d</description><item><title>Ferry timetable changes</title>"
                + "<link>https://shore.example/ferry</link><description>The winter ferry timetable starts on Monday, with two "
                + "fewer sailings each day, the operator said.</description></item></channel></rss>";
        Collected fromFeed = stdin(feed);
        assertThat(fromFeed.labels()).containsExactly("article");
        assertThat(fromFeed.articles().get(0).title()).isEqualTo("Ferry timetable changes");

        byte[] warc = WarcFixtures.response("https://shore.example/quay", "2026-02-03T10:00:01Z", "text/html; charset=utf-8",
                "<html><head><title>Quay reopens after storm</title></head><body><article><p>The quay reopened on Tuesday after "
                        + "storm repairs that took three weeks, the harbour office said.</p></article></body></html>");
        Collected fromWarc = stdinBytes(warc);
        assertThat(fromWarc.labels()).containsExactly("article");
        assertThat(fromWarc.articles().get(0).title()).isEqualTo("Quay reopens after storm");

        // a page with a word like a feed's in its head is a page (review: "<feedback-widget>" made it a broken feed)
        assertThat(stdin("<html><head><feedback-widget></feedback-widget><title>Quay</title></head><body><article><p>The quay "
                + "reopened on Tuesday after storm repairs that took three weeks.</p></article></body></html>").labels())
                .containsExactly("article");
        assertThat(SourceReader.isFeed("<?xml version='1.0'?>\n<!-- a comment -->\n<feed xmlns='http://www.w3.org/2005/atom'>"))
                .isTrue();
        assertThat(SourceReader.isFeed("<!doctype html><html><body><rss>")).isFalse();

        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(zipped)) {
            out.write("{\"id\": \"z9\", \"text\": \"Zipped and piped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(stdinBytes(zipped.toByteArray()).articles()).extracting(Article::id).containsExactly("z9");
    }

    private Collected stdin(String content) {
        return stdinBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    private Collected stdinBytes(byte[] content) {
        Collected collected = new Collected();
        reader.readStdin(new ByteArrayInputStream(content), collected);
        collected.items.forEach(i -> assertThat(i.origin().input()).matches("-(#item=\\d+)?"));
        return collected;
    }
}
