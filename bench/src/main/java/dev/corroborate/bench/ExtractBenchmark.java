package dev.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.InputRecords;
import dev.corroborate.model.Origin;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Records to articles on one core: field mapping, normalization and id derivation, over 1,000
 * generated records per operation (so ops/s × 1,000 = records/s).
 *
 * <pre>java -jar bench/target/corroborate-bench.jar ExtractBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {

    private final InputRecords records = new InputRecords(new ArticleAssembler());
    private final List<JsonNode> nodes = new ArrayList<>();

    @Setup
    public void generate() throws IOException {
        StringWriter out = new StringWriter();
        new CorpusGenerator(7, 20_000).write(1_000, out);
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            JsonNode node = json.readTree(line);
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("id"); // derive ids: the costly path
            nodes.add(node);
        }
    }

    @Benchmark
    public void recordsToArticles(Blackhole sink) {
        for (int i = 0; i < nodes.size(); i++) {
            Extraction extraction = records.toArticle(nodes.get(i), Origin.atLine("bench.jsonl", i + 1, -1));
            sink.consume(extraction);
        }
    }
}
