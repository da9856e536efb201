package dev.corroborate.io.search;

/** A search query that cannot be run, with a message for the person who typed it. Immutable. */
public final class BadQueryException extends RuntimeException {

    BadQueryException(String message) {
        super(message, null, false, false);
    }
}
