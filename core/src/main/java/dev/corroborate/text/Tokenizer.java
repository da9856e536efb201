package dev.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a text into {@link Token}s with their UTF-16 offsets, the one tokenizer every stage uses.
 * A word is a run of letters and digits (by code point), joined across the marks its
 * {@link Settings} allow inside a word; what lies between words is skipped or, when the settings
 * say so, kept as one token per punctuation mark. Three settings serve the stages:
 * {@link #WORDS} (text reuse, provenance, quote grouping), {@link #COMPOUND_WORDS} (event
 * features) and {@link #PROSE} (quote attribution). Immutable and thread-safe.
 */
public final class Tokenizer {

    /**
     * What a tokenizer takes for a word and what it keeps besides words.
     *
     * @param joiners             characters that join the letters on either side into one word
     *                            ({@code '} in "didn't", {@code -} in "Jean-Luc", {@code .} in "U.S");
     *                            one only joins when a letter (or a digit, see below) follows it
     * @param joinBeforeDigit     whether a joiner also joins when a digit follows it ("COVID-19")
     * @param combiningMarks      whether non-spacing marks continue a word (an Arabic vowel sign, a
     *                            decomposed accent); otherwise they end it
     * @param abbreviationPeriods whether the period after an initial ("J."), a listed abbreviation
     *                            ("Sen.", see {@link Abbreviations}) or a word with periods inside
     *                            ("U.S.") belongs to the word
     * @param punctuation         whether each character that is neither white space
     *                            ({@link #isSpace(char)}) nor part of a word becomes a token of its own
     */
    public record Settings(String joiners, boolean joinBeforeDigit, boolean combiningMarks,
            boolean abbreviationPeriods, boolean punctuation) {

        public Settings {
            java.util.Objects.requireNonNull(joiners, "joiners");
        }
    }

    /** Code points below this are classified by a table (filled before the tokenizers below are made). */
    private static final int ASCII = 128;
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[ASCII];
    private static final boolean[] ASCII_LETTER = new boolean[ASCII];

    static {
        for (int c = 0; c < ASCII; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            ASCII_LETTER[c] = Character.isLetter(c);
        }
    }

    /**
     * Runs of letters and digits, an apostrophe inside a word kept ("didn't", "China’s"), hyphens
     * and periods splitting words: what text reuse compares, so that changed punctuation, white
     * space and capitals do not hide a reused passage.
     */
    public static final Tokenizer WORDS = new Tokenizer(new Settings("'\u2019", false, false, false, false));

    /** As {@link #WORDS}, with hyphenated words kept whole ("well-known", "COVID-19"). */
    public static final Tokenizer COMPOUND_WORDS = new Tokenizer(new Settings("'\u2019-", true, false, false, false));

    /**
     * Words as a reader sees them ("U.S.", "3.5", "Jean-Luc", "Sen.", "J."), combining marks
     * inside them, and every punctuation mark as a token of its own: what attribution parsing reads.
     */
    public static final Tokenizer PROSE = new Tokenizer(new Settings("'\u2019-.", true, true, true, true));

    /** What stands before the characters after a word, as far as opening a sentence goes: no opener. */
    private static final int AFTER_WORD = 'a';

    private final Settings settings;
    // The settings as plain fields: read for every character.
    private final String joiners;
    private final boolean joinBeforeDigit;
    private final boolean combiningMarks;
    private final boolean abbreviationPeriods;
    private final boolean punctuation;

    public Tokenizer(Settings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.joiners = settings.joiners();
        this.joinBeforeDigit = settings.joinBeforeDigit();
        this.combiningMarks = settings.combiningMarks();
        this.abbreviationPeriods = settings.abbreviationPeriods();
        this.punctuation = settings.punctuation();
    }

    public Settings settings() {
        return settings;
    }

    /** The tokens of the whole text, in order. */
    public List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    /**
     * The tokens of {@code text} between {@code from} and {@code to} (clamped to the text), in
     * order, with offsets into the whole text. Nothing past {@code to} is looked at: a word at the
     * end of the stretch ends there.
     */
    public List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int end = Math.min(to, text.length());
        int begin = Math.max(0, from);
        if (begin >= end) {
            return tokens;
        }
        // The stretch is scanned as a char array: every stage tokenizes every text, and a short run
        // (a batch runs with the quick compiler alone) pays a call with a bounds check for each
        // String.charAt of a text beyond Latin-1, where an array index costs neither.
        Scan scan = new Scan(text, begin, end);
        char[] chars = scan.chars;
        int length = chars.length;
        int i = 0;
        // What stands before the characters since the last token: nothing yet (a line break, as
        // far as opening a sentence goes), a word, or the punctuation mark that was the last token.
        int lastEnd = 0;
        int beforeGap = '\n';
        while (i < length) {
            char first = chars[i];
            int c = first < ASCII ? first : scan.codePointAt(i);
            if (!isLetterOrDigit(c)) {
                int width = Character.charCount(c);
                if (punctuation && !isSpace(first)) {
                    tokens.add(scan.token(i, i + width, scan.opensSentence(lastEnd, i, beforeGap)));
                    lastEnd = i + width;
                    beforeGap = c;
                }
                i += width;
                continue;
            }
            int start = i;
            i = wordEnd(scan, i + Character.charCount(c));
            if (abbreviationPeriods && i < length && chars[i] == '.' && keepsPeriod(scan, start, i)) {
                i++;
            }
            tokens.add(scan.token(start, i, scan.opensSentence(lastEnd, start, beforeGap)));
            lastEnd = i;
            beforeGap = AFTER_WORD;
        }
        return tokens;
    }

    private static boolean isLetterOrDigit(int c) {
        return c < ASCII ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isLetter(int c) {
        return c < ASCII ? ASCII_LETTER[c] : Character.isLetter(c);
    }

    /**
     * The stretch being tokenized, copied into an array once. Offsets here count from the
     * stretch's start, {@code base} in the text.
     */
    private static final class Scan {
        final int base;
        final char[] chars;

        Scan(String text, int begin, int end) {
            this.base = begin;
            this.chars = new char[end - begin];
            text.getChars(begin, end, chars, 0);
        }

        /** The code point at {@code i}, a surrogate pair read whole only when both halves lie in the stretch. */
        int codePointAt(int i) {
            char high = chars[i];
            if (Character.isHighSurrogate(high) && i + 1 < chars.length) {
                char low = chars[i + 1];
                if (Character.isLowSurrogate(low)) {
                    return Character.toCodePoint(high, low);
                }
            }
            return high;
        }

        /**
         * The token {@code [start, end)} of the stretch. An all-ASCII token is folded here (lower
         * case changes A to Z alone there), any other by {@link #fold}.
         */
        Token token(int start, int end, boolean opensSentence) {
            boolean ascii = true;
            boolean upper = false;
            for (int j = start; j < end; j++) {
                char c = chars[j];
                if (c >= ASCII) {
                    ascii = false;
                    break;
                }
                upper |= c >= 'A' && c <= 'Z';
            }
            String surface = new String(chars, start, end - start);
            String folded;
            if (!ascii) {
                folded = fold(surface);
            } else if (upper) {
                char[] lower = new char[end - start];
                for (int j = start; j < end; j++) {
                    char c = chars[j];
                    lower[j - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                }
                folded = new String(lower);
            } else {
                folded = surface;
            }
            return new Token(base + start, base + end, surface, folded, opensSentence);
        }

        /** {@link Tokenizer#opensSentence(String, int, int, int)} within the stretch. */
        boolean opensSentence(int lastEnd, int start, int beforeGap) {
            int previous = beforeGap;
            for (int j = start - 1; j >= lastEnd; j--) {
                if (tellsOpening(chars[j])) {
                    previous = chars[j];
                    break;
                }
            }
            return opener(previous);
        }
    }

    /**
     * Whether a token at {@code start} opens a sentence: the last character since the previous
     * token (at {@code lastEnd}) that is a line break or not white space, or else what stood
     * before them, is a line break or a sentence opener. Public for the comparer's words made from
     * prose tokens ({@code compare.EventText}), which must open sentences by this same rule.
     */
    public static boolean opensSentence(String text, int lastEnd, int start, int beforeGap) {
        int previous = beforeGap;
        for (int j = start - 1; j >= lastEnd; j--) {
            char c = text.charAt(j);
            if (tellsOpening(c)) {
                previous = c;
                break;
            }
        }
        return opener(previous);
    }

    /** Whether a character in the gap before a token says whether it opens a sentence: a line break or not white space. */
    private static boolean tellsOpening(char c) {
        return c != ' ' && (c == '\n' || !Character.isWhitespace(c));
    }

    /** Whether a token after {@code previous} opens a sentence. */
    private static boolean opener(int previous) {
        return switch (previous) {
            case '\n', '.', '!', '?', '"', '\u201C' -> true;
            default -> false;
        };
    }

    /** Where the word whose letters continue at {@code i} of the stretch ends. */
    private int wordEnd(Scan scan, int i) {
        char[] chars = scan.chars;
        int length = chars.length;
        while (i < length) {
            char first = chars[i];
            int d = first < ASCII ? first : scan.codePointAt(i);
            if (isLetterOrDigit(d)
                    || (combiningMarks && d >= ASCII && Character.getType(d) == Character.NON_SPACING_MARK)) {
                i += Character.charCount(d);
            } else if (joiners.indexOf(d) >= 0 && i + 1 < length && joinsBefore(scan.codePointAt(i + 1))) {
                i++; // the joiner; the letter after it continues the word
            } else {
                break;
            }
        }
        return i;
    }

    private boolean joinsBefore(int next) {
        return joinBeforeDigit ? isLetterOrDigit(next) : isLetter(next);
    }

    /** Whether the period after the word {@code [start, end)} of the stretch belongs to it. */
    private static boolean keepsPeriod(Scan scan, int start, int end) {
        String word = new String(scan.chars, start, end - start).toLowerCase(Locale.ROOT);
        boolean initial = end - start == 1 && Character.isUpperCase(scan.chars[start]);
        return initial || Abbreviations.contains(word) || word.indexOf('.') >= 0;
    }

    /**
     * The folded form of a word: lower case ({@link Locale#ROOT}), the typographic apostrophe as
     * {@code '}. Returns the same string when nothing changes (no allocation for most words).
     */
    public static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** White space, the no-break space included: what never is a token. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
