package dev.corroborate.app.web;

import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.compare.Provenance;
import dev.corroborate.io.query.ProvenanceQuery;
import dev.corroborate.model.Article;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A provenance graph drawn as inline SVG, on the server (no script): origins in the top row, each
 * article one row below the source that accounts for most of its text, an arrow from source to
 * derived labelled with the relation (further sources dashed). Independent sources are drawn
 * green with a mark. Hovering shows the evidence ({@code <title>}); clicking an article opens it,
 * clicking an arrow opens the two texts side by side. Every text escaped. Stateless.
 */
final class ProvenanceDrawing {

    private static final int BOX_W = 214;
    private static final int BOX_H = 50;
    private static final int COL = 236;
    private static final int ROW = 110;
    private static final int MARGIN = 15;
    private static final int TOP = 45;

    private ProvenanceDrawing() {
    }

    /** Appends the drawing of {@code tree}. */
    static void render(Html h, ProvenanceQuery.ProvenanceTree tree) {
        Provenance.Graph graph = tree.group().graph();
        // an article is in one group: its id tells this drawing's arrowhead from the page's others
        String marker = "arrow-" + graph.nodes().get(0).articleId().replaceAll("[^A-Za-z0-9_-]", "_");
        List<List<String>> layers = new ArrayList<>();
        Map<String, int[]> at = new HashMap<>(); // id -> {layer, index}
        for (String origin : graph.origins()) {
            place(graph, origin, 0, layers, at);
        }
        for (Provenance.Node node : graph.nodes()) {
            place(graph, node.articleId(), 0, layers, at); // never reached from an origin: shown at the top
        }
        int columns = layers.stream().mapToInt(List::size).max().orElse(1);
        // Wide enough for the heading ("1 independent source among 12 articles sharing text"), which a single
        // column cut off at 360.
        int width = Math.max(columns * COL, 480) + 2 * MARGIN;
        int height = TOP + layers.size() * ROW;
        h.raw("<figure class=\"graph\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").raw(String.valueOf(width))
                .raw("\" height=\"").raw(String.valueOf(height)).raw("\" viewBox=\"0 0 ").raw(width + " " + height).raw("\" aria-label=\"")
                .text("provenance graph: " + Layout.count(graph.nodes().size(), "article") + ", "
                        + graph.independentSources() + " independent").raw("\">")
                .raw("<defs><marker id=\"").raw(marker).raw("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" ")
                .raw("markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>");
        h.raw("<text x=\"").raw(String.valueOf(MARGIN)).raw("\" y=\"30\" class=\"count\">").text(String.valueOf(graph.independentSources()))
                .raw("</text><text x=\"").raw(String.valueOf(MARGIN + 24 + 18 * String.valueOf(graph.independentSources()).length()))
                .raw("\" y=\"30\" class=\"count-label\">").text("independent source" + (graph.independentSources() == 1 ? "" : "s")
                        + " among " + Layout.count(graph.nodes().size(), "article") + " sharing text").raw("</text>");
        for (Provenance.Node node : graph.nodes()) {
            for (int i = 0; i < node.sources().size(); i++) {
                edge(h, node.sources().get(i), i > 0, x(at, layers, node.sources().get(i).sourceId(), columns),
                        y(at, node.sources().get(i).sourceId()), x(at, layers, node.articleId(), columns), y(at, node.articleId()), marker);
            }
        }
        for (Provenance.Node node : graph.nodes()) {
            node(h, tree.articles().get(node.articleId()), node, x(at, layers, node.articleId(), columns), y(at, node.articleId()));
        }
        h.raw("</svg><figcaption class=\"meta\">Green: an independent source. An arrow goes from a source to the article ")
                .raw("that took its text (dashed: a further source; dotted, without an arrow: which came first is unknown); ")
                .raw("hover for the evidence, click an arrow to compare the ")
                .raw("two texts, an article to read it.</figcaption></figure>");
    }

    private static void place(Provenance.Graph graph, String id, int layer, List<List<String>> layers, Map<String, int[]> at) {
        if (at.containsKey(id)) {
            return;
        }
        while (layers.size() <= layer) {
            layers.add(new ArrayList<>());
        }
        at.put(id, new int[] {layer, layers.get(layer).size()});
        layers.get(layer).add(id);
        for (Provenance.Node child : graph.derivedFrom(id)) {
            place(graph, child.articleId(), layer + 1, layers, at);
        }
    }

    /** The left edge of an article's box: each row centred. */
    private static int x(Map<String, int[]> at, List<List<String>> layers, String id, int columns) {
        int[] p = at.get(id);
        double shift = (columns - layers.get(p[0]).size()) / 2.0;
        return (int) Math.round(MARGIN + (p[1] + shift) * COL + (COL - BOX_W) / 2.0);
    }

    private static int y(Map<String, int[]> at, String id) {
        return TOP + at.get(id)[0] * ROW + 10;
    }

    private static void edge(Html h, ReuseLink link, boolean further, int x1, int y1, int x2, int y2, String marker) {
        int fromX = x1 + BOX_W / 2;
        int fromY = y1 + BOX_H;
        int toX = x2 + BOX_W / 2;
        int toY = y2;
        // A link whose direction nothing tells is drawn without an arrowhead, dotted: an arrow said who took
        // whose text where the evidence says nothing of it (the two are placed in id order).
        boolean unknown = link.directionConfidence() == 0;
        StringBuilder evidence = new StringBuilder(String.format(Locale.ROOT, "%s (score %.2f, direction %.2f)",
                link.relation().label(), link.score(), link.directionConfidence()));
        if (unknown) {
            evidence.append("\nwhich came first is unknown: no arrow");
        }
        link.evidence().forEach(e -> evidence.append('\n').append(e));
        h.raw("<a href=\"").text(Html.path("compare", link.sourceId(), link.derivedId())).raw("\" class=\"edge")
                .raw(further ? " further" : "").raw(unknown ? " unknown-direction" : "").raw("\"><title>").text(evidence.toString())
                .raw("</title>")
                .raw("<line x1=\"" + fromX + "\" y1=\"" + fromY + "\" x2=\"" + toX + "\" y2=\"" + toY + "\"")
                .raw(unknown ? "/>" : " marker-end=\"url(#" + marker + ")\"/>")
                .raw("<text x=\"" + ((fromX + toX) / 2 + 4) + "\" y=\"" + ((fromY + toY) / 2 + 4) + "\" class=\"relation-label\">")
                .text(link.relation().label()).raw("</text></a>");
    }

    private static void node(Html h, Article a, Provenance.Node node, int x, int y) {
        String title = (a.title().isEmpty() ? a.id() : a.title()) + "\n" + Layout.outlet(a) + " · " + Layout.published(a)
                + "\n" + (node.origin() ? "origin" : "derived") + (node.independent() ? ", independent source" : "")
                + "\nown reporting: " + node.reportingWords() + " of " + node.words() + " words";
        h.raw("<a href=\"").text(Html.path("articles", a.id())).raw("\" class=\"node").raw(node.independent() ? " independent" : "")
                .raw("\"><title>").text(title).raw("</title>")
                .raw("<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + BOX_W + "\" height=\"" + BOX_H + "\" rx=\"6\"/>")
                .raw("<text x=\"" + (x + 8) + "\" y=\"" + (y + 20) + "\" class=\"outlet\">")
                .text((node.independent() ? "✔ " : "") + ArticleLabels.clip(Layout.outlet(a), 24)).raw("</text>")
                .raw("<text x=\"" + (x + 8) + "\" y=\"" + (y + 38) + "\" class=\"when\">")
                .text(ArticleLabels.clip(Layout.published(a), 20) + " · " + ownReportingPercent(node) + "% own").raw("</text></a>");
    }

    /**
     * The share of its text that is the article's own reporting, as the list under the graph and
     * {@code corroborate provenance} count it (an origin's whole text). The graph showed the words
     * shared with no other article instead: 0 % for an origin copied whole, beside "287 words of 287".
     */
    static long ownReportingPercent(Provenance.Node node) {
        return node.words() == 0 ? 0 : Math.round(100.0 * node.reportingWords() / node.words());
    }
}
