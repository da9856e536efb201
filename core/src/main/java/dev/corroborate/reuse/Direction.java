package dev.corroborate.reuse;

import static dev.corroborate.reuse.Citations.credits;
import static dev.corroborate.reuse.Citations.nameOf;

import dev.corroborate.model.Article;
import dev.corroborate.model.Passage;
import dev.corroborate.model.Precision;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which of two related articles is the source: publication times, credits in the dateline, naming
 * the other's outlet, and what a copy leaves ({@link CopyTraces}: the story only one text has, site
 * lines only one adds, one cut short where the other goes on) each cast a vote; the link is
 * oriented by the sum, with a confidence that grows with it and evidence a user can check. When
 * nothing tells them apart the smaller id is named source with confidence 0, so the answer does
 * not depend on the order of the pair. Immutable and thread-safe.
 */
final class Direction {

    /** The vote of one text adding only site furniture to the other's story. */
    static final double FURNITURE_VOTE = 0.5;
    /** The vote of one text stopping, at a sentence's end, where the other goes on with the story. */
    static final double TRUNCATION_VOTE = 0.5;
    /**
     * The vote of one text stopping in mid-sentence where the other goes on: nobody writes a story
     * that stops there, a page or a teaser that cut it does.
     */
    static final double CUT_VOTE = 2;

    private final ClassifierSettings settings;

    Direction(ClassifierSettings settings) {
        this.settings = settings;
    }

    /**
     * The link between {@code a} and {@code b} with the source chosen; the passages (offsets
     * {@code a} in the first article) and {@code evidence} are oriented to match.
     */
    ReuseLink orient(ReuseText preparedA, ReuseText preparedB, Relation relation, double score, List<Passage> passages,
            Overlap overlap, CopyTraces traces, List<String> evidence) {
        Article a = preparedA.article();
        Article b = preparedB.article();
        // Whether each names the other's outlet with an attribution phrase, asked once of each text.
        boolean bCitesA = preparedB.cites(a);
        boolean aCitesB = preparedA.cites(b);
        double vote = 0; // > 0: a is the source
        Map<Integer, Integer> signs = new HashMap<>(); // evidence index → the side it votes for (+1: a is the source)
        if (publishedBefore(a, b) || publishedBefore(b, a)) {
            boolean aFirst = publishedBefore(a, b);
            vote += aFirst ? settings.timeVote() : -settings.timeVote();
            signs.put(evidence.size(), aFirst ? 1 : -1);
            evidence.add((aFirst ? a.id() : b.id()) + " was published first ("
                    + (aFirst ? a.published().iso() : b.published().iso()) + ")");
        }
        if (credits(b, a)) {
            vote += settings.creditVote();
            signs.put(evidence.size(), 1);
            evidence.add(b.id() + " credits " + nameOf(a) + " in its dateline");
        }
        if (credits(a, b)) {
            vote -= settings.creditVote();
            signs.put(evidence.size(), -1);
            evidence.add(a.id() + " credits " + nameOf(b) + " in its dateline");
        }
        if (relation != Relation.CITES) {
            vote += sharedTextVote(a, b, bCitesA, aCitesB, relation, overlap, traces, evidence, signs);
        } else {
            vote += bCitesA && !aCitesB ? settings.citationVote()
                    : aCitesB && !bCitesA ? -settings.citationVote() : 0;
            evidence.add(bCitesA ? b.id() + " attributes to " + nameOf(a) : a.id() + " attributes to " + nameOf(b));
        }
        if (vote == 0) {
            // Nothing tells them apart: name a source all the same, the same whichever order the
            // pair came in, and say that the direction is unknown (confidence 0).
            evidence.add("nothing tells which came first; shown in id order");
        }
        boolean aFirst = vote > 0 || (vote == 0 && a.id().compareTo(b.id()) <= 0);
        if (vote != 0) {
            // Evidence outweighed by the rest is still shown, but said to point the other way, so that
            // no line reads as a reason for the direction it argues against.
            int chosen = aFirst ? 1 : -1;
            signs.forEach((index, side) -> {
                if (side != chosen) {
                    evidence.set(index, evidence.get(index) + " (this points the other way, outweighed by the rest)");
                }
            });
        }
        double confidence = Math.min(1, Math.abs(vote) / settings.certainVotes());
        if (aFirst) {
            return new ReuseLink(a.id(), b.id(), relation, round(score), round(confidence), passages, evidence);
        }
        List<Passage> swapped = passages.stream().map(Passage::swapped)
                .sorted(Comparator.comparingInt(Passage::aStart).thenComparingInt(Passage::bStart)).toList();
        return new ReuseLink(b.id(), a.id(), relation, round(score), round(confidence), swapped, evidence);
    }

