package dev.corroborate.app.web;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.DiscrepancyQuery;
import dev.corroborate.io.query.ProvenanceQuery;
import dev.corroborate.io.query.QuoteQuery;
import dev.corroborate.io.query.StoryDetailQuery;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.quote.QuoteGrouper;
import dev.corroborate.quote.WordDiff;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A story page: the independent-source count, each event with its articles by outlet and why each
 * is there, the provenance trees and where its articles differ; the quote groups with their word
 * differences. Stateless.
 */
final class StoryPage {

    private StoryPage() {
    }

    /**
     * The page; {@code forms} renders the corrections, {@code note} (untrusted, or {@code null}) says
     * what the last request did.
     */
    static String render(StoryDetailQuery.StoryDetail detail, CorrectionForms forms, String note) {
        StoryQuery.Timeline timeline = detail.timeline();
        var story = timeline.story();
        Html h = new Html();
        if (note != null) {
            h.element("p", "note done", note);
        }
        if (timeline.whole()) {
            h.raw("<h1>").text(story.label()).raw("</h1>");
            h.raw("<p class=\"meta\">").text("storyline " + story.id() + " · "
                    + ArticleLabels.span(story.firstPublished(), story.lastPublished())).raw("</p>");
        } else {
            // An event's page is about the event: its title, times and sources, not its storyline's.
            var shown = timeline.events().get(0).event();
            h.raw("<h1>").text(shown.label()).raw("</h1>");
            h.raw("<p class=\"meta\">").text("event " + shown.id() + " of storyline ")
                    .link(story.id(), "stories", story.id())
                    .text(" · " + ArticleLabels.span(shown.firstPublished(), shown.lastPublished())).raw("</p>");
        }
        h.raw("<p class=\"independent\"><span class=\"big\">").text(String.valueOf(detail.independentSources()))
                .raw("</span> independent source").raw(detail.independentSources() == 1 ? "" : "s").raw("</p>");
        StoryDownloads.render(h, timeline.whole() ? story.id() : timeline.events().get(0).event().id());
        eventPager(h, detail);
        for (StoryQuery.EventTimeline event : timeline.events()) {
            StoryDetailQuery.EventDetail eventDetail = detail.events().get(event.event().id());
            event(h, story, event, eventDetail, eventDetail.comparison(), forms);
        }
        eventPager(h, detail);
        h.raw("<section><h2>Quotes in several articles</h2>");
        if (detail.partial()) {
            h.element("p", "note", "The statements quoted in an article of the events on this page.");
        }
        if (detail.quoteGroups().isEmpty()) {
            h.element("p", null, "No statement of this story is quoted in more than one article.");
        }
        for (QuoteQuery.GroupView group : detail.quoteGroups()) {
            quoteGroup(h, group);
        }
        h.raw("</section>");
        return Layout.page(timeline.whole() ? story.label() : timeline.events().get(0).event().label(), h);
    }

    /**
     * On a page showing part of a large storyline: which events it shows, out of how many, and links
     * to the events before and after (a page holds at most {@link StoryDetailQuery#PAGE_ARTICLES}
     * articles, in whole events).
     */
    private static void eventPager(Html h, StoryDetailQuery.StoryDetail detail) {
        if (!detail.partial()) {
            return;
        }
        var story = detail.timeline().story();
        int shown = detail.timeline().events().size();
        int total = story.events().size();
        int first = detail.firstEvent();
        int articles = detail.timeline().events().stream().mapToInt(e -> e.articles().size()).sum();
        h.raw("<nav class=\"pager events-pager\"><p>").text("This storyline is large (" + Layout.count(story.articleIds().size(),
                "article") + " in " + Layout.count(total, "event") + "): this page shows events " + (first + 1) + " to "
                + (first + shown) + " (" + Layout.count(articles, "article") + "). ");
        String path = Html.path("stories", story.id());
        if (first > 0) {
            // the page before: as many of the events before this page as fit on one
            int from = first;
            int articlesBefore = 0;
            while (from > 0 && (articlesBefore == 0
                    || articlesBefore + story.events().get(from - 1).articleIds().size() <= StoryDetailQuery.PAGE_ARTICLES)) {
                articlesBefore += story.events().get(--from).articleIds().size();
            }
            h.raw("<a href=\"").text(path + (from == 0 ? "" : "?from=" + from)).raw("\">earlier events</a> ");
        }
        if (first + shown < total) {
            h.raw("<a href=\"").text(path + "?from=" + (first + shown)).raw("\">later events</a>");
        }
        h.raw("</p></nav>");
    }

