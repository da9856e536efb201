package dev.corroborate.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.SourceDocument;
import dev.corroborate.io.export.QuoteExporter;
import dev.corroborate.io.store.StoredQuote;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.quote.QuoteExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval}: writes predictions in the form the evaluation scorers read. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Writes predictions for an evaluation data set, in the form its scorer reads.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Quotes.class, EvalCommand.Clustering.class})
final class EvalCommand {

    /** {@code eval extraction --pages DIR --output PRED.jsonl}. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Extracts every page (*.html or *.html.gz) in --pages and writes one line per page: "
                    + "id (the file name without .html[.gz]), title, text, authors, published. "
                    + "Score it with score_extraction.py GOLD.jsonl PRED.jsonl.")
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--pages", required = true, paramLabel = "DIR", description = "The folder of pages.")
        Path pages;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write predictions.")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(pages)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Not a directory: " + pages);
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(pages)) {
                files = listing.filter(p -> p.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?"))
                        .sorted().toList();
            }
            ArticleAssembler assembler = new ArticleAssembler();
            ObjectMapper json = new ObjectMapper();
            int written = 0;
            int empty = 0;
            long started = System.nanoTime();
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                JsonGenerator generator = json.getFactory().createGenerator(out);
                generator.setRootValueSeparator(null);
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    String id = name.replaceFirst("(?i)\\.html?(\\.gz)?$", "");
                    byte[] bytes = read(file);
                    var extraction = assembler.assemble(new SourceDocument(Origin.of(file.toString()),
                            SourceDocument.Metadata.NONE, new SourceDocument.HtmlBytes(bytes)));
                    generator.writeStartObject();
                    generator.writeStringField("id", id);
                    if (extraction instanceof dev.corroborate.extract.Extraction.Accepted accepted) {
                        Article article = accepted.article();
                        generator.writeStringField("title", article.title());
                        generator.writeStringField("text", article.text());
                        generator.writeArrayFieldStart("authors");
                        for (String author : article.authors()) {
                            generator.writeString(author);
                        }
                        generator.writeEndArray();
                        generator.writeStringField("published", article.published() == null ? null : article.published().iso());
                    } else {
                        generator.writeStringField("text", "");
                        empty++;
                    }
                    generator.writeEndObject();
                    generator.writeRaw('\n');
                    written++;
                }
                generator.flush();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getErr().printf(Locale.ROOT, "%d pages (%d with no text) in %.1f s, %.0f pages/s; wrote %s%n",
                    written, empty, seconds, written / seconds, output);
            return 0;
        }

        private static byte[] read(Path file) throws IOException {
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                         ? new GZIPInputStream(raw) : raw) {
                return in.readAllBytes();
            }
        }
    }

    /** {@code eval quotes --input ARTICLES.jsonl --output QUOTES.jsonl}. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "Finds the quotes of every article in --input (JSON lines with id and text; the text is used "
                    + "as given, so gold offsets stay valid) and writes one line per quote as export --what quotes does. "
                    + "Score it with score_quotes.py INPUT.jsonl GOLD.jsonl QUOTES.jsonl.")
    static final class Quotes implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "FILE", description = "The articles, one JSON object per line.")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the quotes.")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ObjectMapper json = new ObjectMapper();
            var extractor = new QuoteExtractor();
            int articles = 0;
            int quotes = 0;
            int bad = 0;
            long started = System.nanoTime();
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                JsonGenerator generator = json.getFactory().createGenerator(out);
                generator.setRootValueSeparator(null);
                List<Record> records = records(input, spec);
                for (Record numbered : records) {
                    var record = numbered.json();
                    int number = numbered.line();
                    if (record == null) {
                        bad++;
                        continue;
                    }
                    String id = record.path("id").asText(null);
                    String text = record.path("text").asText(null);
                    if (id == null || text == null) {
                        spec.commandLine().getErr().printf("%s:%d: no id or text; skipped%n", input, number);
                        bad++;
                        continue;
                    }
                    articles++;
                    for (var quote : extractor.extract(text)) {
                        quotes++;
                        // The lines export --what quotes writes, without the store's speaker and group ids.
                        json.writeValue(generator, QuoteExporter.record(
                                new StoredQuote(StoredQuote.idOf(id, quote), id, quote, null, null, null)));
                        generator.writeRaw('\n');
                    }
                }
                generator.flush();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getErr().printf(Locale.ROOT, "%d articles, %d quotes, %d bad lines in %.1f s; wrote %s%n",
                    articles, quotes, bad, seconds, output);
            return 0;
        }
    }

    /** {@code eval clustering --input ARTICLES.jsonl --output EVENTS.jsonl}. */
    @Command(name = "clustering", mixinStandardHelpOptions = true,
            description = "Clusters the articles of --input (JSON lines with id, title, text and optionally published and "
                    + "outlet), earliest first then by id as recluster does, and writes one line per event: id, story_id, "
                    + "label, article_ids. Score it with score_clustering.py GOLD.tsv EVENTS.jsonl.")
    static final class Clustering implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "FILE", description = "The articles, one JSON object per line.")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the events.")
        Path output;

        @Option(names = "--level", defaultValue = "events", paramLabel = "LEVEL",
                description = "events or stories (default: ${DEFAULT-VALUE}).")
        String level;

        @Option(names = "--shuffle", paramLabel = "SEED", description = "Feed the articles in a shuffled order (for order tests).")
        Long shuffle;

        @Option(names = "--consolidate", paramLabel = "T",
                description = "Join events whose articles are on average at least T similar (default: the clusterer's own threshold).")
        Double consolidate;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ObjectMapper json = new ObjectMapper();
            List<Article> articles = new java.util.ArrayList<>();
            for (Record numbered : records(input, spec)) {
                var record = numbered.json();
                int number = numbered.line();
                if (record == null) {
                    continue;
                }
                String text = record.path("text").asText("");
                List<String> paragraphs = Article.paragraphsOf(text);
                if (paragraphs.isEmpty()) {
                    spec.commandLine().getErr().printf("%s:%d: no text; skipped%n", input, number);
                    continue;
                }
                var published = record.hasNonNull("published")
                        ? dev.corroborate.model.PublishedTime.parse(record.get("published").asText()).orElse(null) : null;
                articles.add(new Article(record.path("id").asText("line-" + number), null,
                        record.path("outlet").asText(null), record.path("title").asText(""), List.of(), published, null,
                        null, null, paragraphs, null, null, dev.corroborate.model.Origin.of(input + ":" + number)));
            }
            if (shuffle == null) {
                articles.sort(dev.corroborate.cluster.StoryClusterer.FEED_ORDER);
            } else {
                java.util.Collections.shuffle(articles, new java.util.Random(shuffle));
            }
            long started = System.nanoTime();
            var clusterer = new dev.corroborate.cluster.StoryClusterer();
            articles.forEach(clusterer::prime);
            for (Article article : articles) {
                clusterer.add(article, List.of());
            }
            if (consolidate != null) {
                clusterer.consolidate(consolidate);
            } else {
                clusterer.consolidate();
            }
            Map<String, Article> byId = new java.util.HashMap<>();
            articles.forEach(a -> byId.put(a.id(), a));
            clusterer.refine(byId::get);
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                if (level.equals("stories")) {
                    Map<String, List<String>> articlesOf = new java.util.HashMap<>();
                    for (var event : clusterer.events()) {
                        articlesOf.put(event.id(), event.articleIds());
                    }
                    for (var story : clusterer.storylines()) {
                        List<String> ids = new java.util.ArrayList<>();
                        story.eventIds().forEach(e -> ids.addAll(articlesOf.get(e)));
                        out.write(json.writeValueAsString(Map.of("id", story.id(), "label", story.label(), "article_ids", ids)));
                        out.write('\n');
                    }
                } else {
                    for (var event : clusterer.events()) {
                        Map<String, Object> line = new java.util.LinkedHashMap<>();
                        line.put("id", event.id());
                        line.put("story_id", event.storyId());
                        line.put("label", event.label());
                        line.put("article_ids", event.articleIds());
                        out.write(json.writeValueAsString(line));
                        out.write('\n');
                    }
                }
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "%d articles, %d events, %d storylines in %.1f s; wrote %s%n",
                    articles.size(), clusterer.eventCount(), clusterer.storylines().size(), seconds, output);
            return 0;
        }
    }

    /** One line of a JSON-lines input: its number and its object, or {@code null} when it is not one. */
    record Record(int line, com.fasterxml.jackson.databind.JsonNode json) {
    }

    /** Reads a JSON-lines file; a line that is not JSON is reported with the file and line, and kept as a null record. */
    static List<Record> records(Path input, CommandLine.Model.CommandSpec spec) throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Not a file: " + input);
        }
        ObjectMapper json = new ObjectMapper();
        List<Record> records = new java.util.ArrayList<>();
        int number = 0;
        try (var lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(new Record(number, json.readTree(line)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    spec.commandLine().getErr().printf("%s:%d: not a JSON object (%s); skipped%n", input, number,
                            e.getOriginalMessage());
                    records.add(new Record(number, null));
                }
            }
        }
        return records;
    }
}
