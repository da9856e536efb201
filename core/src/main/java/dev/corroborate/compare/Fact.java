package dev.corroborate.compare;

import dev.corroborate.model.Discrepancy;

/**
 * A value one sentence states, as {@link NumberFacts} or {@link DateFacts} read it: where it is,
 * what it is as compared, and the range of values it allows ("nearly 100": 85 to 100; "the end of
 * August": its 21st to 31st day, as epoch days).
 *
 * @param kind       number or date
 * @param slot       what it counts or dates ("country", "percent", "" when unknown): values with the
 *                   same slot are compared
 * @param start      offset of its first character in the article's text
 * @param end        offset after its last character
 * @param normalized the value as compared, as a reader reads it ("nearly 100", "2022-08-31")
 * @param low        the least value it allows
 * @param high       the greatest value it allows
 * @param form       how it is written, for explanations ("in words", "a weekday", "a hedge")
 */
record Fact(Discrepancy.Kind kind, String slot, int start, int end, String normalized, double low, double high,
            String form) {

    /** Whether both can be true: their ranges overlap. */
    boolean overlaps(Fact other) {
        return low <= other.high && other.low <= high;
    }
}
