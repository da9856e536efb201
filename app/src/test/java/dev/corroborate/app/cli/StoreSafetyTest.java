package dev.corroborate.app.cli;

import static dev.corroborate.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.corroborate.app.cli.CliTest.Result;
import dev.corroborate.io.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store under concurrent, interrupted or constrained use (issue 18): one writer at a time, readers always. */
class StoreSafetyTest {

    @TempDir
    Path dir;

    /** Issue 18, item 4: two analyze runs on one folder interleaved with no lock or warning. */
    @Test
    void aCommandThatWritesIsRefusedWhileAnotherWritesTheFolderAndReadersGoOn() {
        Path data = dir.resolve("data");
        Result first = run("analyze", "--data", data.toString(), CliTest.EXAMPLE.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        try (ArticleStore writer = ArticleStore.open(data, "corroborate analyze")) {
            for (String[] command : new String[][] {
                    {"analyze", "--data", data.toString(), CliTest.EXAMPLE.toString()},
                    {"recluster", "--data", data.toString()}}) {
                Result refused = run(command);
                assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
                assertThat(refused.err()).contains("the data directory " + data + " is being written by another "
                        + "Corroborate process (pid " + ProcessHandle.current().pid() + " (corroborate analyze)");
            }
            Result reader = run("articles", "--data", data.toString());
            assertThat(reader.exitCode()).as(reader.err()).isZero();
            assertThat(reader.out()).contains("7 of 7 articles");
        }
        Result after = run("recluster", "--data", data.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
    }

    /** Issue 18, item 8: reading commands opened the store to write, and failed on read-only media. */
    @Test
    void commandsThatReadOpenTheStoreReadOnlyAndChangeNothing() throws Exception {
        Path data = dir.resolve("data");
        Result first = run("analyze", "--data", data.toString(), CliTest.EXAMPLE.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path database = data.resolve(ArticleStore.DATABASE_FILE);
        byte[] before = Files.readAllBytes(database);
        for (String[] command : new String[][] {
                {"articles", "--data", data.toString()},
                {"stories", "--data", data.toString()},
                {"export", "--data", data.toString(), "--what", "events", "--format", "jsonl"}}) {
            Result read = command[0].equals("export") ? CliTest.runCapturingStdout(command) : run(command);
            assertThat(read.exitCode()).as(read.err()).isZero();
            assertThat(read.out()).isNotBlank();
        }
        assertThat(Files.readAllBytes(database)).isEqualTo(before);

        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(data), "this user (root?) can write a folder without write permission");
            Result read = run("articles", "--data", data.toString());
            assertThat(read.exitCode()).as(read.err()).isZero();
            assertThat(read.out()).contains("7 of 7 articles");
            Result write = run("recluster", "--data", data.toString());
            assertThat(write.exitCode()).isEqualTo(1);
            assertThat(write.err()).contains("the data directory " + data + " cannot be written (read-only)");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * Issue 20 (and issue 18, item 5): after a story split, a no-op analyze relabelled the storyline
     * and recluster relabelled it back; a re-run after a kill in the quote stage changed labels and
     * member order. They are a function of the data and the decisions only.
     */
    @Test
    void aSplitThenANoOpAnalyzeThenAReclusterKeepEveryLabelAndOrder() {
        String data = dir.resolve("data").toString();
        assertThat(run("analyze", "--data", data, CliTest.EXAMPLE.toString()).exitCode()).isZero();
        String event = "ev-7c5035bfc820"; // the letter story's first event, five articles
        Result split = run("story", "split", "--data", data, event, "c9c6fe283f4d784a", "13e0aba892dcbc77");
        assertThat(split.exitCode()).as(split.err()).isZero();
        String afterSplit = exports(data);
        assertThat(afterSplit).contains("\"article_ids\":[\"13e0aba892dcbc77\",\"c9c6fe283f4d784a\"]");

        assertThat(run("analyze", "--data", data, CliTest.EXAMPLE.toString()).exitCode()).isZero();
        assertThat(exports(data)).isEqualTo(afterSplit);
        assertThat(run("recluster", "--data", data).exitCode()).isZero();
        assertThat(exports(data)).isEqualTo(afterSplit);
    }

    private static String exports(String data) {
        Result events = CliTest.runCapturingStdout("export", "--data", data, "--what", "events");
        Result stories = CliTest.runCapturingStdout("export", "--data", data, "--what", "stories");
        assertThat(events.exitCode()).as(events.err()).isZero();
        return events.out() + stories.out();
    }
}
