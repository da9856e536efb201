package dev.corroborate.quote;

import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks: curly “…”, straight "…", German „…“ and „…”, French
 * «…», Japanese and Chinese 「…」 and 『…』, the ``…'' of tokenised text, and single ‘…’ when they
 * stand at the top level. Marks nested inside a quote belong to it. A quote that runs over several
 * paragraphs, with an opening mark at each and a closing mark only at the last, is one span; a
 * quote whose paragraph ends with no closing mark and no continuation ends with its paragraph.
 */
final class QuotationMarks {

    /** One quoted span: {@code start} at the opening mark, {@code end} after the closing mark (or the paragraph). */
    record Span(int start, int end, boolean closed) {
    }

    private QuotationMarks() {
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int open = openerAt(text, i);
            if (open == 0) {
                i++;
                continue;
            }
            int start = i;
            int contentFrom = i + open;
            int j = contentFrom;
            char opener = text.charAt(i);
            boolean closed = false;
            int end = -1;
            while (j < n) {
                int close = closerAt(text, j, opener);
                if (close > 0) {
                    end = j + close;
                    closed = true;
                    break;
                }
                if (text.charAt(j) == '\n') {
                    // The paragraph ends inside the quote: it goes on if the next paragraph opens with the same mark.
                    int next = j;
                    while (next < n && Tokenizer.isSpace(text.charAt(next))) {
                        next++;
                    }
                    if (next < n && openerAt(text, next) > 0 && sameFamily(opener, text.charAt(next))) {
                        j = next + openerAt(text, next);
                        continue;
                    }
                    end = trimEnd(text, start, j);
                    break;
                }
                j++;
            }
            if (end < 0) {
                end = trimEnd(text, start, n);
            }
            if (end - start > open) {
                spans.add(new Span(start, end, closed));
            }
            i = Math.max(end, i + 1);
        }
        return spans;
    }

    /** The text without the outer quotation marks and white space. */
    static String strip(String quoted) {
        int from = 0;
        int to = quoted.length();
        while (from < to && (isMark(quoted.charAt(from)) || Tokenizer.isSpace(quoted.charAt(from)))) {
            from++;
        }
        while (to > from && (isMark(quoted.charAt(to - 1)) || Tokenizer.isSpace(quoted.charAt(to - 1)))) {
            to--;
        }
        return quoted.substring(from, to);
    }

    static boolean isMark(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u300C', '\u300D', '\u300E', '\u300F',
                 '\u2018', '\u2019', '`' -> true;
            default -> false;
        };
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Tokenizer.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The length of the opening mark at {@code i}, or 0. */
    static int openerAt(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201C', '\u201E', '\u00AB', '\u300C', '\u300E':
                return 1;
            case '"':
                return beforeIsBoundary(text, i) && afterIsWord(text, i + 1) ? 1 : 0;
            case '`':
                return text.startsWith("``", i) ? 2 : 0;
            case '\u2018':
                // A single opening mark at the top level: it must start a word and be followed by a letter.
                return beforeIsBoundary(text, i) && afterIsWord(text, i + 1) ? 1 : 0;
            default:
                return 0;
        }
    }

    /** The length of the mark at {@code j} that closes {@code opener}, or 0. */
    private static int closerAt(String text, int j, char opener) {
        char c = text.charAt(j);
        return switch (opener) {
            case '\u201C' -> c == '\u201D' || c == '"' || misusedOpener(text, j) ? 1 : 0;
            case '\u201E' -> c == '\u201C' || c == '\u201D' ? 1 : 0;
            case '\u00AB' -> c == '\u00BB' ? 1 : 0;
            case '\u300C' -> c == '\u300D' ? 1 : 0;
            case '\u300E' -> c == '\u300F' ? 1 : 0;
            case '"' -> c == '"' || c == '\u201D' || misusedOpener(text, j) ? 1 : 0;
            case '`' -> text.startsWith("''", j) ? 2 : 0;
            case '\u2018' -> c == '\u2019' && !afterIsLetter(text, j + 1) ? 1 : 0;
            default -> 0;
        };
    }

    /**
     * An opening mark typed where the closing one belongs ({@code “It's unusual,“ said}): right
     * after a word or punctuation and followed by a space or the end of the line.
     */
    private static boolean misusedOpener(String text, int j) {
        return text.charAt(j) == '\u201C' && j > 0 && !Tokenizer.isSpace(text.charAt(j - 1))
                && (j + 1 >= text.length() || Tokenizer.isSpace(text.charAt(j + 1)));
    }

    private static boolean sameFamily(char opener, char next) {
        if (opener == next) {
            return true;
        }
        return (opener == '\u201C' || opener == '"') && (next == '\u201C' || next == '"');
    }

    private static boolean beforeIsBoundary(String text, int i) {
        if (i == 0) {
            return true;
        }
        char b = text.charAt(i - 1);
        return Tokenizer.isSpace(b) || b == '(' || b == '[' || b == '\u2014' || b == '\u2013' || b == '-'
                || b == ':' || b == '/' || b == '\u201C' || b == '"';
    }

    private static boolean afterIsWord(String text, int i) {
        return i < text.length() && !Tokenizer.isSpace(text.charAt(i));
    }

    private static boolean afterIsLetter(String text, int i) {
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
