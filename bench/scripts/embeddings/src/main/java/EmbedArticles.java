import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Embeds each article (title and first 200 words) with all-MiniLM-L6-v2, quantized, in process, and
 * writes one {"id", "v"} line per article: input for embedding_mix.py.
 * usage: EmbedArticles ARTICLES.jsonl OUT.jsonl
 */
public class EmbedArticles {
    public static void main(String[] args) throws Exception {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        int articles = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                String text = (record.path("title").asText("") + ". " + record.path("text").asText("")).strip();
                String[] words = text.split("\\s+");
                String head = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 200)));
                float[] vector = model.embed(head).content().vector();
                out.write(json.writeValueAsString(Map.of("id", record.get("id").asText(), "v", vector)));
                out.newLine();
                articles++;
            }
        }
        System.err.printf("%d articles embedded in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
    }
}
