package dev.corroborate.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Outcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

    @TempDir
    Path dir;

    private IngestReport ingest(Path dataDir, String... paths) {
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            return new IngestJob(new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT), store, 2)
                    .run(List.of(paths), Map.of("test", true), IngestListener.NONE);
        }
    }

    @Test
    void everyInputIsCountedOnceAndARerunStoresNothingNew() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Bridge reopens after repairs\n\nTraffic is back.");
        Files.writeString(in.resolve("b.jsonl"), "{\"id\": \"b1\", \"text\": \"One.\"}\n{oops}\n"
                + "{\"id\": \"b2\", \"text\": \"Two.\", \"published\": \"soon\"}\n{\"id\": \"b1\", \"text\": \"Dup.\"}\n");
        Files.writeString(in.resolve("c.csv"), "not,read");
        Files.write(in.resolve("d.txt"), new byte[0]);
        Path dataDir = dir.resolve("data");

        IngestReport first = ingest(dataDir, in.toString());
        assertThat(first.tally().read()).isEqualTo(7);
        assertThat(first.tally().get(Outcome.STORED)).isEqualTo(3);
        assertThat(first.tally().get(Outcome.ALREADY_PRESENT)).isEqualTo(1);
        assertThat(first.tally().get(Outcome.SKIPPED)).isEqualTo(2);
        assertThat(first.tally().get(Outcome.REJECTED)).isEqualTo(1);
        assertThat(first.tally().warnings()).isEqualTo(1);
        assertThat(first.tally().diagnostics()).extracting(d -> d.origin().describe())
                .contains(in.resolve("b.jsonl") + ":2", in.resolve("c.csv").toString());

        IngestReport second = ingest(dataDir, in.toString());
        assertThat(second.tally().get(Outcome.STORED)).isZero();
        assertThat(second.tally().get(Outcome.ALREADY_PRESENT)).isEqualTo(4);
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.count()).isEqualTo(3);
        }
    }

    /**
     * A page crawled again after a quiet correction keeps its URL, so its id: it was counted as already
     * present with nothing said, and the edit (a day, a figure) went unseen.
     */
    @Test
    void anArticleReadAgainWithAnotherTextIsSaidToDifferAndTheStoredOneIsKept() throws IOException {
        String record = "{\"url\": \"https://harbour.example/ferry\", \"title\": \"Ferry fares rise\", \"text\": "
                + "\"Ferry fares to Lusk Island rise by %s per cent on %s, the operator said. Season tickets are not affected.\"}\n";
        Path first = dir.resolve("first.jsonl");
        Files.writeString(first, String.format(record, "four", "Monday"));
        Path again = dir.resolve("again.jsonl");
        // The same words with other spacing and case, then a corrected figure and day.
        Files.writeString(again, String.format(record, "four", "monday").replace("  ", " ").replace("rise by", "rise  by")
                + String.format(record, "six", "Tuesday"));
        Path dataDir = dir.resolve("data");
        ingest(dataDir, first.toString());

        IngestReport report = ingest(dataDir, again.toString());

        assertThat(report.tally().get(Outcome.ALREADY_PRESENT)).isEqualTo(2);
        assertThat(report.tally().reasons(Outcome.ALREADY_PRESENT)).containsExactly(Map.entry(IngestJob.REVISED, 1L));
        assertThat(report.tally().diagnostics()).singleElement().satisfies(d -> assertThat(d.describe())
                .startsWith(again + ":2: already present: article ")
                .contains(" is stored from " + first + ":1 with another text, and the stored one is kept: ")
                .endsWith("2 of 20 words differ: \"four\" → \"six\"; \"Monday\" → \"Tuesday\""));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.count()).isEqualTo(1);
            store.forEach(article -> assertThat(article.text()).contains("four per cent on Monday"));
        }
    }

    /**
     * A feed's link with campaign parameters, the crawl's http address and the page's own canonical one name one
     * page: each was an article of its own, so one story counted three times.
     */
    @Test
    void onePageReadUnderSeveralOfItsAddressesIsOneArticle() throws IOException {
        String record = "{\"url\": \"%s\", \"title\": \"Ferry fares rise\", \"text\": "
                + "\"Ferry fares to Lusk Island rise by four per cent on Monday, the operator said.\"}\n";
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.format(record, "https://www.harbour.example/ferry/?utm_source=rss&utm_medium=feed"));
        Path crawl = dir.resolve("crawl.jsonl");
        Files.writeString(crawl, String.format(record, "http://harbour.example/ferry#comments")
                + String.format(record, "https://harbour.example/ferry"));
        Path dataDir = dir.resolve("data");

        assertThat(ingest(dataDir, feed.toString()).tally().get(Outcome.STORED)).isEqualTo(1);
        IngestReport again = ingest(dataDir, crawl.toString());

        assertThat(again.tally().get(Outcome.ALREADY_PRESENT)).isEqualTo(2);
        assertThat(again.tally().diagnostics()).isEmpty();
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.count()).isEqualTo(1);
            // The address stored is the one it was first read under.
            store.forEach(article -> assertThat(article.url()).contains("utm_source=rss"));
        }
    }

    /**
     * A record with an id of its own and the address of a page read before without one: both are kept (the id is the
     * input's to give), and the run says they are one page.
     */
    @Test
    void anArticleWithAGivenIdAndTheAddressOfAStoredPageIsSaidToBeThatPage() throws IOException {
        String text = "Ferry fares to Lusk Island rise by four per cent on Monday, the operator said.";
        Path page = dir.resolve("page.jsonl");
        Files.writeString(page, "{\"url\": \"https://harbour.example/ferry\", \"title\": \"Ferry fares rise\", \"text\": \""
                + text + "\"}\n");
        Path given = dir.resolve("given.jsonl");
        Files.writeString(given, "{\"id\": \"ferry-17\", \"url\": \"http://www.harbour.example/ferry/?gclid=9\", "
                + "\"title\": \"Ferry fares rise\", \"text\": \"" + text + "\"}\n");
        Path dataDir = dir.resolve("data");
        ingest(dataDir, page.toString());

        IngestReport report = ingest(dataDir, given.toString());

        assertThat(report.tally().get(Outcome.STORED)).isEqualTo(1);
        assertThat(report.tally().warnings()).isEqualTo(1);
        assertThat(report.tally().diagnostics()).singleElement().satisfies(d -> assertThat(d.describe())
                .startsWith(given + ":1: ").contains("article ferry-17 has the address of article ")
                .endsWith("stored from " + page + ":1: one page, stored under both ids"));
    }

    /**
     * A feed read before the pages in one run (name order: "feed" before "page") kept the feed's one-sentence summary
     * of a page, and the page's full text was "already present". In the same run the fuller text takes its place; a
     * later run keeps what an earlier one stored (its steps have read it), and says it differs.
     */
    @Test
    void aFullerTextReadLaterInTheSameRunTakesThePlaceOfASummary() throws IOException {
        String summary = "Ferry fares to Lusk Island rise by four per cent on Monday.";
        String full = summary + " The operator said fuel costs had doubled since the spring. Season tickets are not affected, "
                + "and islanders keep their discount. The harbour board will review the fares again in the autumn.";
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a-feed.jsonl"), "{\"url\": \"https://harbour.example/ferry?utm_source=rss\", "
                + "\"title\": \"Ferry fares rise\", \"text\": \"" + summary + "\"}\n");
        Files.writeString(in.resolve("b-page.jsonl"), "{\"url\": \"https://harbour.example/ferry\", \"title\": \"Ferry fares "
                + "rise\", \"text\": \"" + full + "\"}\n");
        Path dataDir = dir.resolve("data");

        IngestReport report = ingest(dataDir, in.toString());

        assertThat(report.tally().get(Outcome.STORED)).isEqualTo(1);
        assertThat(report.tally().reasons(Outcome.ALREADY_PRESENT)).containsExactly(Map.entry(IngestJob.FULLER, 1L));
        assertThat(report.tally().diagnostics()).singleElement().satisfies(d -> assertThat(d.describe())
                .contains("with a shorter text (12 words); this fuller one (43 words) is kept in its place"));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.count()).isEqualTo(1);
            store.forEach(article -> {
                assertThat(article.text()).isEqualTo(full);
                assertThat(article.origin().input()).endsWith("b-page.jsonl");
            });
        }

        // A later run: the stored text stays, and the difference is said.
        Path later = dir.resolve("later.jsonl");
        Files.writeString(later, "{\"url\": \"https://harbour.example/ferry/\", \"title\": \"Ferry fares rise\", \"text\": \""
                + full + " A second ferry joins the route in May, with room for forty cars and two lorries.\"}\n");
        IngestReport again = ingest(dataDir, later.toString());
        assertThat(again.tally().reasons(Outcome.ALREADY_PRESENT)).containsExactly(Map.entry(IngestJob.REVISED, 1L));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            store.forEach(article -> assertThat(article.text()).isEqualTo(full));
        }
    }

    /** Issue 18, item 1: one line nested 2,000 deep ended the run, and the valid records were not stored. */
    @Test
    void aJsonLineNestedTooDeeplyDoesNotStopTheRunAndTheValidRecordsAreStored() throws IOException {
        Path input = dir.resolve("deep.jsonl");
        Files.writeString(input, "{\"id\": \"d1\", \"text\": \"Ferries run again.\"}\n"
                + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "\n"
                + "{\"id\": \"d2\", \"text\": \"The quay is open.\"}\n");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"id\": \"d3\", \"text\": \"Gulls nest early.\"}");
        Path dataDir = dir.resolve("data");

        IngestReport report = ingest(dataDir, input.toString(), other.toString());
        assertThat(report.tally().get(Outcome.STORED)).isEqualTo(3);
        assertThat(report.tally().get(Outcome.REJECTED)).isEqualTo(1);
        assertThat(report.tally().diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.describe()).startsWith(input + ":2: rejected: malformed JSON"));
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.count()).isEqualTo(3);
        }
    }

    /** Issue 18, item 2: only the first 1,000 diagnostics were stored, though --help says all are. */
    @Test
    void everyDiagnosticIsStoredEvenPastTheThousandKeptInMemory() throws Exception {
        int bad = 2_345;
        Path input = dir.resolve("many-bad.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"good-1\", \"text\": \"A good record.\"}\n");
            for (int i = 0; i < bad; i++) {
                out.write(i % 2 == 0 ? "{oops}\n" : "[1, 2]\n");
            }
            out.write("{\"id\": \"good-2\", \"text\": \"Another good record.\", \"published\": \"someday\"}\n");
        }
        Path dataDir = dir.resolve("data");
        IngestReport report = ingest(dataDir, input.toString());
        assertThat(report.tally().get(Outcome.REJECTED)).isEqualTo(bad);
        assertThat(report.tally().diagnostics().size()).isLessThanOrEqualTo(1_000);

        List<String> stored = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(ArticleStore.DATABASE_FILE));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT line, outcome FROM diagnostics WHERE run_id = "
                     + report.runId() + " ORDER BY rowid")) {
            while (rows.next()) {
                stored.add(rows.getLong(1) + " " + rows.getString(2));
            }
        }
        assertThat(stored).hasSize(bad + 1);
        assertThat(stored).filteredOn(s -> s.endsWith("rejected")).hasSize(bad);
        assertThat(stored).contains("2 rejected", (bad + 1) + " rejected", (bad + 2) + " stored");
    }

    @Test
    void aKilledIngestLeavesAConsistentStoreAndARerunFinishesWithoutDuplicates() throws Exception {
        int records = 200_000;
        Path input = dir.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                out.write("{\"id\": \"k" + i + "\", \"title\": \"Record " + i + "\", \"text\": \"Body of record " + i
                        + " with a few words to store.\"}\n");
            }
        }
        Path dataDir = dir.resolve("killed");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), dataDir.toString(), input.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        long stored = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (stored < 5_000 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            stored = countQuietly(dataDir);
        }
        assertThat(child.isAlive()).as("the child must still be running when it is killed").isTrue();
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no clean close

        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            long afterKill = store.count();
            assertThat(afterKill).isBetween(5_000L, (long) records - 1);
            assertThat(afterKill % 100).as("only whole batches are committed").isZero();
        }
        IngestReport rerun = ingest(dataDir, input.toString());
        try (ArticleStore store = ArticleStore.open(dataDir)) {
            assertThat(store.count()).isEqualTo(records);
            assertThat(rerun.tally().get(Outcome.STORED) + rerun.tally().get(Outcome.ALREADY_PRESENT)).isEqualTo(records);
        }
        assertThat(unfinishedRuns(dataDir)).containsExactly(1L);
    }

    private static long countQuietly(Path dataDir) {
        Path database = dataDir.resolve(ArticleStore.DATABASE_FILE);
        if (!Files.exists(database)) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 1000");
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM articles")) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    private static List<Long> unfinishedRuns(Path dataDir) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(ArticleStore.DATABASE_FILE));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM runs WHERE finished_at IS NULL ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
