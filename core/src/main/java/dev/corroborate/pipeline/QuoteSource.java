package dev.corroborate.pipeline;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import java.util.List;
import java.util.function.Consumer;

/** Port: gives back what the quote stage kept ({@link QuoteSink}), for the stages after it. */
public interface QuoteSource {

    /** Every kept quote, with its group and speaker ids. */
    void forEachQuote(Consumer<FoundQuote> consumer);

    /** Every kept quote group, with its drift. */
    List<QuoteGroupSummary> quoteGroups();
}
