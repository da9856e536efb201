package dev.corroborate.reuse;

import dev.corroborate.model.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * What two texts share, measured both ways: verbatim passages (site furniture and long names taken
 * out), reworded sentence pairs, sentence counterparts in order, the longest run of loose
 * paraphrase, and the content words each has of its own. What {@link PairClassifier} decides on.
 *
 * @param verbatim         shared wording, offsets {@code a} in the first text, {@code b} in the second
 * @param reworded         sentence pairs saying the same with other words, not already verbatim
 * @param matchedWords     words matched in the verbatim passages
 * @param coverA           the share of the first text's words in verbatim passages, at most 1
 * @param coverB           the same for the second text
 * @param sentenceShareA   the share of the first text's sentences with a counterpart in the second
 * @param sentenceShareB   the same the other way
 * @param inOrderShorter   the share of the shorter text's sentences with counterparts in order
 * @param closeSentences   reworded pairs close enough to count toward a partial
 * @param sentencesA       the first text's sentences
 * @param sentencesB       the second text's sentences
 * @param inOrderCount     how many of the shorter text's sentences have counterparts in order
 * @param paraphraseChain  the longest run of loosely paraphrased sentence pairs, in the first text's order
 * @param paraphraseShare  its length over the shorter text's sentences
 * @param similarity       every sentence pair's similarity ({@link Sentences#similarities}), for {@link CopyTraces}
 */
