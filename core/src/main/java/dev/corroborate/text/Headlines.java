package dev.corroborate.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the headline of a plain-text article. The first non-empty line is the headline unless
 * it is plainly something a scraper picked up from the page header before it: a date, a
 * temperature, a section label of one or two words. Only the first few lines are considered; when
 * none qualifies, the first non-empty line is used after all.
 */
public final class Headlines {

    /** Lines looked at before giving up and taking the first one. */
    static final int LINES_CONSIDERED = 6;

    private static final Pattern MONTH = Pattern.compile(
            "(?i).*\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b.*");
    private static final Pattern NUMERIC_DATE = Pattern.compile(".*\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b.*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

    private Headlines() {
    }

    /** The index in {@code lines} of the headline, or -1 when every line is blank. */
    public static int find(List<String> lines) {
        int first = -1;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < LINES_CONSIDERED; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            seen++;
            if (looksLikeHeadline(line)) {
                return i;
            }
        }
        return first;
    }

    static boolean looksLikeHeadline(String line) {
        if (!HAS_LETTER.matcher(line).matches()) {
            return false; // "23.1 C", "12:45"
        }
        String[] words = line.split("\\s+");
        if (words.length < 3) {
            return false; // section labels: "World", "Investigations Desk"
        }
        if (isDateLine(line, words)) {
            return false;
        }
        // A paragraph is not a headline: long, and ends like a sentence.
        return !(words.length > 40 && line.endsWith("."));
    }

    /** A short line that is a date ("March 2, 2026", "2026-03-02", "Monday, 2 March 2026, 14:05"). */
    public static boolean looksLikeDate(String line) {
        return isDateLine(line.strip(), line.strip().split("\\s+"));
    }

    private static boolean isDateLine(String line, String[] words) {
        if (words.length > 6) {
            return false;
        }
        boolean hasDigit = line.chars().anyMatch(Character::isDigit);
        String lower = line.toLowerCase(Locale.ROOT);
        return hasDigit && (MONTH.matcher(lower).matches() || NUMERIC_DATE.matcher(lower).matches());
    }
}
