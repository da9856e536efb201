package dev.corroborate.bench;

import dev.corroborate.compare.ComparedEvent;
import dev.corroborate.compare.EventComparer;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.io.ingest.IngestJob;
import dev.corroborate.io.ingest.IngestListener;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleCollector;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The comparison stage's cost, two ways. First, its share of {@code analyze}: a seeded
 * {@link HappeningsCorpus} read as {@code analyze} reads it and run through every step of
 * {@link Analysis} in memory, each step's CPU time measured (the machine is shared: wall time would
 * measure the neighbours). Second, how the comparison of one event grows with
 * its articles: events of 125 to 1,000 articles (each a reworded version of one report: words
 * swapped, numbers and days changed, sentences of its own added, from a seeded {@link Random}),
 * compared by {@link EventComparer}, with the growth exponent between sizes.
 *
 * <pre>
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.CompareScale --articles 5000
 * </pre>
 */
public final class CompareScale {

    private static final String REPORT = "The storm flooded the old harbour district of Lunmouth overnight, and rescue "
            + "crews worked until dawn to reach stranded residents. The flood killed 12 people in the lower town on "
            + "Saturday, according to the coroner. Nearly 100 families spent the night in the sports hall, mayor Tomas "
            + "Berglund said. He said the council would approve an emergency budget for the harbour district this week. "
            + "\u201CWe will rebuild the sea wall stronger than before and faster than anyone expects,\u201D Berglund told "
            + "reporters. The harbour authority said repairs to the sea wall would begin once the water receded.";
    private static final String[][] SWAPS = {{"12", "15"}, {"Saturday", "Sunday"}, {"Nearly 100", "About 100"},
        {"would approve", "would not approve"}, {"Berglund said", "Berglund claimed"}, {"stronger", "higher"},
        {"overnight", "during the night"}, {"stranded", "trapped"}};

    private CompareScale() {
    }

    public static void main(String[] args) throws IOException {
        int articles = 5_000;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--articles N, --seed S)");
            }
        }
        shareOfAnalyze(articles, seed);
        growth(seed);
    }

    private static void shareOfAnalyze(int articles, long seed) throws IOException {
        Path input = Files.createTempFile("compare-scale-", ".jsonl");
        try {
            try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                new HappeningsCorpus(seed).write(articles, out);
            }
            ArticleCollector collector = new ArticleCollector();
            new IngestJob(new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT), collector,
                    IngestJob.DEFAULT_BATCH_SIZE).run(List.of(input.toString()), Map.of(), IngestListener.NONE);
            ArticleList corpus = collector.corpus();
            InMemoryResults results = new InMemoryResults();
            // CPU time of the whole process per step: wall time on a shared machine measures the neighbours.
            Map<Analysis.Step, Long> cpu = new java.util.EnumMap<>(Analysis.Step.class);
            long[] startedAt = {0};
            Analysis.Report report = Analysis.fromScratch().run(corpus, results, new Analysis.Listener() {
                @Override
                public void started(Analysis.Step step) {
                    startedAt[0] = processCpuNanos();
                }

                @Override
                public void finished(Analysis.Step step, Duration took) {
                    cpu.put(step, processCpuNanos() - startedAt[0]);
                }
            });
            long others = 0;
            StringBuilder steps = new StringBuilder();
            for (Map.Entry<Analysis.Step, Long> step : cpu.entrySet()) {
                steps.append(String.format(Locale.ROOT, " %s %.2f s (wall %.2f s)", step.getKey().label(),
                        step.getValue() / 1e9, report.timings().get(step.getKey()).toNanos() / 1e9));
                others += step.getKey() == Analysis.Step.COMPARE ? 0 : step.getValue();
            }
            long compare = cpu.get(Analysis.Step.COMPARE);
            System.out.printf(Locale.ROOT, "analysis of %,d articles, CPU time:%s%n", corpus.size(), steps);
            System.out.printf(Locale.ROOT, "compare: %.2f s CPU for %,d events of 2+ articles, %,d discrepancies; "
                            + "+%.1f %% on the other steps' %.2f s CPU%n", compare / 1e9, report.compare().events(),
                    report.compare().total(), 100.0 * compare / others, others / 1e9);
            // The comparison again, twice, on its own thread once its code is compiled: its steady cost.
            Analysis again = Analysis.of(java.util.EnumSet.of(Analysis.Step.COMPARE), true);
            long steady = Long.MAX_VALUE;
            for (int repeat = 0; repeat < 2; repeat++) {
                long started = threadCpuNanos();
                again.run(corpus, results);
                steady = Math.min(steady, threadCpuNanos() - started);
            }
            System.out.printf(Locale.ROOT, "compare again, compiled, its own thread: %.2f s CPU (+%.1f %%)%n", steady / 1e9,
                    100.0 * steady / others);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static void growth(long seed) {
        EventComparer comparer = new EventComparer();
        double previous = 0;
        int previousSize = 0;
        comparer.compare(event(200, seed)); // warm-up
        for (int size = 125; size <= 1000; size *= 2) {
            ComparedEvent event = event(size, seed);
            long best = Long.MAX_VALUE;
            int found = 0;
            for (int repeat = 0; repeat < 3; repeat++) {
                long started = threadCpuNanos();
                found = comparer.compare(event).size();
                best = Math.min(best, threadCpuNanos() - started);
            }
            double ms = best / 1e6;
            String exponent = previousSize == 0 ? "" : String.format(Locale.ROOT, ", growth exponent %.2f",
                    Math.log(ms / previous) / Math.log((double) size / previousSize));
            System.out.printf(Locale.ROOT, "one event of %,d articles: %.1f ms CPU (best of 3), %d discrepancies%s%n",
                    size, ms, found, exponent);
            previous = ms;
            previousSize = size;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** {@code size} versions of one report, each with a few seeded edits and two sentences of its own. */
    private static ComparedEvent event(int size, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String text = REPORT;
            for (String[] swap : SWAPS) {
                if (random.nextInt(4) == 0) {
                    text = text.replace(swap[0], swap[1]);
                }
            }
            text = text + "\n\n" + ownSentence(random) + " " + ownSentence(random);
            articles.add(new Article(String.format(Locale.ROOT, "a%05d", i), null, "Outlet " + (i % 40), "Flood " + i,
                    List.of(), PublishedTime.parse("2026-03-0" + (2 + i % 3) + "T08:00Z").orElseThrow(), null, "en",
                    null, Article.paragraphsOf(text), null, null, Origin.of("generated")));
        }
        return new ComparedEvent("ev-scale", articles, List.of(), List.of(), List.of());
    }

    private static String ownSentence(Random random) {
        StringBuilder sentence = new StringBuilder("Residents");
        for (int w = 0; w < 12; w++) {
            sentence.append(' ');
            int letters = 4 + random.nextInt(5);
            for (int c = 0; c < letters; c++) {
                sentence.append((char) ('a' + random.nextInt(26)));
            }
        }
        return sentence.append('.').toString();
    }
}
