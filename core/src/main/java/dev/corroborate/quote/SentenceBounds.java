package dev.corroborate.quote;

import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.Tokenizer;

/**
 * Where sentences start and end around a quote: the text geometry every part of quote extraction
 * measures with. A sentence ends where {@link SentenceSplitter#endsSentenceAt} says (a full stop,
 * "!" or "?" followed by space, unless the period closes an abbreviation: "Sen."), at a line break,
 * or where a closing quotation mark follows its final punctuation. Words are counted by
 * {@link dev.corroborate.text.WordCount}. Immutable and thread-safe.
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
            if (i + 1 < at && SentenceSplitter.endsSentenceAt(text, i)) {
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
            if (SentenceSplitter.endsSentenceAt(text, i)) {
                return i + 1;
            }
            if (QuotationMarks.openerAt(text, i) > 0 && i > at + 1) {
                return i;
            }
        }
        return ceiling;
    }

    /** Whether a stretch of text holds no sentence end before its own last character. */
    static boolean oneSentence(String text, int from, int to) {
        int last = to - 1;
        while (last > from && Tokenizer.isSpace(text.charAt(last))) {
            last--;
        }
        for (int i = from; i < last; i++) {
            if (SentenceSplitter.endsSentenceAt(text, i)) {
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
}
