package dev.corroborate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Event;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The perturbation benchmark of the comparison stage (issue 15): generates a corpus of sources,
 * verbatim copies and copies with one controlled edit each ({@link PerturbationCorpus}) from a
 * half of the pool, reads it as {@code analyze} reads its input, runs the whole pipeline as users
 * run it ({@link Analysis#fromScratch()}), and scores the discrepancies it reports
 * ({@link DiscrepancyScore}): per kind precision and recall, false discrepancies between verbatim
 * copies, compatible variants reported as conflicts. Prints a table, the figures as one line of
 * JSON (what {@code bench/regressions} reads) and, with {@code --errors N}, N errors and misses.
 *
 * <pre>
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.DiscrepancyQuality \
 *     --pool ../shared/data/clustering/ecbplus-dev.jsonl --groups ../shared/data/clustering/ecbplus-dev.gold.tsv \
 *     [--half dev|check|all] [--seed 1] [--errors N] [--write DIR]
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.DiscrepancyQuality --read DIR [--errors N]
 * </pre>
 *
 * <p>The corpus is drawn with the product's {@code QuoteExtractor}, so a change to the extractor draws
 * another corpus: to compare two builds, write one corpus ({@code --write DIR}) and score it with each
 * ({@code --read DIR}).
 *
 * <p>The halves are the pool's events split as the derivation benchmark splits them: {@code dev} is
 * the even events ({@code --part even} there), {@code check} the odd ones.
 */
public final class DiscrepancyQuality {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscrepancyQuality() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--pool") && !options.containsKey("--read")) {
            throw new IllegalArgumentException("missing --pool or --read; usage: DiscrepancyQuality --pool FILE.jsonl "
                    + "[--groups ID_EVENT.tsv] [--half dev|check|all] [--seed N] [--errors N] [--write DIR] | --read DIR [--errors N]");
        }
        String half = options.getOrDefault("--half", "dev");
        String part = switch (half) {
            case "dev" -> "even";
            case "check" -> "odd";
            case "all" -> "all";
            default -> throw new IllegalArgumentException("--half is dev, check or all, not " + half);
        };
        long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
        int errors = Integer.parseInt(options.getOrDefault("--errors", "0"));

        // The corpus is drawn with the product's quote extractor (its sites are quotes, speakers, pronouns), so
        // two builds compared on the corpus each draws are compared on two corpora: --read scores one written
        // with --write by either.
        PerturbationCorpus.Corpus corpus;
        String drawn;
        if (options.containsKey("--read")) {
            Path dir = Path.of(options.get("--read"));
            corpus = read(dir);
            drawn = "corpus read from " + dir;
        } else {
            Path pool = Path.of(options.get("--pool"));
            String groups = options.get("--groups");
            List<DerivationCorpus.PoolArticle> sources = cleaned(
                    ReuseQuality.readPool(pool, groups == null ? null : Path.of(groups), part));
            corpus = new PerturbationCorpus(seed).generate(sources);
            drawn = String.format(Locale.ROOT, "pool %s (%s half: %d articles); seed %d", pool.getFileName(), half,
                    sources.size(), seed);
        }
        Map<String, Article> read = ReuseQuality.toArticles(corpus.articles());
        corpus = verified(corpus, read);
        if (options.containsKey("--write")) {
            write(corpus, Path.of(options.get("--write")));
        }
        long started = System.nanoTime();
        InMemoryResults results = new InMemoryResults();
        Analysis.fromScratch().run(ArticleList.of(new ArrayList<>(read.values())), results);
        List<Discrepancy> discrepancies = discrepanciesOf(results);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.println(drawn);
        System.out.printf(Locale.ROOT, "%d families, %d articles, %d edits %s%n", corpus.families().size(),
                corpus.articles().size(), corpus.edits().size(), PerturbationCorpus.countByForm(corpus.edits()));
        System.out.printf(Locale.ROOT, "pipeline: %d events, %d discrepancies in %.1f s; %d families split over "
                + "several events%n%n", results.events().size(), discrepancies.size(), seconds,
                splitFamilies(corpus, results.events()));
        Map<String, String> eventOf = new HashMap<>();
        results.events().forEach(event -> event.articleIds().forEach(id -> eventOf.put(id, event.id())));
        DiscrepancyScore.Result result = DiscrepancyScore.score(corpus, discrepancies, eventOf);
        print(result);
        System.out.println(JSON.writeValueAsString(figures(result)));
        if (errors > 0) {
            System.out.println();
            result.notes().stream().sorted().limit(errors).forEach(note -> System.out.println("  " + note));
        }
    }

    /** The discrepancies the pipeline reported, as the comparison stage keeps them in memory. */
    static List<Discrepancy> discrepanciesOf(InMemoryResults results) {
        return results.discrepancies();
    }

    /**
     * Writes {@code articles.jsonl} (the input contract: what {@code analyze} reads) and
     * {@code edits.jsonl} (the gold, one edit a line), to run the CLI on the corpus or read it.
     */
    static void write(PerturbationCorpus.Corpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            for (DerivationCorpus.Generated generated : corpus.articles()) {
                out.write(JSON.writeValueAsString(ReuseQuality.record(generated)));
                out.write('\n');
            }
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("edits.jsonl"), StandardCharsets.UTF_8)) {
            for (PerturbationCorpus.Edit edit : corpus.edits()) {
                out.write(JSON.writeValueAsString(edit));
                out.write('\n');
            }
        }
    }

    /**
     * A corpus {@link #write} wrote: its articles (each id is its family's name, a dash and more) and
     * its edits, the families made again from the edits (source, copy and edited copies, in edit order).
     */
    static PerturbationCorpus.Corpus read(Path dir) throws IOException {
        List<DerivationCorpus.Generated> articles = new ArrayList<>();
        int line = 0;
        for (String json : Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            line++;
            if (json.isBlank()) {
                continue;
            }
            var record = JSON.readTree(json);
            String id = record.path("id").asText(null);
            if (id == null || id.indexOf('-') < 1) {
                throw new IOException(dir.resolve("articles.jsonl") + ":" + line + ": no id of the form FAMILY-ARTICLE");
            }
            articles.add(new DerivationCorpus.Generated(id, id.substring(0, id.indexOf('-')), record.path("outlet").asText(),
                    record.path("title").asText(), record.path("published").asText(null), record.path("text").asText()));
        }
        List<PerturbationCorpus.Edit> edits = new ArrayList<>();
        line = 0;
        for (String json : Files.readAllLines(dir.resolve("edits.jsonl"), StandardCharsets.UTF_8)) {
            line++;
            if (!json.isBlank()) {
                try {
                    edits.add(JSON.readValue(json, PerturbationCorpus.Edit.class));
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new IOException(dir.resolve("edits.jsonl") + ":" + line + ": " + e.getOriginalMessage(), e);
                }
            }
        }
        Map<String, PerturbationCorpus.Family> families = new LinkedHashMap<>();
        for (PerturbationCorpus.Edit edit : edits) {
            PerturbationCorpus.Family family = families.get(edit.sourceId());
            List<String> edited = new ArrayList<>(family == null ? List.of() : family.editedIds());
            edited.add(edit.editedId());
            families.put(edit.sourceId(), new PerturbationCorpus.Family(edit.sourceId().substring(0, edit.sourceId().indexOf('-')),
                    edit.sourceId(), edit.copyId(), edited));
        }
        return new PerturbationCorpus.Corpus(articles, new ArrayList<>(families.values()), edits);
    }

    /** The pool's texts as the reader cleans them, so that the corpus's offsets are the articles' offsets. */
    private static List<DerivationCorpus.PoolArticle> cleaned(List<DerivationCorpus.PoolArticle> pool) {
        List<DerivationCorpus.Generated> records = pool.stream().map(a -> new DerivationCorpus.Generated(a.id(),
                a.event(), "pool", a.title(), null, a.text())).toList();
        Map<String, Article> read = ReuseQuality.toArticles(records);
        List<DerivationCorpus.PoolArticle> clean = new ArrayList<>();
        for (DerivationCorpus.PoolArticle article : pool) {
            Article cleanArticle = read.get(article.id());
            if (cleanArticle != null) {
                clean.add(new DerivationCorpus.PoolArticle(article.id(), article.event(), article.title(), cleanArticle.text()));
            }
        }
        return clean;
    }

    /**
     * The corpus without the families whose articles the reader did not keep as generated (cleaning
     * a text twice may change it): their offsets would not be the articles' offsets.
     */
    private static PerturbationCorpus.Corpus verified(PerturbationCorpus.Corpus corpus, Map<String, Article> read) {
        Set<String> changed = new HashSet<>();
        for (DerivationCorpus.Generated generated : corpus.articles()) {
            Article article = read.get(generated.id());
            if (article == null || !article.text().equals(generated.text())) {
                changed.add(generated.story());
            }
        }
        if (changed.isEmpty()) {
            return corpus;
        }
        System.err.println(changed.size() + " families left out: the reader changed their text " + changed);
        Set<String> gone = new HashSet<>();
        List<PerturbationCorpus.Family> families = new ArrayList<>();
        for (PerturbationCorpus.Family family : corpus.families()) {
            if (changed.contains(corpus.articles().stream().filter(a -> a.id().equals(family.sourceId())).findFirst()
                    .orElseThrow().story())) {
                gone.addAll(family.members());
            } else {
                families.add(family);
            }
        }
        read.keySet().removeAll(gone);
        return new PerturbationCorpus.Corpus(corpus.articles().stream().filter(a -> !gone.contains(a.id())).toList(),
                families, corpus.edits().stream().filter(e -> !gone.contains(e.sourceId())).toList());
    }

    /** Families whose articles the story stage put in more than one event: their edits cannot be compared. */
    private static int splitFamilies(PerturbationCorpus.Corpus corpus, List<Event> events) {
        Map<String, String> eventOf = new HashMap<>();
        events.forEach(event -> event.articleIds().forEach(id -> eventOf.put(id, event.id())));
        int split = 0;
        for (PerturbationCorpus.Family family : corpus.families()) {
            if (family.members().stream().map(id -> eventOf.getOrDefault(id, id)).distinct().count() > 1) {
                split++;
            }
        }
        return split;
    }

    private static void print(DiscrepancyScore.Result result) {
        System.out.println("kind               gold  found  recall  reported  correct  precision  duplicates");
        result.kinds().forEach((kind, f) -> System.out.printf(Locale.ROOT, "%-17s %5d  %5d  %6s  %8d  %7d  %9s  %10d%n",
                kind.label(), f.gold(), f.found(), figure(f.recall()), f.reported(), f.correct(), figure(f.precision()),
                f.duplicates()));
        System.out.printf(Locale.ROOT, "%nfalse discrepancies between verbatim copies: %d (bar: 0)%n", result.verbatimFalse());
        System.out.printf(Locale.ROOT, "compatible variants: %d; reported as conflict %d (bar: 0), as compatible %d, "
                + "not reported %d%n", result.compatibleEdits(), result.compatibleAsConflict(),
                result.compatibleAsCompatible(),
                result.compatibleUnreported());
        System.out.printf(Locale.ROOT, "  (and %d on a conflict report whose conflict is between other reports' values: "
                + "not counted)%n", result.compatibleBesideConflict());
        System.out.printf(Locale.ROOT, "conflict edits found but called compatible: %d%n", result.conflictVerdictWrong());
        System.out.printf(Locale.ROOT, "reports whose articles all give the same values (false): %d%n", result.agreeing());
        System.out.printf(Locale.ROOT, "discrepancies between different reports (not scored): %d%n%n",
                result.betweenReports());
    }

    /** The figures flat, one key each: {@code number_precision}, {@code verbatim_false}, ... */
    static Map<String, Object> figures(DiscrepancyScore.Result result) {
        Map<String, Object> figures = new LinkedHashMap<>();
        result.kinds().forEach((kind, f) -> {
            figures.put(kind.label() + "_gold", f.gold());
            figures.put(kind.label() + "_recall", rounded(f.recall()));
            figures.put(kind.label() + "_reported", f.reported());
            figures.put(kind.label() + "_precision", rounded(f.precision()));
        });
        figures.put("verbatim_false", result.verbatimFalse());
        figures.put("compatible_edits", result.compatibleEdits());
        figures.put("compatible_as_conflict", result.compatibleAsConflict());
        figures.put("compatible_as_compatible", result.compatibleAsCompatible());
        figures.put("conflict_called_compatible", result.conflictVerdictWrong());
        figures.put("between_reports", result.betweenReports());
        figures.put("agreeing_reported", result.agreeing());
        return figures;
    }

    /** Three decimals, or null when there is nothing to divide by. */
    private static Double rounded(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
