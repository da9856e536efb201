package dev.corroborate.io.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.io.ingest.IngestJob;
import dev.corroborate.io.ingest.IngestListener;
import dev.corroborate.io.ingest.IngestReport;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Outcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the hostile corpus ({@link HostileCorpus}, every format crossed with every failure,
 * controls mixed in) read into a real store in one run, as {@code analyze} reads it. The bars: no
 * crash, every control stored, every recognisably broken file named in a stored diagnostic, no
 * file silently dropped, and the summary adding up.
 */
class HostileCorpusTest {

    private static final Pattern MARKER = Pattern.compile("ctrl\\d{4}x");

    @TempDir
    Path dir;

    @Test
    void theHostileCorpusCrashesNothingStoresEveryControlAndNamesEveryBadFile() throws Exception {
        Path folder = dir.resolve("hostile");
        List<HostileCorpus.Case> cases = new HostileCorpus(18).write(folder);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(500);

        Path data = dir.resolve("data");
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(data)) {
            report = new IngestJob(new SourceReader(new ArticleAssembler(), HostileCorpus.LIMITS), store, 100)
                    .run(List.of(folder.toString()), Map.of(), IngestListener.NONE); // throws on a crash
        }

        Set<String> storedMarkers = new HashSet<>();
        Set<String> storedFrom = new HashSet<>();
        try (ArticleStore store = ArticleStore.openForReading(data)) {
            store.forEach(article -> {
                storedFrom.add(fileName(article.origin().input()));
                Matcher m = MARKER.matcher(article.title() + " " + article.text());
                while (m.find()) {
                    storedMarkers.add(m.group());
                }
            });
        }
        Map<String, Long> diagnosedFiles = new HashMap<>();
        Set<String> diagnosedInputs = new HashSet<>();
        Map<String, Long> storedCounts = new HashMap<>();
        long refusedDiagnostics;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(ArticleStore.DATABASE_FILE));
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT input, COUNT(*) FROM diagnostics WHERE run_id = "
                    + report.runId() + " GROUP BY input")) {
                while (rows.next()) {
                    diagnosedInputs.add(rows.getString(1));
                    diagnosedFiles.put(fileName(rows.getString(1)), rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM diagnostics WHERE run_id = " + report.runId()
                    + " AND outcome IN ('skipped', 'rejected')")) {
                rows.next();
                refusedDiagnostics = rows.getLong(1);
            }
            try (ResultSet rows = statement.executeQuery("SELECT counts FROM runs WHERE id = " + report.runId())) {
                rows.next();
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(rows.getString(1)).fields()
                        .forEachRemaining(e -> storedCounts.put(e.getKey(), e.getValue().asLong()));
            }
        }

        List<String> missingControls = new ArrayList<>();
        List<String> undiagnosed = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Map<String, int[]> byFailure = new TreeMap<>();
        for (HostileCorpus.Case c : cases) {
            for (String marker : c.controls()) {
                if (!storedMarkers.contains(marker)) {
                    missingControls.add(c.name() + " " + marker);
                }
            }
            // A URL list's diagnostics name the URL each line holds.
            boolean diagnosed = diagnosedFiles.containsKey(c.name()) || c.name().endsWith(".urls")
                    && new String(c.bytes(), java.nio.charset.StandardCharsets.UTF_8).lines().anyMatch(diagnosedInputs::contains);
            boolean stored = storedFrom.contains(c.name());
            if (c.expect() == HostileCorpus.Expect.DIAGNOSED && !diagnosed) {
                undiagnosed.add(c.name());
            }
            if (!diagnosed && !stored) {
                dropped.add(c.name());
            }
            int[] tally = byFailure.computeIfAbsent(c.failure().replaceAll("-?\\d+q?$", ""), k -> new int[3]);
            tally[0]++;
            tally[1] += stored ? 1 : 0;
            tally[2] += diagnosed ? 1 : 0;
        }
        long controls = cases.stream().mapToLong(c -> c.controls().size()).sum();
        System.out.printf("hostile corpus: %d files, %d controls; %s; diagnostics stored %d%n", cases.size(), controls,
                storedCounts, diagnosedFiles.values().stream().mapToLong(Long::longValue).sum());
        byFailure.forEach((failure, t) -> System.out.printf("  %-28s %3d files, %3d gave articles, %3d named in diagnostics%n",
                failure, t[0], t[1], t[2]));

        assertThat(missingControls).as("controls not stored").isEmpty();
        assertThat(dropped).as("files neither stored nor diagnosed").isEmpty();
        assertThat(undiagnosed).as("broken files named in no stored diagnostic").isEmpty();
        long read = storedCounts.get("read");
        assertThat(storedCounts.get("stored") + storedCounts.get("already_present") + storedCounts.get("skipped")
                + storedCounts.get("rejected")).as("the summary adds up").isEqualTo(read);
        assertThat(read).isEqualTo(report.tally().read());
        assertThat(refusedDiagnostics).as("every skipped or rejected input has its stored diagnostic")
                .isEqualTo(storedCounts.get("skipped") + storedCounts.get("rejected"));
        assertThat(report.tally().get(Outcome.STORED)).isEqualTo(storedCounts.get("stored"));
    }

    /** The file a stored input names (a path, or a feed's item "…/419-control.rss#item=1"): its name. */
    private static String fileName(String input) {
        int item = input.indexOf("#item=");
        try {
            Path name = Path.of(item < 0 ? input : input.substring(0, item)).getFileName();
            return name == null ? input : name.toString();
        } catch (java.nio.file.InvalidPathException e) {
            return input;
        }
    }
}
