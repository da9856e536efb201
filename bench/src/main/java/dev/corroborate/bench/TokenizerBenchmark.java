package dev.corroborate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tokenizer every stage calls, on the texts of the product's generated corpus
 * ({@link NewsCorpus}: curly quotes and dashes, so its strings are not Latin-1): one text per
 * operation, so ops/s is texts/s. A batch's {@code analyze} runs with the quick compiler alone
 * (the launcher's short-run flags); measure that way too:
 *
 * <pre>java -jar bench/target/corroborate-bench.jar TokenizerBenchmark -jvmArgsAppend -XX:TieredStopAtLevel=1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TokenizerBenchmark {

    /** Which tokenizer: WORDS (reuse), COMPOUND_WORDS (events) or PROSE (quotes, comparison). */
    @Param({"WORDS", "PROSE"})
    public String tokenizer;

    private final List<String> texts = new ArrayList<>();
    private Tokenizer chosen;
    private int next;

    @Setup
    public void generate() throws IOException {
        StringWriter jsonl = new StringWriter();
        new NewsCorpus(17, 100).write(500, jsonl);
        ObjectMapper json = new ObjectMapper();
        for (String line : jsonl.toString().split("\n")) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        chosen = switch (tokenizer) {
            case "WORDS" -> Tokenizer.WORDS;
            case "COMPOUND_WORDS" -> Tokenizer.COMPOUND_WORDS;
            case "PROSE" -> Tokenizer.PROSE;
            default -> throw new IllegalArgumentException("no tokenizer " + tokenizer);
        };
    }

    @Benchmark
    public List<Token> tokenizeOneText() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return chosen.tokens(text);
    }
}
