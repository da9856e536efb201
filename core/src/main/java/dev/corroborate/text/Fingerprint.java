package dev.corroborate.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 fingerprint of parts added one after another, each ended by a zero byte (so "ab", "c"
 * and "a", "bc" differ): what an incremental run keeps beside a result to tell whether its inputs
 * changed. Records print every field, so their text is a canonical form of a part. Not
 * thread-safe; one per fingerprint.
 */
public final class Fingerprint {

    private final MessageDigest digest = sha256();

    /** Adds one part: its text ({@code String.valueOf}), then a zero byte. */
    public Fingerprint add(Object part) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** The fingerprint of the parts added, as 64 hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text}, as hex digits: a short stable id. */
    public static String sha256Hex(String text, int bytes) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
