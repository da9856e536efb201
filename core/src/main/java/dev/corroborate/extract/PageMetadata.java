package dev.corroborate.extract;

import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.WordLists;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about its article, each field from the most to the least explicit source:
 * JSON-LD, then Open Graph and other meta tags, then the page itself ({@code <h1>}, {@code <time>},
 * the canonical link, the {@code lang} attribute). The headline is chosen by {@link Titles}, the
 * authors found by {@link PageAuthors}. Fields are null when the page does not state them.
 *
 * @param title      the headline
 * @param authors    credited authors, in page order
 * @param published  the publication time as written
 * @param modified   the last modification time as written
 * @param outlet     the site's name
 * @param url        the canonical URL
 * @param language   the language tag as written
 * @param lead       the page's own summary
 * @param statedBody the article body JSON-LD states, as stated (it may hold HTML)
 */
record PageMetadata(
        String title, List<String> authors, String published, String modified, String outlet, String url,
        String language, String lead, String statedBody) {

    private static final List<String> PUBLISHED_META = WordLists.list(PageMetadata.class, "published-meta-names.txt");
    private static final List<String> MODIFIED_META = WordLists.list(PageMetadata.class, "modified-meta-names.txt");

    /** Reads the metadata of {@code doc}; call before the main text prunes the tree. */
    static PageMetadata read(Document doc, PageIndex index) {
        MetaTags metas = MetaTags.of(index.metas);
        JsonLdArticle ld = JsonLdArticle.of(index.jsonLd);
        String outlet = first(ld.publisher, metas.get("og:site_name"), metas.get("application-name"));
        String title = Titles.choose(
                Arrays.asList(text(index.articleH1), text(index.firstH1)),
                List.of(nonNull(metas.get("og:title")), nonNull(metas.get("twitter:title")), nonNull(ld.headline),
                        nonNull(doc.title())),
                outlet);
        String published = first(ld.datePublished, metas.first(PUBLISHED_META),
                attr(index.datePublished, "content", "datetime"),
                attr(index.articleTime != null ? index.articleTime : index.firstTime, "datetime"));
        String url = first(attr(index.canonical, "abs:href"), metas.get("og:url"), ld.url,
                doc.location().isEmpty() ? null : doc.location());
        String language = first(attr(doc.root().firstElementChild(), "lang"), ld.language,
                attr(index.contentLanguage, "content"), metas.get("og:locale"));
        List<String> authors = PageAuthors.of(doc, ld, index.metas);
        String modified = first(ld.dateModified, metas.first(MODIFIED_META));
        String lead = first(metas.get("og:description"), metas.get("description"), metas.get("twitter:description"),
                ld.description);
        return new PageMetadata(title, authors, published, modified, outlet, url, language, lead, ld.articleBody);
    }

    /** The page these metadata describe, with its main text. */
    ExtractedPage withText(List<String> paragraphs) {
        return new ExtractedPage(title, authors, published, modified, outlet, url, language, lead, paragraphs);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = TextNormalizer.line(element.text());
        return text.isEmpty() ? null : text;
    }

    private static String attr(Element element, String... names) {
        if (element == null) {
            return null;
        }
        for (String name : names) {
            String value = TextNormalizer.line(element.attr(name));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
