package dev.corroborate.quote;

import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordAlignment;
import java.util.ArrayList;
import java.util.List;

/**
 * How one wording of a statement differs from another, word by word: the longest common
 * subsequence of their folded words ({@link WordAlignment}), with the stretches between matches
 * reported as changed, added or dropped words. Offsets point into both quote texts so a display can show either.
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
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (WordAlignment.Change change : WordAlignment.between(a, b)) {
            if (i < change.fromA()) {
                edits.add(new Edit(Op.SAME, span(reference, a, i, change.fromA()), span(other, b, j, change.fromB())));
            }
            String removed = span(reference, a, change.fromA(), change.toA());
            String added = span(other, b, change.fromB(), change.toB());
            Op op = removed.isEmpty() ? Op.ADDED : added.isEmpty() ? Op.DROPPED : Op.CHANGED;
            edits.add(new Edit(op, removed, added));
            i = change.toA();
            j = change.toB();
        }
        if (i < a.size()) {
            edits.add(new Edit(Op.SAME, span(reference, a, i, a.size()), span(other, b, j, b.size())));
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
