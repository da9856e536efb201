/**
 * An ingest run: read the inputs, turn each into an article or a refusal, store the articles in
 * batches (one transaction each), and count every input under exactly one outcome. Re-running
 * over the same inputs stores nothing twice; an interrupted run loses at most its open batch.
 */
package dev.corroborate.io.ingest;
