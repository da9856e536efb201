package dev.corroborate.app.web;

import dev.corroborate.io.query.QuoteQuery;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import java.util.List;
import java.util.Locale;

/** An article page: metadata and origin, the clean text with its quotes marked, its reuse links. Stateless. */
final class ArticlePage {

    private ArticlePage() {
    }

    static String render(Article a, List<ReuseLink> links, QuoteQuery.ArticleQuotes quotes, String eventId) {
        Html h = new Html();
        h.raw("<h1>").text(a.title().isEmpty() ? "(no title)" : a.title()).raw("</h1><dl class=\"meta\">");
        meta(h, "id", a.id());
        meta(h, "outlet", Layout.outlet(a));
        meta(h, "published", Layout.published(a));
        meta(h, "modified", a.modified() == null ? null : a.modified().iso());
        meta(h, "authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
        meta(h, "language", a.language());
        meta(h, "dateline", a.dateline());
        meta(h, "agency", a.agency());
        meta(h, "ingested from", a.origin().describeShared());
        if (a.url() != null) {
            h.raw("<dt>url</dt><dd>");
            if (a.url().startsWith("https://") || a.url().startsWith("http://")) {
                h.raw("<a rel=\"noopener noreferrer nofollow\" href=\"").text(a.url()).raw("\">").text(a.url()).raw("</a>");
            } else {
                h.text(a.url());
            }
            h.raw("</dd>");
        }
        if (eventId != null) {
            h.raw("<dt>event</dt><dd>").link(eventId, "stories", eventId).raw("</dd>");
        }
        h.raw("</dl>");
        if (a.lead() != null) {
            h.element("p", "lead", a.lead());
        }
        TextMarks marks = new TextMarks();
        for (QuoteQuery.QuoteView q : quotes.quotes()) {
            marks.add(new TextMarks.Mark(q.quote().quote().start(), q.quote().quote().end(), "quote", null, null,
                    q.speaker().describe()));
        }
        h.raw("<div class=\"article-text\">");
        marks.render(h, a.text());
        h.raw("</div>");
        h.raw("<section><h2>Quotes</h2><ol class=\"quotes\">");
        for (QuoteQuery.QuoteView q : quotes.quotes()) {
            h.raw("<li>").text(q.quote().quote().text() + " \u2014 " + q.speaker().describe());
            for (String other : q.alsoQuotedIn()) {
                h.raw(" · also in ").link(other, "articles", other);
            }
            h.raw("</li>");
        }
        h.raw("</ol></section><section><h2>Reuse links</h2><ul>");
        for (ReuseLink link : links) {
            boolean derived = link.derivedId().equals(a.id());
            String other = derived ? link.sourceId() : link.derivedId();
            h.raw("<li>").text(derived ? "takes from " : "is taken by ").link(other, "articles", other)
                    .text(String.format(Locale.ROOT, " · %s · score %.2f ", link.relation().label(), link.score()))
                    .link("compare", "compare", a.id(), other).raw("</li>");
        }
        h.raw("</ul></section>");
        return Layout.page(a.title().isEmpty() ? a.id() : a.title(), h);
    }

    private static void meta(Html h, String name, String value) {
        if (value != null) {
            h.raw("<dt>").text(name).raw("</dt><dd>").text(value).raw("</dd>");
        }
    }
}
