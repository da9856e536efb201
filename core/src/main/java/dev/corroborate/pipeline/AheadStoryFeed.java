package dev.corroborate.pipeline;

import dev.corroborate.cluster.KeptArticle;
import dev.corroborate.cluster.StoryClusterer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Kept articles fed in order, each chunk decoded and weighed ({@link StoryClusterer#prepare}) on
 * the common pool while this thread places the chunk before it: placement is sequential (each
 * article's place depends on those before it), but an article's vector is a function of its kept
 * counts and the document frequencies, which placing and restoring kept articles never change, so
 * the result is what decoding and weighing each at its turn gives.
 */
final class AheadStoryFeed {
    /** Articles a chunk: enough to keep the other threads busy, few enough to hold (about 10 KB each). */
    private static final int CHUNK = 1000;
    private final StoryClusterer clusterer;
    private final StoryFeed feed;
    private List<StoryArchive.Entry> chunk = new ArrayList<>(CHUNK);
    private CompletableFuture<List<KeptArticle>> ready;

    AheadStoryFeed(StoryClusterer clusterer, StoryFeed feed) {
        this.clusterer = clusterer;
        this.feed = feed;
    }

    void add(StoryArchive.Entry entry) {
        chunk.add(entry);
        if (chunk.size() == CHUNK) {
            next();
        }
    }

    /** Places what is left. */
    void finish() {
        next();
        placeReady();
    }

    private void next() {
        List<StoryArchive.Entry> entries = chunk;
        chunk = new ArrayList<>(CHUNK);
        CompletableFuture<List<KeptArticle>> decoding = CompletableFuture.supplyAsync(() -> {
            List<KeptArticle> articles = entries.parallelStream()
                    .map(entry -> KeptArticle.decode(entry.header(), entry.features())).toList();
            clusterer.prepare(articles);
            return articles;
        });
        placeReady();
        ready = decoding;
    }

    private void placeReady() {
        if (ready == null) {
            return;
        }
        List<KeptArticle> articles = OtherThreads.joined(ready);
        ready = null;
        for (KeptArticle article : articles) {
            feed.place(article.id(), article, clusterer::restore, clusterer::add);
        }
    }
}
