package dev.corroborate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication time as the source stated it: the local date-time, the UTC offset when the source
 * gave one, and how precise the statement was.
 *
 * @param local     the stated local date-time; fields below {@code precision} are zero
 * @param offset    the UTC offset the source stated, or {@code null} when it stated none
 * @param precision how much of the time the source stated
 */
public record PublishedTime(LocalDateTime local, ZoneOffset offset, Precision precision)
        implements java.io.Serializable {

    // ISO-8601 and the forms news-please and common feeds use: "2022-08-15", "2022-08",
    // "2022-08-15 12:30:00", "2022-08-15T12:30", "2022-08-15T12:30:00.123+02:00", "...Z".
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    public PublishedTime {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(precision, "precision");
    }

    /** A date-only publication time. */
    public static PublishedTime ofDate(LocalDate date) {
        return new PublishedTime(date.atStartOfDay(), null, Precision.DAY);
    }

    /**
     * Parses the forms the input contract accepts. Returns empty for text that is not such a
     * time, or that names an impossible date (month 13, February 30).
     */
    public static Optional<PublishedTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (isStoredSecondsUtc(text)) {
            // The form iso() writes for a time to the second in UTC: what the store holds for most
            // articles, read for every article by each walk of a large store; the pattern's answer,
            // without the pattern.
            try {
                return Optional.of(new PublishedTime(LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2),
                        digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2)),
                        ZoneOffset.UTC, Precision.SECOND));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return parseByPattern(text);
    }

    /** {@link #parse} by the pattern alone, whatever the form: package-private for the test of the fast path. */
    static Optional<PublishedTime> parseByPattern(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new PublishedTime(LocalDate.of(year, 1, 1).atStartOfDay(), null, Precision.YEAR));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(new PublishedTime(LocalDate.of(year, month, 1).atStartOfDay(), null, Precision.MONTH));
            }
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(ofDate(date));
            }
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
            ZoneOffset offset = m.group(7) == null ? null : parseOffset(m.group(7));
            Precision precision = m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
            return Optional.of(new PublishedTime(LocalDateTime.of(date, time), offset, precision));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} is exactly "dddd-dd-ddTdd:dd:ddZ" (ASCII digits). */
    private static boolean isStoredSecondsUtc(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number written by the {@code count} ASCII digits of {@code text} from {@code from}. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static ZoneOffset parseOffset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String normalized = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
        return ZoneOffset.of(normalized);
    }

    /**
     * The instant, for ordering. When the source stated no offset the time is read as UTC, which
     * can be wrong by up to fourteen hours; {@link #offset()} tells whether that happened.
     */
    public Instant instant() {
        return local.toInstant(offset == null ? ZoneOffset.UTC : offset);
    }

    /** {@link #iso()}'s forms to the minute and to the second (immutable, made once: a store writes thousands of times). */
    private static final DateTimeFormatter TO_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TO_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    /** The ISO-8601 form, no more precise than the source was: "2022-08-15", "2022-08-15T12:30+02:00". */
    public String iso() {
        switch (precision) {
            case YEAR:
                return String.format(Locale.ROOT, "%04d", local.getYear());
            case MONTH:
                return String.format(Locale.ROOT, "%04d-%02d", local.getYear(), local.getMonthValue());
            case DAY:
                return local.toLocalDate().toString();
            default:
                DateTimeFormatter format = precision == Precision.MINUTE ? TO_MINUTE : TO_SECOND;
                String base = local.format(format);
                return offset == null ? base : base + (offset.equals(ZoneOffset.UTC) ? "Z" : offset.getId());
        }
    }

    /** The same moment as an offset date-time, or empty when the source stated no offset. */
    public Optional<OffsetDateTime> offsetDateTime() {
        return offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(local, offset));
    }

    /** Parses {@link #iso()} output back; used by the store. */
    public static PublishedTime requireParse(String iso) {
        return parse(iso).orElseThrow(() -> new DateTimeParseException("not a publication time", iso, 0));
    }

    @Override
    public String toString() {
        return iso();
    }
}
