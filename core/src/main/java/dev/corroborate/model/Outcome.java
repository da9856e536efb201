package dev.corroborate.model;

/**
 * What became of one input. Every input an ingest reads is counted under exactly one of these.
 */
public enum Outcome {
    /** A new article, now in the store. */
    STORED("stored"),
    /** An article whose id the store already held; nothing was written. */
    ALREADY_PRESENT("already present"),
    /** Nothing to analyse, and nothing wrong: an empty file, a type we do not read, a record with no text. */
    SKIPPED("skipped"),
    /** Broken input: binary content, invalid UTF-8, malformed JSON, wrong field types, too large. */
    REJECTED("rejected");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The words a summary table uses. */
    public String label() {
        return label;
    }
}
