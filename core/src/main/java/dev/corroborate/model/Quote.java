package dev.corroborate.model;

/**
 * One quote in one article, as the quote stage found it. Immutable and safe to share across
 * threads. The words a speaker said, without the quotation marks, are given by
 * {@code dev.corroborate.quote.SaidWords}, which knows the quotation marks.
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
                    String cue, int cueStart, int cueEnd) implements java.io.Serializable {

    public Quote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote offsets " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("quote text does not match its offsets");
        }
    }
}
