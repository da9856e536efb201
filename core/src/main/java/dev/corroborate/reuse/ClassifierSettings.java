package dev.corroborate.reuse;

/**
 * The thresholds and weights of {@link PairClassifier}: when two articles' overlap is a copy, a
 * rewrite, a partial or a citation, and how the evidence votes on which came first. Set on the
 * derivation benchmark ({@code bench} ReuseQuality, docs/BENCHMARKS.md); {@link #DEFAULTS} holds
 * the measured values. Immutable.
 *
 * @param copyCoverage              both texts covered this much by verbatim passages: a copy (0.8)
 * @param partialWords              this many words in verbatim passages make a partial, however long
 *                                  the texts (an excerpt of two sentences in a long report); fewer
 *                                  are a stock phrase, not reuse (15)
 * @param rewriteShareShorter       a rewrite: this share of the shorter text's sentences have a
 *                                  counterpart in the other, in order (0.5)...
 * @param rewriteShareLonger        ...and this share of the longer text's sentences have one (0.4)...
 * @param rewriteMinSentences       ...and at least this many sentences are counterparts in order (3)
 * @param rewordedSimilarity        sentences this close (cosine of their content words) are
 *                                  counterparts: a loose paraphrase keeps about half its content
 *                                  words. A single such pair says little; a run of them in the
 *                                  order of the other text is what makes a rewrite (0.5)
 * @param rewordedPartialSimilarity reworded sentence pairs this close count toward a partial
 *                                  without much shared wording (0.6)...
 * @param rewordedPartialMinWords   ...when both sentences have this many content words (6)...
 * @param rewordedPartialSentences  ...and this many such pairs make a partial (3)
 * @param rewordedMaxVerbatimShare  a sentence pair is reworded only when less than this share of
 *                                  the first sentence lies in verbatim passages already (0.5)
 * @param paraphraseSimilarity      loose paraphrase: sentences this close can be counterparts in a
 *                                  run (0.35)...
 * @param paraphraseSkip            ...whose steps skip at most this many sentences of either text (1)...
 * @param paraphraseMinSentences    ...at least this long (5)...
 * @param paraphraseShare           ...covering this share of the shorter text's sentences: a rewrite (0.6)
 * @param citesTopicSimilarity      a citation needs this cosine between the two texts' content
 *                                  words: the same subject (0.08)
 * @param minPassageWords           a passage must keep this many matched words once furniture is
 *                                  taken out, the aligner's own minimum (8)
 * @param furnitureCreditChars      a republication credit ("This story was first published by X")
 *                                  is a paragraph shorter than this (160 characters)
 * @param ownTopicalWords           text only one article has speaks of the story when it holds this
 *                                  many distinct content words of the other (3)
 * @param timeVote                  the vote of an earlier publication time for the earlier article (2)
 * @param creditVote                the vote of a dateline credit for the credited article (2)
 * @param namingVote                the vote of naming the other's outlet as a source, for copies,
 *                                  partials and rewrites (1.5)
 * @param citationVote              the vote of an attribution, for citations (2)
 * @param reproducedWhole           the reproduced-share vote counts only when one text is reproduced
 *                                  at least this much (0.7)...
 * @param reproducedMinDifference   ...and the two texts' reproduced shares differ by more than this (0.02)...
 * @param reproducedClearDifference ...the vote being {@code reproducedVote} above this difference
 *                                  (0.1) and half of it below
 * @param reproducedVote            the vote of having more of the story than the other (1); half of
 *                                  it against an article whose only own text is site furniture
 * @param certainVotes              the size of the vote that makes the direction certain: the
 *                                  direction confidence is the vote's size over this, at most 1 (4)
 */
public record ClassifierSettings(double copyCoverage, int partialWords, double rewriteShareShorter,
        double rewriteShareLonger, int rewriteMinSentences, double rewordedSimilarity, double rewordedPartialSimilarity,
        int rewordedPartialMinWords, int rewordedPartialSentences, double rewordedMaxVerbatimShare,
        double paraphraseSimilarity, int paraphraseSkip, int paraphraseMinSentences, double paraphraseShare,
        double citesTopicSimilarity, int minPassageWords, int furnitureCreditChars, int ownTopicalWords,
        double timeVote, double creditVote, double namingVote, double citationVote, double reproducedWhole,
        double reproducedMinDifference, double reproducedClearDifference, double reproducedVote, double certainVotes) {

    /** The values measured on the derivation benchmark. */
    public static final ClassifierSettings DEFAULTS = new ClassifierSettings(0.8, 15, 0.5, 0.4, 3, 0.5, 0.6, 6, 3, 0.5,
            0.35, 1, 5, 0.6, 0.08, 8, 160, 3, 2, 2, 1.5, 2, 0.7, 0.02, 0.1, 1, 4);

    public ClassifierSettings {
        if (copyCoverage <= 0 || copyCoverage > 1 || rewordedSimilarity < paraphraseSimilarity || paraphraseSkip < 0
                || minPassageWords < 1 || certainVotes <= 0) {
            throw new IllegalArgumentException("invalid classifier settings");
        }
    }
}
