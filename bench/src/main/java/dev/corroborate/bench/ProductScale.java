package dev.corroborate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole product at scale: writes a seeded {@link NewsCorpus} of {@code --articles} articles
 * and {@code --batches} daily batches (1 unless given) of {@code --batch} more each (the next articles of the
 * same feed), then runs the real {@code analyze} (the app's jar, in a child process, with
 * {@code --timings}) on the corpus into a fresh store and on each batch in turn into that store
 * ({@code --attributions}: derived articles credit their source's outlet, {@link NewsCorpus#withAttributions};
 * {@code --write-only}: the corpus and batch files only, their paths printed). Prints, for each run, the wall time, the
 * articles per second, the peak heap and resident set the child reported, and each step's time; then
 * each step's memory as the child's {@code --timings} gave it (its peak heap, the most heap left after one of its
 * collections, its peak resident set).
 * With {@code --check}, also analyses corpus and batch together into a second fresh store and
 * compares the exports (events, stories, reuse, quotes, articles, discrepancies) of the two stores byte for byte: what an
 * incremental run gives against a from-scratch one. With {@code --live-heap SECONDS}, every so many seconds
 * it asks the child for a histogram of its live objects ({@code jcmd PID GC.class_histogram}: a full
 * collection first), and prints the largest live heap seen in each step: what a run needs, where the
 * peak heap is what the collector happened to leave. Each child is started by the {@code corroborate}
 * launcher (at the root, or {@code --launcher PATH}) with {@code CORROBORATE_JAR} set to {@code --app},
 * so it gets the JVM flags a user's {@code ./corroborate analyze} of those inputs gets (for a small
 * input: the quick compiler and the serial collector), then {@code --java-opts} as {@code JAVA_OPTS}.
 *
 * <pre>
 * ./mvnw -q -DskipTests -pl app,bench -am package
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.ProductScale --articles 10000 --batch 1000 \
 *     --app app/target/corroborate.jar --work /tmp/product-scale [--java-opts -Xmx4g] [--live-heap 10] [--check]
 * </pre>
 */
public final class ProductScale {

    private static final Pattern STEP = Pattern.compile("([a-z]+) ([0-9.]+) s(?: \\(cpu ([0-9.]+) s\\))?");
    private static final Pattern STARTED = Pattern.compile("^([a-z]+): started");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");
    /** A step of {@code --timings}' "memory by step" line: its peak heap, the most after a collection (when one ran), its peak RSS. */
    private static final Pattern STEP_MEMORY = Pattern.compile(
            "([a-z]+) heap (\\d+) MB(?: \\((\\d+) MB after collections\\))?, RSS (\\d+|unknown)");
    private static final Pattern MEMORY = Pattern.compile("memory: peak heap (\\d+) MB · peak RSS (\\d+|unknown)(?: MB)? · cpu ([0-9.]+|unknown)");
    private static final List<String> EXPORTS = List.of("events", "stories", "reuse", "quotes", "articles", "discrepancies");

    private ProductScale() {
    }

