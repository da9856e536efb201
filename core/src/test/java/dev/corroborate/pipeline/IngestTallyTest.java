package dev.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import org.junit.jupiter.api.Test;

class IngestTallyTest {

    @Test
    void everyInputIsCountedOnceAndReadIsTheSum() {
        IngestTally tally = new IngestTally();
        tally.count(Outcome.STORED);
        tally.count(Outcome.STORED);
        tally.count(Outcome.ALREADY_PRESENT);
        tally.count(new Diagnostic(Origin.of("a.png"), Outcome.SKIPPED, "unsupported file type .png"), "unsupported file type");
        tally.count(new Diagnostic(Origin.atLine("b.jsonl", 2, 40), Outcome.REJECTED, "malformed JSON"), "malformed JSON");
        tally.warn(new Diagnostic(Origin.of("c.txt"), Outcome.STORED, "odd date"));
        assertThat(tally.read()).isEqualTo(5);
        assertThat(tally.get(Outcome.STORED)).isEqualTo(2);
        assertThat(tally.reasons(Outcome.SKIPPED)).containsEntry("unsupported file type", 1L);
        assertThat(tally.diagnostics()).hasSize(3);
        assertThat(tally.warnings()).isEqualTo(1);
    }

    @Test
    void diagnosticsAreBoundedButStillCounted() {
        IngestTally tally = new IngestTally();
        for (int i = 0; i < IngestTally.MAX_DIAGNOSTICS + 10; i++) {
            tally.count(new Diagnostic(Origin.atLine("x.jsonl", i + 1, -1), Outcome.REJECTED, "bad"), "bad");
        }
        assertThat(tally.diagnostics()).hasSize(IngestTally.MAX_DIAGNOSTICS);
        assertThat(tally.droppedDiagnostics()).isEqualTo(10);
        assertThat(tally.get(Outcome.REJECTED)).isEqualTo(IngestTally.MAX_DIAGNOSTICS + 10);
    }
}
