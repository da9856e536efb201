package dev.corroborate.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article ids derived from content, so that re-ingesting the same article never duplicates it.
 *
 * <p>When the URL is known it identifies the article (a re-crawl of a page whose ads changed is
 * the same article), in its {@linkplain PageAddress#canonical canonical form}: the page's address from a
 * feed with campaign parameters, from a crawl over {@code http://} and from its canonical link are one
 * article. Otherwise the id is a digest of the outlet, title and clean text, after
 * case folding and white-space folding, so a copy of a file or a re-export with other line
 * breaks maps to the same id while the same wire text under two outlets stays two articles.
 */
public final class ArticleIds {

    /** Length in hex digits: 64 bits, negligible collision odds below billions of articles. */
    public static final int LENGTH = 16;

    private static final int MAX_GIVEN_LENGTH = 256;

    private ArticleIds() {
    }

    /** The id of an article whose input gave none. */
    public static String derive(String url, String outlet, String title, String text) {
        String key;
        if (url != null && !url.isBlank()) {
            key = "url\u0000" + PageAddress.canonical(url);
        } else {
            key = "content\u0000" + fold(outlet) + "\u0000" + fold(title) + "\u0000" + fold(text);
        }
        return digest(key);
    }

    /**
     * The id Corroborate derived from {@code url} before it folded a page's addresses into one (stores of
     * schema 27 and earlier): the address as given, trimmed. For finding those articles under their new ids.
     */
    public static String derivedFromAddressAsGiven(String url) {
        return digest("url\u0000" + url.strip());
    }

    /**
     * Checks an id an input gave. Returns {@code null} when it is acceptable, otherwise why not.
     */
    public static String problemWithGivenId(String id) {
        if (id.isBlank()) {
            return "the id is blank";
        }
        if (id.length() > MAX_GIVEN_LENGTH) {
            return "the id is " + id.length() + " characters long, more than " + MAX_GIVEN_LENGTH;
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return "the id contains a control character at position " + i;
            }
        }
        return null;
    }

    private static String fold(String value) {
        return value == null ? "" : TextNormalizer.line(value).toLowerCase(Locale.ROOT);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