record Overlap(List<Passage> verbatim, List<Passage> reworded, int matchedWords, double coverA, double coverB,
        double sentenceShareA, double sentenceShareB, double inOrderShorter, int closeSentences, int sentencesA,
        int sentencesB, int inOrderCount, List<Passage> paraphraseChain, double paraphraseShare, double[] similarity) {

    double coverShorter() {
        return sentencesA <= sentencesB ? coverA : coverB;
    }

    double sentenceShareLonger() {
        return sentencesA <= sentencesB ? sentenceShareB : sentenceShareA;
    }

    /** Measures what the texts of {@code a} and {@code b} share. */
    static Overlap measure(ReuseText a, ReuseText b, PassageAligner aligner, ClassifierSettings settings,
            SiteFurniture furniture) {
        return measure(a, b, furniture.withoutFurniture(aligner.align(a.anchors(), b.anchors()), a, b), settings);
    }

    /**
     * As {@link #measure(ReuseText, ReuseText, PassageAligner, ClassifierSettings, SiteFurniture)},
     * given the shared wording found already ({@code verbatim}: aligned, site furniture taken out).
     */
    static Overlap measure(ReuseText a, ReuseText b, List<Passage> verbatim, ClassifierSettings settings) {
        WordSpans wordsA = a.words();
        WordSpans wordsB = b.words();
        int matched = verbatim.stream().mapToInt(Passage::matchedWords).sum();
        List<Sentences.Sentence> sentencesA = a.sentences();
        List<Sentences.Sentence> sentencesB = b.sentences();
        // The best counterpart of a sentence is the same whatever the threshold, so the strict
        // counterparts are the loose ones that reach the stricter bar.
        // Every sentence pair's similarity once: both directions and both bars read the same table.
        double[] similarity = Sentences.similarities(a.sentenceWords(), b.sentenceWords());
        int[] loose = Sentences.counterparts(similarity, sentencesA.size(), sentencesB.size(), false,
                settings.paraphraseSimilarity());
        int[] aToB = new int[loose.length];
        for (int i = 0; i < loose.length; i++) {
            aToB[i] = loose[i] >= 0 && similarity[i * sentencesB.size() + loose[i]] >= settings.rewordedSimilarity()
                    ? loose[i] : -1;
        }
        int[] bToA = Sentences.counterparts(similarity, sentencesA.size(), sentencesB.size(), true,
                settings.rewordedSimilarity());
        double shareA = share(aToB);
        double shareB = share(bToA);
        int[] shorter = sentencesA.size() <= sentencesB.size() ? aToB : bToA;
        int inOrderCount = Sentences.longestIncreasing(shorter);
        double inOrder = shorter.length == 0 ? 0 : (double) inOrderCount / shorter.length;
        // Reworded pairs: sentence counterparts whose wording the verbatim passages do not already hold.
        List<Passage> reworded = new ArrayList<>();
        int close = 0;
        for (int i = 0; i < aToB.length; i++) {
            if (aToB[i] < 0) {
                continue;
            }
            Sentences.Sentence x = sentencesA.get(i);
            Sentences.Sentence y = sentencesB.get(aToB[i]);
            if (coveredShare(x.start(), x.end(), verbatim) >= settings.rewordedMaxVerbatimShare()) {
                continue;
            }
            double pairSimilarity = similarity[i * sentencesB.size() + aToB[i]];
            if (pairSimilarity >= settings.rewordedPartialSimilarity()
                    && Math.min(x.words().length, y.words().length) >= settings.rewordedPartialMinWords()) {
                close++;
            }
            reworded.add(new Passage(x.start(), x.end(), y.start(), y.end(), Sentences.sharedWords(x, y), true));
        }
        List<Passage> chain = paraphraseChain(sentencesA, sentencesB, loose, settings.paraphraseSkip());
        int shorterSize = Math.min(sentencesA.size(), sentencesB.size());
        return new Overlap(verbatim, reworded, matched, Math.min(1, (double) matched / wordsA.size()),
                Math.min(1, (double) matched / wordsB.size()), shareA, shareB, inOrder, close, sentencesA.size(),
                sentencesB.size(), inOrderCount, chain,
                shorterSize == 0 ? 0 : (double) chain.size() / shorterSize, similarity);
    }

    /**
     * The longest run of loosely paraphrased sentence pairs that advance together through both
     * texts, each step skipping at most {@code skip} sentences of either: what a desk that rewrites
     * a report sentence by sentence leaves. Two reports of one event share words too, but their
     * sentences do not line up one after the other. {@code counterpart} gives each sentence of
     * {@code a} its best loose counterpart in {@code b}, or -1. As reworded passages, in {@code a}'s order.
     */
    private static List<Passage> paraphraseChain(List<Sentences.Sentence> a, List<Sentences.Sentence> b,
            int[] counterpart, int skip) {
        int[] length = new int[a.size()];
        int[] previous = new int[a.size()];
        int best = -1;
        for (int i = 0; i < a.size(); i++) {
            previous[i] = -1;
            if (counterpart[i] < 0) {
                continue;
            }
            length[i] = 1;
            for (int k = Math.max(0, i - skip - 1); k < i; k++) {
                int step = counterpart[i] - counterpart[k];
                if (counterpart[k] >= 0 && step > 0 && step <= skip + 1 && length[k] + 1 > length[i]) {
                    length[i] = length[k] + 1;
                    previous[i] = k;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Passage> chain = new ArrayList<>();
        for (int i = best; i >= 0; i = previous[i]) {
            Sentences.Sentence x = a.get(i);
            Sentences.Sentence y = b.get(counterpart[i]);
            chain.add(0, new Passage(x.start(), x.end(), y.start(), y.end(), Math.max(1, Sentences.sharedWords(x, y)), true));
        }
        return chain;
    }

    private static double share(int[] counterparts) {
        if (counterparts.length == 0) {
            return 0;
        }
        int found = 0;
        for (int counterpart : counterparts) {
            if (counterpart >= 0) {
                found++;
            }
        }
        return (double) found / counterparts.length;
    }

    /** The share of [start, end) of the first text inside the passages. */
    private static double coveredShare(int start, int end, List<Passage> passages) {
        int covered = 0;
        for (Passage passage : passages) {
            int from = Math.max(start, passage.aStart());
            int to = Math.min(end, passage.aEnd());
            covered += Math.max(0, to - from);
        }
        return end == start ? 0 : (double) covered / (end - start);
    }
}
