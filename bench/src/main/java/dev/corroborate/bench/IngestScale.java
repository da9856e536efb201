package dev.corroborate.bench;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.io.ingest.IngestJob;
import dev.corroborate.io.ingest.IngestListener;
import dev.corroborate.io.ingest.IngestReport;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Outcome;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ingest scale harness: generates a seeded corpus of N articles, ingests it into a fresh
 * store, and reports throughput and the peak heap after collections (the live set), so the
 * claim that ingest streams can be checked at several N.
 *
 * <pre>java -Xmx256m -cp bench/target/corroborate-bench.jar dev.corroborate.bench.IngestScale 10000 100000 300000</pre>
 */
public final class IngestScale {

    private IngestScale() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "%10s %10s %12s %10s %14s %14s%n",
                "articles", "input MB", "seconds", "art/s", "live heap MB", "max heap MB");
        for (int size : sizes) {
            Path dir = Files.createTempDirectory("corroborate-scale-");
            try {
                Path input = dir.resolve("corpus.jsonl");
                try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                    new CorpusGenerator(42, 50_000).write(size, out);
                }
                System.gc();
                resetPeaks();
                IngestReport report;
                try (ArticleStore store = ArticleStore.open(dir.resolve("data"))) {
                    report = new IngestJob(new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT), store,
                            IngestJob.DEFAULT_BATCH_SIZE).run(List.of(input.toString()), Map.of(), IngestListener.NONE);
                }
                if (report.tally().get(Outcome.STORED) != size) {
                    throw new IllegalStateException("stored " + report.tally().get(Outcome.STORED) + " of " + size);
                }
                double seconds = report.elapsed().toNanos() / 1e9;
                System.out.printf(Locale.ROOT, "%10d %10.1f %12.2f %10.0f %14.1f %14.1f%n",
                        size, Files.size(input) / 1e6, seconds, size / seconds, liveHeapPeakMb(),
                        Runtime.getRuntime().maxMemory() / 1e6);
            } finally {
                deleteRecursively(dir);
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The largest old-generation occupancy seen after a collection: what ingest keeps alive. */
    private static double liveHeapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
                    && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak = Math.max(peak, pool.getCollectionUsage().getUsed());
            }
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak / 1e6;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
