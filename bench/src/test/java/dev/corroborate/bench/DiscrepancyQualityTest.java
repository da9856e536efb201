package dev.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscrepancyQualityTest {

    @Test
    void aWrittenCorpusReadsBackAsTheCorpusThatWasDrawn(@TempDir Path dir) throws IOException {
        PerturbationCorpus.Corpus drawn = new PerturbationCorpus(1).generate(PerturbationCorpusTest.pool());
        assertThat(drawn.edits()).isNotEmpty();

        DiscrepancyQuality.write(drawn, dir);
        PerturbationCorpus.Corpus read = DiscrepancyQuality.read(dir);

        // Scored the same: the articles as written (the ids, texts and families the scorer reads), every edit,
        // and each family's members in the order drawn. A family's pool event is not written; it scores nothing.
        assertThat(read.articles()).extracting(DerivationCorpus.Generated::id, DerivationCorpus.Generated::story,
                DerivationCorpus.Generated::text).containsExactlyElementsOf(drawn.articles().stream()
                .map(a -> org.assertj.core.groups.Tuple.tuple(a.id(), a.story(), a.text())).toList());
        assertThat(read.edits()).containsExactlyElementsOf(drawn.edits());
        assertThat(read.families()).extracting(PerturbationCorpus.Family::members)
                .containsExactlyElementsOf(drawn.families().stream().map(PerturbationCorpus.Family::members).toList());
    }
}
