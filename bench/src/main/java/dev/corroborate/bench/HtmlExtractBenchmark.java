package dev.corroborate.bench;

import dev.corroborate.extract.ExtractedPage;
import dev.corroborate.extract.HtmlExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HTML extraction on one thread, HTML parsing included: one page per operation, so ops/s is
 * pages/s. The pages come from a folder given at run time (nothing of it is committed):
 *
 * <pre>java -jar bench/target/corroborate-bench.jar HtmlExtractBenchmark -p pages=../shared/data/extraction/fundus/pages</pre>
 *
 * <p>Ten warm-up iterations: pinned to one CPU ({@code taskset -c 0}), the JIT compiles on the
 * benchmark's own core and needs about 30 s before the rate settles; three were not enough.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 7, time = 3)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class HtmlExtractBenchmark {

    /** A folder of *.html or *.html.gz pages. */
    @Param("")
    public String pages;

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final List<byte[]> documents = new ArrayList<>();
    private int next;

    @Setup
    public void load() throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("give the pages folder: -p pages=DIR");
        }
        documents.addAll(Pages.load(Path.of(pages)));
    }

    @Benchmark
    public ExtractedPage extractOnePage() {
        byte[] page = documents.get(next);
        next = (next + 1) % documents.size();
        return extractor.extract(page, null);
    }
}