    private static void event(Html h, dev.corroborate.io.store.StoredStory story, StoryQuery.EventTimeline event,
            StoryDetailQuery.EventDetail detail, DiscrepancyQuery.EventComparison comparison, CorrectionForms forms) {
        var e = event.event();
        h.raw("<section class=\"event\"><h2>").link(e.label(), "stories", e.id()).raw("</h2>");
        h.raw("<p class=\"meta\">").text(ArticleLabels.span(e.firstPublished(), e.lastPublished()) + " · "
                + Layout.count(event.articles().size(), "article") + " · " + Layout.count(e.outlets().size(), "outlet") + " · ")
                .raw("<strong>").text(detail.independentSources() + " independent").raw("</strong></p>");
        Map<String, List<StoryQuery.Placed>> byOutlet = new LinkedHashMap<>();
        for (StoryQuery.Placed placed : event.articles()) {
            byOutlet.computeIfAbsent(Layout.outlet(placed.article()), k -> new java.util.ArrayList<>()).add(placed);
        }
        h.raw("<div class=\"outlets\">");
        for (Map.Entry<String, List<StoryQuery.Placed>> outlet : byOutlet.entrySet()) {
            h.raw("<div class=\"outlet\"><h3>").text(outlet.getKey()).raw("</h3><ul>");
            for (StoryQuery.Placed placed : outlet.getValue()) {
                Article a = placed.article();
                h.raw("<li>").element("time", null, Layout.published(a)).raw(" ")
                        .link(a.title().isEmpty() ? a.id() : a.title(), "articles", a.id());
                reasons(h, placed.placement());
                h.raw("</li>");
            }
            h.raw("</ul></div>");
        }
        h.raw("</div>");
        forms.render(h, story, e, event.articles().stream().map(StoryQuery.Placed::article).toList());
        for (ProvenanceQuery.ProvenanceTree tree : detail.trees()) {
            tree(h, tree);
        }
        if (comparison != null) {
            DiscrepancySection.render(h, comparison);
        }
        h.raw("</section>");
    }

    private static void reasons(Html h, Assignment a) {
        if (a == null) {
            return;
        }
        h.raw("<details class=\"why\"><summary>why here</summary><ul>");
        // as 'corroborate story' says it: the runner-up's score alone had nothing to be compared with
        h.element("li", null, a.startedEvent() ? "started the event" : String.format(Locale.ROOT, "joined, score %.2f", a.score()));
        for (String reason : a.reasons()) {
            h.element("li", null, reason);
        }
        if (a.runnerUpEventId() != null) {
            h.element("li", null, String.format(Locale.ROOT, "runner-up: %s (%.2f)", a.runnerUpEventId(), a.runnerUpScore()));
        }
        h.raw("</ul></details>");
    }

    /** The provenance tree: origins at the top, each derived article under its main source. */
    static void tree(Html h, ProvenanceQuery.ProvenanceTree tree) {
        Provenance.Graph graph = tree.group().graph();
        h.raw("<div class=\"provenance\"><h3>Provenance: ").text(graph.nodes().size() + " articles sharing text, ")
                .raw("<span class=\"big\">").text(String.valueOf(graph.independentSources())).raw("</span>")
                .text(" independent").raw("</h3>");
        ProvenanceDrawing.render(h, tree);
        h.raw("<details class=\"tree-text\"><summary>as a list, with the evidence</summary><ul class=\"tree\">");
        Set<String> shown = new HashSet<>();
        for (String origin : graph.origins()) {
            node(h, tree, graph, origin, null, shown);
        }
        h.raw("</ul></details>");
        if (!tree.citations().isEmpty()) {
            h.raw("<p>Citations (attribution without shared text):</p><ul>");
            for (ProvenanceQuery.Citation c : tree.citations()) {
                h.raw("<li>").text(c.link().derivedId() + " (" + Layout.outlet(c.citing()) + ") cites "
                        + c.link().sourceId() + " (" + Layout.outlet(c.cited()) + ")"
                        + (c.insideGroup() ? "" : ", outside this group")).raw("</li>");
            }
            h.raw("</ul>");
        }
        h.raw("</div>");
    }

