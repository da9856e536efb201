package dev.corroborate.app.cli;

import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.StoryStage;
import dev.corroborate.io.search.SearchIndex;
import dev.corroborate.io.store.ArticleStore;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recluster}: rebuilds every event and storyline from scratch, then replays the users' decisions. */
@Command(name = "recluster", mixinStandardHelpOptions = true,
        description = "Rebuilds all events and storylines from the stored articles (earliest first), as if they had "
                + "been analysed in one run, then replays the corrections made with story merge/split/move, compares "
                + "each event's articles again (the discrepancies), and rebuilds the search index.")
final class ReclusterCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore store = StoreAccess.openExistingToWrite(data, spec)) {
            long started = System.nanoTime();
            // The discrepancies are compared event by event: new events, new comparisons.
            Analysis.Report report = Analysis.of(EnumSet.of(Analysis.Step.STORIES, Analysis.Step.COMPARE), true)
                    .run(store, store);
            StoryStage.Summary summary = report.stories();
            out.printf(Locale.ROOT, "%s in %s and %s (%s joined after placement, %s moved, %s replayed) in %.1f s%n",
                    Plurals.count(summary.articles(), "article"), Plurals.count(summary.events(), "event"),
                    Plurals.count(summary.storylines(), "storyline"), Plurals.count(summary.merged(), "event"),
                    Plurals.count(summary.moved(), "article"), Plurals.count(summary.decisions(), "decision"),
                    (System.nanoTime() - started) / 1e9);
            SummaryTable.printDiscrepancies(report.compare(), out, TerminalText.escaping(spec.commandLine().getErr()));
            out.printf("search index rebuilt: %s%n", Plurals.count(SearchIndex.rebuild(store), "article"));
        }
        out.flush();
        return 0;
    }
}
