package dev.corroborate.io.source;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: past {@code max} bytes it stops reading and
 * gives the {@code max + 1} bytes it has, so the caller sees the body was too large. {@link #cancel()}
 * stops it from another thread, for a deadline. One body per instance; thread-safe as the HTTP
 * client requires (calls in sequence, {@code cancel} from anywhere).
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    BoundedBody(long max) {
        this.max = max;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        if (cancelled) {
            given.cancel();
        } else {
            given.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int take = (int) Math.min(buffer.remaining(), max + 1 - bytes.size());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.write(chunk, 0, take);
        }
        if (bytes.size() > max) {
            subscription.cancel();
            result.complete(bytes.toByteArray());
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops reading: the connection is given up. */
    void cancel() {
        cancelled = true;
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        result.cancel(false);
    }
}
