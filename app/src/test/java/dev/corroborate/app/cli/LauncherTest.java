package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code corroborate} launcher's JVM flags: an {@code analyze} of a small input runs with the
 * quick compiler alone and the serial collector (and transparent huge pages when the kernel gives
 * them on request), a large one with the parallel collector (a huge one with most of the heap old),
 * {@code serve} and the other commands as the JVM chooses. The
 * launcher is copied beside an empty jar (so it builds nothing) and run with a {@code java} that
 * prints its arguments, and with a kernel huge-page setting of the test's own.
 */
class LauncherTest {

    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    private static final String TIGHT_HEAP = "-XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40";
    private static final String SHORT_RUN = QUICK_JIT + " -XX:+UseSerialGC " + TIGHT_HEAP;
    /** What a large analyze gets: the throughput collector. */
    private static final String LONG_RUN = "-XX:+UseParallelGC";
    private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    private static final String QUIET_CDS = "-Xlog:cds=off -Xlog:cds+dynamic=off";

    @TempDir
    Path folder;
    private Path launcher;
    private Path javaHome;
    /** The kernel's transparent huge page setting as the launcher reads it (by default: never). */
    private Path hugePages;

    @BeforeEach
    void copyLauncher() throws IOException {
        // A space in the path, as in a user's "My Projects": the archive's path must stay one argument.
        Path root = Files.createDirectories(folder.resolve("the root"));
        launcher = root.resolve("corroborate");
        Files.copy(Path.of("..", "corroborate"), launcher);
        Files.createDirectories(root.resolve("app/target"));
        Files.writeString(root.resolve("app/target/corroborate.jar"), "");
        javaHome = folder.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        hugePages = Files.writeString(folder.resolve("enabled"), "always madvise [never]\n");
    }

    @Test
    void aSmallAnalyzeRunsWithTheQuickCompilerAlone() throws Exception {
        Path batch = sized("batch.jsonl", 3 << 20);
        assertThat(run(Map.of(), "analyze", "--no-progress", batch.toString())).startsWith(SHORT_RUN + " -jar ");
    }

    @Test
    void aSmallAnalyzeAsksForHugePagesOnlyWhenTheKernelGivesThemOnRequest() throws Exception {
        Path batch = sized("batch.jsonl", 1 << 20);
        Files.writeString(hugePages, "always [madvise] never\n");
        assertThat(run(Map.of(), "analyze", batch.toString())).startsWith(SHORT_RUN + " " + HUGE_PAGES + " -jar ");
        // "always": the kernel gives them unasked; a kernel without the setting: nothing to ask.
        Files.writeString(hugePages, "[always] madvise never\n");
        assertThat(run(Map.of(), "analyze", batch.toString())).startsWith(SHORT_RUN + " -jar ");
        Files.delete(hugePages);
        assertThat(run(Map.of(), "analyze", batch.toString())).startsWith(SHORT_RUN + " -jar ");
        // Never for a long run.
        Files.writeString(hugePages, "always [madvise] never\n");
        assertThat(run(Map.of(), "analyze", sized("corpus.jsonl", 20 << 20).toString())).startsWith(LONG_RUN + " -jar ");
    }

    @Test
    void aHugeAnalyzeRunsWithTheParallelCollectorAndMostOfTheHeapOld() throws Exception {
        Path corpus = sized("corpus.jsonl", 1536L << 20);
        String args = run(Map.of(), "analyze", corpus.toString());
        assertThat(args).doesNotContain(QUICK_JIT).startsWith(LONG_RUN + " -XX:NewRatio=7 -jar ");
        assertThat(realJavaAccepts(args)).isTrue();
        // Just under: the parallel collector with its default generations; a collector of the user's replaces either.
        assertThat(run(Map.of(), "analyze", sized("under.jsonl", (1536L << 20) - 1).toString())).startsWith(LONG_RUN + " -jar ");
        assertThat(run(Map.of("JAVA_OPTS", "-XX:+UseG1GC -Xmx4g"), "analyze", corpus.toString()))
                .startsWith("-XX:+UseG1GC -Xmx4g -jar ");
        assertThat(run(Map.of("JAVA_OPTS", "-XX:+UseParallelGC -Xmx4g"), "analyze", corpus.toString()))
                .startsWith("-XX:+UseParallelGC -Xmx4g -jar ");
    }

