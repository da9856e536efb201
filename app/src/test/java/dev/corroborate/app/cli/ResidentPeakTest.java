package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentPeakTest {

    @TempDir
    Path dir;

    private Path status(long kib) throws IOException {
        return Files.writeString(dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9999999 kB\nVmHWM:\t " + kib + " kB\nVmRSS:\t 1 kB\n");
    }

    @Test
    void aSpanIsMeasuredFromItsRestartAndTheRunKeepsTheLargestMark() throws IOException {
        Path clearRefs = Files.createFile(dir.resolve("clear_refs"));
        ResidentPeak peak = new ResidentPeak(status(800_000), clearRefs);

        assertThat(peak.restart()).isTrue();
        assertThat(Files.readString(clearRefs)).isEqualTo("5"); // the kernel's word for "set the mark back"
        status(300_000); // the kernel set it back to what was resident, and the step held this much at most
        assertThat(peak.read()).isEqualTo(300_000);
        assertThat(peak.runPeak()).isEqualTo(800_000); // the mark before the restart still counts for the run
    }

    @Test
    void withoutAMarkToSetBackTheStepsAreUnknownAndTheRunIsNot() throws IOException {
        ResidentPeak peak = new ResidentPeak(status(500_000), dir.resolve("no such folder").resolve("clear_refs"));

        assertThat(peak.restart()).isFalse();
        assertThat(peak.restart()).isFalse();
        assertThat(peak.runPeak()).isEqualTo(500_000);
    }

    @Test
    void withoutAStatusEverythingIsUnknown() {
        ResidentPeak peak = new ResidentPeak(dir.resolve("status"), dir.resolve("clear_refs"));

        assertThat(peak.restart()).isFalse();
        assertThat(peak.read()).isEqualTo(-1);
        assertThat(peak.runPeak()).isEqualTo(-1);
        assertThat(dir.resolve("clear_refs")).doesNotExist(); // nothing written where nothing can be read
    }

    @Test
    void eachStepGetsItsOwnPeakAndTheRunTheLargest() throws IOException {
        Path clearRefs = Files.createFile(dir.resolve("clear_refs"));
        status(100_000);
        RunTimings timings = new RunTimings(new ResidentPeak(dir.resolve("status"), clearRefs));

        timings.start();
        status(700_000);
        timings.finish("reading");
        status(200_000); // set back after reading
        timings.start();
        status(400_000);
        timings.finish("summary");
        StringWriter out = new StringWriter();
        timings.print(new PrintWriter(out));

        assertThat(out.toString()).containsPattern("memory: peak heap \\d+ MB · peak RSS 683 MB")
                .containsPattern("memory by step: reading heap \\d+ MB.*, RSS 683 MB · summary heap \\d+ MB.*, RSS 390 MB\\n");
    }

    @Test
    void aStepTimedInTwoPartsKeepsTheLargerPeak() throws IOException {
        Path clearRefs = Files.createFile(dir.resolve("clear_refs"));
        status(100_000);
        RunTimings timings = new RunTimings(new ResidentPeak(dir.resolve("status"), clearRefs));

        timings.start();
        status(300_000);
        timings.finish("waited");
        timings.start();
        status(200_000);
        timings.finishAdding("waited");
        StringWriter out = new StringWriter();
        timings.print(new PrintWriter(out));

        assertThat(out.toString()).containsPattern("memory by step: waited heap \\d+ MB.*, RSS 292 MB\\n");
    }
}
