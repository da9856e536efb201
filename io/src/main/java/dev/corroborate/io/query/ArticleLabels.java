package dev.corroborate.io.query;

import dev.corroborate.model.Article;
import dev.corroborate.model.Precision;
import dev.corroborate.model.PublishedTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every view names an article's outlet and shows a time, so that no two views say it
 * differently. Stateless and thread-safe.
 */
public final class ArticleLabels {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The width of {@link #time} for a time to the minute without a stated zone: "2026-03-10 14:20 local". */
    public static final int TIME_WIDTH = 22;

    private ArticleLabels() {
    }

    /**
     * The outlet, or "outlet unknown" with the agency its dateline credits ("outlet unknown,
     * credits Meridian Press"): a credit is not the outlet (a translation of the wire is not the
     * wire; extraction makes the agency the outlet only of the agency's own copy).
     */
    public static String outlet(Article article) {
        if (article == null) {
            return "not stored";
        }
        if (article.outlet() != null) {
            return article.outlet();
        }
        return article.agency() != null ? "outlet unknown, credits " + article.agency() : "outlet unknown";
    }

    /**
     * A publication time in one form for every view: in UTC to the minute when the source stated a
     * zone ("2026-02-03 15:05 UTC"), to the minute marked "local" when it stated none ("2026-03-10
     * 14:20 local"), and only the date (or month, or year) when that is all it stated;
     * "time unknown" for {@code null}.
     */
    public static String time(PublishedTime time) {
        if (time == null) {
            return "time unknown";
        }
        if (time.precision().ordinal() <= Precision.DAY.ordinal()) {
            return time.iso();
        }
        if (time.offset() == null) {
            return time.local().format(MINUTES) + " local";
        }
        return time.instant().atOffset(ZoneOffset.UTC).format(MINUTES) + " UTC";
    }

    /**
     * A storyline's or event's span from its first and last publication times as stored (ISO forms,
     * each in its outlet's offset), each in {@link #time}'s form: "2026-02-03 11:40 UTC – 2026-02-03
     * 15:05 UTC", one time when both are the same, "time unknown" for none. A stored form that does not
     * parse is shown as it is.
     */
    public static String span(String firstIso, String lastIso) {
        if (firstIso == null) {
            return "time unknown";
        }
        String from = shown(firstIso);
        String to = lastIso == null ? from : shown(lastIso);
        return to.equals(from) ? from : from + " – " + to;
    }

    private static String shown(String iso) {
        return PublishedTime.parse(iso).map(ArticleLabels::time).orElse(iso);
    }

    /**
     * {@code text} cut to at most {@code max} characters, the last of them "…" when it was cut; never
     * between the two halves of a character outside the Basic Multilingual Plane (an emoji, a rare CJK
     * character), which a terminal or a page would show as a broken character.
     */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /** {@code text} on one line ({@link #oneLine}), cut to at most {@code max} characters ({@link #clip}). */
    public static String clipLine(String text, int max) {
        return clip(oneLine(text), max);
    }

    /** {@code text} on one line: a paragraph break as " ¶ ", any other line break as a space. */
    public static String oneLine(String text) {
        return text.replace("\n\n", " \u00b6 ").replace('\n', ' ');
    }

    /** More letters than this with no space among them are no word of a spaced script. */
    private static final int LONGEST_WORD = 20;

    /**
     * The stretch of a sentence ({@code [sentenceStart, sentenceEnd)}) shown around a value ({@code
     * [valueStart, valueEnd)}): up to {@code context} characters each side, never starting or ending inside
     * a word ("…he president" cut from "The president" read as a pronoun beside a marked "he").
     * Returns {@code {from, to}}.
     */
    public static int[] window(String text, int sentenceStart, int sentenceEnd, int valueStart, int valueEnd, int context) {
        int end = Math.min(sentenceEnd, text.length());
        int from = Math.max(sentenceStart, valueStart - context);
        int to = Math.min(end, valueEnd + context);
        // The window opens after a space: a cut word goes whole, with what clings to it ("'s", "-based").
        // A script written without spaces (Chinese, Japanese, Thai) has no word to keep whole: where no space
        // comes within a word's length, the window stays as it was cut (it lost all its context otherwise).
        int cutFrom = from;
        while (from > sentenceStart && from < valueStart && !Character.isWhitespace(text.charAt(from - 1))
                && !Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from > cutFrom && (from - cutFrom > LONGEST_WORD
                || from == valueStart && !Character.isWhitespace(text.charAt(from - 1)))) {
            from = cutFrom; // no space came: a script without them, or a word as long as the context
        }
        int cutTo = to;
        while (to < end && to > valueEnd && Character.isLetterOrDigit(text.charAt(to - 1)) && Character.isLetterOrDigit(text.charAt(to))) {
            to--;
        }
        if (cutTo - to > LONGEST_WORD || to == valueEnd && cutTo > valueEnd && Character.isLetterOrDigit(text.charAt(to))) {
            to = cutTo;
        }
        while (from < valueStart && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > valueEnd && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
