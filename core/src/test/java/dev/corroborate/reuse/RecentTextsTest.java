package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentTextsTest {

    private static final PairClassifier CLASSIFIER = new PairClassifier();

    /** A cache of exactly these texts' footprints, holding them, put in this order (the first the least recently used). */
    private static RecentTexts fullWith(ReuseText... texts) {
        long budget = 0;
        for (ReuseText text : texts) {
            budget += text.footprint();
        }
        RecentTexts recent = new RecentTexts(budget);
        for (ReuseText text : texts) {
            recent.put(text.article().id(), text);
        }
        return recent;
    }

    private static ReuseText text(String id, String paragraph) {
        return CLASSIFIER.prepare(PairClassifierTest.article(id, "Harbour Daily", "2026-02-03T11:40Z", null, paragraph));
    }

    private static final String SHORT = "The ferry to Lunmouth left late on Tuesday after a storm closed the harbour.";

    @Test
    void theLeastRecentlyUsedGoOncePastTheBudget() {
        ReuseText a = text("a", SHORT);
        ReuseText b = text("b", SHORT);
        ReuseText c = text("c", SHORT);
        RecentTexts recent = new RecentTexts(a.footprint() + b.footprint());
        recent.put("a", a);
        recent.put("b", b);
        assertThat(recent.get("a")).isSameAs(a); // a is now the most recently used
        recent.put("c", c);
        assertThat(recent.containsKey("b")).isFalse();
        assertThat(recent.get("a")).isSameAs(a);
        assertThat(recent.get("c")).isSameAs(c);
        assertThat(recent.held()).isEqualTo(a.footprint() + c.footprint());
    }

    @Test
    void askingWhetherATextIsHeldIsNotAUse() {
        RecentTexts recent = fullWith(text("a", SHORT), text("b", SHORT));
        assertThat(recent.containsKey("a")).isTrue();
        recent.put("c", text("c", SHORT));
        assertThat(recent.containsKey("a")).isFalse();
        assertThat(recent.containsKey("b")).isTrue();
    }

    @Test
    void aLongTextCountsForMoreThanAShortOneAndOneTextIsKeptWhateverItsSize() {
        ReuseText small = text("small", SHORT);
        ReuseText large = text("large", (SHORT + " ").repeat(200).strip());
        assertThat(large.footprint()).isGreaterThan(50 * small.footprint());
        RecentTexts recent = new RecentTexts(10 * small.footprint());
        recent.put("small", small);
        recent.put("large", large);
        assertThat(recent.size()).isEqualTo(1);
        assertThat(recent.get("large")).isSameAs(large);
        assertThat(recent.held()).isEqualTo(large.footprint());
    }

    @Test
    void puttingATextAgainCountsItOnce() {
        ReuseText a = text("a", SHORT);
        RecentTexts recent = new RecentTexts(10 * a.footprint());
        recent.put("a", a);
        recent.put("a", a);
        assertThat(recent.size()).isEqualTo(1);
        assertThat(recent.held()).isEqualTo(a.footprint());
    }

    @Test
    void puttingATextAgainMakesItTheMostRecentlyUsed() {
        ReuseText a = text("a", SHORT);
        RecentTexts recent = fullWith(a, text("b", SHORT));
        recent.put("a", a);
        recent.put("c", text("c", SHORT));
        assertThat(recent.containsKey("a")).isTrue();
        assertThat(recent.containsKey("b")).isFalse();
    }

    @Test
    void textsBeyondLatin1CountTwoBytesACharacter() {
        // The same made-up words letter for letter: the same words, anchors and sentences, so the
        // footprints differ by the text alone, held four times (paragraphs, joined, collapsed, with sentences).
        String latin = "Lama kora pena toro sema. Kora lama pena sema toro.";
        String greek = "Λαμα κορα πενα τορο σεμα. Κορα λαμα πενα σεμα τορο.";
        assertThat(greek).hasSameSizeAs(latin);
        assertThat(text("greek", greek).footprint() - text("latin", latin).footprint()).isEqualTo(4L * latin.length());
    }

    @Test
    void theBudgetIsATenthOfTheHeapUpTo384Megabytes() {
        assertThat(RecentTexts.budgetFor(1L << 30)).isEqualTo((1L << 30) / 10);
        assertThat(RecentTexts.budgetFor(16L << 30)).isEqualTo(384L << 20);
    }
}
