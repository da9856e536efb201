package dev.corroborate.app.web;

import dev.corroborate.io.store.ArticleStore;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one store the server reads, used by one request at a time (the store is not thread-safe).
 * Thread-safe.
 */
final class StoreGate {

    private final ArticleStore store;

    StoreGate(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Runs a read against the store, alone. */
    synchronized <T> T read(Function<ArticleStore, T> query) {
        return query.apply(store);
    }
}