    private static void node(Html h, ProvenanceQuery.ProvenanceTree tree, Provenance.Graph graph, String id,
            ReuseLink via, Set<String> shown) {
        Article a = tree.articles().get(id);
        Provenance.Node node = graph.node(id);
        h.raw("<li class=\"").raw(node.independent() ? "independent" : "derived").raw("\">");
        h.raw("<span class=\"relation\">").text(via == null ? "origin" : via.relation().label()).raw("</span> ")
                .link(a.title().isEmpty() ? id : a.title(), "articles", id)
                .text(" · " + Layout.outlet(a) + " · " + Layout.published(a) + " · "
                        + (node.independent() ? "independent source" : "derived"));
        reporting(h, node, a);
        if (via != null) {
            h.raw(" ").link("compare", "compare", via.sourceId(), via.derivedId());
            h.raw("<details class=\"evidence\"><summary>").text(String.format(Locale.ROOT,
                    "evidence (score %.2f, direction %.2f)", via.score(), via.directionConfidence())).raw("</summary><ul>");
            for (String item : via.evidence()) {
                h.element("li", null, item);
            }
            h.raw("</ul></details>");
        }
        if (shown.add(id)) {
            List<Provenance.Node> children = graph.derivedFrom(id);
            if (!children.isEmpty()) {
                h.raw("<ul>");
                for (Provenance.Node child : children) {
                    node(h, tree, graph, child.articleId(), child.sources().get(0), shown);
                }
                h.raw("</ul>");
            }
        }
        h.raw("</li>");
    }

    /**
     * The article's own reporting as {@code corroborate provenance} counts it (the passages no
     * sentence of its sources says), each passage's text escaped.
     */
    private static void reporting(Html h, Provenance.Node node, Article a) {
        if (node.reporting().isEmpty()) {
            h.raw(" ").element("span", "reporting", "· own reporting: none");
            return;
        }
        h.raw("<details class=\"reporting\"><summary>").text("own reporting: " + Layout.count(node.reporting().size(), "passage")
                + ", " + Layout.count(node.reportingWords(), "word") + " of " + node.words()).raw("</summary><ul>");
        String text = a.text();
        for (Provenance.Span span : node.reporting()) {
            h.element("li", null, text.substring(span.start(), span.end()));
        }
        h.raw("</ul></details>");
    }

    private static void quoteGroup(Html h, QuoteQuery.GroupView group) {
        h.raw("<div class=\"quote-group\"><p class=\"reference\">").text(group.reference().quote().text())
                .raw("</p><ul>");
        for (QuoteQuery.Member member : group.members()) {
            h.raw("<li>").link(Layout.outlet(member.article()), "articles", member.article().id()).text(" · "
                    + member.speaker().describe() + ": ").raw("<span class=\"diff\">");
            // The words said, as the grouping compares them (what stands between the quotation marks), not the
            // quote's whole span: "he told Meridian Press" between two parts of a quote is no changed word.
            for (WordDiff.Edit edit : WordDiff.between(QuoteGrouper.said(group.reference().quote()),
                    QuoteGrouper.said(member.quote().quote()))) {
                switch (edit.op()) {
                    case SAME -> h.text(edit.from());
                    case CHANGED -> h.raw("<del>").text(edit.from()).raw("</del><ins>").text(edit.to()).raw("</ins>");
                    case ADDED -> h.raw("<ins>").text(edit.to()).raw("</ins>");
                    case DROPPED -> h.raw("<del>").text(edit.from()).raw("</del>");
                }
                h.raw(" ");
            }
            h.raw("</span></li>");
        }
        h.raw("</ul></div>");
    }
}
