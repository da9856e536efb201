package dev.corroborate.app.web;

import dev.corroborate.io.query.CompareQuery;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import java.util.List;
import java.util.Locale;

/**
 * Two articles side by side, each shared passage marked in both (verbatim and reworded marked
 * differently) and paired by number so app.js scrolls from one side to the other. Stateless.
 */
final class ComparePage {

    private ComparePage() {
    }

    static String render(CompareQuery.Comparison c) {
        Html h = new Html().raw("<h1>Compare</h1>");
        if (c.links().isEmpty()) {
            h.element("p", "note", "These two articles share no passage that the reuse stage found.");
        }
        for (ReuseLink link : c.links()) {
            h.raw("<p>").text(String.format(Locale.ROOT, "%s %s %s (score %.2f, direction %.2f, %d passages)",
                    link.derivedId(), link.relation().label(), link.sourceId(), link.score(), link.directionConfidence(),
                    link.passages().size())).raw("</p>");
        }
        h.raw("<p class=\"legend\"><mark class=\"verbatim\">verbatim</mark> <mark class=\"reworded\">reworded</mark> ")
                .raw("unmarked: the article&#39;s own material</p>");
        h.raw("<div class=\"compare\">");
        side(h, c.left(), c.leftSpans(), "l", "r");
        side(h, c.right(), c.rightSpans(), "r", "l");
        h.raw("</div>");
        return Layout.page("Compare", h);
    }

    private static void side(Html h, Article a, List<CompareQuery.SharedSpan> spans, String self, String other) {
        h.raw("<div class=\"side\"><h2>").link(a.title().isEmpty() ? a.id() : a.title(), "articles", a.id()).raw("</h2>")
                .element("p", "meta", Layout.outlet(a) + " · " + Layout.published(a)).raw("<div class=\"article-text\">");
        TextMarks marks = new TextMarks();
        for (CompareQuery.SharedSpan s : spans) {
            marks.add(new TextMarks.Mark(s.start(), s.end(), s.reworded() ? "reworded" : "verbatim",
                    self + s.index(), other + s.index(), null));
        }
        marks.render(h, a.text());
        h.raw("</div></div>");
    }
}
