package dev.corroborate.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Settings stamps: a short, stable name for the settings a kept result was made with, so a later
 * run tells a result made under other settings from a current one. Thread-safe.
 */
public final class Stamps {

    private Stamps() {
    }

    /**
     * A stamp of a version and the settings (records, whose text names every value): the version,
     * then the first 16 hex digits of the SHA-256 of the settings' text ("reuse 1 · 3f2a…").
     */
    public static String of(String version, Object... settings) {
        StringBuilder text = new StringBuilder(version);
        for (Object part : settings) {
            text.append('\u0000').append(part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return version + " \u00B7 " + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
