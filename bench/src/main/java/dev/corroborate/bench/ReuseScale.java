package dev.corroborate.bench;

import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.Corpus;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.reuse.LshIndex;
import dev.corroborate.reuse.ReuseDetector;
import dev.corroborate.reuse.Shingles;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The scale benchmark of reuse detection. A seeded generator makes N articles on demand (article
 * i is a function of the seed and i alone, so nothing but the detector's own state is held): news-
 * shaped texts over an invented vocabulary in 2,000 topics (each topic favours its own words, so
 * articles of a topic share vocabulary as news of one subject does), of which a fifth derive from
 * an earlier article: copies in boilerplate, excerpts set into other text, and rewrites (sentences
 * dropped, words substituted). Reports: sketching plus LSH throughput; the whole detection
 * (candidates, alignment, classification), run as {@code analyze} runs it through the pipeline's
 * {@code Analysis}, with time and peak heap; and, with {@code --recall},
 * the candidate stage's recall on the first 5,000 articles against an exhaustive comparison.
 *
 * <pre>java -Xmx2g -cp bench/target/corroborate-bench.jar dev.corroborate.bench.ReuseScale --articles 100000</pre>
 */
public final class ReuseScale {

    private static final String[] SYLLABLES = {
        "ka", "lo", "mer", "ta", "vin", "sol", "dra", "pe", "nor", "ith", "ran", "bel", "os", "tur", "ve", "li",
        "han", "mo", "ster", "ga", "ri", "den", "ul", "fa", "cor", "ne", "bram", "wy", "zel", "ab"};
    private static final String[] FUNCTION_WORDS = {"the", "a", "of", "to", "and", "in", "on", "for", "with", "by",
        "said", "was", "has", "that", "from", "at", "is", "it", "as", "will"};
    private static final String[] BOILERPLATE = {"Share this article", "Subscribe to our newsletter for daily updates.",
        "Advertisement", "Read more:"};
    private static final int TOPICS = 2000;
    private static final int TOPIC_WORDS = 60;

    private final long seed;
    private final String[] vocabulary;
    private final int[][] topicWords;

    ReuseScale(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        vocabulary = new String[40_000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary[i] = word.toString();
        }
        topicWords = new int[TOPICS][TOPIC_WORDS];
        for (int t = 0; t < TOPICS; t++) {
            for (int w = 0; w < TOPIC_WORDS; w++) {
                topicWords[t][w] = random.nextInt(vocabulary.length);
            }
        }
    }

    private SplittableRandom random(long i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    }

    /** What article i is: an original (source -1) or derived from an earlier one. */
    private long sourceOf(long i) {
        SplittableRandom random = random(i);
        if (i < 10 || random.nextDouble() >= 0.2) {
            return -1;
        }
        long back = 1 + random.nextInt(2000);
        return back > i ? -1 : i - back; // never clamp to article 0: it would become every early article's source
    }

    private int kindOf(long i) {
        return random(i).split().nextInt(3);
    }

    private String originalText(long i) {
        SplittableRandom random = random(i).split().split();
        int topic = random.nextInt(TOPICS);
        int paragraphs = 3 + random.nextInt(6);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                int words = 12 + random.nextInt(18);
                for (int w = 0; w < words; w++) {
                    double r = random.nextDouble();
                    String word = r < 0.35 ? FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]
                            : r < 0.65 ? vocabulary[topicWords[topic][random.nextInt(TOPIC_WORDS)]]
                            : vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 4000)];
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(w == words - 1 ? ". " : " ");
                }
            }
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }

    /**
     * The texts of the most recent articles: sources lie at most 2,000 back, so regenerating a
     * source or a candidate (the detector asks for texts by id) is a lookup, not a rebuild. Bounded,
     * so memory stays the detector's. Used from one thread.
     */
    private final java.util.LinkedHashMap<Long, String> recent = new java.util.LinkedHashMap<>(8192, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, String> eldest) {
            return size() > 4_096;
        }
    };

    String text(long i) {
        String cached = recent.get(i);
        if (cached == null) {
            cached = generate(i);
            recent.put(i, cached);
        }
        return cached;
    }

    private String generate(long i) {
        long source = sourceOf(i);
        if (source < 0) {
            return originalText(i);
        }
        String sourceText = text(source);
        SplittableRandom random = random(i).split().split().split();
        String[] paragraphs = sourceText.split("\n\n");
        List<String> out = new ArrayList<>();
        switch (kindOf(i)) {
            case 0 -> { // copy in boilerplate
                out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
                out.addAll(List.of(paragraphs));
                out.add(BOILERPLATE[random.nextInt(BOILERPLATE.length)]);
            }
            case 1 -> { // excerpt set into another text
                String[] own = originalText(i).split("\n\n");
                int at = random.nextInt(paragraphs.length);
                out.addAll(List.of(own).subList(0, own.length / 2));
                out.add(paragraphs[at]);
                out.addAll(List.of(own).subList(own.length / 2, own.length));
            }
            default -> { // rewrite: drop a sentence in five, substitute a word in six
                for (String paragraph : paragraphs) {
                    StringBuilder kept = new StringBuilder();
                    for (String sentence : paragraph.split("(?<=\\.) ")) {
                        if (random.nextInt(5) == 0) {
                            continue;
                        }
                        String[] words = sentence.split(" ");
                        for (int w = 0; w < words.length; w++) {
                            if (random.nextInt(6) == 0 && w > 0 && w < words.length - 1) {
                                words[w] = vocabulary[random.nextInt(vocabulary.length)];
                            }
                        }
                        kept.append(kept.length() == 0 ? "" : " ").append(String.join(" ", words));
                    }
                    if (kept.length() > 0) {
                        out.add(kept.toString());
                    }
                }
            }
        }
        return String.join("\n\n", out);
    }

    Article article(long i) {
        Instant when = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60);
        String outlet = "Outlet " + (random(i).nextInt(200));
        return new Article("a" + i, null, outlet, "Article " + i, List.of(),
                PublishedTime.parse(when.toString()).orElseThrow(), null, "en", null,
                java.util.Arrays.stream(text(i).split("\n\n")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                null, null, Origin.of("generated"));
    }

    private Corpus corpus(long n) {
        return new Corpus() {
            private int walk;

            @Override
            public void forEach(Consumer<Article> action) {
                walk++;
                long start = System.nanoTime();
                for (long i = 0; i < n; i++) {
                    action.accept(article(i));
                    if (walk == 2 && (i + 1) % 100_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d articles compared, %.1f s%n", i + 1,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            }

            @Override
            public Article require(String id) {
                return article(Long.parseLong(id.substring(1)));
            }

            @Override
            public List<Article> requireInOrder(java.util.Collection<String> ids) {
                return ids.stream().map(id -> Long.parseLong(id.substring(1))).sorted().map(i -> article(i)).toList();
            }
        };
    }

    /** Samples the used heap every 50 ms; reports the largest value seen. */
    private static final class HeapPeak implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");

        HeapPeak() {
            thread.setDaemon(true);
            thread.start();
        }

        long peakMiB() {
            return peak >> 20;
        }

        @Override
        public void close() {
            running = false;
        }
    }

    public static void main(String[] args) {
        long n = 100_000;
        long seed = 7;
        int repeats = 3;
        boolean recall = false;
        boolean sketchOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> n = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--recall" -> recall = true;
                case "--sketch-only" -> sketchOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --articles N --seed S --repeats R --recall --sketch-only)");
            }
        }
        ReuseScale scale = new ReuseScale(seed);
        System.out.printf(Locale.ROOT, "reuse scale: %,d articles, seed %d, %d processors, max heap %d MiB%n",
                recall ? 5000 : n, seed, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (recall) {
            scale.recall(5000);
            return;
        }
        // Stage 1: sketches (on all cores) and LSH (one thread), texts pre-generated so that the
        // generator's own cost is not counted.
        int sample = (int) Math.min(n, 50_000);
        List<Article> articles = new ArrayList<>(sample);
        for (long i = 0; i < sample; i++) {
            articles.add(scale.article(i));
        }
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            ReuseDetector detector = new ReuseDetector();
            long candidates = 0;
            for (int from = 0; from < articles.size(); from += 256) {
                List<ReuseDetector.Sketch> sketches = articles.subList(from, Math.min(articles.size(), from + 256))
                        .parallelStream().map(ReuseDetector::sketch).toList();
                for (List<String> proposed : detector.addAll(sketches)) {
                    candidates += proposed.size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rates.add(articles.size() / seconds);
            System.out.printf(Locale.ROOT, "  sketch + LSH, run %d: %,d articles in %.2f s = %,.0f articles/s (%,d candidates)%n",
                    r + 1, articles.size(), seconds, articles.size() / seconds, candidates);
            if (r == repeats - 1) {
                StringBuilder held = new StringBuilder();
                detector.indexBytes().forEach((index, bytes) -> held.append(held.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %,.1f MB", index, bytes / 1e6)));
                System.out.println("  the indexes' arrays after it: " + held);
            }
        }
        rates.sort(null);
        System.out.printf(Locale.ROOT, "sketch + LSH median: %,.0f articles/s%n", rates.get(rates.size() / 2));
        articles.clear();
        if (sketchOnly) {
            return;
        }
        System.gc();
        // Stage 2: the whole detection, articles generated on demand.
        try (HeapPeak heap = new HeapPeak()) {
            long start = System.nanoTime();
            // The reuse stage as analyze runs it, through the pipeline, over articles made on demand.
            InMemoryResults results = new InMemoryResults();
            Analysis.of(EnumSet.of(Analysis.Step.REUSE), true).run(scale.corpus(n), results);
            List<ReuseLink> links = results.reuseLinks();
            double seconds = (System.nanoTime() - start) / 1e9;
            long derived = 0;
            for (long i = 0; i < n; i++) {
                if (scale.sourceOf(i) >= 0) {
                    derived++;
                }
            }
            System.out.printf(Locale.ROOT, "reuse detection: %,d articles in %.1f s (%,.0f articles/s), %,d links "
                    + "(%,d derived articles generated), peak heap %,d MiB%n", n, seconds, n / seconds, links.size(),
                    derived, heap.peakMiB());
        }
    }

    /**
     * Recall of the candidate stage on the first {@code n} articles: every pair is compared
     * exhaustively with the classifier (pairs sharing no 5-word shingle and with a content-word
     * Jaccard similarity under 0.2 are skipped as unrelated: neither a copy, an excerpt nor a
     * rewrite can be), and the pairs it links are looked up among the candidates the indexes proposed.
     */

    private void recall(int n) {
        List<Article> articles = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            articles.add(article(i));
        }
        ReuseDetector detector = new ReuseDetector();
        Set<Long> candidates = new HashSet<>();
        for (Article article : articles) {
            int id = Integer.parseInt(article.id().substring(1));
            for (String other : detector.add(article)) {
                int o = Integer.parseInt(other.substring(1));
                candidates.add(Math.min(id, o) * (long) n + Math.max(id, o));
            }
        }
        List<long[]> shingles = new ArrayList<>();
        List<long[]> words = new ArrayList<>();
        List<long[]> contentWords = new ArrayList<>();
        for (Article article : articles) {
            List<Token> w = Tokenizer.WORDS.tokens(article.text());
            shingles.add(Shingles.distinct(Shingles.of(w, 5)));
            words.add(Shingles.distinct(Shingles.of(w, 1)));
            contentWords.add(Shingles.distinct(Shingles.of(w.stream().filter(x -> x.folded().length() >= 4).toList(), 1)));
        }
        long start = System.nanoTime();
        java.util.concurrent.atomic.LongAdder compared = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder relatedPairs = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder foundPairs = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.ConcurrentMap<String, Integer> missedByRelation = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = i + 1; j < n; j++) {
                boolean shareText = Shingles.containment(shingles.get(i), shingles.get(j)) > 0;
                double wordJaccard = jaccard(contentWords.get(i), contentWords.get(j));
                if (!shareText && wordJaccard < 0.2) {
                    continue; // no 5-word run in common and under a fifth of the content words: no relation can hold
                }
                compared.increment();
                var link = detector.classify(articles.get(i), articles.get(j));
                if (link.isPresent()) {
                    relatedPairs.increment();
                    if (candidates.contains(i * (long) n + j)) {
                        foundPairs.increment();
                    } else {
                        missedByRelation.merge(link.get().relation().label(), 1, Integer::sum);
                    }
                }
            }
        });
        long related = relatedPairs.sum();
        System.out.println("missed, by relation: " + new java.util.TreeMap<>(missedByRelation));
        long found = foundPairs.sum();
        System.out.printf(Locale.ROOT, "LSH recall on %,d articles: %,d of %,d related pairs proposed = %.4f "
                + "(%,d pairs classified exhaustively in %.0f s; %,d candidate pairs proposed)%n", n, found, related,
                related == 0 ? 1.0 : (double) found / related, compared.sum(), (System.nanoTime() - start) / 1e9,
                candidates.size());
        System.out.printf(Locale.ROOT, "(the shingle LSH alone: a pair of Jaccard 0.2 meets with probability %.3f, "
                + "of 0.3 with %.3f)%n", new LshIndex(32, 2).candidateProbability(0.2),
                new LshIndex(32, 2).candidateProbability(0.3));
    }

    /** The exact Jaccard similarity of two sorted distinct hash sets. */
    private static double jaccard(long[] a, long[] b) {
        double shared = Shingles.containment(a, b) * a.length;
        double union = a.length + b.length - shared;
        return union == 0 ? 0 : shared / union;
    }
}
