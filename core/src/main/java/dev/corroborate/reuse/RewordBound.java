package dev.corroborate.reuse;

import java.util.List;

/**
 * Whether two texts' sentences could make a rewrite or a loose paraphrase ({@link PairClassifier}),
 * decided without the table of every sentence pair's similarity: a bound that is never below the
 * truth, so a pair it rules out is one the table would rule out too.
 *
 * <p>A sentence {@code x} shares at most {@code m} content words with any sentence of the other
 * text, {@code m} being how many of its words the other text has at all; a sentence {@code y}
 * sharing {@code k <= m} of them has at least {@code max(k, shortest)} words (the other text's
 * shortest sentence), so their cosine {@code k / sqrt(|x| |y|)} is at most
 * {@code m / sqrt(|x| max(m, shortest))} (growing with {@code k}). The sentences whose bound
 * reaches a counterpart's bar are at least those that have a counterpart: if too few reach it for
 * the classifier's shares and counts, neither a rewrite nor a paraphrase can come out, nor a
 * partial on reworded sentences alone. Pure.
 */
final class RewordBound {

    /** Bounds are compared with this much to spare: rounding in the cosine never decides. */
    private static final double SLACK = 1e-9;

    private RewordBound() {
    }

    /**
     * Whether the sentences of {@code a} and {@code b} could pass {@link PairClassifier}'s rewrite
     * (in order) or paraphrase test; {@code false} only when neither can.
     */
    static boolean mayReword(ReuseText a, ReuseText b, ClassifierSettings settings) {
        List<Sentences.Sentence> sentencesA = a.sentences();
        List<Sentences.Sentence> sentencesB = b.sentences();
        int sizeA = sentencesA.size();
        int sizeB = sentencesB.size();
        if (sizeA == 0 || sizeB == 0) {
            return false;
        }
        int[] reachA = reaching(a, b, settings);
        if (reachA[STRICT] < settings.rewriteMinSentences() && reachA[LOOSE] < settings.paraphraseMinSentences()) {
            return false; // both tests need at least that many of the first text's sentences
        }
        int[] reachB = reaching(b, a, settings);
        // The rewrite in order: counterparts (the strict bar) for a share of the shorter text's
        // sentences, at least a few of them, and a share of the longer's.
        // The sentences in order are distinct on both sides, each with a counterpart on the other:
        // as many as the fewer of the two sides' sentences that reach the bar.
        boolean aShorter = sizeA <= sizeB;
        int inOrder = Math.min(reachA[STRICT], reachB[STRICT]);
        int strictLonger = aShorter ? reachB[STRICT] : reachA[STRICT];
        double shorterSize = aShorter ? sizeA : sizeB;
        double longerSize = aShorter ? sizeB : sizeA;
        boolean rewrite = inOrder >= settings.rewriteMinSentences()
                && inOrder / shorterSize >= settings.rewriteShareShorter() - SLACK
                && strictLonger / longerSize >= settings.rewriteShareLonger() - SLACK;
        // The paraphrase: a run of the first text's sentences with loose counterparts advancing
        // through the second's (distinct on both sides), long enough and a share of the shorter
        // text's sentences.
        int run = Math.min(reachA[LOOSE], reachB[LOOSE]);
        boolean paraphrase = run >= settings.paraphraseMinSentences()
                && run / shorterSize >= settings.paraphraseShare() - SLACK;
        return rewrite || paraphrase;
    }

    /**
     * Whether enough sentences of {@code a} could have a close reworded counterpart in {@code b}
     * (similarity and words enough to count toward a partial without much shared wording);
     * {@code false} only when too few can.
     */
    static boolean mayRewordClosely(ReuseText a, ReuseText b, ClassifierSettings settings) {
        if (a.sentences().isEmpty() || b.sentences().isEmpty()) {
            return false;
        }
        return reaching(a, b, settings)[CLOSE] >= settings.rewordedPartialSentences();
    }

    /** Indexes of what {@link #reaching} counts: the loose bar, the strict one, the close one of a partial. */
    static final int LOOSE = 0;
    static final int STRICT = 1;
    static final int CLOSE = 2;

    /**
     * How many sentences of {@code text} could have a counterpart in {@code other}: at the loose
     * bar, at the strict one, and close enough with words enough to count toward a partial.
     */
    static int[] reaching(ReuseText text, ReuseText other, ClassifierSettings settings) {
        return reaching(text.sentences(), text.sentenceWords().known(other.vocabulary()), other.shortestSentence(),
                settings);
    }

    /**
     * As {@link #reaching(ReuseText, ReuseText, ClassifierSettings)}, given for each sentence how
     * many of its words the other text has ({@code known}) and how many words the other text's
     * shortest sentence has ({@code shortest}).
     */
    static int[] reaching(List<Sentences.Sentence> sentences, int[] known, int shortest, ClassifierSettings settings) {
        int[] reach = new int[3];
        int closeWords = settings.rewordedPartialMinWords();
        for (int s = 0; s < sentences.size(); s++) {
            int length = sentences.get(s).words().length;
            int shared = known[s];
            if (shared == 0) {
                continue;
            }
            double bound = shared / Math.sqrt((double) length * Math.max(shared, shortest));
            if (bound >= settings.paraphraseSimilarity() - SLACK) {
                reach[LOOSE]++;
            }
            if (bound >= settings.rewordedSimilarity() - SLACK) {
                reach[STRICT]++;
            }
            // A close pair has words enough on both sides, so the other sentence is at least that long.
            double closeBound = shared / Math.sqrt((double) length * Math.max(Math.max(shared, shortest), closeWords));
            if (length >= closeWords && closeBound >= settings.rewordedPartialSimilarity() - SLACK
                    && closeBound >= settings.rewordedSimilarity() - SLACK) {
                reach[CLOSE]++;
            }
        }
        return reach;
    }
}
