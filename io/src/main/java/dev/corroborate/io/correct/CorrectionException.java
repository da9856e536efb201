package dev.corroborate.io.correct;

/**
 * A correction refused before anything is stored, with a message for the user. {@link #unknownId()}
 * says the message is about an id the store does not hold. Immutable.
 */
public final class CorrectionException extends RuntimeException {

    private final boolean unknownId;

    CorrectionException(String message, boolean unknownId) {
        super(message, null, false, false);
        this.unknownId = unknownId;
    }

    /** Whether the correction names an event or article that is not in the store. */
    public boolean unknownId() {
        return unknownId;
    }
}
