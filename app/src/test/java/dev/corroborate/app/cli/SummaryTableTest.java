package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.pipeline.StoryStage;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static String clusters(StoryStage.Summary summary) {
        StringWriter text = new StringWriter();
        SummaryTable.printClusters(summary, new PrintWriter(text));
        return text.toString().strip();
    }

    @Test
    void theStoriesLineSaysWhatWasJoinedAndMovedAfterPlacementOnlyWhenSomethingWas() {
        assertThat(clusters(new StoryStage.Summary(7, 7, 0, 3, 2, 0, 0, 0)))
                .isEqualTo("events 3 in 2 storylines · 7 articles placed");
        assertThat(clusters(new StoryStage.Summary(50, 10, 40, 12, 9, 1, 2, 0)))
                .isEqualTo("events 12 in 9 storylines · 10 articles placed, 40 kept where they were"
                        + " · 1 event joined after placement, 2 articles moved");
    }

    @Test
    void theDiscrepanciesLineCountsTheFailedEventsAndEachIsNamedWithWhy() {
        java.util.Map<dev.corroborate.model.Discrepancy.Kind, java.util.Map<dev.corroborate.model.Discrepancy.Verdict, Integer>> none =
                java.util.Map.of();
        java.util.Map<String, String> failures = new java.util.TreeMap<>();
        for (int i = 0; i < 12; i++) {
            failures.put(String.format("ev-%02d", i), "java.lang.IllegalStateException: fault " + i);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        SummaryTable.printDiscrepancies(new dev.corroborate.pipeline.CompareStage.Summary(40, 12, 0, 30, none, failures),
                new PrintWriter(out), new PrintWriter(err));

        assertThat(out.toString().strip()).isEqualTo("discrepancies 0 in 40 events compared (12 of them in this run) · 12 events failed");
        assertThat(err.toString().lines()).hasSize(11);
        assertThat(err.toString().lines().findFirst().orElseThrow()).startsWith(
                "comparing event ev-00 failed: java.lang.IllegalStateException: fault 0; it keeps no discrepancies");
        assertThat(err.toString().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("... and 2 more events whose comparison failed");
    }
}
