package dev.corroborate.app.cli;

import dev.corroborate.compare.Provenance;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.DiscrepancyQuery;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.text.TextSpan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare EVENT} or {@code compare ARTICLE ARTICLE}: where the articles disagree, with the sentences side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Shows where the articles of an event disagree: every difference (a number, a date, a name, a "
                + "role, a gender, a place, a negation, a quote's wording, an attribution verb) once, classed as a "
                + "conflict, a compatible form (with the reason) or a value only some articles state, with each "
                + "article's sentence and the differing words marked [[like this]]; then what each article has of its "
                + "own reporting (what no sentence of its sources says, as provenance counts it).",
                "With two article ids: those two articles compared on the spot, by the same rules."})
final class CompareCommand extends StoreView {

    /** Characters of a sentence shown on either side of a marked value. */
    private static final int CONTEXT = 90;

    @Parameters(paramLabel = "ID", arity = "1..2", description = "An event id (ev-…), a storyline "
            + "id (st-…: each of its events), either one's unique prefix, or an article id or unique prefix (its event); or two article ids.")
    List<String> ids;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "Only these kinds: number, date, "
            + "name, role, gender, place, negation, quote_wording, attribution_verb (comma-separated; default: all).")
    List<String> kindNames;

    @Option(names = "--class", paramLabel = "CLASS", split = ",",
            description = "Only these classes: conflict, compatible, only_in_one (comma-separated; default: all).")
    List<String> classNames;

    private java.util.Set<Discrepancy.Kind> kinds;
    private java.util.Set<Discrepancy.Verdict> classes;

    @Option(names = "--own", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List what each article has of its own (default: on).")
    boolean own;

    @Override
    void checkOptions() {
        if (ids.size() > 2) {
            // Three ids showed the first one's event, the others ignored without a word.
            throw usage("Give one id (an event, a storyline or an article) or two article ids, not " + ids.size());
        }
        kinds = kindNames == null ? null : parse(kindNames, Discrepancy.Kind.class, "--kind");
        classes = classNames == null ? null : parse(classNames, Discrepancy.Verdict.class, "--class");
    }

    private <E extends Enum<E>> java.util.Set<E> parse(List<String> names, Class<E> type, String option) {
        java.util.Set<E> values = java.util.EnumSet.noneOf(type);
        for (String name : names) {
            try {
                values.add(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> known = new ArrayList<>();
                for (E value : type.getEnumConstants()) {
                    known.add(value.name().toLowerCase(Locale.ROOT));
                }
                throw usage("Unknown value '" + name + "' for " + option + " (expected one of: " + String.join(", ", known) + ")");
            }
        }
        return values;
    }

    @Override
    void print(ArticleStore store, PrintWriter out) {
        DiscrepancyQuery query = new DiscrepancyQuery(store);
        if (ids.size() == 2) {
            Article first = StoreAccess.requireArticle(store, ids.get(0), spec);
            Article second = StoreAccess.requireArticle(store, ids.get(1), spec);
            if (first.id().equals(second.id())) {
                throw usage("Give two different articles (both ids name " + first.id() + ")");
            }
            print(query.ofArticles(first, second), out);
            return;
        }
        String id = ids.get(0);
        List<String> events = query.eventsNamedBy(id);
        // An article's own id may start as storylines' and events' do ("st-article" given in the input).
        if (events.isEmpty() && (!id.startsWith("ev-") && !id.startsWith("st-") || store.find(id).isPresent())) {
            Article article = StoreAccess.requireArticle(store, id, spec);
            events = query.eventsNamedBy(article.id());
            if (events.isEmpty()) {
                throw usage("Article " + article.id() + " is in no event yet: run analyze");
            }
        }
        if (events.isEmpty()) {
            throw StoreAccess.unknown("storyline or event", id, "stories", spec);
        }
        boolean first = true;
        for (String event : events) {
            if (!first) {
                out.println();
            }
            first = false;
            print(query.ofEvent(event).orElseThrow(), out);
        }
    }

    private void print(DiscrepancyQuery.EventComparison comparison, PrintWriter out) {
        Map<String, String> letters = new LinkedHashMap<>();
        for (Article article : comparison.articles()) {
            letters.put(article.id(), letter(letters.size()));
        }
        if (comparison.eventId() != null) {
            out.printf("event %s  %s%n  storyline %s%n", comparison.eventId(), comparison.label(), comparison.storyId());
        } else {
            out.printf("compared on the spot: %s%n", comparison.label());
        }
        for (Article article : comparison.articles()) {
            out.printf("  %s  %s · %s · %s%n", letters.get(article.id()), article.id(), ArticleLabels.outlet(article),
                    ArticleLabels.time(article.published()));
        }
        List<DiscrepancyQuery.Shown> shown = new ArrayList<>();
        for (DiscrepancyQuery.Shown item : comparison.discrepancies()) {
            Discrepancy d = item.discrepancy();
            if ((kinds == null || kinds.contains(d.kind())) && (classes == null || classes.contains(d.verdict()))) {
                shown.add(item);
            }
        }
        out.println();
        out.println(shown.isEmpty() ? "no differences found" : Plurals.count(shown.size(), "difference") + ":");
        int number = 0;
        for (DiscrepancyQuery.Shown item : shown) {
            Discrepancy d = item.discrepancy();
            out.printf(Locale.ROOT, "%n%d. %s · %s%n   %s%n", ++number, d.kind().label().replace('_', ' '),
                    d.verdict().label().replace('_', ' '), d.explanation());
            // The sides grouped by the value they give, so each side's articles read together.
            Map<String, List<DiscrepancyQuery.Side>> byValue = new LinkedHashMap<>();
            for (DiscrepancyQuery.Side side : item.sides()) {
                byValue.computeIfAbsent(side.value().normalized(), k -> new ArrayList<>()).add(side);
            }
            for (Map.Entry<String, List<DiscrepancyQuery.Side>> value : byValue.entrySet()) {
                List<String> who = new ArrayList<>();
                value.getValue().forEach(side -> who.add(letters.get(side.article().id())));
                out.printf("   %s: %s%n", ArticleLabels.clip(value.getKey(), 70), String.join(", ", who.stream().distinct().toList()));
                for (DiscrepancyQuery.Side side : value.getValue()) {
                    out.printf("     %s  %s%n", letters.get(side.article().id()), marked(side));
                }
            }
        }
        if (own && !comparison.own().isEmpty()) {
            out.println();
            out.println("what each article reports of its own (no sentence of its sources says it; as provenance counts it):");
            for (DiscrepancyQuery.Own item : comparison.own()) {
                int words = item.spans().stream().mapToInt(Provenance.Span::words).sum();
                out.printf("  %s  %s in %s%n", letters.get(item.article().id()), Plurals.count(words, "word"),
                        Plurals.count(item.spans().size(), "passage"));
                for (Provenance.Span span : item.spans().subList(0, Math.min(3, item.spans().size()))) {
                    out.printf("     \u201C%s\u201D%n", ArticleLabels.clip(item.article().text().substring(span.start(), span.end())
                            .replace('\n', ' '), 120));
                }
                if (item.spans().size() > 3) {
                    out.printf("     \u2026 and %d more%n", item.spans().size() - 3);
                }
            }
        }
    }

    /** The sentence around a side's value, what differs marked [[so]], clipped around the value. */
    private static String marked(DiscrepancyQuery.Side side) {
        String text = side.article().text();
        int[] window = ArticleLabels.window(text, side.sentence().start(), side.sentence().end(),
                side.value().start(), side.value().end(), CONTEXT);
        int from = window[0];
        int to = window[1];
        StringBuilder line = new StringBuilder(from > side.sentence().start() ? "\u2026" : "");
        int at = from;
        for (TextSpan mark : side.marks()) {
            if (mark.start() < at || mark.end() > to) {
                continue;
            }
            line.append(text, at, mark.start()).append("[[").append(text, mark.start(), mark.end()).append("]]");
            at = mark.end();
        }
        line.append(text, at, to).append(to < side.sentence().end() ? "\u2026" : "");
        return line.toString().replace('\n', ' ');
    }

    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (index - 25);
    }
}
