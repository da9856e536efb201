package dev.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where two runs of words differ: the longest common subsequence of their folded words, and the
 * stretches between its matches (equal words are matched as soon as they meet; between matches,
 * words of the first are passed over first when that keeps the longest subsequence). Cost
 * {@code O(n · m)} in the two runs' words. Used by the quote stage's word diffs, the comparison, and
 * views that mark the words of one wording that differ from another. Stateless; thread-safe.
 */
public final class WordAlignment {

    /**
     * One stretch that differs: words {@code [fromA, toA)} of the first sentence stand where words
     * {@code [fromB, toB)} of the second do; one side is empty for an added or dropped stretch.
     */
    public record Change(int fromA, int toA, int fromB, int toB) {
    }

    private WordAlignment() {
    }

    /**
     * The alignment of two sentences' words.
     *
     * @param changes the changed stretches, in order; empty when the words are equal
     * @param aToB    for each word of the first, the index of the equal word of the second it is matched
     *                with, or -1
     */
    public record Alignment(List<Change> changes, int[] aToB) {
    }

    /** Whether {@code a} and {@code b} are the same words, folded: no alignment has a change. */
    public static boolean sameWords(List<Token> a, List<Token> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).folded().equals(b.get(i).folded())) {
                return false;
            }
        }
        return true;
    }

    /** The changed stretches between {@code a} and {@code b}, in order; empty when their words are equal. */
    public static List<Change> between(List<Token> a, List<Token> b) {
        return align(a, b).changes();
    }

    /** The alignment of {@code a} with {@code b}. */
    public static Alignment align(List<Token> a, List<Token> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).folded().equals(b.get(j).folded()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> changes = new ArrayList<>();
        int[] aToB = new int[n];
        java.util.Arrays.fill(aToB, -1);
        int i = 0;
        int j = 0;
        int startA = 0;
        int startB = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).folded().equals(b.get(j).folded())) {
                if (startA < i || startB < j) {
                    changes.add(new Change(startA, i, startB, j));
                }
                aToB[i] = j;
                i++;
                j++;
                startA = i;
                startB = j;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                i++;
            } else {
                j++;
            }
        }
        if (startA < n || startB < m) {
            changes.add(new Change(startA, n, startB, m));
        }
        return new Alignment(changes, aToB);
    }
}
