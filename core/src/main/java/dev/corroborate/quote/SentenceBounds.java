package dev.corroborate.quote;

import java.util.Locale;

/**
 * Where sentences start and end around a quote, and how many words a stretch of text holds: the
 * text geometry every part of quote extraction measures with. A sentence ends at a full stop, "!"
 * or "?" followed by space, unless the period closes an abbreviation ("Sen."), at a line break, or
 * where a closing quotation mark follows its final punctuation. Immutable and thread-safe.
 */
final class SentenceBounds {

    private final QuoteSettings settings;

    SentenceBounds(QuoteSettings settings) {
        this.settings = settings;
    }

    /** Where the sentence holding {@code at} starts: after . ! ? followed by space, a line break, or a closing mark with a period. */
    int sentenceStart(String text, int at) {
        int floor = Math.max(0, at - settings.window());
        for (int i = at - 1; i > floor; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (i + 1 < at && endsSentenceAt(text, i)) {
                return i + 1;
            }
            if ((c == '\u201D' || c == '"') && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return floor;
    }

    /**
     * Where the sentence holding {@code at} ends: after its final punctuation, at a line break, or before
     * a quotation mark that opens past {@code at}; at most a window away.
     */
    int sentenceEnd(String text, int at) {
        int ceiling = Math.min(text.length(), at + settings.window());
        for (int i = at; i < ceiling; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (endsSentenceAt(text, i)) {
                return i + 1;
            }
            if (QuotationMarks.openerAt(text, i) > 0 && i > at + 1) {
                return i;
            }
        }
        return ceiling;
    }

    /** Whether a sentence ends at {@code i}: a full stop, ! or ? followed by space, not closing an abbreviation ("Sen."). */
    static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Tokens.isSpace(text.charAt(i + 1)))
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
        return word.length() == 1 || Tokens.isAbbreviation(word);
    }

    /** Whether a stretch of text holds no sentence end before its own last character. */
    static boolean oneSentence(String text, int from, int to) {
        int last = to - 1;
        while (last > from && Tokens.isSpace(text.charAt(last))) {
            last--;
        }
        for (int i = from; i < last; i++) {
            if (endsSentenceAt(text, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the quote that closes at {@code end} closes a sentence: {@code "We will."}. */
    static boolean endsSentence(String text, int end) {
        int i = end - 1;
        while (i > 0 && QuotationMarks.isMark(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '.';
    }

    /**
     * Words, counting {@link QuoteSettings#ideographsPerWord()} Chinese, Japanese, Korean or Thai characters
     * as one, since those scripts do not space words.
     */
    int wordCount(String text, int from, int to) {
        int words = 0;
        int ideographs = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isUnspacedScript(c)) {
                ideographs++;
                in = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words + ideographs / settings.ideographsPerWord();
    }

    private static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
