package dev.corroborate.model;

/**
 * How much of a publication time the source actually stated. A date-only value must not be
 * compared as if it were midnight: "who published first" needs to know what is known.
 */
public enum Precision {
    YEAR,
    MONTH,
    DAY,
    MINUTE,
    SECOND
}
