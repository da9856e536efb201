package dev.corroborate.quote;

import java.util.List;

/**
 * One quote in one article.
 *
 * @param kind     direct (between quotation marks) or reported
 * @param start    offset of the quote in the article's text; a direct quote includes its marks
 * @param end      end offset
 * @param text     the article's text between {@code start} and {@code end}
 * @param speaker  who said it, or {@code null} when the article does not say
 * @param cue      the speech verb or phrase ("said", "according to", "told Reuters"), or empty
 * @param cueStart offset of the cue, or -1
 * @param cueEnd   end offset of the cue, or -1
 */
public record Quote(QuoteKind kind, int start, int end, String text, SpeakerMention speaker,
                    String cue, int cueStart, int cueEnd) {

    public Quote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote offsets " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("quote text does not match its offsets");
        }
    }

    /**
     * What the speaker said: for a direct quote the words inside its quotation marks (the parts of
     * a quote broken by its attribution joined by a space), for reported speech the text without
     * quotation marks.
     */
    public String words() {
        if (kind == QuoteKind.DIRECT) {
            String quoted = quotedWords();
            if (!quoted.isEmpty()) {
                return quoted;
            }
        }
        return QuotationMarks.strip(text);
    }

    /**
     * The words between quotation marks, the parts joined by a space: the speaker's own words, in a
     * direct quote or in the partial quote a reported one holds; empty when there are none.
     */
    public String quotedWords() {
        StringBuilder said = new StringBuilder();
        for (QuotationMarks.Span part : QuotationMarks.find(text)) {
            if (!said.isEmpty()) {
                said.append(' ');
            }
            said.append(QuotationMarks.strip(text.substring(part.start(), part.end())));
        }
        return said.toString();
    }
}
