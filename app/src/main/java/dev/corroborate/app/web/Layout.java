package dev.corroborate.app.web;

/** The frame of every page: head with the app's own style sheet and script, navigation, body. Stateless. */
final class Layout {

    private Layout() {
    }

    /** A whole page; {@code title} is untrusted, {@code body} already built by {@link Html}. */
    static String page(String title, Html body) {
        return new Html().raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" · Corroborate</title>")
                .raw("<link rel=\"stylesheet\" href=\"/static/style.css\">")
                .raw("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">")
                .raw("<script src=\"/static/app.js\" defer></script></head><body>")
                .raw("<nav><a href=\"/\">Corroborate</a> · <a href=\"/\">Stories</a> · <a href=\"/speakers\">Speakers</a> · <a href=\"/search\">Search</a> · ")
                .raw("<a href=\"/api/openapi.json\">API</a></nav><main>")
                .raw(body.toString())
                .raw("</main></body></html>\n").toString();
    }

    /** An error page: the status and a message safe to show. */
    static String error(int status, String message) {
        Html body = new Html().raw("<h1>").text(switch (status) {
            case 404 -> "Not found";
            case 400 -> "Bad request";
            case 403 -> "Refused";
            case 409 -> "Busy";
            default -> "Error";
        })
                .raw("</h1>").element("p", null, message)
                .raw("<p><a href=\"/\">All stories</a></p>");
        return page(String.valueOf(status), body);
    }

    static String outlet(dev.corroborate.model.Article article) {
        return dev.corroborate.io.query.ArticleLabels.outlet(article);
    }

    /**
     * Links to the previous and next pages of a list at {@code path}; {@code query} (the rest of the
     * query string, from {@code &}, its values URL-encoded) is escaped here.
     */
    static void pager(Html h, String path, int offset, int limit, int total, String query) {
        h.raw("<p class=\"pager\">");
        if (offset > 0) {
            h.raw("<a href=\"").raw(path).raw("?offset=").text(Math.max(0, offset - limit) + query).raw("\">previous</a> ");
        }
        if (offset + limit < total) {
            h.raw("<a href=\"").raw(path).raw("?offset=").text(offset + limit + query).raw("\">next</a>");
        }
        h.raw("</p>");
    }

    /** "1 article", "2 articles". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String published(dev.corroborate.model.Article article) {
        return dev.corroborate.io.query.ArticleLabels.time(article.published());
    }
}
