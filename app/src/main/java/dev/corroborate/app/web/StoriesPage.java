package dev.corroborate.app.web;

import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.Page;
import dev.corroborate.io.query.StoryOverviewQuery;
import dev.corroborate.io.store.StoredEvent;

/** The stories list: storylines latest first with their counts, a filter form, paging links. Stateless. */
final class StoriesPage {

    private StoriesPage() {
    }

    static String render(Page<StoryOverviewQuery.Overview> page, StoryOverviewQuery.Filter filter) {
        Html h = new Html().raw("<h1>Stories</h1>");
        h.raw("<form class=\"filter\" method=\"get\" action=\"/\">")
                .raw("<label>From <input type=\"date\" name=\"from\" value=\"").text(str(filter.from())).raw("\"></label> ")
                .raw("<label>To <input type=\"date\" name=\"to\" value=\"").text(str(filter.to())).raw("\"></label> ")
                .raw("<label>Outlet <input name=\"outlet\" value=\"").text(filter.outlet()).raw("\"></label> ")
                .raw("<label>Title or name <input name=\"text\" value=\"").text(filter.text()).raw("\"></label> ")
                .raw("<button type=\"submit\">Filter</button></form>");
        h.raw("<p class=\"count\">").text(Layout.count(page.total(), "storyline")).raw("</p>");
        h.raw("<table class=\"stories\"><thead><tr><th>Storyline</th><th>Dates</th><th>Events</th><th>Articles</th>")
                .raw("<th>Outlets</th><th>Independent sources</th></tr></thead><tbody>");
        for (StoryOverviewQuery.Overview o : page.items()) {
            var story = o.summary().story();
            h.raw("<tr><td>").link(story.label() == null || story.label().isBlank() ? story.id() : story.label(), "stories", story.id())
                    .raw("<ul class=\"events\">");
            for (StoryOverviewQuery.EventCount e : o.events()) {
                StoredEvent event = e.event();
                h.raw("<li>").link(event.label(), "stories", event.id())
                        .text(" · " + Layout.count(event.articleIds().size(), "article") + " · "
                                + Layout.count(event.outlets().size(), "outlet") + " · "
                                + e.independentSources() + " independent").raw("</li>");
            }
            h.raw("</ul></td><td>").text(ArticleLabels.span(story.firstPublished(), story.lastPublished())).raw("</td>")
                    .raw("<td>").text(String.valueOf(story.events().size())).raw("</td>")
                    .raw("<td>").text(String.valueOf(o.summary().articleCount())).raw("</td>")
                    .raw("<td>").text(o.summary().outlets().size() + ": " + String.join(", ",
                            new java.util.TreeSet<>(o.summary().outlets()))).raw("</td>")
                    .raw("<td class=\"big\">").text(String.valueOf(o.independentSources())).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        pager(h, page, filter);
        return Layout.page("Stories", h);
    }

    private static void pager(Html h, Page<?> page, StoryOverviewQuery.Filter filter) {
        String query = "&limit=" + page.limit() + param("from", str(filter.from())) + param("to", str(filter.to()))
                + param("outlet", filter.outlet()) + param("text", filter.text());
        Layout.pager(h, "/", page.offset(), page.limit(), page.total(), query);
    }

    private static String param(String name, String value) {
        return value == null || value.isEmpty() ? ""
                : "&" + name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
