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

    /** The status file as the kernel would word it, with the resident set now and the process's peak. */
    private Path status(long residentKib, long peakKib) throws IOException {
        return Files.writeString(dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9999999 kB\nVmHWM:\t " + peakKib
                + " kB\nVmRSS:\t " + residentKib + " kB\nRssAnon:\t 1 kB\n");
    }

    @Test
    void aSpanHoldsTheMostResidentAtItsEndsAndItsSamplesAndTheRunTheKernelsMark() throws IOException {
        ResidentPeak peak = new ResidentPeak(status(300_000, 800_000));

        peak.beginSpan();
        status(500_000, 800_000);
        peak.sample();
        status(400_000, 800_000); // the resident set fell: the sample kept the most
        assertThat(peak.endSpan()).isEqualTo(500_000);
        assertThat(peak.runPeak()).isEqualTo(800_000);
        peak.beginSpan(); // the next span starts from what is resident now, not from the last span's peak
        assertThat(peak.endSpan()).isEqualTo(400_000);
    }

    @Test
    void withoutAStatusEverythingIsUnknown() {
        ResidentPeak peak = new ResidentPeak(dir.resolve("status"));

        peak.beginSpan();
        peak.sample();
        assertThat(peak.endSpan()).isEqualTo(-1);
        assertThat(peak.runPeak()).isEqualTo(-1);
    }

    @Test
    void thisProcessIsSampledWhereTheKernelSaysAndTheSamplerStopsWhenClosed() throws InterruptedException {
        try (ResidentPeak peak = ResidentPeak.sampling()) {
            peak.beginSpan();
            Thread.sleep(3 * ResidentPeak.SAMPLE_EVERY_MILLIS);
            long span = peak.endSpan();
            if (Files.isReadable(Path.of("/proc/self/status"))) {
                assertThat(span).isPositive().isLessThanOrEqualTo(peak.runPeak());
            } else {
                assertThat(span).isEqualTo(-1);
            }
        }
        Thread.sleep(3 * ResidentPeak.SAMPLE_EVERY_MILLIS);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("resident-set-samples"));
    }

    @Test
    void eachStepGetsItsOwnPeakAndTheRunTheKernelsMark() throws IOException {
        status(100_000, 100_000);
        try (RunTimings timings = new RunTimings(new ResidentPeak(dir.resolve("status")))) {
            timings.start();
            status(700_000, 700_000);
            timings.finish("reading");
            status(200_000, 700_000); // memory handed back after reading
            timings.start();
            status(400_000, 700_000);
            timings.finish("summary");
            StringWriter out = new StringWriter();
            timings.print(new PrintWriter(out));

            assertThat(out.toString()).containsPattern("memory: peak heap \\d+ MB · peak RSS 683 MB")
                    .containsPattern("memory by step: reading heap \\d+ MB.*, RSS 683 MB · summary heap \\d+ MB.*, RSS 390 MB\\n");
        }
    }

    @Test
    void aStepTimedInTwoPartsKeepsTheLargerPeak() throws IOException {
        status(100_000, 100_000);
        try (RunTimings timings = new RunTimings(new ResidentPeak(dir.resolve("status")))) {
            timings.start();
            status(300_000, 300_000);
            timings.finish("waited");
            timings.start();
            status(200_000, 300_000);
            timings.finishAdding("waited");
            StringWriter out = new StringWriter();
            timings.print(new PrintWriter(out));

            assertThat(out.toString()).containsPattern("memory by step: waited heap \\d+ MB.*, RSS 292 MB\\n");
        }
    }
}
