package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;

/**
 * The words a speaker said, read off a {@link Quote}'s text without its quotation marks. Kept here
 * rather than on the record because only this package knows the quotation marks. Stateless and
 * thread-safe; never returns {@code null}.
 */
public final class SaidWords {

    private SaidWords() {
    }

    /**
     * What the speaker said: for a direct quote the words inside its quotation marks (the parts of
     * a quote broken by its attribution joined by a space), for reported speech the text without
     * quotation marks.
     */
    public static String of(Quote quote) {
        if (quote.kind() == QuoteKind.DIRECT) {
            String quoted = quoted(quote);
            if (!quoted.isEmpty()) {
                return quoted;
            }
        }
        return QuotationMarks.strip(quote.text());
    }

    /**
     * The words between quotation marks, the parts joined by a space: the speaker's own words, in a
     * direct quote or in the partial quote a reported one holds; empty when there are none.
     */
    public static String quoted(Quote quote) {
        String text = quote.text();
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
