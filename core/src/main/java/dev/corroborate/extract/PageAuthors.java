package dev.corroborate.extract;

import dev.corroborate.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's authors, from the most to the least explicit statement: JSON-LD, author meta tags,
 * elements marked as the author, then a byline block ("By Tomas Reyna"). The first that names
 * anyone wins; names are split and cleaned by {@link Bylines}. Stateless and thread-safe.
 */
final class PageAuthors {

    private static final ExtractionSettings.Metadata SETTINGS = ExtractionSettings.DEFAULTS.metadata();

    private static final Pattern BYLINE = Pattern.compile("(?i)(" + Bylines.OPENING_WORDS + ")\\s+\\p{Lu}.*");

    private static final Set<String> AUTHOR_META = Set.of(
            "author", "article:author", "byl", "sailthru.author", "dc.creator");

    private PageAuthors() {
    }

    /** The authors the page names, in order, without duplicates; empty when it names none. */
    static List<String> of(Document doc, JsonLdArticle ld, List<Element> metaTags) {
        List<String> names = Bylines.clean(ld.authors);
        if (names.isEmpty()) {
            List<String> fromMeta = new ArrayList<>();
            for (Element meta : metaTags) {
                if (!AUTHOR_META.contains(meta.attr("name").toLowerCase(Locale.ROOT))
                        && !AUTHOR_META.contains(meta.attr("property").toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String content = meta.attr("content");
                if (!content.startsWith("http")) {
                    fromMeta.addAll(Bylines.split(content));
                }
            }
            names = Bylines.clean(fromMeta);
        }
        if (names.isEmpty()) {
            List<String> marked = new ArrayList<>();
            for (Element element : doc.select("[rel=author], [itemprop=author] [itemprop=name], .byline .author, .author-name")) {
                marked.addAll(Bylines.split(element.text()));
            }
            names = Bylines.clean(marked);
        }
        if (names.isEmpty()) {
            // A byline block: "By Tomas Reyna", "Von Lena Hartl und Tobias Rainer".
            for (Element element : doc.select("[class*=byline], [class*=author]")) {
                String text = TextNormalizer.line(element.ownText().isBlank() ? element.text() : element.ownText());
                if (BYLINE.matcher(text).matches() && TextNormalizer.wordCount(text) <= SETTINGS.bylineBlockMaxWords()) {
                    names = Bylines.clean(Bylines.split(text));
                    break;
                }
            }
        }
        return names;
    }
}
