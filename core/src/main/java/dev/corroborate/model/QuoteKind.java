package dev.corroborate.model;

import java.util.Locale;

/** Whether a quote gives the speaker's words between quotation marks or reports them. */
public enum QuoteKind {
    /** The words between quotation marks. */
    DIRECT,
    /** Reported (indirect) speech introduced by a speech verb: "X said that ...". */
    REPORTED;

    /** The name the exports use: {@code direct} or {@code reported}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
