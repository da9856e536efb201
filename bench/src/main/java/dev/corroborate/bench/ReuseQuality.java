package dev.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corroborate.compare.Provenance;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.InputRecords;
import dev.corroborate.model.Article;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.model.Origin;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.reuse.ReuseDetector;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The derivation benchmark: generates a corpus with known lineage from a pool of articles
 * ({@link DerivationCorpus}), reads it through the same record reader {@code analyze} uses, finds
 * the reuse links and the provenance of each story, and scores them against the lineage.
 *
 * <pre>
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.ReuseQuality \
 *     --pool ../shared/data/clustering/ecbplus-dev.jsonl --groups ../shared/data/clustering/ecbplus-dev.gold.tsv \
 *     [--corpus derivation|layered] [--seed 1] [--part even|odd|all] [--write DIR] [--errors N]
 * </pre>
 *
 * <p>{@code --corpus layered} scores the second, independently written corpus
 * ({@link LayeredDerivations}) with the same scorer; the default is {@link DerivationCorpus}.
 *
 * <p>Scoring. A pair is a gold pair when one article was made from the other. Recall per gold
 * relation counts gold pairs found with any relation; precision per predicted relation counts
 * predicted pairs that are gold pairs, leaving out pairs of articles that share text through a
 * common source (two copies of one wire, a copy and the copy of it: they truly share text, and
 * the provenance graph decides between them). The graph's kept edges are scored strictly as well.
 * Relation and direction accuracy are over the gold pairs found; direction is split by whether
 * both articles state a time. The independent-source count is computed per gold story (as
 * clustering would group them) from the predicted links and compared with the gold count.
 */
