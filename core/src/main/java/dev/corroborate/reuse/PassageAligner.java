package dev.corroborate.reuse;

import dev.corroborate.model.Passage;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passages two texts share, in the manner of text-reuse tools for newspaper archives:
 * anchor on word n-grams the texts have in common, extend each anchor along its diagonal into an
 * exact run, then chain runs that follow each other in both texts with small gaps (a changed word,
 * an inserted clause, boilerplate between paragraphs) into one passage. Reordered paragraphs
 * become separate passages. Immutable and thread-safe.
 */
public final class PassageAligner {

    private final int anchorWords;
    private final int maxGapWords;
    private final int minPassageWords;
    private final int maxOccurrences;

    /**
     * @param anchorWords     n of the shared n-grams that anchor a passage
     * @param maxGapWords     the largest gap, in each text, bridged within one passage
     * @param minPassageWords passages with fewer exactly matched words are dropped
     * @param maxOccurrences  n-grams more frequent than this in a text are too common to anchor on
     */
    public PassageAligner(int anchorWords, int maxGapWords, int minPassageWords, int maxOccurrences) {
        if (anchorWords < 1 || maxGapWords < 0 || minPassageWords < anchorWords || maxOccurrences < 1) {
            throw new IllegalArgumentException("invalid aligner settings");
        }
        this.anchorWords = anchorWords;
        this.maxGapWords = maxGapWords;
        this.minPassageWords = minPassageWords;
        this.maxOccurrences = maxOccurrences;
    }

    /** Four-word anchors, gaps of up to eight words, passages of at least eight matched words. */
    public static PassageAligner defaults() {
        return new PassageAligner(4, 8, 8, 4);
    }

    /** An exact run: words a[i..i+length) equal b[j..j+length). */
    private record Run(int i, int j, int length) {
    }

    public List<Passage> align(String a, String b) {
        return align(Tokenizer.WORDS.tokens(a), Tokenizer.WORDS.tokens(b));
    }

    /** As {@link #align(String, String)}, for texts already split into words (offsets into the texts). */
    public List<Passage> align(List<Token> wordsA, List<Token> wordsB) {
        return align(prepare(wordsA), prepare(wordsB));
    }

    /**
     * A text's anchors, made once however many texts it is aligned with: its words, its n-gram
     * hashes in text order, and the same sorted with their positions, so that a pair looks an
     * anchor up by binary search instead of hashing both texts' n-grams into maps again.
     */
    public static final class Anchors {
        private final WordSpans words;
        private final long[] inOrder;
        /** The n-grams sorted, each with its position; equal ones in ascending position. */
        private final KeyedPositions sorted;
        /** How many times the n-gram at each position occurs in the text. */
        private final int[] occurrences;

        private Anchors(WordSpans words, long[] inOrder) {
            this.words = words;
            this.inOrder = inOrder;
            int[] positions = new int[inOrder.length];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = i;
            }
            this.sorted = new KeyedPositions(inOrder.clone(), positions);
            this.occurrences = new int[inOrder.length];
            for (int k = 0; k < inOrder.length; ) {
                int end = sorted.runEnd(k);
                for (int m = k; m < end; m++) {
                    occurrences[sorted.positions[m]] = end - k;
                }
                k = end;
            }
        }

        /** Where the words stand. */
        WordSpans words() {
            return words;
        }

        /** The n-gram hashes in text order. */
        long[] inOrder() {
            return inOrder;
        }

