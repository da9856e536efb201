package dev.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences with their offsets. A sentence ends at white space after a full
 * stop, {@code !}, {@code ?}, an ellipsis or their CJK forms (a closing quotation mark or
 * parenthesis may stand between), and at a blank line. Deliberately simple: a period after an
 * abbreviation ("Sen. Ruiz") ends a sentence here, which costs sentence alignment nothing;
 * {@link #endsSentenceAt(String, int)} is the stricter test for a search around one offset.
 * Pure functions, thread-safe.
 */
public final class SentenceSplitter {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…。！？][\"”’»)]?)\\s+|\\n\\n");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, in order, trimmed of white space; blank stretches are left out. */
    public static List<TextSpan> split(String text) {
        List<TextSpan> sentences = new ArrayList<>();
        Matcher boundary = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = boundary.find() ? boundary.start() : text.length();
            int next = end == text.length() ? end : boundary.end();
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
