/**
 * Benchmarks: JMH micro-benchmarks of the stages, and scale harnesses that run a stage over a
 * corpus from the seeded {@link dev.corroborate.bench.CorpusGenerator}, so every figure can be
 * reproduced exactly. Never run as unit tests.
 */
package dev.corroborate.bench;
