package dev.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.model.Article;
import dev.corroborate.model.Event;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example corpus through Spark in {@code local[2]} gives what the local analysis gives (events in windows: the same events and storylines). */
class CorroborateJobTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "tarn-basin");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().appName("corroborate-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void withEventsOnTheDriverTheExampleCorpusGivesTheLocalLinksQuotesAndEvents(@TempDir Path output) throws IOException {
        InMemoryResults local = localAnalysis();

        CorroborateJob.Result result = CorroborateJob.run(spark,
                new String[] {"--input", EXAMPLE.toAbsolutePath().normalize().toString(), "--output", output.toString(),
                    "--events", "driver", "--split-size", "1k"},
                false);

        assertThat(result.articles()).hasSize(localArticles().size());
        assertThat(local.reuseLinks()).isNotEmpty();
        assertThat(linkKeys(result.results().reuseLinks())).isEqualTo(linkKeys(local.reuseLinks()));
        assertThat(result.results().reuseLinks()).isEqualTo(local.reuseLinks());
        assertThat(local.quotes()).isNotEmpty();
        assertThat(result.results().quotes()).isEqualTo(local.quotes());
        assertThat(events(result.results().events())).isEqualTo(events(local.events()));
        for (String what : List.of("articles", "reuse", "events", "stories", "quotes")) {
            assertThat(lines(output.resolve("jsonl").resolve(what))).as(what).isNotEmpty();
            assertThat(output.resolve("parquet").resolve(what).resolve("_SUCCESS")).as(what).exists();
        }
        assertThat(lines(output.resolve("jsonl").resolve("reuse"))).hasSize(local.reuseLinks().size());
        assertThat(lines(output.resolve("jsonl").resolve("quotes"))).hasSize(local.quotes().size());
    }

    @Test
    void eventsOverTimeWindowsByDefaultGiveTheLocalEventsAndStorylines(@TempDir Path output) {
        InMemoryResults local = localAnalysis();

        CorroborateJob.Result result = CorroborateJob.run(spark,
                new String[] {"--input", EXAMPLE.toAbsolutePath().normalize().toString(), "--output", output.toString(),
                    "--format", "jsonl"},
                false);

        assertThat(local.events()).hasSizeGreaterThan(1);
        assertThat(events(result.results().events())).isEqualTo(events(local.events()));
        assertThat(storylines(result.results().events())).isEqualTo(storylines(local.events()));
        assertThat(result.results().reuseLinks()).isEqualTo(local.reuseLinks());
    }

    @Test
    void aJsonlFileReadInSlicesGivesTheArticlesAndPlacesOfAWholeReading() throws IOException {
        Path feed = EXAMPLE.resolve("feeds.jsonl").toAbsolutePath().normalize();
        assertThat(Files.size(feed)).as("the fixture must span several slices").isGreaterThan(3 * 1024);

        List<Article> sliced = Inputs.read(spark, List.of(feed.toString()), 1024).articles().collect();

        List<Article> whole = localArticles().stream()
                .filter(a -> a.origin().input().endsWith("feeds.jsonl")).toList();
        assertThat(sliced).hasSameSizeAs(whole);
        for (Article article : whole) {
            Article same = sliced.stream().filter(a -> a.id().equals(article.id())).findFirst().orElseThrow();
            assertThat(same.origin().line()).isEqualTo(article.origin().line());
            assertThat(same.origin().byteOffset()).isEqualTo(article.origin().byteOffset());
            assertThat(same.origin().input()).isEqualTo(feed.toString());
            assertThat(same.text()).isEqualTo(article.text());
            assertThat(same.title()).isEqualTo(article.title());
        }
    }

    @Test
    void aParquetTableOfInputRecordsGivesTheArticlesItsJsonlGives(@TempDir Path work) {
        String table = work.resolve("feeds.parquet").toString();
        spark.read().json(EXAMPLE.resolve("feeds.jsonl").toString()).write().parquet(table);

        List<Article> read = Inputs.read(spark, List.of(table)).articles().collect();

        List<Article> fromJsonl = localArticles().stream()
                .filter(a -> a.origin().input().endsWith("feeds.jsonl")).toList();
        assertThat(read).extracting(Article::id)
                .containsExactlyInAnyOrderElementsOf(fromJsonl.stream().map(Article::id).toList());
        for (Article article : read) {
            Article same = fromJsonl.stream().filter(a -> a.id().equals(article.id())).findFirst().orElseThrow();
            assertThat(article.text()).isEqualTo(same.text());
            assertThat(article.published()).isEqualTo(same.published());
            assertThat(article.origin().input()).isEqualTo(table);
        }
    }

    /** The job named a relative input as given, and a globbed one by its URI, where analyze names each by its absolute path. */
    @Test
    void inputsAreNamedByTheirAbsolutePathsAsAnalyzeNamesThem() {
        String absolute = EXAMPLE.toAbsolutePath().normalize().toString();

        List<Article> relative = Inputs.read(spark, List.of(EXAMPLE.toString())).articles().collect();
        List<Article> globbed = Inputs.read(spark, List.of(EXAMPLE.resolve("*.txt").toString())).articles().collect();

        assertThat(relative).isNotEmpty().allSatisfy(article -> assertThat(article.origin().input()).startsWith(absolute + "/"));
        assertThat(globbed).isNotEmpty().allSatisfy(article -> assertThat(article.origin().input())
                .startsWith(absolute + "/").endsWith(".txt"));
    }

    @Test
    void aMissingInputIsNamedBeforeAnythingRuns() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Inputs.read(spark, List.of(EXAMPLE.resolve("no-such-folder").toString())))
                .isInstanceOf(Inputs.NoSuchInput.class)
                .hasMessageContaining("no-such-folder");
    }

    /** An export an earlier run wrote into the same output (here: quotes in Parquet) was left to be read as this run's. */
    @Test
    void anEarlierRunsExportsInTheOutputAreReplaced(@TempDir Path output) throws IOException {
        Path stale = Files.createDirectories(output.resolve("parquet").resolve("quotes")).resolve("part-00000.parquet");
        Files.writeString(stale, "an earlier run's quotes");
        Path elsewhere = Files.writeString(output.resolve("notes.txt"), "the user's own file");

        new Exports(spark, JobOptions.parse("--input", EXAMPLE.toString(), "--output", output.toString(), "--format", "jsonl"));

        assertThat(stale).doesNotExist();
        assertThat(elsewhere).hasContent("the user's own file");
    }

    /** An input inside the folders the job replaces would be deleted after it was read. */
    @Test
    void anInputInsideTheReplacedExportsOrHoldingThemIsRefused(@TempDir Path work) throws IOException {
        Path inside = Files.createDirectories(work.resolve("out").resolve("jsonl").resolve("articles"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.requireApart(spark, List.of(inside.toString()),
                work.resolve("out").toString())).isInstanceOf(Inputs.OverlappingOutput.class).hasMessageContaining("--output");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.requireApart(spark, List.of(work.toString()),
                work.resolve("out").toString())).isInstanceOf(Inputs.OverlappingOutput.class);
        Inputs.requireApart(spark, List.of(EXAMPLE.toString(), EXAMPLE.resolve("*.txt").toString()), work.resolve("out").toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.read(spark, List.of(work.resolve("none.parquet").toString())))
                .isInstanceOf(Inputs.NoSuchInput.class);
    }

    private static InMemoryResults localAnalysis() {
        InMemoryResults results = new InMemoryResults();
        Analysis.incremental().run(ArticleList.of(localArticles()), results);
        return results;
    }

    private static List<Article> localArticles() {
        List<Article> articles = new ArrayList<>();
        new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT).read(List.of(EXAMPLE.toString()),
                (origin, extraction) -> {
                    if (extraction instanceof Extraction.Accepted accepted) {
                        articles.add(accepted.article());
                    }
                }, bytes -> { });
        return articles;
    }

    private static Set<String> linkKeys(List<ReuseLink> links) {
        return links.stream().map(l -> l.sourceId() + " " + l.derivedId() + " " + l.relation())
                .collect(Collectors.toSet());
    }

    private static Set<Set<String>> events(List<Event> events) {
        return events.stream().map(e -> Set.copyOf(e.articleIds())).collect(Collectors.toSet());
    }

    /** Each storyline as the set of its articles. */
    private static Set<Set<String>> storylines(List<Event> events) {
        return events.stream().collect(Collectors.groupingBy(Event::storyId,
                        Collectors.flatMapping(e -> e.articleIds().stream(), Collectors.toSet())))
                .values().stream().collect(Collectors.toSet());
    }

    private static List<String> lines(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(directory)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part).stream().filter(l -> !l.isBlank()).toList());
            }
        }
        return lines;
    }

}
