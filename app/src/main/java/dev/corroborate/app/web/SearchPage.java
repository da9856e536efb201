package dev.corroborate.app.web;

import dev.corroborate.io.query.SearchQuery;
import dev.corroborate.io.search.SearchHit;

/**
 * The search page: the query form, then the articles found grouped by storyline, each with its
 * passages; every piece of text escaped, the matched pieces inside {@code <mark>}. Stateless.
 */
final class SearchPage {

    private SearchPage() {
    }

    /** The form alone, with a note (no query yet, a bad query, no index): {@code query} and {@code note} untrusted. */
    static String form(String query, String note) {
        Html h = form(new Html(), query);
        if (note != null) {
            h.element("p", "note", note);
        }
        return Layout.page("Search", h);
    }

    static String render(SearchQuery.Results results) {
        Html h = form(new Html(), results.query());
        h.raw("<p class=\"count\">").text(Layout.count(results.total(), "article") + " found").raw("</p>");
        for (SearchQuery.StoryHits group : results.groups()) {
            h.raw("<section class=\"search-group\"><h2>");
            if (group.storyId() == null) {
                h.text("In no storyline yet");
            } else {
                h.link(group.storyLabel(), "stories", group.storyId());
            }
            h.raw("</h2><ol class=\"hits\">");
            for (SearchQuery.Hit hit : group.hits()) {
                var a = hit.article();
                h.raw("<li class=\"hit\">").link(a.title().isEmpty() ? a.id() : a.title(), "articles", a.id())
                        .element("span", "meta", " · " + Layout.outlet(a) + " · " + Layout.published(a));
                for (SearchHit.Snippet snippet : hit.hit().snippets()) {
                    h.raw("<p class=\"snippet\"><span class=\"field\">").text(snippet.field()).raw("</span> ");
                    for (SearchHit.Piece piece : snippet.pieces()) {
                        if (piece.matched()) {
                            h.raw("<mark>").text(piece.text()).raw("</mark>");
                        } else {
                            h.text(piece.text());
                        }
                    }
                    h.raw("</p>");
                }
                h.raw("</li>");
            }
            h.raw("</ol></section>");
        }
        pager(h, results);
        return Layout.page(results.query() + " · Search", h);
    }

    private static Html form(Html h, String query) {
        return h.raw("<h1>Search</h1><form class=\"search\" method=\"get\" action=\"/search\">")
                .raw("<input type=\"search\" name=\"q\" size=\"50\" maxlength=\"500\" value=\"").text(query).raw("\"> ")
                .raw("<button type=\"submit\">Search</button></form>")
                .element("p", "help", "Titles, texts and quotes. All words must match; \"a phrase\", OR, NOT, word*, "
                        + "title:word, quotes:word.");
    }

    private static void pager(Html h, SearchQuery.Results r) {
        String q = "&limit=" + r.limit() + "&q=" + java.net.URLEncoder.encode(r.query(), java.nio.charset.StandardCharsets.UTF_8);
        Layout.pager(h, "/search", r.offset(), r.limit(), r.total(), q);
    }
}