    @Test
    void aLargeAnalyzeKeepsTheOptimizingCompiler() throws Exception {
        Path corpus = sized("corpus.jsonl", 20 << 20);
        assertThat(run(Map.of(), "analyze", corpus.toString())).doesNotContain(QUICK_JIT).startsWith(LONG_RUN + " -jar ");
        assertThat(realJavaAccepts(run(Map.of(), "analyze", corpus.toString()))).isTrue();
        // A collector of the user's replaces the parallel one.
        String args = run(Map.of("JAVA_OPTS", "-XX:+UseG1GC -Xmx2g"), "analyze", corpus.toString());
        assertThat(args).startsWith("-XX:+UseG1GC -Xmx2g -jar ");
        assertThat(realJavaAccepts(args)).isTrue();
        // Inputs add up: two files of 10 MiB are a large input.
        Path half = sized("half.jsonl", 10 << 20);
        Path other = sized("other.jsonl", 10 << 20);
        assertThat(run(Map.of(), "analyze", half.toString(), other.toString())).doesNotContain(QUICK_JIT);
        // A link counts what it points to (the reader follows links): a link to a large corpus, or a
        // folder of links to one, is a large input.
        Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), corpus);
        assertThat(run(Map.of(), "analyze", link.toString())).doesNotContain(QUICK_JIT);
        Path links = Files.createDirectories(folder.resolve("links"));
        Files.createSymbolicLink(links.resolve("corpus.jsonl"), corpus);
        assertThat(run(Map.of(), "analyze", links.toString())).doesNotContain(QUICK_JIT);
    }

    @Test
    void theStoreNamedByDataIsNoInput() throws Exception {
        Path store = Files.createDirectories(folder.resolve("store"));
        try (RandomAccessFile file = new RandomAccessFile(store.resolve("corroborate.db").toFile(), "rw")) {
            file.setLength(64L << 20);
        }
        Path batch = sized("batch.jsonl", 1 << 20);
        assertThat(run(Map.of(), "analyze", "--data", store.toString(), batch.toString())).startsWith(SHORT_RUN);
    }

    @Test
    void javaOptsComeAfterSoTheUserWins() throws Exception {
        Path batch = sized("batch.jsonl", 1 << 20);
        String args = run(Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Xmx2g"), "analyze", batch.toString());
        assertThat(args).startsWith(SHORT_RUN + " -XX:TieredStopAtLevel=4 -Xmx2g -jar ");
        // A collector of the user's replaces the serial one: the JVM refuses two.
        args = run(Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+UseG1GC"), "analyze", batch.toString());
        assertThat(args).startsWith(QUICK_JIT + " -XX:TieredStopAtLevel=4 -XX:+UseG1GC -jar ");
        assertThat(realJavaAccepts(args)).isTrue();
        Files.writeString(hugePages, "always [madvise] never\n");
        // A small heap bound of the user's is accepted with the launcher's flags (they set no heap size).
        assertThat(realJavaAccepts(run(Map.of("JAVA_OPTS", "-Xmx64m"), "analyze", batch.toString()))).isTrue();
        // A free ratio of the user's replaces the launcher's two: with them, a minimum of 50 would be above the maximum, which the JVM refuses.
        args = run(Map.of("JAVA_OPTS", "-XX:MinHeapFreeRatio=50"), "analyze", batch.toString());
        assertThat(args).startsWith(QUICK_JIT + " -XX:+UseSerialGC " + HUGE_PAGES + " -XX:MinHeapFreeRatio=50 -jar ");
        assertThat(realJavaAccepts(args)).isTrue();
        args = run(Map.of("JAVA_OPTS", "-XX:+UseParallelGC"), "analyze", batch.toString());
        assertThat(args).startsWith(QUICK_JIT + " " + HUGE_PAGES + " -XX:+UseParallelGC -jar ");
        assertThat(realJavaAccepts(args)).isTrue();
        assertThat(realJavaAccepts(run(Map.of(), "analyze", batch.toString()))).isTrue();
    }

    @Test
    void corroborateJarRunsAnotherBuildWithTheSameFlags() throws Exception {
        Path other = Files.writeString(folder.resolve("other.jar"), "");
        // A source newer than the launcher's own jar would make it build: with CORROBORATE_JAR it builds nothing.
        Files.writeString(launcher.resolveSibling("pom.xml"), "<project/>");
        Path batch = sized("batch.jsonl", 1 << 20);
        assertThat(run(Map.of("CORROBORATE_JAR", other.toString()), "analyze", batch.toString()))
                .isEqualTo(SHORT_RUN + " -jar " + other + " analyze " + batch);
    }

    @Test
    void otherCommandsAreLeftToTheJvm() throws Exception {
        assertThat(run(Map.of(), "serve", "--data", folder.toString())).startsWith("-jar ");
        assertThat(run(Map.of(), "export", "--what", "articles")).startsWith("-jar ");
    }

    @Test
    void theFirstAnalyzeWritesTheClassArchiveAndLaterRunsMapIt() throws Exception {
        javaWritingArchives("echo \"$@\"");
        Path jar = launcher.resolveSibling("app/target/corroborate.jar");
        Path batch = sized("batch.jsonl", 1 << 20);
        // Other commands do not write it: an analyze loads the classes the others need too.
        assertThat(runWith(Map.of(), "export", "--what", "articles")).startsWith("-jar ");
        assertThat(archives()).isEmpty();

        String first = runWith(Map.of(), "analyze", batch.toString());
        assertThat(first).startsWith("-XX:ArchiveClassesAtExit=").contains(QUIET_CDS + " " + SHORT_RUN + " -jar ");
        List<Path> written = archives();
        assertThat(written).hasSize(1);
        Path archive = written.get(0);
        assertThat(archive.getFileName().toString()).startsWith("corroborate-").endsWith(".jsa");
        assertThat(first).contains(archive + ".");

        String later = runWith(Map.of(), "analyze", batch.toString());
        assertThat(later).startsWith("-XX:SharedArchiveFile=" + archive + " " + QUIET_CDS + " " + SHORT_RUN + " -jar ");
        assertThat(runWith(Map.of(), "serve", "--data", folder.toString()))
                .startsWith("-XX:SharedArchiveFile=" + archive + " " + QUIET_CDS + " -jar ");
        // The user's own archive settings, or CORROBORATE_CDS=off, leave it out.
        assertThat(runWith(Map.of("JAVA_OPTS", "-Xshare:off"), "analyze", batch.toString())).startsWith(SHORT_RUN + " -Xshare:off -jar ");
        assertThat(runWith(Map.of("CORROBORATE_CDS", "off"), "serve")).startsWith("-jar ");

        // A rebuilt jar (here: the same size, another time) is another jar: no archive until the next
        // analyze writes its own, which replaces the old one.
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(runWith(Map.of(), "serve")).startsWith("-jar ");
        assertThat(runWith(Map.of(), "analyze", batch.toString())).startsWith("-XX:ArchiveClassesAtExit=");
        List<Path> rewritten = archives();
        assertThat(rewritten).hasSize(1).doesNotContain(archive);
        assertThat(runWith(Map.of(), "analyze", batch.toString())).startsWith("-XX:SharedArchiveFile=" + rewritten.get(0) + " ");
        // So is another JVM (here: its file changed, as an update of the JDK in place changes it).
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, Files.readString(java) + "# updated\n");
        assertThat(runWith(Map.of(), "serve")).startsWith("-jar ");
    }

    @Test
    void aSignalToTheLauncherWritingTheArchiveReachesTheJvm() throws Exception {
        // A java that waits, as a long analyze does, and says when it is asked to stop.
        Files.writeString(javaHome.resolve("bin/java"), """
                #!/bin/sh
                trap 'echo stopped; exit 143' TERM
                echo started
                while true; do sleep 0.1; done
                """);
        Process process = startAnalyzeWritingTheArchive();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("started");
        List<ProcessHandle> jvm = process.descendants().toList();
        try {
            // SIGTERM to the launcher, as a harness or `timeout` sends it (Process.destroy would close
            // the streams the answer comes on).
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
            // Read with a deadline: where the signal does not reach it, the java runs on, holding the pipe.
            String answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return "unreadable: " + e;
                }
            }).get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer).isEqualTo("stopped");
            assertThat(process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(jvm).noneMatch(ProcessHandle::isAlive);
        } finally {
            jvm.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(archives()).isEmpty();
    }

    /**
     * A build deletes and writes the jar again; a serve running it then failed to read a library's
     * services from it (NoSuchFileException). The JVM runs a copy, renewed by a rename when the jar changes.
     */
    @Test
    void theJvmRunsACopyOfTheJarThatABuildDoesNotTouch() throws Exception {
        Path jar = launcher.resolveSibling("app/target/corroborate.jar");
        Path copy = launcher.resolveSibling("app/target/run/corroborate.jar");
        Files.writeString(jar, "first build");

        assertThat(run(Map.of(), "serve")).isEqualTo("-jar " + copy + " serve");
        assertThat(Files.readString(copy)).isEqualTo("first build");
        Object runningFile = Files.readAttributes(copy, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        Files.writeString(jar, "second build");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(run(Map.of(), "serve")).isEqualTo("-jar " + copy + " serve");
        assertThat(Files.readString(copy)).isEqualTo("second build");
        // a new file under the name: the one a running JVM holds open is left as it was
        assertThat(Files.readAttributes(copy, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isNotEqualTo(runningFile);
        assertThat(run(Map.of("CORROBORATE_JAR", jar.toString()), "serve")).isEqualTo("-jar " + jar + " serve");
    }

    /** Where the copy cannot be made (a tree the user may not write), the launcher stopped; it runs the jar itself. */
    @Test
    void whereNoCopyCanBeMadeTheBuildsJarIsRun() throws Exception {
        Path jar = launcher.resolveSibling("app/target/corroborate.jar");
        // a file where the copy's folder would be: no one, root included, can make the folder
        Files.writeString(launcher.resolveSibling("app/target/run"), "in the way");

        assertThat(run(Map.of(), "serve")).isEqualTo("-jar " + jar + " serve");
        try (var files = Files.list(launcher.resolveSibling("app/target"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("corroborate.jar", "run");
        }
    }

    @Test
    void aFailedAnalyzeLeavesNoArchive() throws Exception {
        javaWritingArchives("exit 3");
        Process process = startAnalyzeWritingTheArchive();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).as("the run's own exit status").isEqualTo(3);
        assertThat(archives()).isEmpty();
        try (var files = Files.list(launcher.resolveSibling("app/target/run"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("corroborate.jar");
        }
    }

    @Test
    void theRealJvmAcceptsTheArchiveFlags() throws Exception {
        Path archive = folder.resolve("missing.jsa");
        // A missing or unusable archive is no error, and nothing is printed about it.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-version")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(out).doesNotContain("cds").doesNotContain("archive");
    }

    /** A java that writes the archive it is asked for, as the JVM does when it exits, and then does {@code then}. */
    private void javaWritingArchives(String then) throws IOException {
        Files.writeString(javaHome.resolve("bin/java"), """
                #!/bin/sh
                for arg in "$@"; do
                  case "$arg" in -XX:ArchiveClassesAtExit=*) echo archive > "${arg#*=}" ;; esac
                done
                """ + then + "\n");
    }

    /**
     * Two commands started together after the sources changed both built the app, and the second's
     * packaging failed on the jar the first was replacing. Now one builds and the other waits for it.
     */
    @Test
    void twoCommandsStartedTogetherBuildTheAppOnce() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("sh", "-c", "command -v flock").start().waitFor() == 0,
                "flock is not on this machine (the launcher then does not keep builds apart)");
        Path root = launcher.getParent();
        Path builds = folder.resolve("builds");
        // A build that takes a moment, counts itself, and leaves a fresh jar.
        Path mvnw = Files.writeString(root.resolve("mvnw"), "#!/bin/sh\necho build >> '" + builds + "'\nsleep 1\n"
                + "echo jar > app/target/corroborate.jar\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path source = Files.createDirectories(root.resolve("core")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}");
        Files.setLastModifiedTime(root.resolve("app/target/corroborate.jar"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        List<Process> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "--version").redirectErrorStream(true);
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().remove("CORROBORATE_JAR");
            both.add(builder.start());
        }
        for (Process process : both) {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(out).isZero();
        }

        assertThat(Files.readAllLines(builds)).containsExactly("build");
    }

    /** The launcher started on an analyze of a small batch, with the class archive left to it. */
    private Process startAnalyzeWritingTheArchive() throws IOException {
        List<String> command = List.of("bash", launcher.toString(), "analyze", sized("batch.jsonl", 1 << 20).toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("CORROBORATE_CDS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        return builder.start();
    }

    private List<Path> archives() throws IOException {
        try (var files = Files.list(launcher.resolveSibling("app/target/run"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    /** Whether this JDK starts with the JVM flags the launcher gave (what comes before {@code -jar}). */
    private static boolean realJavaAccepts(String launcherArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : launcherArgs.substring(0, launcherArgs.indexOf("-jar ")).trim().split("\\s+")) {
            if (!arg.isEmpty()) {
                command.add(arg);
            }
        }
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }

    private Path sized(String name, long bytes) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    /** The launcher's JVM arguments, the class archive left out (as {@code CORROBORATE_CDS=off} does). */
    private String run(Map<String, String> env, String... args) throws Exception {
        Map<String, String> withoutArchive = new java.util.HashMap<>(Map.of("CORROBORATE_CDS", "off"));
        withoutArchive.putAll(env);
        return runWith(withoutArchive, args);
    }

    private String runWith(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("CORROBORATE_CDS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("CORROBORATE_HUGE_PAGES_SETTING", hugePages.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
