package dev.corroborate.extract;

import dev.corroborate.text.WordCount;
import dev.corroborate.text.WordLists;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a dateline and credited agency at the start of a paragraph: "GENEVA (Reuters) – ",
 * "LUNMOUTH, Feb 3 (Meridian Press) – ", "PELLHAM, Vastria, March 8 (Northwind Press) – ", "(AP) — ", "Berlin (dpa) - ", "WASHINGTON — ", "CHINA: ".
 * They are metadata, so the body starts after them. Stateless and thread-safe.
 */
public final class Datelines {

    /**
     * @param place  the place as written, or null ("(AP) —")
     * @param date   the date as written in the dateline, or null
     * @param agency the credited agency, or null
     * @param end    where the body text starts in the paragraph
     */
    public record Dateline(String place, String date, String agency, int end) {
    }

    private static final String UPPER_PLACE = "\\p{Lu}[\\p{Lu}.'’ -]{1,40}?";
    private static final String DATE = "\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?";
    private static final String DASH = "\\s*[-–—]+\\s+";

    /** A region or country after the place, as wires write it: "Vastria", "Calif.", "N.Y.", "Rhineland-Palatinate". */
    private static final String REGION = "\\p{Lu}[\\p{L}.'’ -]{1,30}?";
    /** PLACE[, Region][, Date] (Agency) – */
    private static final Pattern PLACE_AGENCY = Pattern.compile(
            "^(" + UPPER_PLACE + ")(?:,\\s*(" + REGION + "))?(?:,\\s*(" + DATE + "))?\\s*\\(([^()]{2,40})\\)" + DASH);
    /** Mixed-case place with a short agency in parentheses: "Berlin (dpa) - ", "Genf (AFP) – ". */
    private static final Pattern MIXED_PLACE_AGENCY = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’ -]{1,30}?)\\s*\\(([\\p{L}/ ]{2,15})\\)\\s*[-–—:]+\\s+");
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(([^()]{2,30})\\)" + DASH);
    /** PLACE — or PLACE: at the very start, the place in capitals. */
    private static final Pattern PLACE_ONLY = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’ -]{2,30}?)(?:,\\s*(" + DATE + "))?(?:" + DASH + "|:\\s+)");

    /** Words in capitals that open a paragraph without being places. */
    private static final Set<String> NOT_PLACES = WordLists.set(Datelines.class, "not-places.txt");

    private static final ExtractionSettings.Dateline SETTINGS = ExtractionSettings.DEFAULTS.dateline();

    private Datelines() {
    }

    /** The dateline at the start of {@code paragraph}, if there is one. */
    public static Optional<Dateline> find(String paragraph) {
        Matcher m = PLACE_AGENCY.matcher(paragraph);
        if (m.find() && isPlace(m.group(1)) && (m.group(2) == null || WordCount.splitLength(m.group(2)) <= SETTINGS.placeMaxWords())) {
            String place = m.group(2) == null ? m.group(1).strip() : m.group(1).strip() + ", " + m.group(2).strip();
            return Optional.of(new Dateline(place, m.group(3), m.group(4).strip(), m.end()));
        }
        m = MIXED_PLACE_AGENCY.matcher(paragraph);
        if (m.find() && WordCount.splitLength(m.group(1)) <= SETTINGS.mixedCasePlaceMaxWords()) {
            return Optional.of(new Dateline(m.group(1).strip(), null, m.group(2).strip(), m.end()));
        }
        m = AGENCY_ONLY.matcher(paragraph);
        if (m.find()) {
            return Optional.of(new Dateline(null, null, m.group(1).strip(), m.end()));
        }
        m = PLACE_ONLY.matcher(paragraph);
        if (m.find() && isPlace(m.group(1)) && m.end() < paragraph.length()) {
            return Optional.of(new Dateline(m.group(1).strip(), m.group(2), null, m.end()));
        }
        return Optional.empty();
    }

    private static boolean isPlace(String candidate) {
        String place = candidate.strip();
        return place.length() >= SETTINGS.placeMinLetters() && WordCount.splitLength(place) <= SETTINGS.placeMaxWords()
                && !NOT_PLACES.contains(place) && place.chars().filter(Character::isLetter).count() >= SETTINGS.placeMinLetters();
    }
}
