package dev.corroborate.pipeline;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.Speaker;
import java.util.List;

/** Port: keeps the quote stage's quotes, the people who said them and the groups of one statement. */
public interface QuoteSink {

    /** Replaces every kept quote, speaker and quote group, all or nothing. */
    void replaceQuotes(List<FoundQuote> quotes, List<Speaker> speakers, List<QuoteGroupSummary> groups);

    /** What the sink keeps of each article's extraction for incremental runs, if anything ({@link QuoteArchive}). */
    default java.util.Optional<QuoteArchive> quoteArchive() {
        return java.util.Optional.empty();
    }
}
