package dev.corroborate.io.ingest;

import dev.corroborate.pipeline.IngestTally;
import java.time.Duration;

/**
 * What an ingest run did.
 *
 * @param runId   the run's id in the store's {@code runs} table
 * @param tally   every input under exactly one outcome, with reasons and diagnostics
 * @param elapsed wall-clock time of the run
 */
public record IngestReport(long runId, IngestTally tally, Duration elapsed) {
}