    /** One {@code analyze}: its wall time, articles, what {@code --timings} said. */
    record Run(String name, int articles, double wallSeconds, Map<String, Double> steps, long heapMb, String rssMb,
               String cpuSeconds, String output, Map<String, Long> liveHeapMb, Map<String, String> memoryBySteps) {

        /** The run's row of the memory table: each of {@code steps}' "peak heap / after collections / peak RSS" in MB. */
        String memoryRow(List<String> steps) {
            StringBuilder row = new StringBuilder("| " + name + " |");
            steps.forEach(step -> row.append(' ').append(memoryBySteps.getOrDefault(step, "")).append(" |"));
            return row.toString();
        }

        String row() {
            StringBuilder stepList = new StringBuilder();
            steps.forEach((step, seconds) -> stepList.append(stepList.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.1f s", step, seconds)));
            if (!liveHeapMb.isEmpty()) {
                stepList.append("; live heap at most:");
                liveHeapMb.forEach((step, mb) -> stepList.append(String.format(Locale.ROOT, " %s %,d MB", step, mb)));
            }
            return String.format(Locale.ROOT, "| %s | %,d | %.1f s | %,.0f | %s s | %d MB | %s MB | %s |", name, articles,
                    wallSeconds, articles / wallSeconds, cpuSeconds, heapMb, rssMb, stepList);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args,
                "--articles N --batch N --batches N --seed N --topics N --density fixed|scaled --attributions --app JAR --launcher PATH --work DIR --java-opts OPTS --live-heap SECONDS --check --write-only");
        int articles = Integer.parseInt(options.getOrDefault("articles", "10000"));
        int batch = Integer.parseInt(options.getOrDefault("batch", "1000"));
        // Daily batches one after another: the generator's next articles, their times among the last
        // batch's (each spans the same days), so from the second on some come before stored ones.
        int batches = Integer.parseInt(options.getOrDefault("batches", "1"));
        if (batches < 1) {
            throw new IllegalArgumentException("--batches is at least 1, got " + batches);
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "17"));
        int topics = Integer.parseInt(options.getOrDefault("topics", "2000"));
        // fixed: 2,000 topics over 60 days whatever the size (the corpus); scaled: topics
        // and days grow with the articles (the 10,000 corpus's density: a topic per five articles,
        // 60 days per 10,000), so a bigger corpus is a longer stretch of news, not denser news.
        liveHeapSeconds = Integer.parseInt(options.getOrDefault("live-heap", "0"));
        String density = options.getOrDefault("density", "fixed");
        if (!density.equals("fixed") && !density.equals("scaled")) {
            throw new IllegalArgumentException("--density is fixed or scaled, got " + density);
        }
        if (density.equals("scaled") && options.containsKey("topics")) {
            throw new IllegalArgumentException("--topics is for --density fixed; scaled sets topics from the articles");
        }
        Path app = Path.of(options.getOrDefault("app", "app/target/corroborate.jar"));
        launcher = launcher(options);
        Path work = Path.of(options.getOrDefault("work", "target/product-scale"));
        List<String> javaOptions = options.containsKey("java-opts")
                ? List.of(options.get("java-opts").trim().split("\\s+")) : List.of();
        if (!Files.isRegularFile(app)) {
            throw new IllegalArgumentException(app + " is not the app's jar: build it with "
                    + "./mvnw -q -DskipTests -pl app,bench -am package");
        }
        Files.createDirectories(work);
        boolean attributions = options.containsKey("attributions");
        String name = (density.equals("fixed") ? "news-" + seed + "-" + topics + "-" + articles
                : "news-" + seed + "-scaled-" + articles) + (attributions ? "-attributed" : "");
        Path corpus = work.resolve(name + ".jsonl");
        List<Path> daily = new ArrayList<>();
        for (int b = 1; b <= batches; b++) {
            daily.add(work.resolve(name + "-batch-" + batch + (b == 1 ? "" : "-" + b) + ".jsonl"));
        }
        if (!Files.exists(corpus) || !daily.stream().allMatch(Files::exists)) {
            NewsCorpus generator = density.equals("fixed") ? new NewsCorpus(seed, topics) : NewsCorpus.scaled(seed, articles);
            if (attributions) {
                generator.withAttributions();
            }
            System.err.println("corpus: " + density + " density, " + generator.days() + " days");
            writeCorpus(generator, articles, batch, corpus, daily);
        }
        if (options.containsKey("write-only")) {
            // The files alone: batches to run by hand into a store kept from an earlier run.
            System.out.println(corpus);
            daily.forEach(System.out::println);
            return;
        }
        Path store = work.resolve(name + "-store");
        deleteTree(store);
        List<Run> runs = new ArrayList<>();
        runs.add(analyze(app, javaOptions, store, "analyze " + articles, articles, corpus));
        for (int b = 0; b < batches; b++) {
            runs.add(analyze(app, javaOptions, store, (b == 0 ? "daily batch of " : "daily batch " + (b + 1) + " of ") + batch,
                    batch, daily.get(b)));
        }
        System.out.println("| run | articles | wall | articles/s | CPU | peak heap | peak RSS | steps |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        runs.forEach(run -> System.out.println(run.row()));
        printMemoryBySteps(runs);
        if (options.containsKey("check")) {
            Path scratch = work.resolve(name + "-scratch");
            deleteTree(scratch);
            List<Path> inputs = new ArrayList<>(List.of(corpus));
            inputs.addAll(daily);
            Run together = analyze(app, javaOptions, scratch, "from scratch " + (articles + batch * batches),
                    articles + batch * batches, inputs.toArray(Path[]::new));
            System.out.println(together.row());
            printMemoryBySteps(List.of(together));
            for (String what : EXPORTS) {
                Path incremental = export(app, store, what, work);
                Path whole = export(app, scratch, what, work);
                String compared = compare(incremental, whole);
                if ((what.equals("events") || what.equals("stories")) && !compared.startsWith("identical")) {
                    // Above StoryStage.FROZEN_FLOOR a batch weighs with frozen weights: how far apart, not only whether.
                    compared += "; " + bcubed(incremental, whole);
                }
                System.out.println("export " + what + ": " + compared);
            }
        }
    }

    /**
     * The harnesses' arguments: {@code --name value} pairs by name without the dashes, and the flags
     * (the options {@code usage} names without a value after them, as {@code --check}) as "true";
     * anything else is refused with {@code usage}.
     */
    static Map<String, String> options(String[] args, String usage) {
        Set<String> flags = new java.util.HashSet<>();
        String[] words = usage.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (words[w].startsWith("--") && (w + 1 == words.length || words[w + 1].startsWith("--"))) {
                flags.add(words[w]);
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (flags.contains(args[i])) {
                options.put(args[i].substring(2), "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i] + " (" + usage + ")");
            }
        }
        return options;
    }

    private static void writeCorpus(NewsCorpus generator, int articles, int batch, Path corpus, List<Path> daily)
            throws IOException {
        Path all = Files.createTempFile(corpus.getParent(), "all", ".jsonl");
        try (Writer out = Files.newBufferedWriter(all, StandardCharsets.UTF_8)) {
            generator.write(articles + batch * daily.size(), out);
        }
        // Split line by line: a corpus of a million articles (3 GB of JSONL) is never held in memory.
        List<Writer> outs = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(all, StandardCharsets.UTF_8)) {
            outs.add(Files.newBufferedWriter(corpus, StandardCharsets.UTF_8));
            for (Path path : daily) {
                outs.add(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
            }
            int written = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Writer out = outs.get(written < articles ? 0 : 1 + (written - articles) / batch);
                written++;
                out.write(line);
                out.write('\n');
            }
        } finally {
            for (Writer out : outs) {
                out.close();
            }
        }
        Files.delete(all);
    }

    /** Seconds between two samples of a child's live heap ({@code --live-heap}); 0: none taken. */
    private static int liveHeapSeconds;

    /** The {@code corroborate} launcher the children are started with. */
    private static Path launcher = Path.of("corroborate");

    /** The launcher named by {@code --launcher}, or the one at the working directory (the repository's root). */
    static Path launcher(Map<String, String> options) {
        Path path = Path.of(options.getOrDefault("launcher", "corroborate"));
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path.toAbsolutePath() + " is not the corroborate launcher: run from the "
                    + "repository's root or give --launcher PATH");
        }
        return path;
    }

