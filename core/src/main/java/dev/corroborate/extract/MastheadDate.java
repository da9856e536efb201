package dev.corroborate.extract;

import dev.corroborate.text.Headlines;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date a scraped text states on a line above its headline ("August 15, 2022"), taken as the
 * publication date only when nothing better is known and it is plausible: one date line alone, with
 * no weather or clock beside it (a header with "23.1 C" and the day's date is the day of the
 * scrape, not of the article). Stateless and thread-safe.
 */
final class MastheadDate {

    /** Years outside this range are not a publication date. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private static final Pattern TEMPERATURE = Pattern.compile("(?i).*-?\\d+([.,]\\d+)?\\s*°?\\s*[CF]\\b.*");
    private static final Pattern CLOCK = Pattern.compile(".*\\b\\d{1,2}:\\d{2}\\b.*");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+");
    private static final List<DateTimeFormatter> FORMS = List.of(
            form("MMMM d, uuuu"), form("MMM d, uuuu"), form("MMM. d, uuuu"), form("d MMMM uuuu"), form("d MMM uuuu"),
            form("uuuu-MM-dd"));

    private MastheadDate() {
    }

    private static DateTimeFormatter form(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** The date stated by the lines above the headline, or empty when there is none or it is not plausible. */
    static Optional<LocalDate> find(List<String> linesAboveHeadline) {
        LocalDate found = null;
        for (String raw : linesAboveHeadline) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (TEMPERATURE.matcher(line).matches() || CLOCK.matcher(line).matches()) {
                return Optional.empty(); // the header of the day the page was scraped
            }
            if (Headlines.looksLikeDate(line)) {
                Optional<LocalDate> date = parse(line);
                if (date.isEmpty() || found != null) {
                    return Optional.empty(); // unreadable, or two dates: which one is the article's?
                }
                found = date.get();
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<LocalDate> parse(String line) {
        String text = WEEKDAY.matcher(line).replaceFirst("").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").strip();
        for (DateTimeFormatter form : FORMS) {
            try {
                LocalDate date = LocalDate.parse(text, form);
                return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? Optional.of(date) : Optional.empty();
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }
}
