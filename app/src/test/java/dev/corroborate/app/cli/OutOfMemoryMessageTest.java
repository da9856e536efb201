package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A run that runs out of heap is told as a size to give, not as a bug: the heap running out on a
 * step's own thread reaches the command line wrapped (a {@link CompletionException}), and the
 * message names the heap the run had and a larger one.
 */
class OutOfMemoryMessageTest {

    @Test
    void theHeapRunningOutIsFoundThroughTheWrappersOfTheRunsThreads() {
        OutOfMemoryError heap = new OutOfMemoryError("Java heap space");
        assertThat(CorroborateCommand.outOfMemory(heap)).isTrue();
        assertThat(CorroborateCommand.outOfMemory(new CompletionException(heap))).isTrue();
        assertThat(CorroborateCommand.outOfMemory(new RuntimeException("reading", new CompletionException(heap)))).isTrue();
        assertThat(CorroborateCommand.outOfMemory(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void theMessageNamesTheHeapAndALargerOne() {
        assertThat(CorroborateCommand.outOfMemoryMessage(6_028L * 1024 * 1024))
                .startsWith("corroborate: the run needed more memory than the Java heap allows (at most 6028 MB).")
                .contains("What was stored is kept")
                .endsWith("JAVA_OPTS=-Xmx12g ./corroborate ...");
        assertThat(CorroborateCommand.outOfMemoryMessage(256L * 1024 * 1024)).endsWith("JAVA_OPTS=-Xmx2g ./corroborate ...");
    }
}
