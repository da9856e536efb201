/**
 * Runs the analysis stages of core over the store: reads articles, calls the pure stages, and
 * writes their results back. Each stage's results are rebuilt from the stored articles, so a run
 * gives the same results whatever was ingested when.
 */
package dev.corroborate.io.analysis;
