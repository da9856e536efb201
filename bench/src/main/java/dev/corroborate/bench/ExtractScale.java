package dev.corroborate.bench;

import dev.corroborate.extract.HtmlExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Extracts N pages (cycling through a folder of pages given at run time) and reports, every
 * {@code N/10} pages, the old generation's occupancy after a full collection: flat numbers mean
 * extraction keeps nothing from page to page.
 *
 * <pre>java -Xmx512m -cp bench/target/corroborate-bench.jar dev.corroborate.bench.ExtractScale PAGES_DIR 10000</pre>
 */
public final class ExtractScale {

    private ExtractScale() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> pages = Pages.load(Path.of(args[0]));
        long heldByCorpus = pages.stream().mapToLong(p -> p.length).sum();
        int total = Integer.parseInt(args[1]);
        HtmlExtractor extractor = new HtmlExtractor();
        System.out.printf(Locale.ROOT, "%d distinct pages held in memory: %.1f MB%n", pages.size(), heldByCorpus / 1e6);
        System.out.printf(Locale.ROOT, "%10s %16s %12s%n", "pages", "live heap MB", "pages/s");
        long started = System.nanoTime();
        long paragraphs = 0;
        for (int i = 1; i <= total; i++) {
            paragraphs += extractor.extract(pages.get(i % pages.size()), null).paragraphs().size();
            if (i % Math.max(1, total / 10) == 0) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "%10d %16.1f %12.0f%n", i, liveHeapMb(), i / seconds);
            }
        }
        System.out.println("paragraphs " + paragraphs);
    }

    private static double liveHeapMb() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().matches(".*(Old|Tenured).*")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used / 1e6;
    }
}
