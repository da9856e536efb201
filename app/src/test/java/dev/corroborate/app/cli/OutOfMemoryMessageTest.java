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
        assertThat(CorroborateCommand.outOfMemory(new OutOfMemoryError("GC overhead limit exceeded"))).isTrue();
        // A larger heap does not help these: they are told as they are.
        assertThat(CorroborateCommand.outOfMemory(new CompletionException(
                new OutOfMemoryError("unable to create native thread: possibly out of memory")))).isFalse();
        assertThat(CorroborateCommand.outOfMemory(new OutOfMemoryError("Metaspace"))).isFalse();
        assertThat(CorroborateCommand.outOfMemory(new OutOfMemoryError("Requested array size exceeds VM limit"))).isFalse();
    }

    @Test
    void theMessageNamesTheHeapAndALargerOne() {
        assertThat(CorroborateCommand.outOfMemoryMessage(6_028L * 1024 * 1024))
                .startsWith("corroborate: the run needed more memory than the Java heap allows (at most 6028 MB).")
                .contains("What was stored is kept")
                .endsWith("a larger heap, adding -Xmx12g to JAVA_OPTS.");
        assertThat(CorroborateCommand.outOfMemoryMessage(256L * 1024 * 1024)).endsWith("adding -Xmx2g to JAVA_OPTS.");
    }
}
