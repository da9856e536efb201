package dev.corroborate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.ProvenanceGroups;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The pathological but real cases of the whole-product harness (issue 17), each a seeded corpus
 * run through the real {@code analyze} in a child process (as {@link ProductScale} does), then
 * the store read back to print the output's shape:
 *
 * <ul>
 *   <li>{@code copies300}: one wire story republished by 300 outlets (each copy in its site's
 *       boilerplate, minutes apart) among 5,000 other {@link NewsCorpus} articles. Sensible: one
 *       group, one origin, one independent source, links that grow with the copies (not their square).
 *   <li>{@code stitched}: 800 texts, then 5,000 articles stitched from three to six paragraphs of
 *       them (a third with a paragraph of their own). Sensible: no group holds two of the 800
 *       (they are unrelated), and a stitched article is not an independent source.
 *   <li>{@code longarticle}: one article of 50,000 words, an excerpt of it set into another
 *       report, among 2,000 others. Sensible: it finishes, the excerpt is linked to it.
 * </ul>
 *
 * <pre>
 * ./mvnw -q -DskipTests -pl app,bench -am package
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.PathologicalCases --case copies300 \
 *     --app app/target/corroborate.jar --work /tmp/patho [--seed 17] [--java-opts -Xmx4g]
 * </pre>
 *
 * <p>{@code --shape-of STORE} prints the shape of a store an earlier run of the case left, without running.
 * {@code --check} also analyses the corpus in two runs (its first half, then the rest) into a
 * second store and compares its reuse, events and stories exports with the one run's.
 * {@code --others N} changes how many ordinary (or stitched) articles there are.
 */
