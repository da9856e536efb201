package dev.corroborate.app.web;

import dev.corroborate.io.query.Page;
import dev.corroborate.io.query.SpeakerListing;
import dev.corroborate.model.Speaker;

/** The speakers quoted (people, and written sources marked): name, the other forms met, roles, how many quotes; paged. Stateless. */
final class SpeakersPage {

    private SpeakersPage() {
    }

    static String render(Page<Speaker> page, java.util.Map<String, java.util.List<String>> quotedIn) {
        // The people and the written sources quoted ("the letter"), which are no one: marked as such, as the
        // command line lists them apart (a page of the store's order cannot be split without reading every speaker).
        Html h = new Html().raw("<h1>Speakers</h1><p class=\"count\">")
                .text(page.total() + " speakers quoted: people, and written sources marked as such").raw("</p>");
        h.raw("<table class=\"stories\"><thead><tr><th>Name</th><th>Also written</th><th>Roles</th><th>Quotes</th></tr></thead><tbody>");
        for (Speaker quoted : page.items()) {
            Speaker s = SpeakerListing.shown(quoted);
            h.raw("<tr><td>").text(s.name());
            if (SpeakerListing.isWrittenSource(s.name())) {
                h.raw(" <span class=\"note\">").text("(a written source, not a person)").raw("</span>");
            }
            if (quotedIn.containsKey(s.id())) {
                // A description is one speaker per article: where it was quoted tells two of one description apart.
                h.raw(" <span class=\"note\">").text("(quoted in " + SpeakerListing.outlets(quotedIn.get(s.id())) + ")").raw("</span>");
            }
            h.raw("</td><td>")
                    .text(String.join(", ", s.variants().stream().filter(v -> !v.equals(s.name())).toList()))
                    .raw("</td><td>").text(String.join("; ", s.roles())).raw("</td><td>")
                    .text(String.valueOf(s.quotes())).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        Layout.pager(h, "/speakers", page.offset(), page.limit(), page.total(), "&limit=" + page.limit());
        return Layout.page("Speakers", h);
    }
}
