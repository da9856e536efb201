package dev.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.query.IndependentSources;
import dev.corroborate.io.store.ArticleStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app's latency under load (issue 16), against the real command line: a seeded
 * {@link HappeningsCorpus} analysed by {@code corroborate analyze}, served by {@code corroborate
 * serve} in a JVM of its own, then {@code --clients} threads asking story pages and searches (each
 * picks at random, seeded) for {@code --seconds} after a warm-up. Prints p50, p95, p99 and the
 * largest latency of each kind, the throughput, and the server's peak resident memory (VmHWM).
 * The store is kept in {@code --work} and reused by the next run with the same articles and seed
 * ({@code --prepare-only true}: make the store and stop).
 * Not a unit test: run by hand, one at a time.
 */
public final class WebLatency {

    private static final PrintStream OUT = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebLatency() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--articles", "100000", "--seed", "16", "--clients", "8",
                "--seconds", "30", "--warmup", "10", "--app", "app/target/corroborate.jar", "--work", "target/web-latency",
                "--server-heap", "1g", "--prepare-only", "false"));
        for (int i = 0; i < args.length; i++) {
            if (options.containsKey(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                System.err.println("usage: WebLatency [--articles N] [--seed N] [--clients N] [--seconds N] [--warmup N] "
                        + "[--app JAR] [--work DIR] [--server-heap SIZE] [--prepare-only true]");
                System.exit(2);
            }
        }
        int articles = Integer.parseInt(options.get("--articles"));
        long seed = Long.parseLong(options.get("--seed"));
        Path work = Path.of(options.get("--work")).toAbsolutePath();
        Path app = Path.of(options.get("--app")).toAbsolutePath();
        Path data = work.resolve("data-" + articles + "-" + seed);
        if (!Files.exists(data.resolve("corroborate.db"))) {
            Files.createDirectories(work);
            Path corpus = work.resolve("corpus-" + articles + "-" + seed + ".jsonl");
            try (Writer out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
                new HappeningsCorpus(seed).write(articles, out);
            }
            long started = System.nanoTime();
            Process analyze = new ProcessBuilder(java(), "-jar", app.toString(), "analyze", "--no-progress", "--data",
                    data.toString(), corpus.toString()).inheritIO().start();
            if (analyze.waitFor() != 0) {
                throw new IllegalStateException("analyze failed");
            }
            OUT.printf(Locale.ROOT, "analyze: %d articles in %.0f s%n", articles, (System.nanoTime() - started) / 1e9);
        } else {
            OUT.println("store: reusing " + data);
            countSourcesIfMissing(data);
        }
        if (Boolean.parseBoolean(options.get("--prepare-only"))) {
            return; // the store only: a later run reuses it (the same --work, --articles and --seed)
        }
        Process serve = new ProcessBuilder(java(), "-Xmx" + options.get("--server-heap"), "-jar", app.toString(), "serve",
                "--port", "0", "--data", data.toString()).redirectErrorStream(true).start();
        try {
            String base = baseUrl(serve);
            run(base, serve.pid(), seed, Integer.parseInt(options.get("--clients")), Integer.parseInt(options.get("--warmup")),
                    Integer.parseInt(options.get("--seconds")), options.get("--server-heap"));
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    /**
     * A store analysed by an older Corroborate (before schema 9) has no independent sources counted
     * per storyline: counts them as the next analyze would, so the app serves it as one of its own.
     */
    private static void countSourcesIfMissing(Path data) {
        try (ArticleStore store = ArticleStore.open(data, "WebLatency")) {
            boolean missing = store.stories(0, Integer.MAX_VALUE).stream().anyMatch(s -> store.storyFigures(s.id())
                    .map(f -> f.counts().independentSources() == null).orElse(true));
            if (missing) {
                long started = System.nanoTime();
                IndependentSources.store(store);
                OUT.printf(Locale.ROOT, "store: independent sources counted in %.0f s%n", (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static void run(String base, long pid, long seed, int clients, int warmup, int seconds, String heap) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> stories = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = JSON.readTree(get(http, base + "/api/stories?limit=500&offset=" + offset));
            for (JsonNode story : page.get("items")) {
                stories.add(story.get("id").asText());
                for (String word : story.get("label").asText().split("\\W+")) {
                    if (word.length() > 4) {
                        words.add(word);
                    }
                }
            }
            if (offset + 500 >= page.get("total").asInt()) {
                break;
            }
        }
        Collections.sort(words);
        OUT.printf(Locale.ROOT, "%d storylines, %d search words; %d clients, %d s warm-up, %d s measured%n",
                stories.size(), words.size(), clients, warmup, seconds);
        load(http, base, stories, words, seed, clients, warmup, false);
        double cpuBefore = cpuSeconds(pid);
        Map<String, List<Long>> measured = load(http, base, stories, words, seed + 1, clients, seconds, true);
        double cpu = cpuSeconds(pid) - cpuBefore;
        for (Map.Entry<String, List<Long>> kind : measured.entrySet()) {
            List<Long> ms = kind.getValue();
            Collections.sort(ms);
            OUT.printf(Locale.ROOT, "%-6s %6d requests  %5.1f/s  p50 %4d ms  p95 %4d ms  p99 %4d ms  max %4d ms%n", kind.getKey(),
                    ms.size(), ms.size() / (double) seconds, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1));
        }
        int requests = measured.values().stream().mapToInt(List::size).sum();
        // the server's CPU time says what a request costs whatever else the machine runs
        OUT.printf(Locale.ROOT, "server: -Xmx%s, peak resident memory (VmHWM) %s, CPU %.1f s in the %d s measured "
                + "(%.0f ms a request); load average %s%n", heap, peakRss(pid), cpu, seconds, 1000 * cpu / Math.max(1, requests),
                loadAverage());
    }

    private static Map<String, List<Long>> load(HttpClient http, String base, List<String> stories, List<String> words,
            long seed, int clients, int seconds, boolean keep) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Map<String, List<Long>>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 31 + c);
            futures.add(pool.submit(() -> {
                Map<String, List<Long>> times = new LinkedHashMap<>(Map.of("story", new ArrayList<>(), "search", new ArrayList<>()));
                while (System.nanoTime() < end) {
                    boolean story = random.nextBoolean();
                    String url = story ? base + "/stories/" + stories.get(random.nextInt(stories.size()))
                            : base + "/search?q=" + URLEncoder.encode(words.get(random.nextInt(words.size())), StandardCharsets.UTF_8);
                    long t = System.nanoTime();
                    get(http, url);
                    times.get(story ? "story" : "search").add((System.nanoTime() - t) / 1_000_000);
                }
                return times;
            }));
        }
        Map<String, List<Long>> all = new LinkedHashMap<>(Map.of("story", new ArrayList<>(), "search", new ArrayList<>()));
        for (Future<Map<String, List<Long>>> f : futures) {
            f.get().forEach((k, v) -> all.get(k).addAll(v));
        }
        pool.shutdown();
        return keep ? all : Map.of();
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String baseUrl(Process serve) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        Pattern url = Pattern.compile("(http://[^/ ]+)/");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = url.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        lines.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException e) {
                        // the server was stopped: nothing more to read
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            OUT.println("serve: " + line);
        }
        throw new IllegalStateException("serve ended without printing its URL");
    }

    /** The process's user and system CPU time, in seconds (Linux: /proc/PID/stat, clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
