package dev.corroborate.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw text into clean paragraphs: NFC, no control or zero-width characters, every run of
 * white space (including no-break and other Unicode spaces) folded to one space, no blank
 * paragraphs. Stateless and thread-safe.
 *
 * <p>Paragraphs are separated by blank lines. A text with no blank line at all (news-please's
 * {@code maintext}, many scrapers' output) has one paragraph per line instead.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Splits raw text into normalized, non-blank paragraphs. */
    public static List<String> paragraphs(String raw) {
        String text = lines(raw);
        boolean hasBlankLine = text.contains("\n\n") || text.matches("(?s).*\\n[ \\t]+\\n.*");
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String folded = foldSpaces(line);
            if (!hasBlankLine) {
                if (!folded.isEmpty()) {
                    paragraphs.add(folded);
                }
                continue;
            }
            if (folded.isEmpty()) {
                flush(current, paragraphs);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(folded);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** Normalizes one line or short field (a title, an author): the same rules, one line out. */
    public static String line(String raw) {
        return raw == null ? "" : foldSpaces(lines(raw).replace('\n', ' '));
    }

    /** Words in a text: runs of characters between white space; {@link WordCount#pieces(String)}. */
    public static int wordCount(String text) {
        return WordCount.pieces(text);
    }

    /** NFC, unified line ends, control and zero-width characters removed; line structure kept. */
    static String lines(String raw) {
        String text = mayNeedComposition(raw) ? Normalizer.normalize(raw, Normalizer.Form.NFC) : raw;
        if (keptAsIs(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (isInvisible(c)) {
                // dropped: they split words for no reader-visible reason and break matching
            } else if (Character.isISOControl(c)) {
                // C0/C1 controls carry no text
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #lines} keeps every character of {@code text} as it is: line feeds, and no other
     * line end, tab, control or invisible character (most texts: then they are not copied).
     */
    private static boolean keptAsIs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isInvisible(c))) {
                return false;
            }
        }
        return true;
    }

    /** Below U+0300 nothing composes or decomposes, so such text is already NFC (a fast path). */
    private static boolean mayNeedComposition(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvisible(char c) {
        // zero-width space, word joiner, BOM, soft hyphen. ZWJ/ZWNJ (U+200C/D) stay: scripts need them.
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    static String foldSpaces(String line) {
        if (isFolded(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #foldSpaces} gives the line back: it neither opens nor ends with white space, and each
     * of its white-space characters is a plain space between two others (most lines: then they are not copied).
     */
    private static boolean isFolded(String line) {
        boolean afterSpace = true; // the line's start: white space there is dropped
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > ' ' && c < '\u007F') {
                afterSpace = false; // printable ASCII other than the space: never white space
                continue;
            }
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space && (c != ' ' || afterSpace)) {
                return false;
            }
            afterSpace = space;
        }
        return line.isEmpty() || !afterSpace;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
