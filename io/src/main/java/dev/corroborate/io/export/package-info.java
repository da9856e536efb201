/**
 * The exports of DESIGN.md's contract: one record per line in JSONL, or CSV with a header, with
 * fields in the documented order. Exports are deterministic: the same store gives byte-identical
 * output. Every CSV goes through {@code FormulaSafeCsv}, which neutralises the cells a spreadsheet
 * would run as formulas.
 */
package dev.corroborate.io.export;
