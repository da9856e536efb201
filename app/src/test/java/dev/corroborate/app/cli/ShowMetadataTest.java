package dev.corroborate.app.cli;

import static dev.corroborate.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.CliTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: show says where a date came from and lists what extraction removed; analyze counts it. */
class ShowMetadataTest {

    @TempDir
    Path dir;

    @Test
    void showSaysWhereTheDateCameFromAndListsTheRemovedLinesThatAnalyzeCounted() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("dredging.txt"), "March 6, 2026\n\nDredging vote delayed in Orlan\n\n"
                + "Mira Kell Investigative Reporter\n\n"
                + "The Orlan harbour council postponed its dredging vote on Tuesday after fishing cooperatives warned "
                + "that the work would bury the oyster beds off Tesk Point.\n\n"
                + "Council chair Petra Ulland said the vote would wait for a survey of the seabed.\n\n"
                + "All content created by the Coast Wire Service, an independent newswire, is available without charge "
                + "to any news publisher with a large audience. All republished articles must include our logo.\n");
        String data = dir.resolve("data").toString();
        Result analyze = run("analyze", "--no-progress", "--data", data, in.toString());
        assertThat(analyze.out()).contains("boilerplate kept out of the text: 3 lines in 1 article");
        String id = run("articles", "--data", data).out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];

        Result show = run("show", "--data", data, id, "--removed");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).containsPattern("(?m)^published\\s+2026-03-06  \\(from the date line above the headline\\)$")
                .containsPattern("(?m)^authors\\s+Mira Kell$")
                .contains("removed lines (3 lines, kept out of the text):\n  - March 6, 2026\n")
                .contains("\n  - Mira Kell Investigative Reporter\n").contains("\n  - All content created by the Coast Wire Service");
        assertThat(show.out().substring(0, show.out().indexOf("removed lines"))).doesNotContain("republished");
    }
}