public final class PathologicalCases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DAY = 86_400L;

    private PathologicalCases() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ProductScale.options(args, "--case copies300|stitched|longarticle --seed N --others N"
                + " --app JAR --launcher PATH --work DIR --java-opts OPTS --check --shape-of STORE");
        String which = options.getOrDefault("case", "copies300");
        long seed = Long.parseLong(options.getOrDefault("seed", "17"));
        Path app = Path.of(options.getOrDefault("app", "app/target/corroborate.jar"));
        Path work = Path.of(options.getOrDefault("work", "target/pathological"));
        List<String> javaOptions = options.containsKey("java-opts")
                ? List.of(options.get("java-opts").trim().split("\\s+")) : List.of();
        if (options.containsKey("shape-of")) {
            // The shape of a store a run left, without running again.
            try (ArticleStore read = ArticleStore.openForReading(Path.of(options.get("shape-of")))) {
                shape(which, read);
            }
            return;
        }
        if (!Files.isRegularFile(app)) {
            throw new IllegalArgumentException(app + " is not the app's jar: build it with "
                    + "./mvnw -q -DskipTests -pl app,bench -am package");
        }
        ProductScale.useLauncher(ProductScale.launcher(options));
        Files.createDirectories(work);
        int others = Integer.parseInt(options.getOrDefault("others", which.equals("longarticle") ? "2000" : "5000"));
        List<ObjectNode> articles = switch (which) {
            case "copies300" -> copies(seed, 300, others);
            case "stitched" -> stitched(seed, 800, others);
            case "longarticle" -> longArticle(seed, 50_000, others);
            default -> throw new IllegalArgumentException("--case " + which + ": copies300, stitched or longarticle");
        };
        Path corpus = work.resolve(which + "-" + seed + ".jsonl");
        StringBuilder lines = new StringBuilder();
        for (ObjectNode article : articles) {
            lines.append(JSON.writeValueAsString(article)).append('\n');
        }
        Files.writeString(corpus, lines, StandardCharsets.UTF_8);
        Path store = work.resolve(which + "-" + seed + "-store");
        ProductScale.deleteTree(store);
        ProductScale.Run run = ProductScale.analyze(app, javaOptions, store, which, articles.size(), corpus);
        System.out.println("| run | articles | wall | articles/s | CPU | peak heap | peak RSS | steps |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        System.out.println(run.row());
        run.output().lines().filter(line -> line.startsWith("groups of related articles") || line.startsWith("reuse "))
                .forEach(line -> System.out.println("analyze: " + line));
        try (ArticleStore read = ArticleStore.openForReading(store)) {
            shape(which, read);
        }
        if (options.containsKey("check")) {
            check(app, javaOptions, work, which + "-" + seed, lines.toString().split("\n"), store);
        }
    }

    /**
     * The same corpus in two runs (its first half in feed order, then the rest) into another store:
     * its reuse links, events and stories must equal the one run's byte for byte.
     */
    private static void check(Path app, List<String> javaOptions, Path work, String name, String[] lines, Path whole)
            throws IOException, InterruptedException {
        int half = lines.length / 2;
        Path first = work.resolve(name + "-first.jsonl");
        Path rest = work.resolve(name + "-rest.jsonl");
        Files.writeString(first, String.join("\n", java.util.Arrays.asList(lines).subList(0, half)) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(rest, String.join("\n", java.util.Arrays.asList(lines).subList(half, lines.length)) + "\n",
                StandardCharsets.UTF_8);
        Path twice = work.resolve(name + "-twice");
        ProductScale.deleteTree(twice);
        System.out.println(ProductScale.analyze(app, javaOptions, twice, "first half", half, first).row());
        System.out.println(ProductScale.analyze(app, javaOptions, twice, "the rest", lines.length - half, rest).row());
        for (String what : List.of("reuse", "events", "stories")) {
            System.out.println("export " + what + ": " + ProductScale.compare(ProductScale.export(app, twice, what, work),
                    ProductScale.export(app, whole, what, work)));
        }
    }

    /** What the output looks like: links by relation, groups, origins and independent sources. */
    private static void shape(String which, ArticleStore store) {
        List<ReuseLink> links = new ArrayList<>();
        store.forEachReuseLink(links::add);
        Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
        links.forEach(link -> byRelation.merge(link.relation(), 1, Integer::sum));
        System.out.println("links: " + links.size() + " " + byRelation);
        ProvenanceGroups groups = new ProvenanceGroups(store, store);
        int[] largest = {0};
        int[] mostIndependent = {0};
        int[] chaining = {0};
        int[] independentStitched = {0};
        int[] stitchedInGroups = {0};
        groups.forEach(group -> {
            largest[0] = Math.max(largest[0], group.articles().size());
            mostIndependent[0] = Math.max(mostIndependent[0], group.graph().independentSources());
            if (chainsUnrelatedTexts(group)) {
                chaining[0]++;
            }
            group.graph().nodes().stream().filter(n -> n.articleId().startsWith("stitch-")).forEach(n -> {
                stitchedInGroups[0]++;
                independentStitched[0] += n.independent() ? 1 : 0;
            });
        });
        System.out.printf(Locale.ROOT, "groups: %d · largest %d articles · most independent sources in one group %d · %s%n",
                groups.size(), largest[0], mostIndependent[0], groups.independentSourceCounts());
        switch (which) {
            case "copies300" -> {
                ProvenanceGroups.Group wire = groups.groupOf("wire-0");
                long among = links.stream().filter(l -> family(l.sourceId()) && family(l.derivedId())).count();
                System.out.printf(Locale.ROOT, "wire story: group of %d articles · %d links among the 301 · origins %s · "
                                + "%d independent source(s) · %d links in its group%n", wire.articles().size(), among,
                        wire.graph().origins(), wire.graph().independentSources(), wire.links().size());
            }
            case "stitched" -> System.out.printf(Locale.ROOT, "groups joining two of the 800 texts that share no text (chaining): %d · "
                            + "stitched articles in groups %d, of them counted independent %d%n", chaining[0],
                    stitchedInGroups[0], independentStitched[0]);
            default -> {
                ProvenanceGroups.Group group = groups.groupOf("long-0");
                List<String> linked = links.stream().filter(l -> l.sourceId().equals("long-0") || l.derivedId().equals("long-0"))
                        .map(l -> l.sourceId() + " -> " + l.derivedId() + " " + l.relation().label()).toList();
                System.out.printf(Locale.ROOT, "long article: %d words · links %s · its group %d articles, origins %s%n",
                        store.require("long-0").text().split("\\s+").length, linked, group.articles().size(),
                        group.graph().origins());
            }
        }
    }

    /**
     * Whether a group holds two of the 800 texts that share no text with each other (joined only
     * through articles stitched from both). Two of them may share text of their own (the same
     * topic's statement): those belong together.
     */
    private static boolean chainsUnrelatedTexts(ProvenanceGroups.Group group) {
        List<String> pool = group.articles().stream().map(a -> a.id()).filter(id -> id.startsWith("pool-")).toList();
        if (pool.size() < 2) {
            return false;
        }
        List<ReuseLink> amongPool = group.links().stream()
                .filter(l -> l.sourceId().startsWith("pool-") && l.derivedId().startsWith("pool-")).toList();
        return dev.corroborate.compare.Provenance.groups(pool, amongPool).size() > 1;
    }

    private static boolean family(String id) {
        return id.equals("wire-0") || id.startsWith("copy-");
    }

    /** 5,000 ordinary articles, and one wire story copied by {@code copies} outlets minutes apart. */
    static List<ObjectNode> copies(long seed, int copies, int others) throws IOException {
        NewsCorpus news = new NewsCorpus(seed, Math.max(1, others / 5));
        List<ObjectNode> articles = ordinary(news, others);
        Random random = new Random(seed);
        List<String> wire = news.originalParagraphs(random.nextInt(1_000));
        Instant at = NewsCorpus.start().plusSeconds(20 * DAY + 6 * 3600);
        articles.add(article("wire-0", "Continental Wire Service", "Flood barrier plan approved", at, String.join("\n\n", wire)));
        Set<String> outlets = new HashSet<>();
        for (int k = 1; k <= copies; k++) {
            String outlet = news.outletName(k);
            while (!outlets.add(outlet)) {
                outlet = news.outletName(k);
            }
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(news.boilerplate());
            paragraphs.addAll(wire);
            paragraphs.add(news.boilerplate());
            articles.add(article("copy-" + k, outlet, "Flood barrier plan approved", at.plusSeconds(180L * k),
                    String.join("\n\n", paragraphs)));
        }
        return inFeedOrder(articles);
    }

    /**
     * {@code pool} original texts over the first two days, then {@code count} articles each made of
     * three to six paragraphs of different pool texts, a third with a paragraph of their own.
     */
    static List<ObjectNode> stitched(long seed, int pool, int count) throws IOException {
        NewsCorpus news = new NewsCorpus(seed, 2_000);
        Random random = new Random(seed);
        List<ObjectNode> articles = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        String[] outlets = new String[40];
        for (int i = 0; i < outlets.length; i++) {
            outlets[i] = news.outletName(i);
        }
        for (int i = 0; i < pool; i++) {
            List<String> paragraphs = news.originalParagraphs(random.nextInt(2_000));
            texts.add(paragraphs);
            articles.add(article("pool-" + i, outlets[random.nextInt(outlets.length)], "Report " + i,
                    NewsCorpus.start().plusSeconds(2 * DAY * i / pool), String.join("\n\n", paragraphs)));
        }
        long span = (NewsCorpus.DAYS - 2) * DAY;
        for (int i = 0; i < count; i++) {
            int parts = 3 + random.nextInt(4);
            Set<Integer> from = new java.util.LinkedHashSet<>();
            while (from.size() < parts) {
                from.add(random.nextInt(pool));
            }
            List<String> paragraphs = new ArrayList<>();
            for (int source : from) {
                List<String> text = texts.get(source);
                paragraphs.add(text.get(random.nextInt(text.size())));
            }
            if (random.nextInt(3) == 0) {
                List<String> own = news.originalParagraphs(random.nextInt(2_000));
                paragraphs.add(1 + random.nextInt(paragraphs.size()), own.get(1));
            }
            articles.add(article("stitch-" + i, outlets[random.nextInt(outlets.length)], "Roundup " + i,
                    NewsCorpus.start().plusSeconds(2 * DAY + span * i / count), String.join("\n\n", paragraphs)));
        }
        return articles;
    }

    /** {@code others} ordinary articles, one of {@code words} words, and a report quoting three of its paragraphs. */
    static List<ObjectNode> longArticle(long seed, int words, int others) throws IOException {
        NewsCorpus news = new NewsCorpus(seed, Math.max(1, others / 5));
        List<ObjectNode> articles = ordinary(news, others);
        List<String> paragraphs = news.longParagraphs(7, words);
        Instant at = NewsCorpus.start().plusSeconds(30 * DAY);
        articles.add(article("long-0", "The Long Review", "A year along the river", at, String.join("\n\n", paragraphs)));
        List<String> excerpting = new ArrayList<>(news.originalParagraphs(7));
        excerpting.addAll(2, paragraphs.subList(40, 43));
        articles.add(article("long-excerpt", "Evening Courier", "What the review found", at.plusSeconds(DAY / 2),
                String.join("\n\n", excerpting)));
        return inFeedOrder(articles);
    }

    private static List<ObjectNode> ordinary(NewsCorpus news, int count) throws IOException {
        StringWriter out = new StringWriter();
        news.write(count, out);
        List<ObjectNode> articles = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                articles.add((ObjectNode) JSON.readTree(line));
            }
        }
        return articles;
    }

    private static ObjectNode article(String id, String outlet, String title, Instant published, String text) {
        ObjectNode article = JSON.createObjectNode();
        article.put("id", id);
        article.put("outlet", outlet);
        article.put("title", title);
        article.put("published", published.toString());
        article.put("language", "en");
        article.put("text", text);
        return article;
    }

    /** By publication time (stable): a feed. */
    private static List<ObjectNode> inFeedOrder(List<ObjectNode> articles) {
        List<ObjectNode> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(a -> Instant.parse(a.get("published").asText())));
        return sorted;
    }
}
