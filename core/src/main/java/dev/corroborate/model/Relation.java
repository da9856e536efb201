package dev.corroborate.model;

import java.util.Locale;

/** How a derived article uses its source (the export contract's {@code relation}). */
public enum Relation {
    /** Near-verbatim, the whole text. */
    COPY,
    /** A part of one reused in the other. */
    PARTIAL,
    /** The same sentences reworded, in largely the same order. */
    REWRITE,
    /** Explicit attribution without reused text. */
    CITES;

    /** The contract's spelling: {@code copy}, {@code partial}, {@code rewrite}, {@code cites}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
