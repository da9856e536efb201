package dev.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Quote;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.quote.QuoteExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Quote extraction speed on one thread: articles per second, median of several passes over the
 * same articles, after a warm-up pass. The articles are either generated from a seed (news-like
 * paragraphs with quotes of every attribution pattern, about 600 words each) or read from a JSONL
 * file given at run time ({@code id}, {@code text}). A last step runs the quote stage as
 * {@code analyze} does, through the pipeline: extraction, grouping across articles, speakers.
 *
 * <pre>
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.QuoteScale --articles 20000 --repeats 5
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.QuoteScale --input polnear-train.jsonl --repeats 5
 * </pre>
 */
public final class QuoteScale {

    private static final String[] WORDS = ("council harbour ferry minister report letter budget island winter "
            + "regulator crew schedule appeal vessel statement tram station review deadline bridge river flood "
            + "inquiry contract tender police court ruling witness museum school hospital strike union wage "
            + "the a of to and in on for with by was has will from that this after before over under").split(" ");
    private static final String[] GIVEN = {"Mira", "Tomas", "Anna", "Per", "Lena", "Jonas", "Ines", "Oskar", "Petra", "Ravi"};
    private static final String[] FAMILY = {"Castell", "Berg", "Holm", "Lund", "Dahl", "Ek", "Varga", "Vinter", "Lindgren", "Menon"};

    private QuoteScale() {
    }

    public static void main(String[] args) throws IOException {
        int articles = 20_000;
        int repeats = 5;
        long seed = 1;
        Path input = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--input" -> input = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--articles N, --repeats R, --seed S, --input FILE.jsonl)");
            }
        }
        List<String> texts = input == null ? generate(articles, seed) : read(input);
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "%d articles, %.0f words each on average (%s)%n", texts.size(),
                (double) words / texts.size(), input == null ? "generated, seed " + seed : input);
        QuoteExtractor extractor = new QuoteExtractor();
        List<List<Quote>> found = extractAll(extractor, texts); // warm-up
        double[] rates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long started = System.nanoTime();
            found = extractAll(extractor, texts);
            double seconds = (System.nanoTime() - started) / 1e9;
            rates[r] = texts.size() / seconds;
            System.out.printf(Locale.ROOT, "pass %d: %.0f articles/s%n", r + 1, rates[r]);
        }
        Arrays.sort(rates);
        long quotes = found.stream().mapToLong(List::size).sum();
        System.out.printf(Locale.ROOT, "extraction, one thread: median %.0f articles/s (%d quotes)%n", rates[repeats / 2], quotes);

        // The corpus-level step as analyze runs it: the quote stage of the pipeline, over the same articles,
        // their text cleaned into paragraphs as the reader cleans a record's (a real text may hold blank lines).
        List<Article> corpus = new ArrayList<>(texts.size());
        for (int a = 0; a < texts.size(); a++) {
            corpus.add(new Article("a" + a, null, null, "", List.of(), null, null, null, null,
                    dev.corroborate.text.TextNormalizer.paragraphs(texts.get(a)), null, null, Origin.of("generated:" + a)));
        }
        InMemoryResults results = new InMemoryResults();
        Analysis.Report report = Analysis.of(EnumSet.of(Analysis.Step.QUOTES), true).run(ArticleList.of(corpus), results);
        System.out.printf(Locale.ROOT, "the quote stage as analyze runs it (extraction, grouping, speakers): %d quotes, %d groups, "
                        + "%d people in %.1f s (%.0f articles/s)%n", results.quotes().size(), results.quoteGroups().size(),
                results.speakers().size(), report.timings().get(Analysis.Step.QUOTES).toNanos() / 1e9,
                texts.size() / (report.timings().get(Analysis.Step.QUOTES).toNanos() / 1e9));
    }

    private static List<List<Quote>> extractAll(QuoteExtractor extractor, List<String> texts) {
        List<List<Quote>> found = new ArrayList<>(texts.size());
        for (String text : texts) {
            found.add(extractor.extract(text));
        }
        return found;
    }

    private static List<String> read(Path input) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode record = json.readTree(line);
                    texts.add(record.path("text").asText(""));
                }
            }
        }
        return texts;
    }

    /** News-like articles: paragraphs of prose, direct quotes in several patterns, reported speech. */
    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 12 + random.nextInt(8);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                String quote = "\u201C" + capitalised(words(random, 8 + random.nextInt(20))) + ",\u201D";
                switch (random.nextInt(7)) {
                    case 0 -> text.append(quote).append(' ').append(name).append(" said.");
                    case 1 -> text.append(quote).append(" said ").append(name).append(", a spokesman for the ")
                            .append(words(random, 2)).append('.');
                    case 2 -> text.append(name).append(" told reporters: ").append(quote.replace(",\u201D", ".\u201D"));
                    case 3 -> text.append(name).append(" said that the ").append(words(random, 14)).append('.');
                    case 4 -> text.append("The ").append(words(random, 6)).append(" was \u201C").append(words(random, 3))
                            .append("\u201D, ").append(words(random, 10)).append('.');
                    default -> {
                        int sentences = 2 + random.nextInt(3);
                        for (int s = 0; s < sentences; s++) {
                            text.append(capitalised(words(random, 12 + random.nextInt(14)))).append(". ");
                        }
                    }
                }
            }
            texts.add(text.toString().strip());
        }
        return texts;
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
