/**
 * Wiring of the stages into runs, and the accounting of a run: every input counted under exactly
 * one {@link dev.corroborate.model.Outcome}, with a bounded list of diagnostics.
 */
package dev.corroborate.pipeline;
