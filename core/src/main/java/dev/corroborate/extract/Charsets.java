package dev.corroborate.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page's bytes: a byte order mark first, then the page's own meta tag,
 * then the charset the transport declared (an HTTP header), then the bytes themselves; and a
 * declaration the bytes contradict (UTF-8 declared but invalid, another charset declared over
 * valid multi-byte UTF-8) is not believed. Thread-safe.
 */
public final class Charsets {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]{2,40})");
    private static final int META_WINDOW = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** The charset to decode {@code bytes} with; {@code declared} may be null. */
    public static Charset detect(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        int scan = scanUtf8(bytes);
        boolean validUtf8 = (scan & VALID) != 0;
        boolean multiByte = (scan & MULTI_BYTE) != 0;
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        for (String name : new String[] {meta.find() ? meta.group(1) : null, declared}) {
            Charset charset = forName(name);
            if (charset == null) {
                continue;
            }
            if (charset.equals(StandardCharsets.UTF_8) && !validUtf8) {
                continue; // declared UTF-8, but the bytes are not: the declaration lies
            }
            if (!charset.equals(StandardCharsets.UTF_8) && validUtf8 && multiByte && !charset.name().startsWith("UTF-16")) {
                // Another charset declared over valid multi-byte UTF-8: it lies. Text in a single-byte
                // charset, or in GB2312, Shift_JIS or EUC-KR, is almost never well-formed UTF-8 by chance.
                return StandardCharsets.UTF_8;
            }
            return charset;
        }
        return validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String normalized = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read latin-1 and ascii labels as windows-1252 (WHATWG Encoding); so do we.
        if (normalized.equals("iso-8859-1") || normalized.equals("latin1") || normalized.equals("us-ascii")
                || normalized.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(normalized);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static final int VALID = 1;
    private static final int MULTI_BYTE = 2;
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Whether the bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, at most U+10FFFF). */
    static boolean isValidUtf8(byte[] bytes) {
        return (scanUtf8(bytes) & VALID) != 0;
    }

    /**
     * One pass over the bytes: {@link #VALID} when they are well-formed UTF-8, {@link #MULTI_BYTE}
     * when any byte is not ASCII. Runs of ASCII are skipped eight bytes at a time: most of a page is
     * markup.
     */
    private static int scanUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        boolean multiByte = false;
        while (i < n) {
            while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            multiByte = true;
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return MULTI_BYTE;
            }
            if (i + length > n) {
                return MULTI_BYTE;
            }
            int codePoint = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return MULTI_BYTE;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return MULTI_BYTE;
            }
            i += length;
        }
        return VALID | (multiByte ? MULTI_BYTE : 0);
    }
}
