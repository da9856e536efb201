/**
 * Quotes and their speakers: {@link dev.corroborate.quote.QuoteExtractor} finds the direct quotes
 * and reported speech of one article, each with its speaker resolved within the article
 * ({@link dev.corroborate.model.Quote}); {@link dev.corroborate.quote.SpeakerResolver} joins speakers
 * across articles into people and {@link dev.corroborate.quote.QuoteGrouper} the same statement
 * across outlets. Pure and deterministic; every span is a pair of offsets into the article's text.
 * Thresholds live in {@code QuoteSettings}, {@code QuoteGroupingSettings} and {@code SpeakerSettings};
 * word lists in resource files beside this package.
 */
package dev.corroborate.quote;
