package dev.corroborate.io.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict text decoding that says where it failed, and sniffing of binary content. */
final class Decoding {

    /** How much of the start of an input is examined for binary content. */
    static final int SNIFF_BYTES = 8192;

    private Decoding() {
    }

    /** Decoding failed at {@code byteOffset} (relative to the decoded range). */
    static final class MalformedText extends Exception {
        private static final long serialVersionUID = 1L;
        final long byteOffset;

        MalformedText(long byteOffset, String message) {
            super(message, null, false, false);
            this.byteOffset = byteOffset;
        }
    }

    /**
     * Decodes text: UTF-16 when a UTF-16 BOM says so, otherwise strict UTF-8 (a UTF-8 BOM is dropped).
     *
     * @throws MalformedText at the first byte that is not valid in the encoding
     */
    static String decode(byte[] bytes, int length) throws MalformedText {
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return decode(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return decode(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        int start = hasUtf8Bom(bytes, length) ? 3 : 0;
        return decode(bytes, start, length - start, StandardCharsets.UTF_8);
    }

    static boolean hasUtf8Bom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static String decode(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) throws MalformedText {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) length * 2 + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long at = in.position();
            throw new MalformedText(at, String.format(Locale.ROOT, "invalid %s at byte offset %d (byte 0x%02X)",
                    charset.name(), at, bytes[in.position()] & 0xFF));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedText(offset + length, "invalid " + charset.name() + " at the end of the input");
        }
        out.flip();
        return out.toString();
    }

    /**
     * Returns the offset of the first sign that the bytes are not text (a NUL byte, or a high
     * share of control characters), or -1 when they look like text. UTF-16 with a BOM is text.
     */
    static long binaryEvidence(byte[] bytes, int length) {
        if (length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            return -1;
        }
        int end = Math.min(length, SNIFF_BYTES);
        int controls = 0;
        int firstControl = -1;
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return i;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
                if (firstControl < 0) {
                    firstControl = i;
                }
            }
        }
        // Text has almost none; a few stray ones (a form feed, an escape) are tolerated.
        return end > 0 && controls * 20 > end ? firstControl : -1;
    }

    /** Why bytes found binary at {@code at} ({@link #binaryEvidence}) are refused: "binary content, not WHAT (control byte 0x00 at byte offset 12)". */
    static String binaryContent(String what, byte[] bytes, long at) {
        return String.format(Locale.ROOT, "binary content, not %s (control byte 0x%02X at byte offset %d)", what,
                bytes[(int) at] & 0xFF, at);
    }
}
