package dev.corroborate.io.ingest;

/** Told how an ingest run advances; for progress bars. Called on the run's thread. */
public interface IngestListener {

    /** Nothing is shown. */
    IngestListener NONE = new IngestListener() { };

    /** The run starts; {@code totalBytes} is the size of the inputs as stored, 0 when unknown. */
    default void started(long totalBytes) {
    }

    /** {@code bytes} more of the inputs were read; {@code inputs} inputs are done so far. */
    default void advanced(long bytes, long inputs) {
    }

    /** The run ended, normally or not. */
    default void finished() {
    }
}
