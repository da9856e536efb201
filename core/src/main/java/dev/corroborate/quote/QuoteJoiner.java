package dev.corroborate.quote;

import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the quoted spans of one paragraph that make one quote: spans with nothing between them,
 * and a quote broken by its attribution ({@code "Yes," she said, "we will."}), which keeps that
 * attribution. A second statement ({@code she said, adding that "..."}) stays a quote of its own.
 * Immutable and thread-safe.
 */
final class QuoteJoiner {

    private final QuoteSettings settings;
    private final FollowingAttribution following;

    QuoteJoiner(QuoteSettings settings, FollowingAttribution following) {
        this.settings = settings;
        this.following = following;
    }

    /** A quote made of one or more quoted spans of one paragraph, with the attribution found between them. */
    record Joined(QuotationMarks.Span span, Attribution inner) {
    }

    /**
     * {@code "Yes," she said. "We will."} is one quote: quoted spans of one paragraph joined by
     * nothing but their attribution, or by nothing at all.
     */
    List<Joined> join(String text, List<QuotationMarks.Span> spans) {
        List<Joined> joined = new ArrayList<>();
        for (QuotationMarks.Span span : spans) {
            if (!joined.isEmpty()) {
                Joined last = joined.get(joined.size() - 1);
                if (last.span().closed() && last.span().end() <= span.start()) {
                    String gap = text.substring(last.span().end(), span.start());
                    if (gap.indexOf('\n') < 0 && gap.length() <= settings.maxJoinGap()) {
                        Attribution between = gap.isBlank() ? null : following.attributionIn(text, last.span().end(), span.start());
                        boolean interrupted = between != null && between.mention() != null
                                && breaksOff(text, last.span()) && SentenceBounds.oneSentence(text, last.span().end(), span.start())
                                && following.after(text, span) == null
                                && !startsASecondStatement(text, last.span().end(), span.start());
                        if (gap.isBlank() || interrupted) {
                            QuotationMarks.Span both = new QuotationMarks.Span(last.span().start(), span.end(), span.closed());
                            joined.set(joined.size() - 1, new Joined(both, last.inner() != null ? last.inner() : between));
                            continue;
                        }
                    }
                }
            }
            joined.add(new Joined(span, null));
        }
        return joined;
    }

    /**
     * Whether the words between two quotes start a second statement rather than interrupt the first:
     * {@code she said, adding that "..."} or {@code she said, adding later, "..."}.
     */
    private static boolean startsASecondStatement(String text, int from, int to) {
        for (Token token : Tokenizer.PROSE.tokens(text, from, to)) {
            if (token.is("that") || (token.surface().endsWith("ing") && SpeechCues.isCue(token))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quote stops mid-sentence, as it does before its attribution: {@code "Yes," she said}. */
    private static boolean breaksOff(String text, QuotationMarks.Span span) {
        int i = span.end() - 1;
        while (i > span.start() && (QuotationMarks.isMark(text.charAt(i)) || Tokenizer.isSpace(text.charAt(i)))) {
            i--;
        }
        char last = text.charAt(i);
        if (last == ',' || last == '?' || last == '!' || last == '\u2014' || last == '-' || last == '\u2013') {
            return true;
        }
        int after = span.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after < text.length() && text.charAt(after) == ',';
    }
}
