package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.compare.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graph said "0% own" of an origin copied whole, where the list under it said "own reporting: 287 words of 287". */
class ProvenanceDrawingTest {

    @Test
    void aNodesShareIsItsOwnReportingAsTheListAndTheCommandLineCountIt() {
        Provenance.Node origin = new Provenance.Node("a1", List.of(), List.of(), 287, 0, List.of(), true, true,
                List.of(new Provenance.Span(0, 1700, 287)));
        Provenance.Node rewrite = new Provenance.Node("a2", List.of(), List.of(), 272, 191, List.of(), false, true,
                List.of(new Provenance.Span(0, 900, 150), new Provenance.Span(1000, 1300, 50)));

        assertThat(ProvenanceDrawing.ownReportingPercent(origin)).isEqualTo(100);
        assertThat(ProvenanceDrawing.ownReportingPercent(rewrite)).isEqualTo(74);
    }
}
