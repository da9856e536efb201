package dev.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into sentences with their offsets. A sentence ends at white space after a full
 * stop, {@code !}, {@code ?}, an ellipsis or their CJK forms (a closing quotation mark or
 * parenthesis may stand between), and at a blank line. Deliberately simple: a period after an
 * abbreviation ("Sen. Ruiz") ends a sentence here, which costs sentence alignment nothing;
 * {@link #endsSentenceAt(String, int)} is the stricter test for a search around one offset.
 * Pure functions, thread-safe.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    /**
     * The sentences of {@code text}, in order, trimmed of white space; blank stretches are left out.
     * A boundary is what the pattern {@code (?<=[.!?…。！？]["”’»)]?)\s+|\n\n} finds, scanned by hand
     * (the pattern's look-behind at every character was most of measuring a text for reuse): the
     * same spans to the character ({@code SentenceSplitterTest} checks the two on random texts).
     */
    public static List<TextSpan> split(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = n;
            int next = n;
            for (int p = start; p < n; p++) {
                char c = text.charAt(p);
                if (isPatternSpace(c) && afterSentenceEnd(text, p)) {
                    int q = p + 1;
                    while (q < n && isPatternSpace(text.charAt(q))) {
                        q++;
                    }
                    end = p;
                    next = q;
                    break;
                }
                if (c == '\n' && p + 1 < n && text.charAt(p + 1) == '\n') {
                    end = p;
                    next = p + 2;
                    break;
                }
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                sentences.add(new TextSpan(from, to));
            }
            start = next;
        }
        return sentences;
    }

    /** What {@code \\s} matches in a pattern without Unicode classes. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a sentence end stands right before {@code p}, a closing quotation mark or parenthesis allowed after it. */
    private static boolean afterSentenceEnd(String text, int p) {
        if (p == 0) {
            return false;
        }
        char before = text.charAt(p - 1);
        return isSentenceEnd(before) || (isCloser(before) && p >= 2 && isSentenceEnd(text.charAt(p - 2)));
    }

    private static boolean isSentenceEnd(char c) {
        return switch (c) {
            case '.', '!', '?', '\u2026', '\u3002', '\uFF01', '\uFF1F' -> true;
            default -> false;
        };
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\u201D', '\u2019', '\u00BB', ')' -> true;
            default -> false;
        };
    }

    /**
     * Whether a sentence ends at {@code i}: a full stop, {@code !} or {@code ?} followed by white
     * space ({@link Tokenizer#isSpace(char)}) or the end of the text, the full stop not closing an
     * initial or an abbreviation ("J.", "Sen.", see {@link Abbreviations}).
     */
    public static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Tokenizer.isSpace(text.charAt(i + 1)))
                && !abbreviationBefore(text, i);
    }

    private static boolean abbreviationBefore(String text, int period) {
        if (text.charAt(period) != '.') {
            return false;
        }
        int s = period;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, period).toLowerCase(Locale.ROOT);
        return word.length() == 1 || Abbreviations.contains(word);
    }
}
