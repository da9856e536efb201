package dev.corroborate.quote;

import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How one wording of a statement differs from another, word by word: the longest common
 * subsequence of their folded words, with the stretches between matches reported as changed,
 * added or dropped words. Offsets point into both quote texts so a display can show either.
 */
public final class WordDiff {

    /** What happened to a stretch of words. */
    public enum Op { SAME, CHANGED, ADDED, DROPPED }

    /**
     * One stretch. {@code from} is the reference wording's words, {@code to} the other's; for
     * {@code ADDED} {@code from} is empty, for {@code DROPPED} {@code to} is.
     */
    public record Edit(Op op, String from, String to) {
    }

    private WordDiff() {
    }

    /** The edits that turn {@code reference} into {@code other}; runs of equal words are one SAME edit. */
    public static List<Edit> between(String reference, String other) {
        List<Token> a = Tokenizer.WORDS.tokens(reference);
        List<Token> b = Tokenizer.WORDS.tokens(other);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).folded().equals(b.get(j).folded()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        int sameFrom = -1;
        int sameTo = -1;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).folded().equals(b.get(j).folded())) {
                if (sameFrom < 0) {
                    sameFrom = i;
                    sameTo = j;
                }
                i++;
                j++;
                continue;
            }
            if (sameFrom >= 0) {
                edits.add(new Edit(Op.SAME, span(reference, a, sameFrom, i), span(other, b, sameTo, j)));
                sameFrom = -1;
            }
            int di = i;
            int dj = j;
            while ((i < n || j < m) && !(i < n && j < m && a.get(i).folded().equals(b.get(j).folded()))) {
                if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            String removed = span(reference, a, di, i);
            String added = span(other, b, dj, j);
            Op op = removed.isEmpty() ? Op.ADDED : added.isEmpty() ? Op.DROPPED : Op.CHANGED;
            edits.add(new Edit(op, removed, added));
        }
        if (sameFrom >= 0) {
            edits.add(new Edit(Op.SAME, span(reference, a, sameFrom, n), span(other, b, sameTo, m)));
        }
        return edits;
    }

    /** The diff as one line: equal words as they are, changes as {@code [from→to]}, additions {@code [+to]}, drops {@code [-from]}. */
    public static String render(List<Edit> edits) {
        StringBuilder out = new StringBuilder();
        for (Edit edit : edits) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            switch (edit.op()) {
                case SAME -> out.append(edit.from());
                case CHANGED -> out.append('[').append(edit.from()).append(" \u2192 ").append(edit.to()).append(']');
                case ADDED -> out.append("[+").append(edit.to()).append(']');
                case DROPPED -> out.append("[-").append(edit.from()).append(']');
            }
        }
        return out.toString();
    }

    private static String span(String text, List<Token> words, int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(words.get(from).start(), words.get(to - 1).end());
    }
}
