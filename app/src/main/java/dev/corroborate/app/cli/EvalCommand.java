package dev.corroborate.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.SourceDocument;
import dev.corroborate.io.export.QuoteExporter;
import dev.corroborate.io.ingest.IngestJob;
import dev.corroborate.io.ingest.IngestListener;
import dev.corroborate.io.ingest.IngestReport;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.model.Article;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Origin;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleCollector;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
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
            OutputFile.check(output, spec);
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
            description = "Reads the articles of --input as analyze does and runs the same analysis in memory, then writes "
                    + "one line per quote as export --what quotes does. Nothing is stored. "
                    + "Score it with score_quotes.py INPUT.jsonl GOLD.jsonl QUOTES.jsonl (it finds each quote by its text).")
    static final class Quotes implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "FILE", description = "The articles: any input analyze reads.")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the quotes.")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            OutputFile.check(output, spec);
            ArticleList corpus = ingest(input, spec);
            long started = System.nanoTime();
            InMemoryResults results = new InMemoryResults();
            Analysis.fromScratch().run(corpus, results);
            double seconds = (System.nanoTime() - started) / 1e9;
            ObjectMapper json = new ObjectMapper();
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                for (FoundQuote quote : results.quotes()) {
                    out.write(json.writeValueAsString(QuoteExporter.record(quote)));
                    out.write('\n');
                }
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "%s, %s in %.1f s; wrote %s%n",
                    Plurals.count(corpus.size(), "article"), Plurals.count(results.quotes().size(), "quote"), seconds, output);
            return 0;
        }
    }

    /** {@code eval clustering --input ARTICLES.jsonl --output EVENTS.jsonl}. */
    @Command(name = "clustering", mixinStandardHelpOptions = true,
            description = "Reads the articles of --input as analyze does and runs the same analysis in memory (reuse links, "
                    + "then events and storylines, earliest first then by id), then writes one line per event as "
                    + "export --what events does (or per storyline with --level stories). Nothing is stored. "
                    + "Score it with score_clustering.py GOLD.tsv EVENTS.jsonl.")
    static final class Clustering implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "FILE", description = "The articles: any input analyze reads.")
        Path input;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the events.")
        Path output;

        @Option(names = "--level", defaultValue = "events", paramLabel = "LEVEL",
                description = "events or stories (default: ${DEFAULT-VALUE}).")
        String level;

        @Option(names = "--shuffle", paramLabel = "SEED", description = "Feed the articles in a shuffled order (for order tests).")
        Long shuffle;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            OutputFile.check(output, spec);
            if (!level.equals("events") && !level.equals("stories")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--level is events or stories, not " + level);
            }
            ArticleList corpus = ingest(input, spec);
            if (shuffle != null) {
                List<Article> shuffled = new java.util.ArrayList<>(corpus.articles());
                java.util.Collections.shuffle(shuffled, new java.util.Random(shuffle));
                corpus = ArticleList.inGivenOrder(shuffled);
            }
            long started = System.nanoTime();
            InMemoryResults results = new InMemoryResults();
            Analysis.of(EnumSet.of(Analysis.Step.REUSE, Analysis.Step.STORIES), true).run(corpus, results);
            double seconds = (System.nanoTime() - started) / 1e9;
            ObjectMapper json = new ObjectMapper();
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                if (level.equals("stories")) {
                    Map<String, List<String>> articlesOf = new java.util.HashMap<>();
                    for (var event : results.events()) {
                        articlesOf.put(event.id(), event.articleIds());
                    }
                    for (var story : results.storylines()) {
                        List<String> ids = new java.util.ArrayList<>();
                        story.eventIds().forEach(e -> ids.addAll(articlesOf.get(e)));
                        Map<String, Object> line = new java.util.LinkedHashMap<>();
                        line.put("id", story.id());
                        line.put("label", story.label());
                        line.put("article_ids", ids);
                        out.write(json.writeValueAsString(line));
                        out.write('\n');
                    }
                } else {
                    for (var event : results.events()) {
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
            spec.commandLine().getErr().printf(Locale.ROOT, "%s, %s, %s in %.1f s; wrote %s%n",
                    Plurals.count(corpus.size(), "article"), Plurals.count(results.events().size(), "event"),
                    Plurals.count(results.storylines().size(), "storyline"), seconds, output);
            return 0;
        }
    }

    /**
     * Reads {@code input} exactly as {@code analyze} does (the same reader, extraction and
     * cleaning; bad records reported with file and line), into memory.
     */
    static ArticleList ingest(Path input, CommandLine.Model.CommandSpec spec) {
        if (!Files.isRegularFile(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Not a file: " + input);
        }
        ArticleCollector collector = new ArticleCollector();
        IngestReport report = new IngestJob(new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT),
                collector, IngestJob.DEFAULT_BATCH_SIZE).run(List.of(input.toString()), Map.of(), IngestListener.NONE);
        var err = TerminalText.escaping(spec.commandLine().getErr());
        for (var diagnostic : report.tally().diagnostics()) {
            err.println(diagnostic.describe());
        }
        return collector.corpus();
    }
}
