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
}
