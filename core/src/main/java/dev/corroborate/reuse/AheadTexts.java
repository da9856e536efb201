package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch's new texts, read before {@link LinkFinder}'s header walk and sketched, then measured,
 * on the pool while the walk goes on (SQLite's thread, the other cores idle otherwise). The sketch
 * and measure runs take the texts no thread has taken yet, so the thread that needs them helps when
 * it comes to them; each ends when the pool's part of it does.
 */
final class AheadTexts {

    /** A new text's sketch and the names (folded, sorted) it holds of those it was searched for. */
    record Made(ReuseDetector.Sketch sketch, List<String> names) {
    }

    private final Map<String, Article> texts;
    private final List<Article> articles;
    private final Made[] made;
    private final Runnable sketch;
    private final CompletableFuture<Void> sketched;
    private final Runnable measure;
    private final CompletableFuture<Void> measured;

    private AheadTexts(Map<String, Article> texts, List<Article> articles, Made[] made, Runnable sketch,
                       CompletableFuture<Void> sketched, Runnable measure, CompletableFuture<Void> measured) {
        this.texts = texts;
        this.articles = articles;
        this.made = made;
        this.sketch = sketch;
        this.sketched = sketched;
        this.measure = measure;
        this.measured = measured;
    }

    /**
     * Reads the texts of the archive's articles without a kept sketch ({@code unsketched}, as the archive
     * told them: a batch's new ones, when it can tell them without the walk and they are at most a window, {@link BatchWindows#FILED_AT_ONCE}),
     * and starts on the pool their sketches, each text searched for every name in {@code checked},
     * then their measures into {@code measuredInto}; {@code null} when there are none to read so. For
     * a batch from the kept index, which runs only when every registered name is in {@code checked}:
     * the registered names a text holds are then those found here that are registered.
     */
    static AheadTexts start(Optional<Collection<String>> unsketched, ReuseDetector.Corpus corpus, ReuseDetector detector,
                            Set<String> checked, Map<String, ReuseText> measuredInto) {
        if (unsketched.isEmpty() || unsketched.get().isEmpty() || unsketched.get().size() > BatchWindows.FILED_AT_ONCE) {
            return null;
        }
        List<String> ids = unsketched.get().stream().sorted().toList();
        Map<String, Article> texts = corpus.requireAll(ids);
        List<Article> articles = ids.stream().map(texts::get).toList();
        List<String> names = checked.stream().sorted().toList();
        Made[] made = new Made[articles.size()];
        AtomicInteger nextSketch = new AtomicInteger();
        Runnable sketch = () -> {
            for (int i = nextSketch.getAndIncrement(); i < articles.size(); i = nextSketch.getAndIncrement()) {
                ReuseDetector.Sketch sketched = ReuseDetector.sketch(articles.get(i));
                made[i] = new Made(sketched, names.stream().filter(sketched.names()).toList());
            }
        };
        Runnable measure = measuring(articles, detector, measuredInto);
        int workers = Math.max(1, ForkJoinPool.getCommonPoolParallelism());
        List<CompletableFuture<Void>> sketching = new ArrayList<>();
        List<CompletableFuture<Void>> measuring = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            CompletableFuture<Void> sketched = CompletableFuture.runAsync(sketch, ForkJoinPool.commonPool());
            sketching.add(sketched);
            measuring.add(sketched.thenRunAsync(measure, ForkJoinPool.commonPool()));
        }
        return new AheadTexts(texts, articles, made, sketch,
                CompletableFuture.allOf(sketching.toArray(CompletableFuture[]::new)),
                measure, CompletableFuture.allOf(measuring.toArray(CompletableFuture[]::new)));
    }

    /**
     * A run that measures each of {@code articles} no thread has taken yet into {@code into}: several
     * threads may run it at once, and each returns when no text is left to take.
     */
    static Runnable measuring(List<Article> articles, ReuseDetector detector, Map<String, ReuseText> into) {
        AtomicInteger next = new AtomicInteger();
        return () -> {
            for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                into.put(articles.get(i).id(), detector.prepare(articles.get(i)));
            }
        };
    }

    /** The texts read, by id. */
    Map<String, Article> texts() {
        return texts;
    }

    /** Each new text's sketch with the names it holds of those searched for, by id, once all are made (this thread helping). */
    Map<String, Made> sketches() {
        sketch.run();
        sketched.join();
        Map<String, Made> byId = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byId.put(articles.get(i).id(), made[i]);
        }
        return byId;
    }

    /** Returns once every text is measured, this thread measuring those the pool has not taken. */
    void measureAll() {
        measure.run();
        measured.join();
    }

    /** Waits for the pool's part of the measuring (the texts were not used: it must end before they are dropped). */
    void finish() {
        measured.join();
    }
}
