package dev.corroborate.pipeline;

import dev.corroborate.cluster.KeptArticle;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The story stage's kept features (what describing an article gives, kept so a later run need not
 * read its text again): which articles have them, describing and keeping the missing ones, and a
 * batch's new articles described on the other threads ({@link Pending}).
 */
final class KeptStoryFeatures {

    private KeptStoryFeatures() {
    }

    /**
     * Lists every article id in feed order into {@code ids} and those with no features kept into
     * {@code without}; returns whether the kept features are current: made under {@link StoryStage#FEATURES_STAMP}
     * and counted by the kept frequencies (features kept for articles no longer in the corpus are
     * still counted by them: then, as under another stamp, every article's are made again).
     */
    static boolean listFeatures(StoryArchive kept, List<String> ids, List<String> without) {
        kept.forEachId((id, has) -> {
            ids.add(id);
            if (!has) {
                without.add(id);
            }
        });
        return current(kept, ids.size(), without.size());
    }

    /**
     * Whether the kept features of a corpus of {@code articles} articles, {@code without} of which
     * have none kept, are current: made under {@link StoryStage#FEATURES_STAMP} and counted by the
     * kept frequencies.
     */
    static boolean current(StoryArchive kept, int articles, int without) {
        boolean stamped = kept.keptStamp().filter(StoryStage.FEATURES_STAMP::equals).isPresent();
        return stamped && articles - without == kept.keptDocuments();
    }

    /**
     * Describes and keeps the features of every article that has none kept (all of them when the
     * kept ones are not {@code current}), a chunk per transaction: reads only those articles' texts.
     * The store is read and written on a thread of its own while this thread and the pool describe:
     * chunk k is described while chunk k + 1 is read and chunk k - 1 kept (in that order, the one
     * thread using the store), so a run from scratch's reading and writing of every article's
     * features (a fifth of its story step at 100,000 articles) is no longer a stretch where describing
     * waits. The same chunks kept in the same order as one after the other. Returns {@code current}.
     */
    static boolean keepMissingFeatures(Corpus corpus, StoryArchive kept, StoryClusterer describer,
                                               List<String> ids, List<String> without, boolean current) {
        List<String> missing = current ? without : ids;
        boolean forget = !current;
        if (forget && missing.isEmpty()) {
            kept.keepFeatures(Map.of(), Map.of(), true, StoryStage.FEATURES_STAMP);
        }
        if (missing.isEmpty()) {
            return current;
        }
        java.util.concurrent.ExecutorService store = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "story-features-store");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<List<Article>> reading = CompletableFuture.supplyAsync(
                    () -> corpus.requireInOrder(chunk(missing, 0)), store);
            CompletableFuture<Void> keeping = null;
            for (int from = 0; from < missing.size(); from += StoryStage.KEEP_CHUNK) {
                List<Article> articles = OtherThreads.joined(reading);
                int next = from + StoryStage.KEEP_CHUNK;
                reading = next < missing.size()
                        ? CompletableFuture.supplyAsync(() -> corpus.requireInOrder(chunk(missing, next)), store) : null;
                Described described = Described.of(articles, describer);
                if (keeping != null) {
                    OtherThreads.joined(keeping); // the chunk before, kept while this one was described (or its failure)
                }
                boolean forgetting = forget;
                keeping = CompletableFuture.runAsync(() -> kept.keepFeatures(described.features(), described.frequencies(),
                        forgetting, StoryStage.FEATURES_STAMP), store);
                forget = false;
            }
            OtherThreads.joined(keeping);
        } finally {
            // After a failure, the store's thread ends what it was given before the failure is thrown on.
            store.shutdown();
            try {
                store.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return current;
    }

    /** The ids of the chunk from {@code from}. */
    private static List<String> chunk(List<String> ids, int from) {
        return ids.subList(from, Math.min(ids.size(), from + StoryStage.KEEP_CHUNK));
    }

    /** Articles described: their kept features' text form in feed order, and how many of them hold each feature. */
    record Described(Map<String, String> features, Map<String, Integer> frequencies) {

        /**
         * Each article described alone (a function of its text) on both cores, kept in feed order, and its
         * terms counted there, each thread into a table of its own, the tables then summed.
         */
        static Described of(List<Article> articles, StoryClusterer describer) {
            Tally tally = articles.parallelStream().collect(Tally::new,
                    (into, article) -> into.add(describer.describe(article)), Tally::addAll);
            Map<String, String> features = new LinkedHashMap<>();
            for (int at = 0; at < tally.ids.size(); at++) {
                features.put(tally.ids.get(at), tally.encoded.get(at));
            }
            Map<String, Integer> frequencies = new HashMap<>((int) (tally.counted.size() / 0.75f) + 1);
            tally.counted.forEach((term, count) -> frequencies.put(term, count[0]));
            return new Described(features, frequencies);
        }

        /**
         * What one thread described of a stretch of the articles: their ids and text forms in feed order, and
         * how many of them hold each term. Counted as each is described, while its terms are in the core's
         * cache: counted afterwards on one thread, each of the 18.4 million terms of 100,000 articles (the sum
         * of story_terms' documents in that store) was a walk to memory, and the chunk's other core had
         * nothing to do (a third of the 38 s the story step spent describing them). In place (an int array a
         * term), not by Map.merge with Integer::sum, which boxes a new count at every article past the 127th
         * holding a term.
         */
        private static final class Tally {
            final List<String> ids = new ArrayList<>();
            final List<String> encoded = new ArrayList<>();
            final Map<String, int[]> counted = new HashMap<>();

            void add(KeptArticle article) {
                ids.add(article.id());
                encoded.add(article.encode());
                for (String term : article.terms()) {
                    int[] count = counted.get(term);
                    if (count == null) {
                        counted.put(term, new int[] {1});
                    } else {
                        count[0]++;
                    }
                }
            }

            /** Adds the stretch that follows this one (a parallel stream's combiner keeps the order). */
            void addAll(Tally next) {
                ids.addAll(next.ids);
                encoded.addAll(next.encoded);
                next.counted.forEach((term, count) -> {
                    int[] mine = counted.putIfAbsent(term, count);
                    if (mine != null) {
                        mine[0] += count[0];
                    }
                });
            }
        }
    }

    /**
     * The features of a batch's new articles, described on the other threads while the batch reads
     * what it restores (which never reads them), and kept once, before the batch reads them back:
     * {@link #keep()}, which every way out of the batch calls.
     */
    static final class Pending {
        private final StoryArchive kept;
        private final CompletableFuture<Described> described;
        /** The articles being described, by id: their times, without waiting for them to be kept. */
        final Map<String, Article> articles = new HashMap<>();
        private boolean done;

        /** Nothing pending: the features were kept already. */
        Pending(StoryArchive kept) {
            this.kept = kept;
            this.described = null;
            this.done = true;
        }

        Pending(StoryArchive kept, List<Article> articles, StoryClusterer describer) {
            this.kept = kept;
            articles.forEach(article -> this.articles.put(article.id(), article));
            this.described = CompletableFuture.supplyAsync(() -> Described.of(articles, describer));
        }

        /** Waits for the description and keeps it (once). */
        void keep() {
            if (done) {
                return;
            }
            done = true;
            Described features = OtherThreads.joined(described);
            kept.keepFeatures(features.features(), features.frequencies(), false, StoryStage.FEATURES_STAMP);
        }
    }
}
