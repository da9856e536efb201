package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import dev.corroborate.model.PublishedTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sketches a {@link LinkFinder} run makes or takes back, and what of them is to be kept: a new
 * article's sketch with the registered names its text holds, and a kept article's sketch with the
 * names no kept sketch was searched for ({@link #newNames}) that its text holds. Thread-safe for
 * {@link #sketch} and {@link #fresh} (a chunk's sketches are made on all cores) once the new names are set.
 */
final class SketchBook {

    private final ReuseDetector detector;
    /** Names no kept sketch was searched for (all of them from scratch). */
    private final Set<String> newNames = new HashSet<>();
    private final List<KeptSketch> toKeep = new ArrayList<>();
    /** Where the sketches to keep go once {@link SketchSpill#setAsideAt} are held; null: all are held to the run's end. */
    private SketchSpill spill;

    SketchBook(ReuseDetector detector) {
        this.detector = detector;
    }

    /** Sets the sketches to keep aside in {@code spill} as they come ({@code null}: held to the run's end). */
    void setAsideIn(SketchSpill spill) {
        this.spill = spill;
    }

    /**
     * Sets the sketches to keep held so far aside, when there is somewhere to put them and at least
     * {@link SketchSpill#setAsideAt}: on the run's thread, between chunks.
     */
    void setAsideIfMany() {
        if (spill == null) {
            return;
        }
        List<KeptSketch> taken;
        synchronized (toKeep) {
            if (toKeep.isEmpty() || toKeep.size() < spill.setAsideAt()) {
                return;
            }
            taken = new ArrayList<>(toKeep);
            toKeep.clear();
        }
        spill.setAside(taken);
    }

    /** The names no kept sketch was searched for: set before the first sketch is made. */
    Set<String> newNames() {
        return newNames;
    }

    /** The sketches made or completed so far, to be kept, but for those set aside ({@link #setAsideIfMany}). */
    List<KeptSketch> toKeep() {
        return toKeep;
    }

    /**
     * The sketch of one article: made from its text when it is new ({@code kept} null; then kept), from
     * the kept one otherwise, its names completed from the text when names never searched for have appeared.
     */
    ReuseDetector.Sketch sketch(String id, PublishedTime published, KeptSketch kept, Article article) {
        if (kept == null) {
            // Every name the detector asks about is registered (all are, before any article is
            // added): the text is searched for each once, here on all cores, not again for each
            // look-up of its name candidates.
            ReuseDetector.Sketch made = ReuseDetector.sketch(article);
            return fresh(id, new AheadTexts.Made(made, detector.registeredNames(made.names())));
        }
        Set<String> names = new HashSet<>(kept.names());
        if (!newNames.isEmpty()) {
            String folded = article.text().toLowerCase(Locale.ROOT);
            List<String> found = newNames.stream().filter(folded::contains).toList();
            if (!found.isEmpty()) {
                names.addAll(found);
                synchronized (toKeep) {
                    toKeep.add(new KeptSketch(id, kept.signature(), kept.wordSignature(), kept.fingerprints(),
                            names.stream().sorted().toList()));
                }
            }
        }
        return ReuseDetector.Sketch.of(id, published, kept, names);
    }

    /**
     * The kept sketches of {@code kept} completed with the names {@code found} says their texts hold
     * (names no kept sketch was searched for), by id; each is kept.
     */
    Map<String, KeptSketch> completeNames(Map<String, List<String>> found, Map<String, KeptSketch> kept) {
        Map<String, KeptSketch> completed = new HashMap<>();
        found.forEach((id, names) -> {
            KeptSketch sketch = kept.get(id);
            if (sketch != null) {
                Set<String> all = new java.util.TreeSet<>(sketch.names());
                all.addAll(names);
                completed.put(id, new KeptSketch(id, sketch.signature(), sketch.wordSignature(), sketch.fingerprints(),
                        List.copyOf(all)));
            }
        });
        synchronized (toKeep) {
            completed.values().stream().sorted(java.util.Comparator.comparing(KeptSketch::articleId)).forEach(toKeep::add);
        }
        return completed;
    }

    /** A new article's sketch, with the registered names (folded, sorted) its text holds: kept, and filed with them. */
    ReuseDetector.Sketch fresh(String id, AheadTexts.Made made) {
        ReuseDetector.Sketch sketch = made.sketch();
        List<String> names = made.names();
        synchronized (toKeep) {
            toKeep.add(new KeptSketch(id, sketch.signature(), sketch.wordSignature(), sketch.fingerprints(), names));
        }
        return new ReuseDetector.Sketch(sketch.id(), sketch.published(), sketch.signature(), sketch.wordSignature(),
                sketch.fingerprints(), Set.copyOf(names)::contains);
    }
}
