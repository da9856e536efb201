package dev.corroborate.app.cli;

import static dev.corroborate.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.CliTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the views must tell one story about who is who and who took from whom. Fictional
 * articles: a wire report of the (invented) Fenwick Wire signed with its credit line, a paper's
 * verbatim republication crediting the wire in its dateline, and a text of unknown outlet that
 * only carries the same dateline.
 */
class ViewsAgreeTest {

    static final String[] REPORT = {
        "The Orlan harbour council has postponed a vote on dredging the northern channel after fishing "
                + "cooperatives warned that the work would bury the oyster beds off Tesk Point, according to minutes "
                + "seen by Fenwick Wire.",
        "Council chair Petra Ulland said the delay would last until an independent survey of the seabed is finished "
                + "in May. \"We will not dig first and count the damage afterwards,\" she said.",
        "The channel has silted up since the storms of 2024, and two cargo lines have already moved their calls to "
                + "the rival port of Brisk, costing the harbour an estimated 300 jobs.",
        "The cooperatives, which employ about 120 people along the Tesk shore, say the oyster beds took a decade "
                + "to recover after the last dredging in 2011."};

    @TempDir
    Path dir;

    String data;
    String wire;
    String copy;
    String relay;

    @BeforeEach
    void analyze() throws Exception {
        data = analyzeFenwick(dir);
        String list = run("articles", "--data", data).out();
        copy = idOf(list, "Coast Herald");
        relay = idOf(list, "Harbour vote put off");
        wire = list.lines().filter(l -> l.contains("Orlan council") && !l.startsWith(copy)).findFirst().orElseThrow()
                .split(" ")[0];
    }

    /** Writes the three fictional articles under {@code dir}, analyses them, and returns the data directory. */
    static String analyzeFenwick(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-wire.txt"), "Orlan council delays harbour dredging vote over oyster beds\n\n"
                + "PORTVALE, Mar 4 (Fenwick Wire) – " + String.join("\n\n", REPORT)
                + "\n\n(Reporting by Mira Kell; Editing by Jon Brask)\n");
        Files.writeString(in.resolve("b-relay.txt"), "Harbour vote put off to protect oysters\n\n"
                + "PORTVALE (Fenwick Wire) – " + String.join("\n\n", REPORT) + "\n");
        Files.writeString(in.resolve("c-copy.jsonl"), "{\"outlet\": \"Coast Herald\", \"url\": \"https://coastherald.example/orlan\", "
                + "\"title\": \"Orlan council delays harbour dredging vote over oyster beds\", "
                + "\"published\": \"2026-03-04T12:00:00Z\", \"text\": \"PORTVALE, Mar 4 (Fenwick Wire) – "
                + String.join("\\n\\n", REPORT).replace("\"", "\\\"") + "\"}\n");
        String data = dir.resolve("data").toString();
        Result analyzed = run("analyze", "--no-progress", "--data", data, in.toString());
        assertThat(analyzed.exitCode()).as(analyzed.err()).isZero();
        return data;
    }

    static String idOf(String listing, String marker) {
        Matcher line = Pattern.compile("(?m)^(\\S+) .*" + Pattern.quote(marker) + ".*$").matcher(listing);
        assertThat(line.find()).as(marker + " in\n" + listing).isTrue();
        return line.group(1);
    }

    @Test
    void theAgencysOwnCopyHasTheAgencyAsOutletAndItsCreditLineGivesTheAuthors() {
        String shown = run("show", "--data", data, wire).out();
        assertThat(shown).containsPattern("(?m)^outlet\\s+Fenwick Wire$").containsPattern("(?m)^authors\\s+Mira Kell$")
                .doesNotContain("Reporting by");
        // Named as every list names it (it was "-" here alone), the credit not taken for the outlet.
        assertThat(run("show", "--data", data, relay).out()).containsPattern("(?m)^outlet\\s+outlet unknown, credits Fenwick Wire$");
        assertThat(run("show", "--data", data, copy).out())
                .containsPattern("(?m)^published\\s+2026-03-04 12:00 UTC  \\(stated as 2026-03-04T12:00(:00)?Z, from .+\\)$");
        assertThat(run("articles", "--data", data, "--outlet", "Fenwick Wire").out())
                .contains(wire).doesNotContain(relay).contains("1 of 3 articles");
    }

    /** The storylines' and an event's spans were the stored dates in each outlet's offset, cut to the day. */
    @Test
    void storyListsAndTimelinesGiveTheirSpansInTheOneFormOfTimes() {
        assertThat(run("stories", "--data", data).out()).contains("    2026-03-04 12:00 UTC · 1 event · 3 articles");
        // and the independent sources the web's list gives beside each storyline
        assertThat(run("stories", "--data", data).out()).containsPattern("· 3 articles · 2 outlets · \\d+ independent sources?\n");
        assertThat(run("story", "--data", data, relay).out()).contains("  2026-03-04 12:00 UTC · 3 articles · outlets:");
    }

    /** The list of articles, a storyline's timeline and the quotes named the relay "-" or "outlet unknown" alone. */
    @Test
    void everyListNamesAnArticleWithoutAnOutletByTheAgencyItCredits() {
        assertThat(run("articles", "--data", data).out()).containsPattern(relay + "\\s+\\S.*outlet unknown, credits Fenwick Wire");
        assertThat(run("story", "--data", data, relay).out()).contains("outlet unknown, credits")
                .doesNotContainPattern("outlet unknown\\s+" + relay);
        String quotes = run("quotes", "--data", data, relay).out();
        assertThat(quotes.lines().findFirst()).hasValueSatisfying(first ->
                assertThat(first).endsWith("(" + relay + ", outlet unknown, credits Fenwick Wire)"));
    }

    @Test
    void aTextThatOnlyCreditsTheAgencyIsNeitherShownNorTreatedAsTheAgency() {
        String reuse = run("reuse", "--data", data, copy).out();
        assertThat(reuse).contains("derived from " + wire).doesNotContain("derived from " + relay);
        String provenance = run("provenance", "--data", data, wire).out();
        assertThat(provenance).doesNotContain("(credited agency)")
                .contains(relay + " · outlet unknown, credits Fenwick Wire")
                .containsPattern("origin\\s+" + wire + " · Fenwick Wire").contains(relay + " credits Fenwick Wire in its dateline");
    }

    @Test
    void noEvidenceLineArguesForTheOtherDirectionWithoutSayingSo() {
        for (String id : new String[] {wire, copy, relay}) {
            String reuse = run("reuse", "--data", data, id).out();
            assertThat(reuse).doesNotContainPattern("(?m)^\\s+· " + wire + " adds only text unrelated to the story.*(?<!outweighed by the rest\\))$");
        }
    }
}
