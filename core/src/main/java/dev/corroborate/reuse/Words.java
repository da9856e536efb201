package dev.corroborate.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text with their UTF-16 offsets: runs of letters and digits, case-folded, so that
 * changed punctuation, white space and capitals do not hide a reused passage. Thread-safe.
 */
public final class Words {

    /** One word: its folded form and where it stands in the original text. */
    public record Word(String folded, int start, int end) {
    }

    private Words() {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n) {
                int d = text.codePointAt(i);
                // An apostrophe inside a word ("didn't", "China’s") keeps it one word.
                boolean inner = (d == '\'' || d == '’') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1)) && i > start;
                if (!Character.isLetterOrDigit(d) && !inner) {
                    break;
                }
                i += Character.charCount(d);
            }
            words.add(new Word(text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''), start, i));
        }
        return words;
    }
}
