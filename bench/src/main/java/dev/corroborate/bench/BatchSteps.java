package dev.corroborate.bench;

import dev.corroborate.io.query.IndependentSources;
import dev.corroborate.io.search.SearchIndex;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.pipeline.Analysis;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * The steps of a batch after the stories (quotes, compare, the sources of the summary), run alone
 * on a store whose reuse links and stories already hold the batch, with each step's wall and CPU
 * time (of this process, all threads): what {@code analyze} runs after the story stage, measured
 * without the reuse and story steps before it. A store copied (SQLite's {@code .backup}) while an
 * {@code analyze} of a batch runs its quote step is such a store.
 *
 * <pre>
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.BatchSteps DATA_DIR [STEP...] [search] [scratch]
 * </pre>
 *
 * <p>With {@code scratch}, the steps run from scratch (every article's quotes extracted, grouped and
 * resolved again, as a first {@code analyze} does): the quote step of a million articles measured on a
 * store whose stories are made, without the hour of reading, reuse and stories before it.
 *
 * <p>With {@code search}, the search index update {@code analyze} runs after the steps (over the data
 * directory's {@code index/}, which a snapshot copies from the store before the batch) is run and timed too.
 */
public final class BatchSteps {

    private BatchSteps() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BatchSteps DATA_DIR [STEP...] [search] [scratch] (a store whose stories hold "
                    + "the batch; the steps to run before the sources, quotes and compare when none is named; scratch: "
                    + "from scratch)");
        }
        EnumSet<Analysis.Step> steps = EnumSet.noneOf(Analysis.Step.class);
        boolean search = false;
        boolean fromScratch = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("scratch")) {
                fromScratch = true; // the steps from scratch, as recluster runs its steps, whatever the store keeps
                continue;
            }
            if (args[i].equals("search")) {
                search = true; // the search index update analyze runs after the steps (the store's index folder)
                continue;
            }
            steps.add(Analysis.Step.valueOf(args[i].toUpperCase(Locale.ROOT)));
        }
        if (steps.isEmpty()) {
            steps = EnumSet.of(Analysis.Step.QUOTES, Analysis.Step.COMPARE);
        }
        long[] at = new long[2];
        Analysis.Listener listener = new Analysis.Listener() {
            @Override
            public void started(Analysis.Step step) {
                at[0] = System.nanoTime();
                at[1] = cpuNanos();
            }

            @Override
            public void finished(Analysis.Step step, Duration took) {
                print(step.label(), at[0], at[1]);
            }
        };
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
            print("open", wall, cpu);
            Analysis.Report report = Analysis.of(steps, fromScratch)
                    .run(store, store, listener);
            if (search) {
                long searchWall = System.nanoTime();
                long searchCpu = cpuNanos();
                int added = SearchIndex.update(store);
                print("search", searchWall, searchCpu);
                System.out.println("search: " + added + " documents added");
            }
            long sourcesWall = System.nanoTime();
            long sourcesCpu = cpuNanos();
            Map<Integer, Integer> sources = IndependentSources.store(store);
            print("sources", sourcesWall, sourcesCpu);
            System.out.println(report.quotes());
            if (report.compare() != null) System.out.println("compare: " + report.compare().events() + " events, " + report.compare().compared()
                    + " compared in this run (" + report.compare().replayed() + " of their " + report.compare().read()
                    + " articles aligned as kept), " + report.compare().total() + " discrepancies " + report.compare().discrepancies());
            System.out.println("groups by independent sources: " + sources);
        }
        print("all", wall, cpu);
    }

    private static void print(String what, long wallFrom, long cpuFrom) {
        System.out.printf(Locale.ROOT, "%-8s wall %7.2f s  cpu %7.2f s%n", what, (System.nanoTime() - wallFrom) / 1e9,
                (cpuNanos() - cpuFrom) / 1e9);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
