package dev.corroborate.app.web;

import dev.corroborate.io.query.Page;
import dev.corroborate.model.Speaker;

/** The people quoted: name, the other forms met, roles, how many quotes; paged. Stateless. */
final class SpeakersPage {

    private SpeakersPage() {
    }

    static String render(Page<Speaker> page) {
        Html h = new Html().raw("<h1>Speakers</h1><p class=\"count\">").text(page.total() + " people quoted").raw("</p>");
        h.raw("<table class=\"stories\"><thead><tr><th>Name</th><th>Also written</th><th>Roles</th><th>Quotes</th></tr></thead><tbody>");
        for (Speaker s : page.items()) {
            h.raw("<tr><td>").text(s.name()).raw("</td><td>")
                    .text(String.join(", ", s.variants().stream().filter(v -> !v.equals(s.name())).toList()))
                    .raw("</td><td>").text(String.join("; ", s.roles())).raw("</td><td>")
                    .text(String.valueOf(s.quotes())).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        Layout.pager(h, "/speakers", page.offset(), page.limit(), page.total(), "&limit=" + page.limit());
        return Layout.page("Speakers", h);
    }
}
