package dev.corroborate.reuse;

import static dev.corroborate.reuse.Direction.publishedBefore;

import dev.corroborate.model.Article;
import dev.corroborate.model.Passage;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether and how one article derives from another: copy (verbatim passages cover most of
 * both), rewrite (most sentences of both have a reworded counterpart in the other, in largely the
 * same order, and the wording is not kept), partial (a substantial part of one is found in the
 * other, verbatim or reworded), or cites (one names the other's outlet with an attribution phrase
 * and shares no text). What the two share is measured by {@link Overlap}; the direction is chosen
 * by {@link Direction}. Thresholds in {@link ClassifierSettings}, set on the derivation benchmark
 * ({@code bench} ReuseQuality, docs/BENCHMARKS.md). Immutable and thread-safe.
 */
public final class PairClassifier {

    private final PassageAligner aligner;
    private final ClassifierSettings settings;
    private final Direction direction;
    private final SiteFurniture furniture;

    public PairClassifier(PassageAligner aligner, ClassifierSettings settings) {
        this.aligner = Objects.requireNonNull(aligner, "aligner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.direction = new Direction(settings);
        this.furniture = new SiteFurniture(settings);
    }

    public PairClassifier(PassageAligner aligner) {
        this(aligner, ClassifierSettings.DEFAULTS);
    }

    public PairClassifier() {
        this(PassageAligner.defaults());
    }

    /** The derivation between {@code a} and {@code b}, if there is one. */
    public Optional<ReuseLink> classify(Article a, Article b) {
        return classify(prepare(a), prepare(b));
    }

    /** What this classifier measures of one article on its own, to classify many of its pairs. Thread-safe. */
    public ReuseText prepare(Article article) {
        return new ReuseText(article, furniture, aligner);
    }

    /** As {@link #classify(Article, Article)}, for articles already prepared by {@link #prepare}. */
    public Optional<ReuseLink> classify(ReuseText preparedA, ReuseText preparedB) {
        if (preparedA.words().isEmpty() || preparedB.words().isEmpty()) {
            return Optional.empty();
        }
        List<Passage> verbatim = furniture.withoutFurniture(aligner.align(preparedA.anchors(), preparedB.anchors()),
                preparedA, preparedB);
        Article a = preparedA.article();
        Article b = preparedB.article();
        Overlap overlap = Overlap.measure(preparedA, preparedB, verbatim, settings);
        List<String> evidence = new ArrayList<>();
        Relation relation;
        double score;
        List<Passage> passages = new ArrayList<>(overlap.verbatim());
        // The cosine of the two texts' content words: asked only of a pair that may cite.
        double topicSimilarity = 0;
        if (overlap.coverA() >= settings.copyCoverage() && overlap.coverB() >= settings.copyCoverage()) {
            relation = Relation.COPY;
            score = Math.min(overlap.coverA(), overlap.coverB());
            evidence.add(String.format(Locale.ROOT, "shared wording covers %.0f%% and %.0f%% of the two texts",
                    100 * overlap.coverA(), 100 * overlap.coverB()));
        } else if (isRewriteInOrder(overlap)) {
            relation = Relation.REWRITE;
            score = overlap.inOrderShorter();
            passages.addAll(overlap.reworded());
            evidence.add(String.format(Locale.ROOT,
                    "%.0f%% of the shorter text's sentences have a counterpart in the other, in order; "
                            + "shared wording covers %.0f%% of it",
                    100 * overlap.inOrderShorter(), 100 * overlap.coverShorter()));
        } else if (isParaphrase(overlap)) {
            relation = Relation.REWRITE;
            score = overlap.paraphraseShare();
            passages.addAll(overlap.paraphraseChain());
            evidence.add(String.format(Locale.ROOT,
                    "%d sentences paraphrased one after the other (%.0f%% of the shorter text's sentences); "
                            + "shared wording covers %.0f%% of it",
                    overlap.paraphraseChain().size(), 100 * overlap.paraphraseShare(), 100 * overlap.coverShorter()));
        } else if (!overlap.verbatim().isEmpty() && (overlap.matchedWords() >= settings.partialWords()
                || overlap.closeSentences() >= settings.rewordedPartialSentences())) {
            relation = Relation.PARTIAL;
            passages.addAll(overlap.reworded());
            score = Math.max(Math.max(overlap.coverA(), overlap.coverB()),
                    Math.min(overlap.sentenceShareA(), overlap.sentenceShareB()));
            evidence.add(String.format(Locale.ROOT,
                    "%d shared passage%s (%d words of shared wording) and %d reworded sentence%s",
                    overlap.verbatim().size(), overlap.verbatim().size() == 1 ? "" : "s", overlap.matchedWords(),
                    overlap.reworded().size(), overlap.reworded().size() == 1 ? "" : "s"));
        } else if (((preparedB.cites(a) && !publishedBefore(b, a)) || (preparedA.cites(b) && !publishedBefore(a, b)))
                && (topicSimilarity = Sentences.topicSimilarity(preparedA.sentences(), preparedB.sentences()))
                        >= settings.citesTopicSimilarity()) {
            // An attribution names something already published: an article that came out after
            // the citing one is another article of the same outlet.
            // Naming an outlet is not enough: the outlet has other articles. The cited one is on the
            // same subject, and the detector keeps only the closest article of each cited outlet.
            relation = Relation.CITES;
            score = topicSimilarity;
            passages = new ArrayList<>();
        } else {
            return Optional.empty();
        }
        passages.sort(Comparator.comparingInt(Passage::aStart).thenComparingInt(Passage::bStart));
        CopyTraces traces = relation == Relation.CITES ? null : CopyTraces.measure(preparedA, preparedB, overlap, settings,
                relation == Relation.REWRITE);
        return Optional.of(direction.orient(preparedA, preparedB, relation, Math.min(1, score), passages, overlap, traces, evidence));
    }

    /** Most sentences of both reworded, in order, and the wording not kept. */
    private boolean isRewriteInOrder(Overlap overlap) {
        return overlap.inOrderShorter() >= settings.rewriteShareShorter()
                && overlap.inOrderCount() >= settings.rewriteMinSentences()
                && overlap.sentenceShareLonger() >= settings.rewriteShareLonger()
                && overlap.coverShorter() < settings.copyCoverage();
    }

    /** A long run of loosely paraphrased sentences, one after the other, and the wording not kept. */
    private boolean isParaphrase(Overlap overlap) {
        return overlap.paraphraseChain().size() >= settings.paraphraseMinSentences()
                && overlap.paraphraseShare() >= settings.paraphraseShare()
                && overlap.coverShorter() < settings.copyCoverage();
    }
}