        /** The n-gram hashes sorted, with their positions. */
        KeyedPositions sorted() {
            return sorted;
        }
    }

    /** The anchors of a text split into words, for {@link #align(Anchors, Anchors)}. Thread-safe. */
    public Anchors prepare(List<Token> words) {
        return new Anchors(WordSpans.of(words), Shingles.of(words, anchorWords));
    }

    /**
     * As {@link #align(List, List)}, for texts whose anchors were made beforehand (by this aligner,
     * or one with the same anchor length). The same passages, in the same order.
     */
    public List<Passage> align(Anchors a, Anchors b) {
        long[] shinglesA = a.inOrder;
        int[] inBOf = firstInB(a, b);
        // Anchors grouped by diagonal (j - i), so consecutive anchors join into exact runs. The run
        // open on each diagonal is held in arrays indexed by diagonal (no boxed key a shared anchor);
        // the order runs are gathered in does not matter: no two share both starts, and they are sorted.
        int offset = shinglesA.length;
        int[] openI = new int[shinglesA.length + b.inOrder.length + 1];
        int[] openLength = new int[openI.length];
        int[] opened = new int[16];
        int openedCount = 0;
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < shinglesA.length; i++) {
            int inB = inBOf[i];
            if (inB < 0) {
                continue;
            }
            int occurrencesB = b.occurrences[b.sorted.positions[inB]];
            if (occurrencesB > maxOccurrences || a.occurrences[i] > maxOccurrences) {
                continue;
            }
            for (int k = inB; k < inB + occurrencesB; k++) {
                int j = b.sorted.positions[k];
                int diagonal = j - i + offset;
                int length = openLength[diagonal];
                if (length > 0 && openI[diagonal] + length - anchorWords + 1 == i) {
                    openLength[diagonal] = length + 1;
                } else {
                    if (length > 0) {
                        runs.add(new Run(openI[diagonal], openI[diagonal] + diagonal - offset, length));
                    } else {
                        if (openedCount == opened.length) {
                            opened = java.util.Arrays.copyOf(opened, openedCount * 2);
                        }
                        opened[openedCount++] = diagonal;
                    }
                    openI[diagonal] = i;
                    openLength[diagonal] = anchorWords;
                }
            }
        }
        for (int d = 0; d < openedCount; d++) {
            int diagonal = opened[d];
            runs.add(new Run(openI[diagonal], openI[diagonal] + diagonal - offset, openLength[diagonal]));
        }
        runs.sort(Comparator.comparingInt(Run::i).thenComparingInt(Run::j));
        return chain(runs, a.words, b.words);
    }

    /**
     * For each position of {@code a}, the first index of its n-gram among {@code b}'s sorted
     * anchors, or -1: one walk through both sorted lists instead of a binary search a position.
     */
    static int[] firstInB(Anchors a, Anchors b) {
        long[] keysA = a.sorted.keys;
        long[] keysB = b.sorted.keys;
        int[] first = new int[keysA.length];
        java.util.Arrays.fill(first, -1);
        int p = 0;
        int q = 0;
        while (p < keysA.length && q < keysB.length) {
            long x = keysA[p];
            long y = keysB[q];
            if (x == y) {
                while (p < keysA.length && keysA[p] == x) {
                    first[a.sorted.positions[p++]] = q;
                }
                continue;
            }
            // Most keys of two texts differ, and which list steps is a coin toss: stepping by the
            // comparison's value, not by a branch on it, spares the processor its mispredictions.
            boolean stepA = x < y;
            p += stepA ? 1 : 0;
            q += stepA ? 0 : 1;
        }
        return first;
    }

    /** Joins runs that follow each other in both texts within the gap; each chain is a passage. */
    private List<Passage> chain(List<Run> runs, WordSpans wordsA, WordSpans wordsB) {
        List<Passage> passages = new ArrayList<>();
        boolean[] used = new boolean[runs.size()];
        for (int start = 0; start < runs.size(); start++) {
            if (used[start]) {
                continue;
            }
            used[start] = true;
            Run first = runs.get(start);
            int endI = first.i() + first.length();
            int endJ = first.j() + first.length();
            int matched = first.length();
            for (int next = start + 1; next < runs.size(); next++) {
                Run run = runs.get(next);
                if (used[next]) {
                    continue;
                }
                if (run.i() - endI > maxGapWords) {
                    break; // runs are sorted by position in the first text: nothing later can join
                }
                int gapI = run.i() - endI;
                int gapJ = run.j() - endJ;
                if (gapI >= -anchorWords && gapJ >= -anchorWords && gapJ <= maxGapWords
                        && run.i() + run.length() > endI && run.j() + run.length() > endJ) {
                    used[next] = true;
                    // Count only words this run newly covers in both texts: runs may overlap the chain.
                    matched += Math.min(run.length(),
                            Math.min(run.i() + run.length() - endI, run.j() + run.length() - endJ));
                    endI = run.i() + run.length();
                    endJ = run.j() + run.length();
                }
            }
            if (matched >= minPassageWords) {
                passages.add(new Passage(wordsA.start(first.i()), wordsA.end(endI - 1),
                        wordsB.start(first.j()), wordsB.end(endJ - 1), matched));
            }
        }
        return passages;
    }
}