public final class ReuseQuality {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] RELATIONS = {"copy", "partial", "rewrite", "cites"};
    /** Links shown with at least this direction confidence are meant to be right (issue 19: 95 % of them). */
    private static final double CONFIDENT = 0.5;

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path pool = Path.of(require(options, "--pool"));
        String groups = options.get("--groups");
        long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
        String part = options.getOrDefault("--part", "all");
        int errors = Integer.parseInt(options.getOrDefault("--errors", "0"));

        List<DerivationCorpus.PoolArticle> articles = readPool(pool, groups == null ? null : Path.of(groups), part);
        String kind = options.getOrDefault("--corpus", "derivation");
        DerivationCorpus.Corpus corpus = switch (kind) {
            case "derivation" -> new DerivationCorpus(seed).generate(articles);
            case "layered" -> new LayeredDerivations(seed).generate(articles);
            default -> throw new IllegalArgumentException("--corpus is derivation or layered, not " + kind);
        };
        if (options.containsKey("--write")) {
            write(corpus, Path.of(options.get("--write")));
        }
        Map<String, Article> read = toArticles(corpus);
        corpus = without(corpus, read.keySet());
        long started = System.nanoTime();
        // The reuse stage as analyze runs it, over the articles in feed order.
        InMemoryResults results = new InMemoryResults();
        Analysis.of(EnumSet.of(Analysis.Step.REUSE), true).run(ArticleList.of(new ArrayList<>(read.values())), results);
        List<ReuseLink> links = results.reuseLinks();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "pool %s (%s part): %d articles; %s corpus, seed %d%n", pool.getFileName(), part,
                articles.size(), kind, seed);
        System.out.printf(Locale.ROOT, "generated %d articles in %d stories, %d gold pairs %s; %d links found in %.1f s%n%n",
                corpus.articles().size(), corpus.stories().size(), corpus.edges().size(),
                DerivationCorpus.countByRelation(corpus.edges()), links.size(), seconds);
        score(corpus, read, links, errors);
    }

    static void score(DerivationCorpus.Corpus corpus, Map<String, Article> articles, List<ReuseLink> links, int errors) {
        Map<String, DerivationCorpus.Edge> gold = new HashMap<>();
        for (DerivationCorpus.Edge edge : corpus.edges()) {
            gold.put(pair(edge.source(), edge.derived()), edge);
        }
        Set<String> related = sharingText(corpus);
        Map<String, ReuseLink> predicted = new HashMap<>();
        for (ReuseLink link : links) {
            predicted.put(pair(link.sourceId(), link.derivedId()), link);
        }
        Map<String, int[]> recall = new TreeMap<>(); // relation -> {found, total}
        Map<String, int[]> precision = new TreeMap<>(); // relation -> {correct, counted}
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int[] relationRight = {0, 0};
        int[] directionTimed = {0, 0};
        int[] directionUntimed = {0, 0};
        int[] confidentUntimed = {0, 0}; // untimed gold pairs found with direction confidence >= 0.5: right, shown
        int unknownUntimed = 0; // untimed gold pairs found with direction confidence 0
        List<String> misses = new ArrayList<>();
        Map<String, int[]> votes = new TreeMap<>(); // untimed direction evidence, ids and figures taken out -> {right, wrong}
        for (DerivationCorpus.Edge edge : corpus.edges()) {
            int[] r = recall.computeIfAbsent(edge.relation(), k -> new int[2]);
            r[1]++;
            ReuseLink link = predicted.get(pair(edge.source(), edge.derived()));
            if (link == null) {
                misses.add("missed " + edge);
                continue;
            }
            r[0]++;
            confusion.computeIfAbsent(edge.relation(), k -> new TreeMap<>()).merge(link.relation().label(), 1, Integer::sum);
            relationRight[1]++;
            if (link.relation().label().equals(edge.relation())) {
                relationRight[0]++;
            } else {
                misses.add("relation " + link.relation().label() + " for " + edge + " " + link.evidence());
            }
            boolean timed = articles.get(edge.source()).published() != null && articles.get(edge.derived()).published() != null;
            int[] direction = timed ? directionTimed : directionUntimed;
            direction[1]++;
            boolean right = link.sourceId().equals(edge.source());
            if (!timed && link.directionConfidence() >= CONFIDENT) {
                confidentUntimed[1]++;
                confidentUntimed[0] += right ? 1 : 0;
            }
            if (!timed && link.directionConfidence() == 0) {
                unknownUntimed++;
            }
            if (!timed) {
                tallyVotes(link, edge, votes);
            }
            if (right) {
                direction[0]++;
            } else {
                misses.add("direction of " + edge + " (" + (timed ? "timed" : "untimed") + ") " + link.evidence());
            }
        }
        int neutral = 0;
        for (Map.Entry<String, ReuseLink> entry : predicted.entrySet()) {
            String label = entry.getValue().relation().label();
            boolean isGold = gold.containsKey(entry.getKey());
            if (!isGold && related.contains(entry.getKey())) {
                neutral++;
                continue;
            }
            int[] p = precision.computeIfAbsent(label, k -> new int[2]);
            p[1]++;
            if (isGold) {
                p[0]++;
            } else {
                misses.add("false " + label + " " + entry.getValue().sourceId() + " -> " + entry.getValue().derivedId() + " "
                        + entry.getValue().evidence());
            }
        }
        System.out.println("relation   gold  found  recall  predicted  precision  F1");
        for (String relation : RELATIONS) {
            int[] r = recall.getOrDefault(relation, new int[2]);
            int[] p = precision.getOrDefault(relation, new int[2]);
            double rec = ratio(r[0], r[1]);
            double prec = ratio(p[0], p[1]);
            System.out.printf(Locale.ROOT, "%-9s %5d  %5d  %6.3f  %9d  %9.3f  %5.3f%n", relation, r[1], r[0], rec, p[1], prec,
                    rec + prec == 0 ? 0 : 2 * rec * prec / (rec + prec));
        }
        int[] textualRecall = {0, 0};
        int[] textualPrecision = {0, 0};
        for (String relation : new String[] {"copy", "partial", "rewrite"}) {
            int[] r = recall.getOrDefault(relation, new int[2]);
            int[] p = precision.getOrDefault(relation, new int[2]);
            textualRecall[0] += r[0];
            textualRecall[1] += r[1];
            textualPrecision[0] += p[0];
            textualPrecision[1] += p[1];
        }
        double pairRecall = ratio(textualRecall[0], textualRecall[1]);
        double pairPrecision = ratio(textualPrecision[0], textualPrecision[1]);
        System.out.printf(Locale.ROOT, "%-9s %5d  %5d  %6.3f  %9d  %9.3f  %5.3f   (copy, partial, rewrite pairs, any relation)%n",
                "textual", textualRecall[1], textualRecall[0], pairRecall, textualPrecision[1], pairPrecision,
                pairRecall + pairPrecision == 0 ? 0 : 2 * pairRecall * pairPrecision / (pairRecall + pairPrecision));
        System.out.printf(Locale.ROOT, "(%d predicted pairs of articles sharing text through a common source left out)%n%n", neutral);
        System.out.println("confusion (gold -> predicted): " + confusion);
        System.out.printf(Locale.ROOT, "relation accuracy          %.3f  (%d of %d gold pairs found)%n",
                ratio(relationRight[0], relationRight[1]), relationRight[0], relationRight[1]);
        System.out.printf(Locale.ROOT, "direction accuracy, timed  %.3f  (%d of %d)%n",
                ratio(directionTimed[0], directionTimed[1]), directionTimed[0], directionTimed[1]);
        System.out.printf(Locale.ROOT, "direction accuracy, untimed %.3f (%d of %d)%n",
                ratio(directionUntimed[0], directionUntimed[1]), directionUntimed[0], directionUntimed[1]);
        System.out.printf(Locale.ROOT, "untimed, confidence >= 0.5  %.3f  (%d of %d right; %d untimed pairs with confidence 0)%n",
                ratio(confidentUntimed[0], confidentUntimed[1]), confidentUntimed[0], confidentUntimed[1], unknownUntimed);

        int exact = 0;
        int graphRight = 0;
        int graphKept = 0;
        Map<Integer, Integer> offBy = new TreeMap<>();
        for (DerivationCorpus.Story story : corpus.stories()) {
            List<Article> members = story.articleIds().stream().map(articles::get).toList();
            Provenance.Graph graph = Provenance.of(members, links);
            int difference = graph.independentSources() - story.independent().size();
            offBy.merge(difference, 1, Integer::sum);
            if (difference == 0) {
                exact++;
            } else {
                List<String> wrong = new ArrayList<>();
                for (Provenance.Node node : graph.nodes()) {
                    if (node.independent() != story.independent().contains(node.articleId())) {
                        wrong.add(node.articleId() + (node.independent() ? " counted" : " not counted") + " (own reporting "
                                + node.reportingWords() + " of " + node.words() + " words, sources "
                                + node.sources().stream().map(l -> l.sourceId() + " " + l.relation().label() + " "
                                        + l.directionConfidence()).toList() + ")");
                    }
                }
                misses.add("independent sources of " + story.id() + ": " + graph.independentSources() + " for "
                        + story.independent().size() + ": " + wrong);
            }
            for (Provenance.Node node : graph.nodes()) {
                for (ReuseLink kept : node.sources()) {
                    graphKept++;
                    DerivationCorpus.Edge edge = gold.get(pair(kept.sourceId(), kept.derivedId()));
                    if (edge != null && edge.source().equals(kept.sourceId())) {
                        graphRight++;
                    }
                }
            }
        }
        long goldTextual = corpus.edges().stream().filter(e -> !e.relation().equals("cites")).count();
        System.out.printf(Locale.ROOT, "independent-source count exact  %.3f  (%d of %d stories; predicted − gold: %s)%n",
                ratio(exact, corpus.stories().size()), exact, corpus.stories().size(), offBy);
        double graphPrecision = ratio(graphRight, graphKept);
        double graphRecall = ratio(graphRight, (int) goldTextual);
        System.out.printf(Locale.ROOT, "provenance graph edges (directed, strict): precision %.3f recall %.3f (%d kept, %d gold)%n",
                graphPrecision, graphRecall, graphKept, goldTextual);
        if (errors > 0) {
            System.out.println();
            System.out.println("untimed direction evidence, by kind (right, wrong: the side the line points to):");
            votes.forEach((kind, n) -> System.out.printf(Locale.ROOT, "  %4d %4d  %s%n", n[0], n[1], kind));
            System.out.println();
            misses.stream().sorted().limit(errors).forEach(m -> System.out.println("  " + m));
        }
    }

    /**
     * Tallies each evidence line of an untimed link by kind (ids and figures taken out) as right or
     * wrong by the side it points to: the article it names first is the source for "published
     * first" and "has more of the story", the derived one otherwise (credits, names, adds, stops).
     */
    private static void tallyVotes(ReuseLink link, DerivationCorpus.Edge edge, Map<String, int[]> votes) {
        for (String line : link.evidence()) {
            String first = line.split(" ", 2)[0];
            if (!first.equals(link.sourceId()) && !first.equals(link.derivedId())) {
                continue;
            }
            boolean namesSource = line.contains("published first") || line.contains("has more of the story");
            String other = first.equals(link.sourceId()) ? link.derivedId() : link.sourceId();
            String pointed = namesSource ? first : other;
            String kind = line.replace(link.sourceId(), "X").replace(link.derivedId(), "X").replaceAll("\\d+(\\.\\d+)?", "N")
                    .replaceAll("\\(this points the other way.*", "(outweighed)");
            votes.computeIfAbsent(kind, k -> new int[2])[pointed.equals(edge.source()) ? 0 : 1]++;
        }
    }

    /**
     * Pairs of articles that carry text of one origin (each story's origin and the articles made
     * from it by copying, excerpting or rewriting, and their descendants), so they share text
     * whether or not one was made from the other.
     */
    private static Set<String> sharingText(DerivationCorpus.Corpus corpus) {
        Map<String, String> lineage = new HashMap<>();
        for (DerivationCorpus.Story story : corpus.stories()) {
            lineage.put(story.articleIds().get(0), story.id());
        }
        for (DerivationCorpus.Edge edge : corpus.edges()) {
            if (!edge.relation().equals("cites") && lineage.containsKey(edge.source())) {
                lineage.put(edge.derived(), lineage.get(edge.source()));
            }
        }
        Map<String, List<String>> byStory = new HashMap<>();
        lineage.forEach((id, story) -> byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(id));
        Set<String> pairs = new HashSet<>();
        for (List<String> members : byStory.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    pairs.add(pair(members.get(i), members.get(j)));
                }
            }
        }
        return pairs;
    }

    private static String pair(String x, String y) {
        return x.compareTo(y) < 0 ? x + "\u0000" + y : y + "\u0000" + x;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The generated records read as {@code analyze} reads a JSONL file. */
    static Map<String, Article> toArticles(DerivationCorpus.Corpus corpus) {
        return toArticles(corpus.articles());
    }

    /** Generated records read as {@code analyze} reads a JSONL file, by id, in the given order. */
    static Map<String, Article> toArticles(List<DerivationCorpus.Generated> generatedRecords) {
        InputRecords records = new InputRecords(new ArticleAssembler());
        Map<String, Article> articles = new LinkedHashMap<>();
        int line = 0;
        for (DerivationCorpus.Generated generated : generatedRecords) {
            line++;
            Extraction extraction = records.toArticle(record(generated), Origin.atLine("generated.jsonl", line, 0));
            if (extraction instanceof Extraction.Accepted accepted) {
                articles.put(accepted.article().id(), accepted.article());
            } else {
                System.err.println("generated article " + generated.id() + " left out: " + extraction);
            }
        }
        return articles;
    }

    /** The corpus restricted to the articles the reader accepted (a pool text may be all boilerplate). */
    private static DerivationCorpus.Corpus without(DerivationCorpus.Corpus corpus, Set<String> accepted) {
        List<DerivationCorpus.Story> stories = new ArrayList<>();
        for (DerivationCorpus.Story story : corpus.stories()) {
            List<String> members = story.articleIds().stream().filter(accepted::contains).toList();
            Set<String> independent = new HashSet<>(story.independent());
            independent.retainAll(accepted);
            if (!members.isEmpty() && members.get(0).equals(story.articleIds().get(0))) {
                stories.add(new DerivationCorpus.Story(story.id(), members, independent));
            }
        }
        Set<String> kept = new HashSet<>();
        stories.forEach(story -> kept.addAll(story.articleIds()));
        return new DerivationCorpus.Corpus(corpus.articles().stream().filter(a -> kept.contains(a.id())).toList(),
                corpus.edges().stream().filter(e -> kept.contains(e.source()) && kept.contains(e.derived())).toList(),
                stories);
    }

    /** A generated article as an input record ({@code analyze}'s JSONL line). */
    static ObjectNode record(DerivationCorpus.Generated generated) {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", generated.id());
        record.put("outlet", generated.outlet());
        record.put("title", generated.title());
        if (generated.published() != null) {
            record.put("published", generated.published());
        }
        record.put("language", "en");
        record.put("text", generated.text());
        return record;
    }

    /** Writes {@code articles.jsonl} (the input contract) and {@code gold.json}, for the CLI. */
    private static void write(DerivationCorpus.Corpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            for (DerivationCorpus.Generated generated : corpus.articles()) {
                out.write(JSON.writeValueAsString(record(generated)));
                out.write('\n');
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("gold.json"), StandardCharsets.UTF_8)) {
            Map<String, Object> gold = new LinkedHashMap<>();
            gold.put("edges", corpus.edges());
            gold.put("stories", corpus.stories());
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, gold);
        }
    }

    /**
     * The pool: JSONL records with {@code id}, {@code title}, {@code text}; events from a TSV of
     * id and event (without one, all articles are one event). {@code part} keeps the even or odd
     * events in name order, so one part can be developed on and the other checked.
     */
    static List<DerivationCorpus.PoolArticle> readPool(Path pool, Path groups, String part) throws IOException {
        Map<String, String> events = new HashMap<>();
        if (groups != null) {
            for (String line : Files.readAllLines(groups, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (fields.length >= 2) {
                    events.put(fields[0], fields[1]);
                }
            }
        }
        List<DerivationCorpus.PoolArticle> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(pool, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = JSON.readTree(line);
                } catch (IOException e) {
                    System.err.println(pool + ":" + number + ": not JSON, skipped (" + e.getMessage() + ")");
                    continue;
                }
                String text = record.path("text").asText("");
                String id = record.path("id").asText("line-" + number);
                if (!text.isBlank()) {
                    articles.add(new DerivationCorpus.PoolArticle(id, events.getOrDefault(id, "all"),
                            record.path("title").asText(""), text));
                }
            }
        }
        if (!part.equals("all")) {
            List<String> names = articles.stream().map(DerivationCorpus.PoolArticle::event).distinct().sorted().toList();
            int keep = part.equals("even") ? 0 : 1;
            articles.removeIf(a -> names.indexOf(a.event()) % 2 != keep);
        }
        return articles;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name + "; usage: ReuseQuality --pool FILE.jsonl "
                    + "[--groups ID_EVENT.tsv] [--seed N] [--part even|odd|all] [--write DIR] [--errors N]");
        }
        return value;
    }
}
