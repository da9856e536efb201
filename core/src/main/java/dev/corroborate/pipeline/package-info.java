/**
 * One home for a run. {@link dev.corroborate.pipeline.Analysis} runs the stages in their order
 * (reuse, stories, quotes) over a {@link dev.corroborate.pipeline.Corpus} and keeps their results
 * through the ports of {@link dev.corroborate.pipeline.AnalysisResults}; the store, a list in
 * memory ({@link dev.corroborate.pipeline.ArticleList}, {@link dev.corroborate.pipeline.InMemoryResults})
 * or a Spark partition implement the ports. Also the accounting of ingest: every input counted
 * under exactly one {@link dev.corroborate.model.Outcome}, with a bounded list of diagnostics.
 * No I/O of its own: what a run touches, it touches through the ports.
 */
package dev.corroborate.pipeline;