    /** Sets the launcher {@link #analyze} starts the children with. */
    static void useLauncher(Path path) {
        launcher = path;
    }

    static Run analyze(Path app, List<String> javaOptions, Path store, String name, int articles, Path... inputs)
            throws IOException, InterruptedException {
        // The launcher execs java, so the child's pid is the JVM's (for the live-heap samples), but for
        // the run that writes the class archive, where java is the launcher's child (LiveHeap.jvmOf).
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of("analyze", "--no-progress", "--timings", "--data", store.toString()));
        for (Path input : inputs) {
            command.add(input.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CORROBORATE_JAR", app.toAbsolutePath().toString());
        builder.environment().put("JAVA_OPTS", String.join(" ", javaOptions));
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        long started = System.nanoTime();
        Process process = builder.start();
        LiveHeap live = new LiveHeap(process, liveHeapSeconds);
        Map<String, Double> steps = new LinkedHashMap<>();
        Map<String, String> memoryBySteps = new LinkedHashMap<>();
        long heap = -1;
        String rss = "unknown";
        String cpu = "unknown";
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                Matcher stepStarted = STARTED.matcher(line);
                if (stepStarted.find()) {
                    live.step(stepStarted.group(1));
                }
                if (line.startsWith("timings: ")) {
                    Matcher step = STEP.matcher(line);
                    while (step.find()) {
                        steps.put(step.group(1), Double.parseDouble(step.group(2)));
                        if (step.group(3) != null) {
                            steps.put(step.group(1) + " cpu", Double.parseDouble(step.group(3)));
                        }
                    }
                }
                if (line.startsWith("memory by step: ")) {
                    memoryBySteps.putAll(memoryBySteps(line));
                }
                Matcher memory = MEMORY.matcher(line);
                if (memory.find()) {
                    heap = Long.parseLong(memory.group(1));
                    rss = memory.group(2);
                    cpu = memory.group(3);
                }
            }
        }
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        live.close();
        if (exit != 0 || steps.isEmpty()) {
            throw new IllegalStateException(name + ": analyze exited " + exit + ":\n" + output);
        }
        System.err.print(output);
        return new Run(name, articles, wall, steps, heap, rss, cpu, output.toString(), live.largest(), memoryBySteps);
    }

    /**
     * Each step of a {@code --timings} "memory by step" line with its cell of the memory table: "peak
     * heap / after collections / peak RSS" in MB, "-" when no collection ran in the step, "?" when the
     * kernel did not say.
     */
    static Map<String, String> memoryBySteps(String line) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher step = STEP_MEMORY.matcher(line);
        while (step.find()) {
            cells.put(step.group(1), String.format(Locale.ROOT, "%,d / %s / %s", Long.parseLong(step.group(2)),
                    step.group(3) == null ? "-" : String.format(Locale.ROOT, "%,d", Long.parseLong(step.group(3))),
                    step.group(4).equals("unknown") ? "?" : String.format(Locale.ROOT, "%,d", Long.parseLong(step.group(4)))));
        }
        return cells;
    }

    /**
     * The runs' memory by step, as their {@code --timings} said it: a step's peak heap (the most in use
     * at once, before a collection), the most heap still in use after one of its collections ("-": none
     * ran) and its peak resident set, in MB; the steps in the order they first came.
     */
    private static void printMemoryBySteps(List<Run> runs) {
        List<String> steps = new ArrayList<>();
        runs.forEach(run -> run.memoryBySteps().keySet().forEach(step -> {
            if (!steps.contains(step)) {
                steps.add(step);
            }
        }));
        if (steps.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("memory by step, MB: peak heap / after collections / peak RSS");
        System.out.println("| run | " + String.join(" | ", steps) + " |");
        System.out.println("|---|" + "---:|".repeat(steps.size()));
        runs.forEach(run -> System.out.println(run.memoryRow(steps)));
    }

    /**
     * Samples a child's live heap every {@code seconds} (none when 0) with {@code jcmd PID
     * GC.class_histogram}, keeping the largest total of each step the child said it started.
     */
    private static final class LiveHeap implements AutoCloseable {
        private final Map<String, Long> largest = new LinkedHashMap<>();
        private final java.util.concurrent.ScheduledExecutorService sampler;
        private volatile String step = "start";

        LiveHeap(Process child, int seconds) {
            if (seconds <= 0) {
                sampler = null;
                return;
            }
            sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "live-heap");
                thread.setDaemon(true);
                return thread;
            });
            String jcmd = Path.of(java()).resolveSibling("jcmd").toString();
            sampler.scheduleWithFixedDelay(() -> sample(jcmd, child), seconds, seconds, java.util.concurrent.TimeUnit.SECONDS);
        }

        void step(String started) {
            step = started;
        }

        private void sample(String jcmd, Process child) {
            String during = step;
            try {
                Process histogram = new ProcessBuilder(jcmd, Long.toString(jvmOf(child), 10), "GC.class_histogram")
                        .redirectErrorStream(true).start();
                String text = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                histogram.waitFor();
                Matcher total = HISTOGRAM_TOTAL.matcher(text);
                if (total.find()) {
                    long mb = Long.parseLong(total.group(1)) >> 20;
                    synchronized (largest) {
                        largest.merge(during, mb, Math::max);
                    }
                }
            } catch (IOException e) {
                // the child ended between two samples, or jcmd is missing: no sample
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The JVM's pid: the launcher's own, or its java child's when the launcher did not exec. */
        private static long jvmOf(Process launcher) {
            return launcher.children().filter(child -> child.info().command().orElse("").endsWith("java"))
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(launcher.pid());
        }

        Map<String, Long> largest() {
            synchronized (largest) {
                return new LinkedHashMap<>(largest);
            }
        }

        @Override
        public void close() {
            if (sampler != null) {
                sampler.shutdownNow();
            }
        }
    }

    static Path export(Path app, Path store, String what, Path work) throws IOException, InterruptedException {
        Path out = work.resolve(store.getFileName() + "-" + what + ".jsonl");
        Process process = new ProcessBuilder(java(), "-jar", app.toString(), "export", "--data", store.toString(),
                "--what", what, "-o", out.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("export --what " + what + " of " + store + " failed");
        }
        return out;
    }

    /** "identical", or how many lines differ (as sorted sets of lines). */
    /**
     * B-cubed precision, recall and F1 of the memberships ({@code article_ids}) of one export's
     * groups against another's, over the articles both hold: for each article, the share of its
     * group in {@code a} that is in its group in {@code b} (precision) and the other way (recall).
     */
    static String bcubed(Path a, Path b) throws IOException {
        Map<String, java.util.Set<String>> left = groups(a);
        Map<String, java.util.Set<String>> right = groups(b);
        double precision = 0;
        double recall = 0;
        int articles = 0;
        for (Map.Entry<String, java.util.Set<String>> entry : left.entrySet()) {
            java.util.Set<String> other = right.get(entry.getKey());
            if (other == null) {
                continue;
            }
            long shared = entry.getValue().stream().filter(other::contains).count();
            precision += (double) shared / entry.getValue().size();
            recall += (double) shared / other.size();
            articles++;
        }
        precision /= Math.max(1, articles);
        recall /= Math.max(1, articles);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return String.format(Locale.ROOT, "B-cubed of the incremental store's memberships against the from-scratch "
                + "one's: precision %.4f, recall %.4f, F1 %.4f over %d articles", precision, recall, f1, articles);
    }

    /** Each article's group (the {@code article_ids} of the export line that holds it), by article id. */
    private static Map<String, java.util.Set<String>> groups(Path export) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, java.util.Set<String>> groupOf = new java.util.HashMap<>();
        for (String line : Files.readAllLines(export, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            java.util.Set<String> group = new java.util.HashSet<>();
            json.readTree(line).get("article_ids").forEach(id -> group.add(id.asText()));
            group.forEach(id -> groupOf.put(id, group));
        }
        return groupOf;
    }

    static String compare(Path a, Path b) throws IOException {
        if (Files.mismatch(a, b) == -1) {
            return "identical (" + Files.size(a) + " bytes)";
        }
        List<String> left = new ArrayList<>(Files.readAllLines(a, StandardCharsets.UTF_8));
        List<String> right = new ArrayList<>(Files.readAllLines(b, StandardCharsets.UTF_8));
        java.util.Set<String> onlyLeft = new java.util.HashSet<>(left);
        right.forEach(onlyLeft::remove);
        java.util.Set<String> onlyRight = new java.util.HashSet<>(right);
        left.forEach(onlyRight::remove);
        return String.format(Locale.ROOT, "differ: %d lines only in the incremental store, %d only in the from-scratch one"
                + " (of %d and %d)", onlyLeft.size(), onlyRight.size(), left.size(), right.size());
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + root, e);
        }
    }
}
