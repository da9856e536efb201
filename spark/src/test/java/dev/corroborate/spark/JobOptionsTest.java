package dev.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void inputsRepeatOrSplitOnCommasAndTheFormatChoosesTheWriters() {
        JobOptions options = JobOptions.parse("--input", "hdfs:///a,hdfs:///b", "--input", "c.parquet", "--output", "out",
                "--format", "parquet", "--master", "local[2]");
        assertThat(options.inputs()).containsExactly("hdfs:///a", "hdfs:///b", "c.parquet");
        assertThat(options.output()).isEqualTo("out");
        assertThat(options.jsonl()).isFalse();
        assertThat(options.parquet()).isTrue();
        assertThat(options.master()).isEqualTo("local[2]");
        assertThat(options.windowedEvents()).isTrue();
        assertThat(JobOptions.parse("--input", "a", "--output", "o").jsonl()).isTrue();
        assertThat(JobOptions.parse("--input", "a", "--output", "o", "--events", "driver").windowedEvents()).isFalse();
    }

    @Test
    void theSplitSizeTakesBytesOrAUnit() {
        assertThat(JobOptions.parse("--input", "a", "--output", "o").splitBytes()).isEqualTo(32L << 20);
        assertThat(JobOptions.parse("--input", "a", "--output", "o", "--split-size", "512k").splitBytes()).isEqualTo(512L << 10);
        assertThat(JobOptions.parse("--input", "a", "--output", "o", "--split-size", "2G").splitBytes()).isEqualTo(2L << 30);
        assertThat(JobOptions.parse("--input", "a", "--output", "o", "--split-size", "4096").splitBytes()).isEqualTo(4096);
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--split-size", "12"))
                .hasMessageContaining("at least 1k");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--split-size", "big"))
                .hasMessageContaining("32m");
    }

    @Test
    void missingOrUnknownOptionsSayHowToCallTheJob() {
        assertThatThrownBy(() -> JobOptions.parse("--input", "a")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--colour", "red"))
                .hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--format", "csv"))
                .hasMessageContaining("jsonl, parquet or both");
        assertThatThrownBy(() -> JobOptions.parse("--input")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> JobOptions.parse("--input", "a", "--output", "o", "--events", "weekly"))
                .hasMessageContaining("windows or driver");
    }

    /** "--help" was taken for an option missing its value. */
    @Test
    void helpPrintsEachOptionAndStartsNothing() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CorroborateJob.main(new String[] {"--help"});
        } finally {
            System.setOut(out);
        }
        String help = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(help).startsWith("usage:");
        for (String option : List.of("--input", "--output", "--format", "--events", "--split-size", "--master")) {
            assertThat(help).contains("  " + option + " ");
        }
    }

    @Test
    void theFeedKeySortsAsTheLocalFeedOrder() {
        List<Article> articles = new ArrayList<>();
        String[] times = {"2026-02-03T10:00:00Z", "2026-02-03T10:00:00Z", "2026-02-03T09:59:59.5Z", "1969-07-20T20:17:00Z",
            "1905-01-01", "2026-02-03T11:00:00+02:00", null, null, "9999-12-31"};
        for (int i = 0; i < times.length; i++) {
            PublishedTime time = times[i] == null ? null : PublishedTime.requireParse(times[i]);
            articles.add(new Article("id-" + (char) ('z' - i), null, null, "", List.of(), time, null, null, null,
                    List.of("Text " + i + "."), null, null, Origin.of("test")));
        }
        List<Article> byKey = new ArrayList<>(articles);
        byKey.sort(Comparator.comparing(CorroborateJob::feedKey));
        List<Article> local = new ArrayList<>(articles);
        local.sort(StoryClusterer.FEED_ORDER);
        assertThat(byKey).isEqualTo(local);
    }
}
