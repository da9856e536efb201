package dev.corroborate.pipeline;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.Speaker;
import dev.corroborate.quote.SpeakerResolver;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Port: what the quote extractor found in each article, kept between runs so a run extracts only
 * the new articles' quotes, and what quote grouping and speaker resolution need to revisit only what
 * the new quotes touch (the quotes' kept groups, each name form's fingerprint and person). The store implements
 * it; results without it ({@link InMemoryResults}) extract every article each run.
 */
public interface QuoteArchive {

    /**
     * Every article of the corpus in feed order (the order of the corpus's own walk), with the
     * quotes kept for it, or {@code null} when it was never extracted.
     */
    void forEachKeptFindings(BiConsumer<String, List<Quote>> action);

    /**
     * As {@link QuoteSink#replaceQuotes}, keeping too the findings of the articles extracted in this
     * run and what speaker resolution keeps of every name form ({@code identities}, replacing what
     * was kept), all or nothing.
     */
    void replaceQuotes(List<FoundQuote> quotes, List<Speaker> speakers, List<QuoteGroupSummary> groups,
                       Map<String, List<Quote>> newFindings, Map<String, SpeakerResolver.KeptIdentity> identities);

    /** What the last run kept of each name form for speaker resolution, by identity id; empty when nothing is kept. */
    default Map<String, SpeakerResolver.KeptIdentity> keptIdentities() {
        return Map.of();
    }

    /** The people the last run kept (the quote stage's speakers). */
    default List<Speaker> keptSpeakers() {
        return List.of();
    }
    /**
     * The settings stamp the kept findings were made with, as {@link #keepStamp} left it; empty when
     * none is kept (nothing kept yet, or kept before stamps existed): then they are not reused.
     */
    default java.util.Optional<String> keptStamp() {
        return java.util.Optional.empty();
    }

    /** Keeps the settings stamp the kept findings are now made with, after they are replaced. */
    default void keepStamp(String stamp) {
    }
}
