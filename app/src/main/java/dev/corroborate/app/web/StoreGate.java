package dev.corroborate.app.web;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * The stores the server reads: a few read-only connections to one data directory (a store object
 * is not thread-safe, but SQLite in WAL mode lets several connections read at once), each lent to
 * one request at a time, so requests run in parallel. Each read runs in one read transaction
 * ({@link ArticleStore#inOneReading}): a page sees one state of the store, and a read that starts
 * after a correction committed sees the correction. Thread-safe.
 */
final class StoreGate implements AutoCloseable {

    /** How many stores to keep open: more than the cores, so a request waiting on the disk leaves a core to another. */
    static final int DEFAULT_READERS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final Path dataDir;
    private final List<ArticleStore> all;
    private final BlockingQueue<ArticleStore> idle;
    private volatile boolean closed;

    private StoreGate(Path dataDir, List<ArticleStore> stores) {
        this.dataDir = dataDir;
        this.all = List.copyOf(stores);
        this.idle = new ArrayBlockingQueue<>(stores.size(), false, stores);
    }

    /** {@code readers} stores of {@code dataDir}, opened read-only (the first one migrates an older store). */
    static StoreGate open(Path dataDir, int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be 1 or more, got " + readers);
        }
        List<ArticleStore> stores = new ArrayList<>(readers);
        try {
            for (int i = 0; i < readers; i++) {
                stores.add(ArticleStore.openForReading(dataDir));
            }
        } catch (RuntimeException e) {
            stores.forEach(ArticleStore::close);
            throw e;
        }
        return new StoreGate(dataDir, stores);
    }

    /** The data directory the stores read. */
    Path dataDir() {
        return dataDir;
    }

    /** Runs a read on a store no other request is using (waiting for one to be free), in one read transaction. */
    <T> T read(Function<ArticleStore, T> query) {
        Objects.requireNonNull(query, "query");
        ArticleStore store = borrow();
        try {
            return store.inOneReading(() -> query.apply(store));
        } finally {
            idle.add(store);
        }
    }

    private ArticleStore borrow() {
        if (closed) {
            throw new StoreException("the server is stopping");
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store");
        }
    }

    /** Closes every store; call once no request runs (after the server stopped). */
    @Override
    public void close() {
        closed = true;
        RuntimeException first = null;
        for (ArticleStore store : all) {
            try {
                store.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
