package dev.corroborate.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether one line or paragraph is boilerplate by its own evidence: an ad marker, a share
 * button or comment prompt, a navigation label, a site's prompt or notice, a logo line, a
 * temperature, a caption ending in a picture credit. Every rule looks at the line itself (its
 * words, its length, how it ends), never at which site it came from. The phrases are word lists
 * beside this class. Extraction removes such lines; text reuse does not count them as shared
 * reporting. Stateless and thread-safe.
 */
public final class BoilerplateLines {

    /**
     * How long a line of boilerplate can be.
     *
     * @param maxChars       a longer line is reporting, whatever it holds (a caption of 60 words is
     *                       about 500 characters). Default 600
     * @param maxWords       so is a line of more words ({@link TextNormalizer#wordCount}); also the
     *                       longest caption. Default 60
     * @param labelMaxWords  a share button, navigation label or logo line has at most this many
     *                       words. Default 8
     * @param promptMaxWords a site's prompt or notice has at most this many words. Default 40
     */
    public record Settings(int maxChars, int maxWords, int labelMaxWords, int promptMaxWords) {

        /** The values the extraction figures in docs/BENCHMARKS.md were measured with. */
        public static final Settings DEFAULTS = new Settings(600, 60, 8, 40);
    }

    private static final Settings SETTINGS = Settings.DEFAULTS;

    private static final Pattern AD_MARKER = Pattern.compile(
            "(?i)[-–—•*·\\s]*(" + list("ad-markers.txt") + ")[-–—•*·\\s]*");
    private static final Pattern SHARE_OR_COMMENT = Pattern.compile(
            "(?i)(share( this( article| story)?)?( on \\w+)?|\\d+ comments?|" + list("share-and-comment-labels.txt")
                    + ")\\s*[:.!]?");
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)(" + list("prompt-phrases.txt") + "|"
                    + "(register|sign up|subscribe|log in)( now| today| here)?\\b.{0,80}(access|newsletter|free|unlimited|"
                    + "subscri|account|comment)|get the latest .{0,40}(in your inbox|newsletter)|"
                    + "(this (article|story) )?(was )?(originally )?(re)?published with permission|"
                    + "(also read|read also|see also|related|read more)\\s*:).*");
    private static final Pattern NAVIGATION_LABEL = Pattern.compile(
            "(?i)(" + list("navigation-labels.txt") + "|more from [\\p{L} ]{1,30}|"
                    + "listen to (this )?(article|story).{0,20}|\\d+ min(ute)?s? read)\\s*[:.]?");
    private static final Pattern TEMPERATURE = Pattern.compile("-?\\d{1,3}([.,]\\d)?\\s*°?\\s*[CF]");
    /** A caption ends with a picture credit: "REUTERS/Name", "Name / AFP", "(AP Photo/Name)", "Photo: Name". */
    static final Pattern CREDIT_AT_END = Pattern.compile( // package-private: its test
            "(?i).*(\\b(" + list("caption-credit-agencies.txt") + ")\\s*/\\s*[\\p{L} .'-]{2,40}"
                    + "|/\\s*(" + list("caption-credit-agencies-after-slash.txt") + ")"
                    + "|\\bvia (reuters|afp|ap|getty images)"
                    + "|\\b(" + list("photo-credit-words.txt") + ")"
                    + "( credit)?\\s*:\\s*[\\p{L} .'/-]{2,60})\\)?\\s*\\.?");
    /** A line that is only a picture credit: "Fabrice COFFRINI / AFP", "(REUTERS/Thomas Peter)". */
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "(?i)\\(?(" + list("credit-line-agencies.txt")
                    + "|[\\p{L} .'-]{0,40}\\s*/\\s*(" + list("credit-line-agencies-after-slash.txt") + ")"
                    + "|(" + list("credit-line-agencies-before-slash.txt") + ")\\s*/\\s*[\\p{L} .'-]{2,40})\\)?");

    private BoilerplateLines() {
    }

    private static String list(String name) {
        return WordLists.alternatives(WordLists.list(BoilerplateLines.class, name));
    }

    /** Whether one line or paragraph is boilerplate by its own evidence. */
    public static boolean isBoilerplate(String paragraph) {
        String line = paragraph.strip();
        if (line.length() > SETTINGS.maxChars()) {
            return false; // every rule below is about short lines; long ones are never tested
        }
        int words = TextNormalizer.wordCount(line);
        if (words > SETTINGS.maxWords()) {
            return false;
        }
        if (AD_MARKER.matcher(line).matches() || TEMPERATURE.matcher(line).matches()) {
            return true;
        }
        if (words <= SETTINGS.labelMaxWords()
                && (SHARE_OR_COMMENT.matcher(line).matches() || NAVIGATION_LABEL.matcher(line).matches())) {
            return true;
        }
        if (words <= SETTINGS.promptMaxWords() && PROMPT.matcher(line).matches()) {
            return true;
        }
        if (words <= SETTINGS.labelMaxWords() && line.toLowerCase(Locale.ROOT).endsWith(" logo")) {
            return true;
        }
        // A caption: ends with a picture credit and is not a long paragraph of reporting.
        return words <= SETTINGS.maxWords() && mayEndWithCredit(line) && CREDIT_AT_END.matcher(line).matches()
                && !line.endsWith("\"") && !line.endsWith("”");
    }

    /**
     * Whether {@link #CREDIT_AT_END} could match {@code line}: each of its credits holds a slash, a
     * colon or "via" (any case), so a line with none of them is no caption. The pattern opens with
     * {@code .*} and tries its credits at every place of the line: on most paragraphs of reporting
     * it was nearly all the time the rules took.
     */
    static boolean mayEndWithCredit(String line) {
        if (line.indexOf('/') >= 0 || line.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i + 3 <= line.length(); i++) {
            if (line.regionMatches(true, i, "via", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line ends with a picture credit by the pattern alone (tests compare {@link #mayEndWithCredit} with it). */
    static boolean creditAtEnd(String line) {
        return CREDIT_AT_END.matcher(line).matches();
    }

    /** Whether a stripped line is only a picture credit. */
    public static boolean isCredit(String line) {
        return CREDIT_ONLY.matcher(line).matches();
    }
}
