package dev.corroborate.quote;

import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordCount;
import java.util.List;

/**
 * The clause around a quote: where the words that lead into it start, where the clause it closes
 * ends, how much of a stretch is quoted, and whether a quote stands in the reporter's sentence or
 * continues the previous one. These decide whether a quote is direct or reported speech holding a
 * partial quote. Immutable and thread-safe.
 */
final class Clauses {

    private final QuoteSettings settings;
    private final SentenceBounds sentences;

    Clauses(QuoteSettings settings, SentenceBounds sentences) {
        this.settings = settings;
        this.sentences = sentences;
    }

    /** Whether the quote ends with its own punctuation, which ends the clause that holds it. */
    static boolean closesItsClause(String text, QuotationMarks.Span span) {
        int i = span.end() - 1;
        while (i > span.start() && QuotationMarks.isMark(text.charAt(i))) {
            i--;
        }
        char c = text.charAt(i);
        return c == ',' || c == '.' || c == '!' || c == '?';
    }

    /**
     * Where the clause that leads into a quote starts when no "that" marks it: after the cue, but no
     * more than {@link QuoteSettings#leadInWords()} words before the quote, since words further back ("Sunday at
     * a rally") describe the occasion rather than what was said.
     */
    int leadIn(String text, int contentFrom, int quoteStart) {
        List<Token> words = Tokenizer.PROSE.tokens(text, contentFrom, quoteStart);
        int counted = 0;
        for (int k = words.size() - 1; k >= 0; k--) {
            if (words.get(k).isWord()) {
                counted++;
                if (counted == settings.leadInWords()) {
                    return Math.max(contentFrom, words.get(k).start());
                }
            }
        }
        return contentFrom;
    }

    /**
     * Where what was said can start once a colon stands between the speech verb and the quote ("said on Monday:
     * “…”", "sagte am Montag: „…“"): right after the last such colon and the spaces after it, else {@code contentFrom}.
     */
    static int afterColon(String text, int contentFrom, int quoteStart) {
        int colon = text.lastIndexOf(':', quoteStart - 1);
        // Only a colon that ends the words before it: not one of a time ("at 10:30") or an address.
        while (colon >= contentFrom && colon + 1 < quoteStart && !Tokenizer.isSpace(text.charAt(colon + 1))) {
            colon = text.lastIndexOf(':', colon - 1);
        }
        if (colon < contentFrom) {
            return contentFrom;
        }
        int from = colon + 1;
        while (from < quoteStart && Tokenizer.isSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where what was said starts: after the last "that" between the speech verb and the quote, or right after the verb. */
    static int afterThat(String text, int contentFrom, int quoteStart) {
        List<Token> words = Tokenizer.PROSE.tokens(text, contentFrom, quoteStart);
        for (int k = words.size() - 1; k >= 0; k--) {
            if (words.get(k).is("that") && k + 1 < words.size()) {
                return words.get(k + 1).start();
            }
        }
        return contentFrom;
    }

    /**
     * Whether the words between the cue and a quote name what the quote describes: "dismissed the plan
     * as", "called it": the quote is what it was called, and those words are the reporter's.
     */
    static boolean describedAs(String text, int contentFrom, int quoteStart) {
        List<Token> words = Tokenizer.PROSE.tokens(text, contentFrom, quoteStart);
        return !words.isEmpty() && words.get(words.size() - 1).is("as");
    }

    /** The end of the clause a quote closes: the end of its sentence, without the final period. */
    int clauseEnd(String text, int from) {
        List<Token> following = Tokenizer.PROSE.tokens(text, from, Math.min(text.length(), from + settings.conjunctionReach()));
        if (!following.isEmpty() && (following.get(0).is("and") || following.get(0).is("but") || following.get(0).is("or"))) {
            return from;
        }
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u2014' || c == '(') {
                break;
            }
            if (c == '\n' || SentenceSplitter.endsSentenceAt(text, i)
                    || (c == ';' && (i + 1 >= text.length() || Tokenizer.isSpace(text.charAt(i + 1))))) {
                break;
            }
            if (QuotationMarks.openerAt(text, i) > 0) {
                List<QuotationMarks.Span> next = QuotationMarks.find(
                        text.substring(i, Math.min(text.length(), i + settings.clauseQuoteReach())));
                if (!next.isEmpty() && next.get(0).start() == 0) {
                    i += Math.max(1, next.get(0).end());
                    continue;
                }
            }
            i++;
        }
        return i;
    }

    /**
     * Whether the reporter's words surround a quote in its sentence:
     * {@link QuoteSettings#embeddedWordsBefore()} or more before it,
     * {@link QuoteSettings#embeddedWordsAfter()} or more after.
     */
    boolean embedded(String text, QuotationMarks.Span span) {
        int before = WordCount.words(text, sentences.sentenceStart(text, span.start()), span.start());
        if (before < settings.embeddedWordsBefore()) {
            return false;
        }
        int last = span.end() - 1;
        while (last > span.start() && QuotationMarks.isMark(text.charAt(last))) {
            last--;
        }
        if (text.charAt(last) == '.') {
            // The quote ends its sentence: what follows is the next one.
            return false;
        }
        int end = span.end();
        while (end < text.length() && text.charAt(end) != '\n' && !SentenceSplitter.endsSentenceAt(text, end)) {
            end++;
        }
        return WordCount.words(text, span.end(), end) >= settings.embeddedWordsAfter();
    }

    /** The end of the last quoted span between {@code from} and {@code to}, or {@code from}. */
    static int lastQuotedEnd(String text, int from, int to) {
        int last = from;
        for (QuotationMarks.Span span : QuotationMarks.find(text.substring(from, to))) {
            last = from + span.end();
        }
        return last;
    }

    static int quotedChars(String text, int from, int to) {
        int quoted = 0;
        for (QuotationMarks.Span span : QuotationMarks.find(text.substring(from, to))) {
            quoted += span.end() - span.start();
        }
        return quoted;
    }

    boolean readsAsSpeech(String text, QuotationMarks.Span span) {
        String inner = QuotationMarks.strip(text.substring(span.start(), span.end()));
        return inner.indexOf(' ') > 0 || WordCount.words(inner) >= settings.minWordsWithoutCue();
    }

    /**
     * Whether a quote follows the previous attributed one closely enough to continue it: in the
     * same paragraph, or opening the next paragraph when the previous one ended with its quote's
     * sentence.
     */
    boolean followsClosely(String text, int previousEnd, int start) {
        if (previousEnd < 0 || start < previousEnd) {
            return false;
        }
        String gap = text.substring(previousEnd, start);
        int breakAt = gap.indexOf('\n');
        if (breakAt < 0) {
            return gap.length() <= settings.continuationGap();
        }
        String rest = gap.substring(breakAt);
        if (!rest.isBlank()) {
            return false;
        }
        String tail = gap.substring(0, breakAt).strip();
        return tail.length() <= settings.continuationTail() && (tail.isEmpty() || tail.endsWith("."));
    }
}
