package dev.corroborate.bench;

import dev.corroborate.io.export.ArticleExporter;
import dev.corroborate.io.export.ExportFormat;
import dev.corroborate.io.export.GraphExporter;
import dev.corroborate.io.export.QuoteExporter;
import dev.corroborate.io.export.ReuseExporter;
import dev.corroborate.io.export.StoryExporter;
import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoreException;
import dev.corroborate.pipeline.ProvenanceGroups;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The fault-injection harness of issue 18, outside {@code ./mvnw verify}: it runs the real command
 * line (the app's jar, in child processes) on a seeded corpus ({@link HappeningsCorpus}) and checks
 * that no fault loses or changes anything.
 * <ol>
 * <li>A clean run: {@code analyze}, then every export (articles, events, stories, reuse and quotes as
 *     JSONL and CSV, provenance as GraphML and GEXF: 12) and how long each step took.</li>
 * <li>Kills: {@code --kills} runs, each killed with SIGKILL at a random point of one step (reading,
 *     reuse, stories, quotes in turn, the moment drawn from the clean run's step time), SQLite's
 *     {@code integrity_check} on what it left, the same command run again, and every export compared
 *     byte for byte with the clean run's.</li>
 * <li>Two runs at once on one folder: the second must be refused while the first runs, the first
 *     must finish with the clean run's exports.</li>
 * <li>A full disk (a 2 MiB tmpfs; root only, skipped otherwise or with {@code --no-mount}): a clear
 *     message, integrity, whole batches only; the folder copied to a roomy disk and run again must
 *     give the clean exports. Then read-only media (a tmpfs remounted read-only holding the clean
 *     store): the exports of {@code export} must be the clean ones.</li>
 * </ol>
 * Exit 0 when every check passed, 1 otherwise.
 *
 * <pre>./mvnw -q -DskipTests -pl app,bench -am package
 * java -cp bench/target/corroborate-bench.jar dev.corroborate.bench.FaultInjection --articles 2000 --kills 20 --seed 18</pre>
 */
public final class FaultInjection {

    private static final String[] STEPS = {"reading", "reuse", "stories", "quotes"};
    private static final PrintStream OUT = System.out;

    private final Path app;
    private final Path work;
    private final Path corpus;
    private final int articles;
    private int failures;

    private FaultInjection(Path app, Path work, int articles) {
        this.app = app;
        this.work = work;
        this.articles = articles;
        this.corpus = work.resolve("corpus.jsonl");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--articles", "2000", "--kills", "20", "--seed", "18",
                "--app", "app/target/corroborate.jar", "--work", "target/fault-injection"));
        boolean mount = true;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--no-mount")) {
                mount = false;
            } else if (options.containsKey(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                System.err.println("usage: FaultInjection [--articles N] [--kills N] [--seed N] [--app JAR] [--work DIR] [--no-mount]");
                System.exit(2);
            }
        }
        Path work = Path.of(options.get("--work")).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        long seed = Long.parseLong(options.get("--seed"));
        int articles = Integer.parseInt(options.get("--articles"));
        FaultInjection harness = new FaultInjection(Path.of(options.get("--app")).toAbsolutePath(), work, articles);
        try (Writer out = Files.newBufferedWriter(harness.corpus, StandardCharsets.UTF_8)) {
            new HappeningsCorpus(seed).write(articles, out);
        }
        OUT.printf(Locale.ROOT, "corpus: %d articles (seed %d), %.1f MB%n", articles, seed, Files.size(harness.corpus) / 1e6);
        harness.run(seed, Integer.parseInt(options.get("--kills")), mount);
        OUT.println(harness.failures == 0 ? "fault injection: every check passed" : "fault injection: " + harness.failures + " checks FAILED");
        System.exit(harness.failures == 0 ? 0 : 1);
    }

    private void run(long seed, int kills, boolean mount) throws Exception {
        Path clean = work.resolve("clean");
        Run first = analyze(clean);
        check(first.exit == 0, "the clean run exits 0 (" + first.exit + ")");
        Map<String, String> expected = exports(clean);
        OUT.printf(Locale.ROOT, "clean run: %s; %d exports, %d bytes%n", first.stepTimes, expected.size(),
                expected.values().stream().mapToLong(String::length).sum());
        killAndRerun(seed, kills, first.stepTimes, expected);
        twoRunsAtOnce(expected);
        if (mount && isRoot()) {
            diskFull(expected);
            readOnlyMedia(clean, expected);
        } else {
            OUT.println("full disk and read-only media: skipped (" + (mount ? "not root" : "--no-mount") + ")");
        }
    }

    // ---- kills

    private void killAndRerun(long seed, int kills, Map<String, Double> stepTimes, Map<String, String> expected) throws Exception {
        Random random = new Random(seed);
        int identical = 0;
        int intact = 0;
        Map<String, Integer> byStep = new LinkedHashMap<>();
        OUT.println("kill  step     planned    at kill           integrity  re-run  identical exports");
        for (int k = 0; k < kills; k++) {
            String step = STEPS[k % STEPS.length];
            long delayMs = (long) (random.nextDouble() * 0.6 * stepTimes.getOrDefault(step, 0.1) * 1000);
            Path data = work.resolve("kill-" + k);
            Process child = start(data);
            Lines lines = Lines.follow(child);
            lines.awaitLine(step + ": started", 120_000);
            Thread.sleep(delayMs);
            String where;
            if (child.isAlive()) {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
                child.waitFor();
                where = lines.stepUnderWay();
            } else {
                where = "(finished)";
            }
            byStep.merge(where, 1, Integer::sum);
            String integrity = integrity(data);
            boolean integrityOk = integrity.equals("ok") || integrity.equals("no store yet");
            Run rerun = analyze(data);
            Map<String, String> got = rerun.exit == 0 ? exports(data) : Map.of();
            long same = expected.entrySet().stream().filter(e -> e.getValue().equals(got.get(e.getKey()))).count();
            boolean allSame = same == expected.size();
            identical += allSame ? 1 : 0;
            intact += integrityOk ? 1 : 0;
            OUT.printf(Locale.ROOT, "%4d  %-8s %6d ms  %-16s  %-9s  %-6s  %d/%d%s%n", k + 1, step, delayMs, where, integrity,
                    rerun.exit == 0 ? "ok" : "exit " + rerun.exit, same, expected.size(),
                    allSame ? "" : "  differ: " + differing(expected, got));
            check(!where.equals("(finished)"), "kill " + (k + 1) + " came before the run ended");
            check(integrityOk, "integrity after kill " + (k + 1));
            check(allSame, "byte-identical exports after kill " + (k + 1));
            deleteTree(data);
        }
        OUT.printf(Locale.ROOT, "kills: %d, in %s; integrity ok after %d of %d; byte-identical exports after %d of %d%n",
                kills, byStep, intact, kills, identical, kills);
    }

    private static String differing(Map<String, String> expected, Map<String, String> got) {
        return String.join(",", expected.keySet().stream().filter(k -> !expected.get(k).equals(got.get(k))).toList());
    }

    // ---- two runs at once

    private void twoRunsAtOnce(Map<String, String> expected) throws Exception {
        Path data = work.resolve("twice");
        Process first = start(data);
        Lines firstLines = Lines.follow(first);
        firstLines.awaitLine("reading: started", 120_000);
        long started = System.nanoTime();
        Run second = finish(start(data));
        double waited = (System.nanoTime() - started) / 1e9;
        Run firstRun = finish(first, firstLines);
        String refusal = second.stderr.stream().filter(l -> l.startsWith("corroborate: ")).findFirst().orElse("(none)");
        boolean refused = second.exit == 1 && refusal.contains("is being written by another Corroborate process")
                && refusal.contains(data.toString());
        boolean same = firstRun.exit == 0 && exports(data).equals(expected);
        OUT.printf(Locale.ROOT, "two runs at once: the second %s after %.1f s: %s%n  the first %s%n",
                refused ? "refused" : "NOT refused (exit " + second.exit + ")", waited, refusal,
                same ? "finished with the clean run's exports" : "DIFFERS from the clean run");
        check(refused, "the second of two runs at once is refused naming the folder");
        check(same, "the first of two runs at once gives the clean exports");
        deleteTree(data);
    }

    // ---- full disk, read-only media

    private void diskFull(Map<String, String> expected) throws Exception {
        Path mountPoint = work.resolve("full");
        Files.createDirectories(mountPoint);
        if (!sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint.toString())) {
            OUT.println("full disk: skipped (mount failed)");
            return;
        }
        Path copy = work.resolve("full-copy");
        try {
            Path data = mountPoint.resolve("data");
            Run run = analyze(data);
            String message = run.stderr.stream().filter(l -> l.startsWith("corroborate: ")).findFirst().orElse("(none)");
            boolean clear = run.exit == 1 && message.contains("is full") && message.contains(data.toString());
            String integrity = integrity(data);
            long articles;
            try (ArticleStore store = ArticleStore.openForReading(data)) {
                articles = store.count();
            }
            boolean whole = articles % 500 == 0 || articles == this.articles;
            OUT.printf(Locale.ROOT, "full disk (2 MiB): exit %d, %s%n  integrity %s, %d articles stored (whole batches of 500: %s)%n",
                    run.exit, message, integrity, articles, whole);
            check(clear, "a full disk is reported as such, naming the folder");
            check(integrity.equals("ok") && whole, "nothing half-written on a full disk");
            copyTree(data, copy);
        } finally {
            sh("umount", mountPoint.toString());
        }
        Run rerun = analyze(copy);
        boolean same = rerun.exit == 0 && exports(copy).equals(expected);
        OUT.println("  moved to a roomy disk and run again: " + (same ? "the clean run's exports" : "DIFFERS"));
        check(same, "a run stopped by a full disk finishes elsewhere with the clean exports");
        deleteTree(copy);
    }

    private void readOnlyMedia(Path clean, Map<String, String> expected) throws Exception {
        Path mountPoint = work.resolve("read-only");
        Files.createDirectories(mountPoint);
        if (!sh("mount", "-t", "tmpfs", "-o", "size=256m", "tmpfs", mountPoint.toString())) {
            OUT.println("read-only media: skipped (mount failed)");
            return;
        }
        try {
            // The database alone, as a cleanly closed store is copied (readers of the clean store
            // leave an empty log and shared-memory file beside it, which SQLite could also read).
            Path data = mountPoint.resolve("data");
            Files.createDirectories(data);
            Files.copy(clean.resolve(ArticleStore.DATABASE_FILE), data.resolve(ArticleStore.DATABASE_FILE));
            sh("mount", "-o", "remount,ro", mountPoint.toString());
            int same = 0;
            String[] whats = {"articles", "events", "stories", "reuse", "quotes"};
            for (String what : whats) {
                Path out = work.resolve("ro-" + what + ".jsonl");
                Run export = finish(new ProcessBuilder(java(), "-jar", app.toString(), "export", "--data", data.toString(),
                        "--what", what, "-o", out.toString()).start());
                if (export.exit == 0 && Files.readString(out, StandardCharsets.UTF_8).equals(expected.get(what + ".jsonl"))) {
                    same++;
                } else {
                    OUT.println("  export --what " + what + ": exit " + export.exit + " " + export.stderr);
                }
            }
            OUT.printf(Locale.ROOT, "read-only media: %d of %d exports of the export command identical to the clean run's%n",
                    same, whats.length);
            check(same == whats.length, "a store on read-only media is read");
        } finally {
            sh("umount", mountPoint.toString());
        }
    }

    // ---- running the command line

    /** A finished run of the command line: its exit code, standard error, and each step's time. */
    private record Run(int exit, List<String> stderr, Map<String, Double> stepTimes) {
    }

    private Process start(Path data) throws IOException {
        return new ProcessBuilder(java(), "-jar", app.toString(), "analyze", "--no-progress", "--data", data.toString(),
                corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private Run analyze(Path data) throws Exception {
        return finish(start(data));
    }

    private static Run finish(Process process) throws InterruptedException {
        return finish(process, Lines.follow(process));
    }

    private static Run finish(Process process, Lines lines) throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        lines.join();
        Map<String, Double> times = new LinkedHashMap<>();
        for (String line : lines.all) {
            int done = line.indexOf(": done in ");
            if (done > 0) {
                times.put(line.substring(0, done), Double.parseDouble(line.substring(done + 10, line.length() - 2)));
            }
        }
        return new Run(process.exitValue(), List.copyOf(lines.all), times);
    }

    /** The standard error of a child, line by line, as it comes. */
    private static final class Lines {
        final List<String> all = new CopyOnWriteArrayList<>();
        private final Thread reader;

        private Lines(Process process) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (this) {
                            all.add(line);
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the child was killed: its stream ends here
                }
                synchronized (this) {
                    notifyAll();
                }
            }, "child-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        static Lines follow(Process process) {
            return new Lines(process);
        }

        synchronized void awaitLine(String line, long timeoutMs) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMs;
            while (!all.contains(line) && reader.isAlive() && System.currentTimeMillis() < deadline) {
                wait(100);
            }
        }

        /** The step started and not yet done when the child stopped. */
        String stepUnderWay() throws InterruptedException {
            reader.join(5_000);
            String under = "(between steps)";
            for (String line : all) {
                if (line.endsWith(": started")) {
                    under = line.substring(0, line.length() - ": started".length());
                } else if (line.contains(": done in ")) {
                    under = "(between steps)";
                }
            }
            return under;
        }

        void join() throws InterruptedException {
            reader.join(10_000);
        }
    }

    // ---- what a store holds

    private static String integrity(Path data) {
        if (!Files.exists(data.resolve(ArticleStore.DATABASE_FILE))) {
            return "no store yet";
        }
        try (ArticleStore store = ArticleStore.openForReading(data)) {
            return store.integrityCheck();
        } catch (StoreException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Every export of the store, by name ("events.jsonl"), written in this process by the exporters {@code export} runs. */
    static Map<String, String> exports(Path data) {
        Map<String, String> out = new LinkedHashMap<>();
        try (ArticleStore store = ArticleStore.openForReading(data)) {
            for (ExportFormat format : ExportFormat.values()) {
                String suffix = "." + format.name().toLowerCase(Locale.ROOT);
                out.put("articles" + suffix, written(w -> new ArticleExporter().write(store, ArticleFilter.ALL, format, w)));
                out.put("events" + suffix, written(w -> new StoryExporter().write(store, false, format, w)));
                out.put("stories" + suffix, written(w -> new StoryExporter().write(store, true, format, w)));
                out.put("reuse" + suffix, written(w -> new ReuseExporter().write(store, format, w)));
                out.put("quotes" + suffix, written(w -> new QuoteExporter().write(store, format, w)));
            }
            for (GraphExporter.Format format : GraphExporter.Format.values()) {
                out.put("provenance." + format.name().toLowerCase(Locale.ROOT),
                        written(w -> new GraphExporter().write(new ProvenanceGroups(store, store), format, w)));
            }
        }
        return out;
    }

    private static String written(Consumer<Writer> export) {
        StringWriter out = new StringWriter();
        export.accept(out);
        return out.toString();
    }

    // ---- small things

    private void check(boolean passed, String what) {
        if (!passed) {
            failures++;
            OUT.println("FAILED: " + what);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean sh(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean ok = process.waitFor() == 0;
        if (!ok) {
            OUT.println("  " + String.join(" ", command) + ": " + output);
        }
        return ok;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + path + " (a tmpfs left mounted?)", e);
                }
            }
        }
    }
}
