package dev.corroborate.app.cli;

import dev.corroborate.io.ingest.IngestReport;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Outcome;
import dev.corroborate.pipeline.IngestTally;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The table that ends {@code analyze}: every input under exactly one outcome, with reasons. */
final class SummaryTable {

    private SummaryTable() {
    }

    static void print(IngestReport report, ArticleStore store, PrintWriter out) {
        IngestTally tally = report.tally();
        out.printf(Locale.ROOT, "%-18s %8d%n", "read", tally.read());
        for (Outcome outcome : Outcome.values()) {
            out.printf(Locale.ROOT, "  %-16s %8d%s%n", outcome.label(), tally.get(outcome), reasons(tally.reasons(outcome)));
        }
        if (tally.removedLines() > 0) {
            out.printf(Locale.ROOT, "boilerplate kept out of the text: %s in %s (show --removed ID lists them)%n",
                    Plurals.count(tally.removedLines(), "line"), Plurals.count(tally.articlesWithRemovedLines(), "article"));
        }
        if (tally.warnings() > 0) {
            out.printf(Locale.ROOT, "warnings %d (stored anyway; listed below)%n", tally.warnings());
        }
        double seconds = report.elapsed().toMillis() / 1000.0;
        // The time of the reading alone: the steps after it each print their own line, and --timings them all.
        out.printf(Locale.ROOT, "%s in %s · run %d · read in %.1f s%n",
                Plurals.count(store.count(), "article"), store.dataDir(), report.runId(), seconds);
        out.flush();
    }

    /**
     * "reuse links 6 · copy 1 · rewrite 3 · cites 2" after the analysis, and, when a batch ran over
     * every stored article again, a line saying so and why (it costs as much as the archive), or, when
     * it filed stored articles again after a late one of its own, how many, and the new outlet or
     * agency names it searched every stored text for.
     */
    static void printReuse(dev.corroborate.pipeline.ReuseStage.Summary summary, PrintWriter out) {
        StringJoiner line = new StringJoiner(" · ");
        line.add("reuse links " + summary.total());
        summary.links().forEach((relation, count) -> line.add(relation.label() + " " + count));
        out.println(line);
        if (summary.replayedBecause() != null) {
            out.println("reuse ran over all " + Plurals.count(summary.articles(), "article") + " again, not from the kept index: "
                    + summary.replayedBecause());
        }
        if (!summary.searchedFor().isEmpty()) {
            List<String> names = summary.searchedFor();
            out.println("reuse searched every stored text for " + Plurals.count(names.size(), "new outlet or agency name")
                    + ": " + String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : ""));
        }
        if (summary.replayedBecause() == null && summary.refiled() > 0) {
            // The batch costs as much as its articles and these (their texts read only as candidates).
            out.println("reuse filed " + Plurals.count(summary.refiled(), "stored article") + " again from the kept index: "
                    + "the ones just before or after the batch's earliest article in the feed");
        }
        out.flush();
    }

    /**
     * One line on stories: "events 12 in 9 storylines · 3 articles placed, 40 kept where they were ·
     * 2 events joined after placement, 1 article moved" (the last part only when something was; "(8 of
     * them re-joined, 20 restored with their events' kept states)" after the kept ones when a batch with frozen
     * weights re-joined only some).
     */
    static void printClusters(dev.corroborate.pipeline.StoryStage.Summary summary, PrintWriter out) {
        String after = summary.merged() == 0 && summary.moved() == 0 ? ""
                : String.format(" · %d %s joined after placement, %d %s moved", summary.merged(),
                summary.merged() == 1 ? "event" : "events", summary.moved(), summary.moved() == 1 ? "article" : "articles");
        out.printf("events %d in %s · %s placed%s%s%n", summary.events(), Plurals.count(summary.storylines(), "storyline"),
                Plurals.count(summary.placed(), "article"),
                summary.restored() > 0 ? ", " + summary.restored() + " kept where they were"
                        + (summary.rejoined() < summary.restored() ? " (" + summary.rejoined() + " of them re-joined"
                        + (summary.restoredWhole() > 0 ? ", " + summary.restoredWhole() + " restored with their events' kept states" : "")
                        + ")" : "")
                        : "", after);
        out.flush();
    }

    /** One line on quotes: "quotes 17 direct · 9 reported · 4 quoted in several articles · 8 speakers". */
    /**
     * "discrepancies 5 in 2 events compared (1 of them in this run) · name 1 conflict · number 1 conflict, 2
     * compatible": by kind, then class; the events whose inputs did not change keep what an earlier run found.
     */
    static void printDiscrepancies(dev.corroborate.pipeline.CompareStage.Summary summary, PrintWriter out, PrintWriter err) {
        StringBuilder line = new StringBuilder("discrepancies " + summary.total() + " in "
                + Plurals.count(summary.events(), "event") + " compared"
                + (summary.compared() < summary.events() ? " (" + summary.compared() + " of them in this run)" : ""));
        summary.discrepancies().forEach((kind, byClass) -> {
            line.append(" · ").append(kind.label()).append(' ');
            java.util.List<String> counts = new java.util.ArrayList<>();
            byClass.forEach((verdict, count) -> counts.add(count + " " + verdict.label()));
            line.append(String.join(", ", counts));
        });
        if (!summary.failures().isEmpty()) {
            line.append(" · ").append(Plurals.count(summary.failures().size(), "event")).append(" failed");
        }
        out.println(line);
        out.flush();
        int shown = 0;
        for (Map.Entry<String, String> failure : summary.failures().entrySet()) {
            if (shown++ == MAX_FAILURES_SHOWN) {
                err.println("... and " + (summary.failures().size() - MAX_FAILURES_SHOWN) + " more events whose comparison failed");
                break;
            }
            err.println("comparing event " + failure.getKey() + " failed: " + failure.getValue()
                    + "; it keeps no discrepancies until a later run compares it again (a run whose articles reach it, or recluster)");
        }
        err.flush();
    }

    /** How many failed comparisons are named one by one; the rest are counted. */
    private static final int MAX_FAILURES_SHOWN = 10;

    static void printQuotes(dev.corroborate.pipeline.QuoteStage.Summary summary, PrintWriter out) {
        out.printf("quotes %d direct · %d reported · %d quoted in several articles · %s%n",
                summary.direct(), summary.reported(), summary.groups(), Plurals.count(summary.speakers(), "speaker"));
        out.flush();
    }

    /**
     * One line on the groups of related articles and how many independent sources stand behind
     * them: "groups 3 · 1 independent source: 2 groups · 2 independent sources: 1 group", from
     * independent sources → groups in ascending order.
     */
    static void printProvenance(Map<Integer, Integer> groupsBySources, PrintWriter out) {
        int groups = groupsBySources.values().stream().mapToInt(Integer::intValue).sum();
        if (groups == 0) {
            return;
        }
        StringJoiner line = new StringJoiner(" · ");
        line.add("groups of related articles " + groups);
        groupsBySources.forEach((sources, count) -> line.add(sources + " independent source"
                + (sources == 1 ? "" : "s") + ": " + count + " group" + (count == 1 ? "" : "s")));
        out.println(line);
        out.println("  (corroborate provenance ID shows a group's tree)");
        out.flush();
    }

    private static String reasons(Map<String, Long> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner(" · ", "   ", "");
        reasons.forEach((reason, count) -> joined.add(reason + " " + count));
        return joined.toString();
    }
}
