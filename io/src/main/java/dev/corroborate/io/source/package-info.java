/**
 * Readers of inputs: directories (recursive, sorted), {@code .txt}, {@code .html}, {@code .json},
 * {@code .jsonl}, any of them gzipped, and standard input. They stream: memory does not grow with
 * the corpus. Every input reaches the sink exactly once, as an article or as a refusal naming the
 * file and the line or byte offset; a broken input never stops the run.
 */
package dev.corroborate.io.source;
