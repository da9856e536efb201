package dev.corroborate.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One difference between what the articles of an event state, reported once with every article
 * on each side: a number, a date, a name, a role, a gender, a place, a negation, the wording of
 * one quote or its attribution verb. Every value is a span of an article's clean text.
 *
 * @param eventId     the event whose articles differ
 * @param kind        what differs
 * @param verdict     whether the values conflict, are compatible, or only one side states it
 * @param values      the spans that differ, one per article and statement, in the event's article order
 * @param explanation one sentence a user reads: why the values conflict or are compatible
 */
public record Discrepancy(String eventId, Kind kind, Verdict verdict, List<Value> values, String explanation) {

    public Discrepancy {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a discrepancy needs at least one value");
        }
        Objects.requireNonNull(explanation, "explanation");
    }

    /** What differs, as the export contract names it ({@code number}, {@code quote_wording}, ...). */
    public enum Kind {
        NUMBER, DATE, NAME, ROLE, GENDER, PLACE, NEGATION, QUOTE_WORDING, ATTRIBUTION_VERB;

        /** The contract's name: lower case with underscores. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The class of a difference, as the export contract names it ({@code conflict}, ...). */
    public enum Verdict {
        /** The values cannot both be true of the same happening: 100 against 150. */
        CONFLICT,
        /** The values differ in form but agree: "nine" and 9, "nearly 100" and "approximately 100". */
        COMPATIBLE,
        /** One side states it and the others do not. */
        ONLY_IN_ONE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One side of a difference: what an article says, where.
     *
     * @param articleId  the article
     * @param text       the article's text between {@code start} and {@code end}
     * @param start      UTF-16 offset into the article's clean text
     * @param end        end offset (exclusive)
     * @param normalized the value as compared ({@code 100}, {@code 2026-08-31}, {@code female}), never null
     */
    public record Value(String articleId, String text, int start, int end, String normalized) {

        public Value {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(normalized, "normalized");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("not a span: " + start + ".." + end);
            }
        }
    }
}
