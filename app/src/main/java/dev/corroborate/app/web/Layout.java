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

    /** "1 article", "2 articles". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String published(dev.corroborate.model.Article article) {
        return dev.corroborate.io.query.ArticleLabels.time(article.published());
    }
}
