package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether and how one article derives from another: copy (passages cover most of both),
 * partial (a substantial passage, not the whole), rewrite (most sentences of one have a reworded
 * counterpart in the other, in largely the same order), or cites (one names the other's outlet
 * with an attribution phrase and shares no text). The direction comes from publication times,
 * from credits naming the other's outlet, and from which text the passages cover more. Thresholds
 * are first settings, to be measured by the derivation benchmark of issue 4. Thread-safe.
 */
public final class PairClassifier {

    /** Both texts covered this much by passages: a copy. */
    static final double COPY_COVERAGE = 0.8;
    /** A passage of this many matched words, or this share of one text, makes a partial. */
    static final int PARTIAL_WORDS = 30;
    static final double PARTIAL_COVERAGE = 0.2;
    /** A sentence and its reworded counterpart share this share of their content words. */
    static final double SENTENCE_MATCH = 0.35;
    /** This share of the shorter text's sentences reworded in the other: a rewrite. */
    static final double REWRITE_SHARE = 0.5;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…。！？][\"”’»)]?)\\s+");

    private final PassageAligner aligner;

    public PairClassifier(PassageAligner aligner) {
        this.aligner = aligner;
    }

    public PairClassifier() {
        this(PassageAligner.defaults());
    }

    /** The derivation between {@code a} and {@code b}, if there is one. */
    public Optional<ReuseLink> classify(Article a, Article b) {
        String textA = a.text();
        String textB = b.text();
        int wordsA = Words.of(textA).size();
        int wordsB = Words.of(textB).size();
        if (wordsA == 0 || wordsB == 0) {
            return Optional.empty();
        }
        List<Passage> passages = aligner.align(textA, textB);
        int matched = passages.stream().mapToInt(Passage::matchedWords).sum();
        double coverA = Math.min(1, (double) matched / wordsA);
        double coverB = Math.min(1, (double) matched / wordsB);
        List<String> evidence = new ArrayList<>();
        Relation relation;
        double score;
        if (coverA >= COPY_COVERAGE && coverB >= COPY_COVERAGE) {
            relation = Relation.COPY;
            score = Math.min(coverA, coverB);
            evidence.add(String.format(Locale.ROOT, "shared passages cover %.0f%% and %.0f%% of the two texts",
                    100 * coverA, 100 * coverB));
        } else {
            double rewritten = rewrittenShare(textA, textB);
            if (rewritten >= REWRITE_SHARE && rewritten > Math.max(coverA, coverB)) {
                relation = Relation.REWRITE;
                score = rewritten;
                evidence.add(String.format(Locale.ROOT, "%.0f%% of the shorter text's sentences are reworded in the other, in order",
                        100 * rewritten));
            } else if (!passages.isEmpty() && (passages.stream().anyMatch(p -> p.matchedWords() >= PARTIAL_WORDS)
                    || Math.max(coverA, coverB) >= PARTIAL_COVERAGE)) {
                relation = Relation.PARTIAL;
                score = Math.max(coverA, coverB);
                evidence.add(String.format(Locale.ROOT, "%d shared passages, %d words matched (%.0f%% of the shorter text)",
                        passages.size(), matched, 100 * Math.max(coverA, coverB)));
            } else if (cites(b, a) || cites(a, b)) {
                relation = Relation.CITES;
                score = 0.5;
                passages = List.of();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(direct(a, b, relation, score, passages, coverA, coverB, evidence));
    }

    /** Chooses the source, and orients the passages and evidence to match. */
    private ReuseLink direct(Article a, Article b, Relation relation, double score, List<Passage> passages,
            double coverA, double coverB, List<String> evidence) {
        double vote = 0; // > 0: a is the source
        if (a.published() != null && b.published() != null) {
            int order = a.published().instant().compareTo(b.published().instant());
            boolean sameDayOnly = (a.published().precision().ordinal() <= dev.corroborate.model.Precision.DAY.ordinal()
                    || b.published().precision().ordinal() <= dev.corroborate.model.Precision.DAY.ordinal())
                    && a.published().local().toLocalDate().equals(b.published().local().toLocalDate());
            if (order != 0 && !sameDayOnly) {
                vote += order < 0 ? 2 : -2;
                evidence.add((order < 0 ? a.id() : b.id()) + " was published first ("
                        + (order < 0 ? a.published().iso() : b.published().iso()) + ")");
            }
        }
        if (credits(b, a)) {
            vote += 2;
            evidence.add(b.id() + " credits " + nameOf(a));
        }
        if (credits(a, b)) {
            vote -= 2;
            evidence.add(a.id() + " credits " + nameOf(b));
        }
        if (relation == Relation.PARTIAL && Math.abs(coverA - coverB) > 0.2) {
            // The text mostly made of the shared passages is the excerpt, usually the later one.
            vote += coverB > coverA ? 0.5 : -0.5;
        }
        boolean aFirst = vote >= 0;
        double confidence = Math.min(1, Math.abs(vote) / 4);
        if (aFirst) {
            return new ReuseLink(a.id(), b.id(), relation, round(score), round(confidence), passages, evidence);
        }
        List<Passage> swapped = passages.stream()
                .map(p -> new Passage(p.bStart(), p.bEnd(), p.aStart(), p.aEnd(), p.matchedWords())).toList();
        return new ReuseLink(b.id(), a.id(), relation, round(score), round(confidence), swapped, evidence);
    }

    /**
     * Whether {@code derived} credits {@code source} in its dateline: an outlet whose dateline names
     * another outlet's agency ("(Meridian Press)" in Harbour Daily) credits the article of that
     * agency: one whose outlet is the agency, or whose outlet is unknown but whose own dateline
     * names it. An article whose outlet is unknown, or is the agency itself, credits no one.
     */
    private static boolean credits(Article derived, Article source) {
        String agency = derived.agency();
        if (agency == null || derived.outlet() == null || sameName(agency, derived.outlet())) {
            return false;
        }
        return sameName(agency, source.outlet())
                || (sameName(agency, source.agency()) && (source.outlet() == null || sameName(source.agency(), source.outlet())));
    }

    /** Whether {@code citing} names {@code cited}'s outlet or agency with an attribution phrase. */
    private static boolean cites(Article citing, Article cited) {
        for (String name : new String[] {cited.outlet(), cited.agency()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String quoted = Pattern.quote(name);
            Pattern attribution = Pattern.compile("(?i)(according to|reported by|seen by|obtained by|told|"
                    + "cited by|verified by|confirmed to)\\s+(the\\s+)?" + quoted + "|" + quoted
                    + "\\s+(reported|said|reports|wrote|obtained|saw)");
            if (attribution.matcher(citing.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(String x, String y) {
        return x != null && y != null && !x.isBlank()
                && x.replaceAll("\\W+", "").equalsIgnoreCase(y.replaceAll("\\W+", ""));
    }

    private static String nameOf(Article article) {
        return article.agency() != null ? article.agency() : article.outlet();
    }

    /**
     * The share of the shorter text's sentences that have a reworded counterpart in the other,
     * counted only while the counterparts keep their order (a longest increasing run).
     */
    static double rewrittenShare(String textA, String textB) {
        List<Set<String>> sentencesA = sentences(textA);
        List<Set<String>> sentencesB = sentences(textB);
        List<Set<String>> shorter = sentencesA.size() <= sentencesB.size() ? sentencesA : sentencesB;
        List<Set<String>> longer = shorter == sentencesA ? sentencesB : sentencesA;
        if (shorter.isEmpty()) {
            return 0;
        }
        List<Integer> matches = new ArrayList<>();
        for (Set<String> sentence : shorter) {
            int best = -1;
            double bestScore = SENTENCE_MATCH;
            for (int j = 0; j < longer.size(); j++) {
                double overlap = overlap(sentence, longer.get(j));
                if (overlap >= bestScore) {
                    bestScore = overlap;
                    best = j;
                }
            }
            if (best >= 0) {
                matches.add(best);
            }
        }
        return (double) longestIncreasing(matches) / shorter.size();
    }

    private static List<Set<String>> sentences(String text) {
        List<Set<String>> sentences = new ArrayList<>();
        for (String paragraph : text.split("\n\n")) {
            for (String sentence : SENTENCE_END.split(paragraph)) {
                Set<String> words = new HashSet<>();
                for (Words.Word word : Words.of(sentence)) {
                    if (word.folded().length() > 3) { // content-ish words; short function words say little
                        words.add(word.folded());
                    }
                }
                if (words.size() >= 4) {
                    sentences.add(words);
                }
            }
        }
        return sentences;
    }

    private static double overlap(Set<String> x, Set<String> y) {
        int shared = 0;
        for (String word : x) {
            if (y.contains(word)) {
                shared++;
            }
        }
        return (double) shared / Math.max(1, Math.min(x.size(), y.size()));
    }

    private static int longestIncreasing(List<Integer> values) {
        List<Integer> tails = new ArrayList<>();
        for (int value : values) {
            int low = 0;
            int high = tails.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (tails.get(mid) < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            if (low == tails.size()) {
                tails.add(value);
            } else {
                tails.set(low, value);
            }
        }
        return tails.size();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