    /**
     * The votes of articles that share text: naming the other's outlet, and what a copy leaves
     * ({@link CopyTraces}): having more of the story, adding only site lines, stopping early.
     */
    private double sharedTextVote(Article a, Article b, boolean bCitesA, boolean aCitesB, Relation relation,
            Overlap overlap, CopyTraces traces, List<String> evidence, Map<Integer, Integer> signs) {
        double vote = 0;
        // Naming the other's outlet in the text ("first published by X", "according to X").
        if (bCitesA && !aCitesB) {
            vote += settings.namingVote();
            signs.put(evidence.size(), 1);
            evidence.add(b.id() + " names " + nameOf(a) + " as its source");
        } else if (aCitesB && !bCitesA) {
            vote -= settings.namingVote();
            signs.put(evidence.size(), -1);
            evidence.add(a.id() + " names " + nameOf(b) + " as its source");
        }
        // The text the other reproduces more of is the derived one: a source has what its
        // excerpts and copies leave out, and they add nothing of the story it lacks.
        double reproducedA = Math.max(overlap.coverA(), overlap.sentenceShareA());
        double reproducedB = Math.max(overlap.coverB(), overlap.sentenceShareB());
        if (traces.storyA() > 0 && 4 * traces.storyB() <= traces.storyA() && reproducedB >= settings.reproducedWhole()) {
            vote += vote(evidence, signs, 1, storyVote(traces.storyA(), traces.storyB()),
                    moreOfTheStory(a, b, traces.storyA(), traces.storyB()));
        } else if (traces.storyB() > 0 && 4 * traces.storyA() <= traces.storyB() && reproducedA >= settings.reproducedWhole()) {
            vote += vote(evidence, signs, -1, storyVote(traces.storyB(), traces.storyA()),
                    moreOfTheStory(b, a, traces.storyB(), traces.storyA()));
        }
        // A republisher adds its site's lines around the story, and nothing of the story. A rewrite
        // rewords short lines too, so there a line only one text has tells nothing.
        boolean reworded = relation == Relation.REWRITE;
        if (!reworded && traces.furnitureB() > 0 && traces.storyB() == 0 && traces.furnitureA() == 0) {
            vote += vote(evidence, signs, 1, FURNITURE_VOTE, b.id() + " adds only lines that are not the story ("
                    + traces.furnitureB() + "), as a republishing site does");
        } else if (!reworded && traces.furnitureA() > 0 && traces.storyA() == 0 && traces.furnitureB() == 0) {
            vote += vote(evidence, signs, -1, FURNITURE_VOTE, a.id() + " adds only lines that are not the story ("
                    + traces.furnitureA() + "), as a republishing site does");
        }
        // Cut short at the end: both start with the same story, one stops where the other goes on.
        if (traces.startsSharedA() && traces.startsSharedB()) {
            if (traces.endsSharedB() && traces.tailA() > 0 && traces.storyB() == 0) {
                vote += vote(evidence, signs, 1, traces.cutB() ? CUT_VOTE : TRUNCATION_VOTE, truncated(b, a, traces.cutB()));
            } else if (traces.endsSharedA() && traces.tailB() > 0 && traces.storyA() == 0) {
                vote += vote(evidence, signs, -1, traces.cutA() ? CUT_VOTE : TRUNCATION_VOTE, truncated(a, b, traces.cutA()));
            }
        }
        return vote;
    }

    /** Records one vote's evidence and the side it points to; the vote, signed (+: a is the source). */
    private static double vote(List<String> evidence, Map<Integer, Integer> signs, int side, double size, String line) {
        signs.put(evidence.size(), side);
        evidence.add(line);
        return side * size;
    }

    /**
     * The vote of having more of the story: whole when the other adds nothing of the story and two
     * or more of its sentences are missing from it, half on one sentence (a lead left out, a
     * sentence reworded past recognition) or when the other adds a little.
     */
    private double storyVote(int more, int other) {
        return other == 0 && more >= 2 ? settings.reproducedVote() : settings.reproducedVote() / 2;
    }

    private static String moreOfTheStory(Article source, Article derived, int sentences, int derivedSentences) {
        return source.id() + " has more of the story: " + sentences + " sentence" + (sentences == 1 ? "" : "s")
                + " of it that " + derived.id() + " does not say, against " + derivedSentences + " the other way";
    }

    private static String truncated(Article derived, Article source, boolean midSentence) {
        return derived.id() + (midSentence ? " stops in mid-sentence" : " stops")
                + " where " + source.id() + " goes on: cut short at the end";
    }

    /**
     * Whether both times are known and {@code x} was surely published before {@code y}: two times
     * of which one is only a date, on the same day, do not tell.
     */
    static boolean publishedBefore(Article x, Article y) {
        if (x.published() == null || y.published() == null) {
            return false;
        }
        boolean sameDayOnly = (x.published().precision().ordinal() <= Precision.DAY.ordinal()
                || y.published().precision().ordinal() <= Precision.DAY.ordinal())
                && x.published().local().toLocalDate().equals(y.published().local().toLocalDate());
        return !sameDayOnly && x.published().instant().isBefore(y.published().instant());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
