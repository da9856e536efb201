package dev.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What metadata extraction needs from a page, gathered in one pass over its elements instead of a
 * dozen selects: the headings, the date elements, the canonical link, the meta tags, the JSON-LD
 * and the inline scripts. Fields are null when the page has no such element. Built once per page,
 * before the main text prunes the tree; not thread-safe (one page, one thread).
 */
final class PageIndex {

    /** The first {@code <h1>} inside {@code <article>} or {@code <main>}, or an {@code itemprop=headline}. */
    Element articleH1;
    Element firstH1;
    /** The first element with {@code itemprop=datePublished}. */
    Element datePublished;
    /** The first {@code <time datetime>} inside an {@code <article>}. */
    Element articleTime;
    Element firstTime;
    Element canonical;
    /** {@code <meta http-equiv="content-language">}. */
    Element contentLanguage;
    /** Meta tags with a {@code content} attribute, in page order. */
    final List<Element> metas = new ArrayList<>();
    /** {@code <script type="application/ld+json">}, in page order. */
    final List<Element> jsonLd = new ArrayList<>();
    /** Inline scripts: where a page rendered in the browser keeps its article, as escaped HTML. */
    final List<Element> inlineScripts = new ArrayList<>();

    private PageIndex() {
    }

    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex();
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "h1" -> {
                    if (index.firstH1 == null) {
                        index.firstH1 = e;
                    }
                    if (index.articleH1 == null && e.closest("article, main") != null) {
                        index.articleH1 = e;
                    }
                }
                case "meta" -> {
                    if (e.hasAttr("content")) {
                        index.metas.add(e);
                    }
                    if (index.contentLanguage == null && e.attr("http-equiv").equalsIgnoreCase("content-language")) {
                        index.contentLanguage = e;
                    }
                }
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        index.jsonLd.add(e);
                    } else if (!e.hasAttr("src")) {
                        index.inlineScripts.add(e);
                    }
                }
                case "link" -> {
                    if (index.canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                        index.canonical = e;
                    }
                }
                case "time" -> {
                    if (e.hasAttr("datetime")) {
                        if (index.firstTime == null) {
                            index.firstTime = e;
                        }
                        if (index.articleTime == null && e.closest("article") != null) {
                            index.articleTime = e;
                        }
                    }
                }
                default -> {
                }
            }
            if (e.hasAttr("itemprop")) {
                String itemprop = e.attr("itemprop");
                if (index.articleH1 == null && itemprop.equals("headline") && !e.normalName().equals("meta")) {
                    index.articleH1 = e;
                }
                if (index.datePublished == null && itemprop.equals("datePublished")) {
                    index.datePublished = e;
                }
            }
        }
        return index;
    }
}
