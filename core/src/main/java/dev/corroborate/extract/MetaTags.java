package dev.corroborate.extract;

import dev.corroborate.text.TextNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A page's meta tags by lower-cased {@code property}, {@code name} and {@code itemprop}: the first
 * non-empty content for a key wins. Contents are unescaped once more (some sites escape twice) and
 * normalized to one line. Immutable once built.
 */
final class MetaTags {

    private final Map<String, String> contents;

    private MetaTags(Map<String, String> contents) {
        this.contents = contents;
    }

    static MetaTags of(List<Element> metaTags) {
        Map<String, String> index = new HashMap<>();
        for (Element meta : metaTags) {
            String raw = meta.attr("content");
            if (raw.isBlank()) {
                continue;
            }
            // Some sites escape twice: "&amp;quot;" arrives as "&quot;" after parsing.
            String content = TextNormalizer.line(Parser.unescapeEntities(raw, false));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                String key = meta.attr(attribute).toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    index.putIfAbsent(key, content);
                }
            }
        }
        return new MetaTags(index);
    }

    /** The content stated under {@code key} (lower case), or null. */
    String get(String key) {
        return contents.get(key);
    }

    /** The content of the first of {@code keys} the page states, or null. */
    String first(List<String> keys) {
        for (String key : keys) {
            String value = contents.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
