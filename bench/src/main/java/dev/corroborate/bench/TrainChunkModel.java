package dev.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.HtmlExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits the weights of {@code ChunkModel}: logistic regression over the chunk features of a page
 * set with gold bodies (the form of ../shared/data/extraction). A chunk is labelled article text
 * when its words occur, in order, in the page's gold body. Examples are weighted by their word
 * count, since the body metric counts words. Deterministic: full-batch gradient descent, fixed
 * steps. Prints the weights as Java, in feature order.
 *
 * <pre>java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.TrainChunkModel even|odd|all PAGES_DIR GOLD.jsonl [PAGES_DIR GOLD.jsonl ...]</pre>
 *
 * Each page set contributes its even-indexed (or odd-indexed, or all) pages, sorted by file name.
 */
public final class TrainChunkModel {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TrainChunkModel() {
    }

    public static void main(String[] args) throws IOException {
        String half = args[0];
        List<double[]> features = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        HtmlExtractor extractor = new HtmlExtractor();
        for (int set = 1; set + 1 < args.length; set += 2) {
            Path pages = Path.of(args[set]);
            Map<String, String> gold = readGold(Path.of(args[set + 1]));
            List<Path> files = Pages.list(pages);
            int index = -1;
            for (Path file : files) {
                index++;
                if ((half.equals("even") && index % 2 == 1) || (half.equals("odd") && index % 2 == 0)) {
                    continue;
                }
                String id = file.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", "");
                String body = gold.get(id);
                if (body == null) {
                    continue;
                }
                String goldWords = " " + words(body) + " ";
                for (HtmlExtractor.ScoredChunk chunk : extractor.describeChunks(Pages.read(file), null)) {
                    String chunkWords = words(chunk.text());
                    if (chunkWords.isEmpty()) {
                        continue;
                    }
                    features.add(chunk.features());
                    labels.add(goldWords.contains(" " + chunkWords + " ") ? 1.0 : 0.0);
                    weights.add((double) chunkWords.split(" ").length);
                }
            }
        }
        double[] w = fit(features, labels, weights);
        System.out.printf(Locale.ROOT, "// %d chunks from the %s half; weighted accuracy %.4f%n", features.size(), half,
                accuracy(w, features, labels, weights));
        StringBuilder out = new StringBuilder("    static final double[] WEIGHTS = {\n");
        for (int j = 0; j < w.length; j++) {
            out.append(String.format(Locale.ROOT, "        %+.4f, // %s%n", w[j], HtmlExtractor.featureNames().get(j)));
        }
        out.append("    };");
        System.out.println(out);
    }

    /** Logistic regression on standardized features, then folded back to raw-feature weights. */
    static double[] fit(List<double[]> x, List<Double> y, List<Double> sampleWeight) {
        int n = x.size();
        int d = x.get(0).length;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (double[] row : x) {
            for (int j = 1; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 1; j < d; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 1; j < d; j++) {
            std[j] = std[j] < 1e-12 ? 1 : Math.sqrt(std[j]);
        }
        double totalWeight = sampleWeight.stream().mapToDouble(Double::doubleValue).sum();
        double[] w = new double[d];
        double rate = 0.5;
        double l2 = 1e-4;
        double[] z = new double[d];
        for (int step = 0; step < 1500; step++) {
            double[] gradient = new double[d];
            for (int i = 0; i < n; i++) {
                double[] row = x.get(i);
                z[0] = 1;
                for (int j = 1; j < d; j++) {
                    z[j] = (row[j] - mean[j]) / std[j];
                }
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += w[j] * z[j];
                }
                double error = (1 / (1 + Math.exp(-dot)) - y.get(i)) * sampleWeight.get(i) / totalWeight;
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * z[j];
                }
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (gradient[j] + (j == 0 ? 0 : l2 * w[j]));
            }
        }
        double[] raw = new double[d];
        raw[0] = w[0];
        for (int j = 1; j < d; j++) {
            raw[j] = w[j] / std[j];
            raw[0] -= w[j] * mean[j] / std[j];
        }
        return raw;
    }

    static double accuracy(double[] w, List<double[]> x, List<Double> y, List<Double> sampleWeight) {
        double right = 0;
        double total = 0;
        for (int i = 0; i < x.size(); i++) {
            double dot = 0;
            for (int j = 0; j < w.length; j++) {
                dot += w[j] * x.get(i)[j];
            }
            boolean predicted = dot > 0;
            if (predicted == (y.get(i) > 0.5)) {
                right += sampleWeight.get(i);
            }
            total += sampleWeight.get(i);
        }
        return right / total;
    }

    private static String words(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(m.group());
        }
        return out.toString();
    }

    private static Map<String, String> readGold(Path path) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> gold = new HashMap<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode record = json.readTree(line);
                gold.put(record.get("id").asText(), record.path("body").asText(""));
            }
        }
        return gold;
    }
}
