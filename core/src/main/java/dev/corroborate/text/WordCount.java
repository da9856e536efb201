package dev.corroborate.text;

/**
 * How many words a stretch of text holds, the two ways the stages count them: {@link #words}
 * (runs of letters and digits, two Chinese, Japanese, Korean or Thai characters counting as one,
 * since those scripts do not space words) and {@link #pieces} (runs of characters between white
 * space: cheap, for line-length rules on raw lines). Pure functions, thread-safe.
 */
public final class WordCount {

    private WordCount() {
    }

    /** Words of {@code text} between {@code from} and {@code to}: letter and digit runs, unspaced scripts by pairs. */
    public static int words(String text, int from, int to) {
        int words = 0;
        int ideographs = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isUnspacedScript(c)) {
                ideographs++;
                in = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words + ideographs / 2;
    }

    /** Words of the whole text, as {@link #words(String, int, int)}. */
    public static int words(String text) {
        return words(text, 0, text.length());
    }

    /** Runs of characters between white space (the no-break space included). Cheaper than a regex split. */
    public static int pieces(String text) {
        int pieces = 0;
        boolean inPiece = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Tokenizer.isSpace(text.charAt(i));
            if (!space && !inPiece) {
                pieces++;
            }
            inPiece = !space;
        }
        return pieces;
    }

    /**
     * What {@code text.split("\\s+").length} gives, without compiling and running the regex: the runs of
     * characters between regex white space ({@code [ \t\n\x0B\f\r]}, not the no-break space), plus one for the
     * empty piece before white space that opens the text; a text of white space only gives none, an empty
     * text one (split's own rules: trailing empty pieces dropped, an input without a match given whole).
     * The extraction rules count a line's words this way for every paragraph of every article.
     */
    public static int splitLength(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inRun) {
                runs++;
            }
            inRun = !space;
        }
        return runs == 0 ? 0 : runs + (isRegexSpace(text.charAt(0)) ? 1 : 0);
    }

    /** The regex class {@code \\s} without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
