package dev.corroborate.spark;

import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.pipeline.QuoteStage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The batch job: {@code spark-submit --class dev.corroborate.spark.CorroborateJob JAR --input PATH
 * --output DIR}. Runs the stages of {@code analyze} on Spark and writes their export contracts:
 * <ol>
 * <li>reading and extraction, per partition ({@link Inputs});</li>
 * <li>feed order: the articles sorted as the local run feeds them, each given its rank;</li>
 * <li>reuse: candidates by shuffles on band keys, fingerprints and names, each pair classified by
 *     the core classifier in a task ({@link SparkReuse});</li>
 * <li>quotes: extracted per partition by the core quote stage;</li>
 * <li>events and storylines: by default ({@code --events windows}) the core stage over overlapping
 *     time windows, one a task, reconciled on the driver ({@link EventWindows}: no machine holds the
 *     corpus, the result close to the local run's), then storylines by the core storyline step
 *     replayed over the reconciled events in feed order ({@link WindowStorylines}); with
 *     {@code --events driver}, the core stage ({@link Analysis} step {@code STORIES}) on the driver
 *     over the collected articles, so they equal the local run's (every article is held on the
 *     driver);</li>
 * <li>quote groups and speakers: the core stage ({@link QuoteStage#keep}) on the driver over the
 *     quotes extracted above;</li>
 * <li>the exports, as JSONL and Parquet ({@link Exports}).</li>
 * </ol>
 */
public final class CorroborateJob {

    /** What a run found, for the caller and the test ({@code articles} empty when events ran in windows). */
    public record Result(List<Article> articles, InMemoryResults results, long refused) {
    }

    private CorroborateJob() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(JobOptions.HELP);
            return;
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("corroborate");
        if (options.master() != null) {
            builder.master(options.master());
        } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            run(spark, options, true);
        } catch (Inputs.NoSuchInput | Inputs.OverlappingOutput e) {
            System.err.println(e.getMessage());
            spark.stop();
            System.exit(2);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark}; prints a line per step when {@code verbose}. */
    public static Result run(SparkSession spark, String[] args, boolean verbose) {
        return run(spark, JobOptions.parse(args), verbose);
    }

    static Result run(SparkSession spark, JobOptions options, boolean verbose) {
        Timer timer = new Timer(verbose);
        Inputs.requireApart(spark, options.inputs(), options.output());
        Inputs.Read read = Inputs.read(spark, options.inputs(), options.splitBytes());
        JavaRDD<Article> articles = read.articles();
        // Every later step works partition by partition on the ranked articles: at least one a core,
        // however few files the input has.
        int partitions = Math.max(articles.getNumPartitions(), spark.sparkContext().defaultParallelism());
        JavaPairRDD<Long, Article> ranked = articles
                .sortBy(CorroborateJob::feedKey, true, partitions)
                .zipWithIndex()
                .mapToPair(Tuple2::swap)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long count = ranked.count();
        timer.step("read " + count + " articles (" + read.refused().value() + " inputs held none)");

        List<ReuseLink> links = SparkReuse.findLinks(ranked);
        InMemoryResults results = new InMemoryResults();
        results.replaceReuseLinks(links);
        timer.step("reuse: " + links.size() + " links");

        List<Tuple2<Long, List<FoundQuote>>> extracted = ranked.mapPartitions(CorroborateJob::extractQuotes).collect();
        timer.step("quotes extracted");

        List<Article> collected;
        ArticleList corpus;
        if (options.windowedEvents()) {
            EventWindows.Stories stories = EventWindows.place(ranked, results.reuseLinks());
            results.replaceStories(stories.storylines(), stories.events(), stories.assignments());
            // The quote stage asks the corpus for nothing once every article has its storyline.
            collected = List.of();
            corpus = ArticleList.of(collected);
        } else {
            collected = ranked.sortByKey().values().collect();
            corpus = ArticleList.inGivenOrder(collected);
            Analysis.of(EnumSet.of(Analysis.Step.STORIES), true).run(corpus, results);
        }
        timer.step("stories: " + results.events().size() + " events, " + results.storylines().size() + " storylines"
                + (options.windowedEvents() ? " (time windows)" : ""));

        List<FoundQuote> found = new ArrayList<>();
        extracted.stream().sorted(java.util.Comparator.comparingLong(Tuple2::_1))
                .forEach(article -> found.addAll(article._2()));
        new QuoteStage().keep((int) count, found, corpus, results);
        timer.step("quotes: " + results.quotes().size() + " quotes in " + results.quoteGroups().size() + " groups");

        Exports exports = new Exports(spark, options);
        exports.articles(ranked, results.assignments());
        exports.reuse(results.reuseLinks());
        exports.stories(results.storylines(), results.events());
        exports.quotes(results.quotes());
        timer.step("exports written to " + options.output());
        ranked.unpersist(false);
        return new Result(collected, results, read.refused().value());
    }

    /**
     * The local run's feed order ({@link StoryClusterer#FEED_ORDER}) as one string: times first
     * (seconds and nanoseconds at fixed width, years 1 to 9999), articles with no time last, then by id.
     */
    static String feedKey(Article article) {
        if (article.published() == null) {
            return "1" + article.id();
        }
        java.time.Instant instant = article.published().instant();
        return String.format(Locale.ROOT, "0%020d%09d", instant.getEpochSecond() + 100_000_000_000L, instant.getNano())
                + article.id();
    }

    private static Iterator<Tuple2<Long, List<FoundQuote>>> extractQuotes(Iterator<Tuple2<Long, Article>> articles) {
        QuoteStage stage = new QuoteStage();
        List<Tuple2<Long, List<FoundQuote>>> found = new ArrayList<>();
        articles.forEachRemaining(article -> found.add(new Tuple2<>(article._1(), stage.extract(article._2()))));
        return found.iterator();
    }

    /** Prints each step's wall time when verbose. */
    private static final class Timer {
        private final boolean verbose;
        private long last = System.nanoTime();

        Timer(boolean verbose) {
            this.verbose = verbose;
        }

        void step(String what) {
            long now = System.nanoTime();
            if (verbose) {
                System.out.printf(Locale.ROOT, "%-70s %8.1f s%n", what, (now - last) / 1e9);
            }
            last = now;
        }
    }
}
