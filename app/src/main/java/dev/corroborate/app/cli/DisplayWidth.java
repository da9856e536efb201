package dev.corroborate.app.cli;

/**
 * How many terminal columns a text takes: a CJK character, a Hangul syllable, a full-width form or an
 * emoji two, a combining mark or a variation selector none, anything else one. A table padded by
 * characters came out ragged beside an outlet written in Chinese or with an emoji. Stateless.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns {@code text} takes. */
    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += of(c);
            i += Character.charCount(c);
        }
        return width;
    }

    static int of(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200B) {
            return 0;
        }
        return wide(c) ? 2 : 1;
    }

    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0x303E || c >= 0x3041 && c <= 0x33FF
                || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xA000 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x1F680 && c <= 0x1F6FF || c >= 0x1F900 && c <= 0x1F9FF || c >= 0x20000 && c <= 0x3FFFD;
    }

    /** {@code text} cut to at most {@code columns} columns, the last of them "…" when it was cut. */
    static String clip(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int w = of(c);
            if (used + w > columns - 1) {
                break;
            }
            kept.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return kept.append('\u2026').toString();
    }

    /** {@code text} followed by spaces up to {@code columns} columns. */
    static String pad(String text, int columns) {
        int missing = columns - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }
}
