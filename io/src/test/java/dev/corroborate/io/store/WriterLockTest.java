package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 4: two runs on one data folder interleaved; one writer at a time now. */
class WriterLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondWriterInAnotherProcessIsRefusedNamingTheFolderAndTheHolderWhileReadersGoOn() throws Exception {
        ArticleStore.open(dataDir).close();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderChild.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("holding");

            long started = System.nanoTime();
            assertThatThrownBy(() -> ArticleStore.open(dataDir, "recluster"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("another Corroborate process")
                    .hasMessageContaining("pid " + child.pid() + " (analyze)");
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).as("a bounded wait").isBetween(WriterLock.DEFAULT_WAIT, WriterLock.DEFAULT_WAIT.plusSeconds(5));

            try (ArticleStore reader = ArticleStore.openForReading(dataDir)) {
                assertThat(reader.count()).isZero();
            }
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: the system releases the lock
        }
        try (ArticleStore store = ArticleStore.open(dataDir, "analyze")) {
            long run = store.startRun("analyze", List.of(), Map.of());
            store.insert(List.of(ArticleStoreTest.article("a", "x", null, "A")), run);
        }
    }

    @Test
    void aWriterOfThisJvmHoldsTheFolderUntilItIsClosed() {
        try (WriterLock held = WriterLock.acquire(dataDir, "analyze", Duration.ZERO)) {
            assertThatThrownBy(() -> WriterLock.acquire(dataDir, "story split", Duration.ofMillis(150)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("pid " + ProcessHandle.current().pid() + " (analyze)");
        }
        WriterLock.acquire(dataDir, "story split", Duration.ZERO).close();
    }

    @Test
    void aWriterWaitsForAHolderThatFinishesWithinTheWait() throws Exception {
        WriterLock held = WriterLock.acquire(dataDir, "analyze", Duration.ZERO);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.close();
        });
        release.start();
        WriterLock.acquire(dataDir, "recluster", Duration.ofSeconds(5)).close();
        release.join();
    }
}
