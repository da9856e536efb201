package dev.corroborate.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Words and punctuation with their offsets, over one stretch of an article's text. */
final class Tokens {

    record Token(String text, int start, int end) {
        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean isCapitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }
    }

    /** Abbreviations whose final period belongs to the word. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen",
            "lt", "col", "sgt", "capt", "prof", "rev", "st", "jr", "sr", "u.s", "u.n", "u.k", "e.u", "pres", "atty",
            "supt", "insp", "maj", "adm", "cmdr", "no");

    private Tokens() {
    }

    /** White space, the no-break space included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether {@code word} (lower case, without its period) is an abbreviation such as "sen" or "u.s". */
    static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word);
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < end) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.') && j + 1 < end
                            && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < end && text.charAt(j) == '.') {
                    String word = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
                    boolean initial = j - i == 1 && Character.isUpperCase(c);
                    if (initial || ABBREVIATIONS.contains(word) || word.contains(".")) {
                        j++;
                    }
                }
                tokens.add(new Token(text.substring(i, j), i, j));
                i = j;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }
}
