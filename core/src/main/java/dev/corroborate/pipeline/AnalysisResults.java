package dev.corroborate.pipeline;

/**
 * Port: where an {@link Analysis} keeps every stage's results and finds what earlier runs kept.
 * The store implements it over SQLite, {@link InMemoryResults} in memory.
 */
public interface AnalysisResults extends ReuseSink, StorySink, QuoteSink, QuoteSource, DiscrepancySink {
}
