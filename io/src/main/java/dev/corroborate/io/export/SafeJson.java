package dev.corroborate.io.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON every export writes: besides what JSON always escapes (the C0 controls), the C1
 * controls, DEL, the bidirectional controls and the line and paragraph separators are written as
 * {@code \\uXXXX}, so no raw control character from an article reaches a terminal or an editor that
 * shows the file, while the data a program parses back is exactly the same (offsets included).
 */
public final class SafeJson {

    private SafeJson() {
    }

    /** Whether {@code c} must not appear raw in an export: it could reorder or hide what a reader sees. */
    static boolean isHidden(char c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029;
    }

    /** A mapper for exports: every hidden character escaped. */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new Escapes());
        return mapper;
    }

    private static final class Escapes extends CharacterEscapes {

        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        Escapes() {
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Called for characters past ASCII: the hidden ones as \\uXXXX, the rest as they are.
            return isHidden((char) ch) ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch)) : null;
        }
    }
}
