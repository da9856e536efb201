/**
 * The exports of DESIGN.md's contract: one record per line in JSONL, or CSV with a header, with
 * fields in the documented order. Exports are deterministic: the same store gives byte-identical
 * output.
 */
package dev.corroborate.io.export;
