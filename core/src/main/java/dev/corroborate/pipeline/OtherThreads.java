package dev.corroborate.pipeline;

import java.util.concurrent.CompletableFuture;

/** What the stages share about work they hand to other threads. */
final class OtherThreads {

    private OtherThreads() {
    }

    /** The result of work done on other threads, its own failure rethrown as it was thrown there. */
    static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
