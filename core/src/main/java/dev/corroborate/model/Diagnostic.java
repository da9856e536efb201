package dev.corroborate.model;

import java.util.Objects;

/**
 * Why one input was skipped or rejected, or what was wrong with one that was stored anyway.
 *
 * @param origin  the input and position the message is about
 * @param outcome what became of the input
 * @param reason  a sentence a user can act on
 */
public record Diagnostic(Origin origin, Outcome outcome, String reason) {

    public Diagnostic {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    /** "file.jsonl:3: rejected: field 'title' must be a string, got a number". */
    public String describe() {
        return origin.describe() + ": " + outcome.label() + ": " + reason;
    }
}
