package dev.corroborate.app.web;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.query.DiscrepancyQuery;
import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.text.TextSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event's discrepancies on the story page, from the same read model as {@code corroborate
 * compare} ({@link DiscrepancyQuery}): the differences grouped by kind, each with its class and
 * explanation and, per value, every article's sentence with the differing words marked; then what
 * each article has of its own. Text goes through {@link TextMarks}, so marks only wrap escaped text.
 * Stateless.
 */
final class DiscrepancySection {

    /** An event with more differences than this shows only its kinds holding a conflict open. */
    static final int OPEN_UP_TO = 8;
    /** Characters of a sentence shown on either side of a value. */
    private static final int CONTEXT = 160;
    /** Passages of an article's own material quoted before "and N more". */
    private static final int OWN_PASSAGES = 3;
    /** Characters of an own passage quoted. */
    private static final int OWN_CHARS = 220;

    private DiscrepancySection() {
    }

    static void render(Html h, DiscrepancyQuery.EventComparison comparison) {
        h.raw("<div class=\"discrepancies\"><h3>Where the articles differ</h3>");
        List<DiscrepancyQuery.Shown> shown = comparison.discrepancies();
        if (comparison.articles().size() < 2) {
            h.element("p", "meta", "One article: nothing to compare.");
        } else if (shown.isEmpty()) {
            h.element("p", "meta", "No differences found between these articles.");
        } else {
            h.element("p", "meta", Layout.count(shown.size(), "difference") + ": " + classCounts(shown));
            Map<Discrepancy.Kind, List<DiscrepancyQuery.Shown>> byKind = new EnumMap<>(Discrepancy.Kind.class);
            for (DiscrepancyQuery.Shown item : shown) {
                byKind.computeIfAbsent(item.discrepancy().kind(), k -> new ArrayList<>()).add(item);
            }
            for (Map.Entry<Discrepancy.Kind, List<DiscrepancyQuery.Shown>> kind : byKind.entrySet()) {
                boolean open = shown.size() <= OPEN_UP_TO
                        || kind.getValue().stream().anyMatch(item -> item.discrepancy().verdict() == Discrepancy.Verdict.CONFLICT);
                h.raw(open ? "<details class=\"kind\" open>" : "<details class=\"kind\">")
                        .raw("<summary>").text(label(kind.getKey()) + " · " + classCounts(kind.getValue())).raw("</summary>");
                for (DiscrepancyQuery.Shown item : kind.getValue()) {
                    difference(h, item);
                }
                h.raw("</details>");
            }
        }
        own(h, comparison.own());
        h.raw("</div>");
    }

    private static String classCounts(List<DiscrepancyQuery.Shown> items) {
        Map<Discrepancy.Verdict, Integer> counts = new EnumMap<>(Discrepancy.Verdict.class);
        items.forEach(item -> counts.merge(item.discrepancy().verdict(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, n) -> parts.add(verdict == Discrepancy.Verdict.CONFLICT ? Layout.count(n, "conflict")
                : n + " " + label(verdict)));
        return String.join(", ", parts);
    }

    private static void difference(Html h, DiscrepancyQuery.Shown item) {
        Discrepancy d = item.discrepancy();
        String cls = d.verdict().label().replace('_', '-');
        h.raw("<div class=\"difference ").raw(cls).raw("\"><p><span class=\"verdict ").raw(cls).raw("\">")
                .text(label(d.verdict())).raw("</span> ").text(d.explanation()).raw("</p><div class=\"sides\">");
        // The sides grouped by the value they give, as `corroborate compare` prints them.
        Map<String, List<DiscrepancyQuery.Side>> byValue = new LinkedHashMap<>();
        for (DiscrepancyQuery.Side side : item.sides()) {
            byValue.computeIfAbsent(side.value().normalized(), k -> new ArrayList<>()).add(side);
        }
        for (Map.Entry<String, List<DiscrepancyQuery.Side>> value : byValue.entrySet()) {
            h.raw("<div class=\"value\"><p class=\"normalized\">").text(value.getKey()).raw("</p><ul>");
            for (DiscrepancyQuery.Side side : value.getValue()) {
                Article a = side.article();
                h.raw("<li>").link(Layout.outlet(a), "articles", a.id()).raw(": ");
                sentence(h, side);
                h.raw("</li>");
            }
            h.raw("</ul></div>");
        }
        h.raw("</div></div>");
    }

    /** The sentence around the value, clipped to {@link #CONTEXT} around it, the differing spans marked. */
    private static void sentence(Html h, DiscrepancyQuery.Side side) {
        String text = side.article().text();
        TextSpan sentence = side.sentence();
        int[] window = dev.corroborate.io.query.ArticleLabels.window(text, sentence.start(), sentence.end(),
                side.value().start(), side.value().end(), CONTEXT);
        int from = window[0];
        int to = window[1];
        if (from >= to) {
            return;
        }
        TextMarks marks = new TextMarks();
        for (TextSpan mark : side.marks()) {
            marks.add(new TextMarks.Mark(mark.start() - from, mark.end() - from, "differs", null, null, null));
        }
        h.raw("<span class=\"sentence\">").text(from > sentence.start() ? "\u2026" : "");
        marks.render(h, text.substring(from, to));
        h.text(to < sentence.end() ? "\u2026" : "").raw("</span>");
    }

    private static void own(Html h, List<DiscrepancyQuery.Own> own) {
        if (own.isEmpty()) {
            return;
        }
        h.raw("<details class=\"own\"><summary>What each article adds (its own reporting: what no sentence of its sources says, as in the provenance)</summary>")
                .raw("<ul>");
        for (DiscrepancyQuery.Own item : own) {
            Article a = item.article();
            int words = item.spans().stream().mapToInt(Provenance.Span::words).sum();
            h.raw("<li>").link(Layout.outlet(a), "articles", a.id())
                    .text(": " + Layout.count(words, "word") + " in " + Layout.count(item.spans().size(), "passage"));
            for (Provenance.Span span : item.spans().subList(0, Math.min(OWN_PASSAGES, item.spans().size()))) {
                int end = Math.min(span.end(), a.text().length());
                String passage = a.text().substring(Math.min(span.start(), end), end);
                h.element("blockquote", null, passage.length() <= OWN_CHARS ? passage
                        : passage.substring(0, OWN_CHARS - 1) + "\u2026");
            }
            if (item.spans().size() > OWN_PASSAGES) {
                h.element("p", "meta", "\u2026 and " + (item.spans().size() - OWN_PASSAGES) + " more");
            }
            h.raw("</li>");
        }
        h.raw("</ul></details>");
    }

    private static String label(Discrepancy.Kind kind) {
        return kind.label().replace('_', ' ');
    }

    private static String label(Discrepancy.Verdict verdict) {
        return verdict.label().replace('_', ' ');
    }
}
