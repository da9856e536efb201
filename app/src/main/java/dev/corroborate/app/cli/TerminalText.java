package dev.corroborate.app.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * What the commands print goes through here, because article text is not trusted and a terminal
 * acts on some characters instead of showing them: C0 and C1 controls (an escape sequence can
 * recolour, move the cursor or retitle the window), and the bidirectional controls (U+202E can
 * make {@code exe.txt} read as {@code txt.exe}). Each such character is shown as a visible
 * &#92;uXXXX; everything else, line ends included, passes unchanged, so normal text prints as
 * it always did. Stateless; the writers it makes are as thread-safe as the ones they wrap.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** A printer onto {@code out} that escapes what a terminal would act on (see the class comment). */
    static PrintWriter escaping(PrintWriter out) {
        return new PrintWriter(new EscapingWriter(out), true);
    }

    /**
     * For JSON printed to a terminal ({@code extract}): the same characters written as JSON's own
     * &#92;uXXXX escapes, so the output is still the same JSON and shows nothing raw.
     */
    static CharacterEscapes jsonEscapes() {
        return JsonEscapes.INSTANCE;
    }

    /** A control character other than a line end, or a bidirectional control, or a line or paragraph separator. */
    static boolean isActedOn(char c) {
        if (c == '\n') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    private static String escaped(char c) {
        return String.format(Locale.ROOT, "\\u%04X", (int) c);
    }

    /** Escapes as it writes; a {@code \r\n} line end passes where it is the platform's line end. */
    private static final class EscapingWriter extends FilterWriter {

        private static final boolean CRLF_LINES = System.lineSeparator().equals("\r\n");

        EscapingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            write(text.toCharArray(), offset, length);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int run = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                boolean lineEnd = c == '\r' && CRLF_LINES && i + 1 < end && chars[i + 1] == '\n';
                if (isActedOn(c) && !lineEnd) {
                    out.write(chars, run, i - run);
                    out.write(escaped(c));
                    run = i + 1;
                }
            }
            out.write(chars, run, end - run);
        }
    }

    /** Jackson's escapes for {@link #isActedOn} characters beyond those JSON always escapes. */
    private static final class JsonEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        static final JsonEscapes INSTANCE = new JsonEscapes();

        private final int[] ascii = standardAsciiEscapesForJSON();

        private JsonEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c <= 0xFFFF && isActedOn((char) c)
                    ? new com.fasterxml.jackson.core.io.SerializedString(escaped((char) c)) : null;
        }
    }
}
