package dev.corroborate.reuse;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classifier's measures ({@link ReuseText}) of the articles most recently in a pair, within a
 * budget of heap bytes ({@link ReuseText#footprint()}), the least recently used let go first. A
 * cache only: measures are a function of the text, so what it holds never changes a link.
 *
 * <p>Why a budget of bytes and not a count: an old article comes back as a candidate of new ones
 * for as long as its subject is reported (days), and a chunk of 256 new articles pairs about 2,500
 * distinct ones. The 3,000 texts once kept held little more than one chunk's worth: at 100,000
 * articles over 60 days the run measured 492,817 texts for 93,696 articles; 9,000 kept (384 MB
 * of ordinary news texts, about 43 KB each by {@link ReuseText#footprint()}) measure about 165,000
 * (docs/BENCHMARKS.md, twenty-third session). Texts differ in length (a
 * 50,000-word article holds as much as a hundred ordinary ones), so what is kept is counted in
 * bytes. Not thread-safe: the stage's thread alone uses it.
 */
final class RecentTexts {

    private final LinkedHashMap<String, ReuseText> texts = new LinkedHashMap<>(1_024, 0.75f, true);
    private final long budget;
    private long held;

    /** A cache of at most {@code budget} bytes of measures (a text larger than that is kept alone, until the next). */
    RecentTexts(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be >= 0, got " + budget);
        }
        this.budget = budget;
    }

    /**
     * The budget for a heap of {@code maxHeap} bytes: a tenth of it, at most 384 MB (about 9,000
     * news articles' measures; 12,000 would measure 134,000 texts instead of 165,000, and the run's
     * other holdings come first at a million articles within a 4 GB heap).
     */
    static long budgetFor(long maxHeap) {
        return Math.min(384L << 20, maxHeap / 10);
    }

    /** The measures of {@code id}, made the most recently used; {@code null} when not held. */
    ReuseText get(String id) {
        return texts.get(id);
    }

    /** Whether the measures of {@code id} are held (not a use: the order is unchanged). */
    boolean containsKey(String id) {
        return texts.containsKey(id);
    }

    /** Holds {@code text} as the most recently used, letting the least recently used go past the budget. */
    void put(String id, ReuseText text) {
        ReuseText before = texts.put(id, text);
        if (before != null) {
            held -= before.footprint();
        }
        held += text.footprint();
        Iterator<Map.Entry<String, ReuseText>> eldest = texts.entrySet().iterator();
        while (held > budget && texts.size() > 1) {
            ReuseText gone = eldest.next().getValue();
            eldest.remove();
            held -= gone.footprint();
        }
    }

    int size() {
        return texts.size();
    }

    /** The bytes the held measures count, by {@link ReuseText#footprint()}. */
    long held() {
        return held;
    }
}
