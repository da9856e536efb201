package dev.corroborate.io.ingest;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.io.store.ArticleStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs an ingest in its own JVM, so a test can kill it mid-run: {@code IngestChild DATA_DIR INPUT}. */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) {
        try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
            new IngestJob(new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT), store, 100)
                    .run(List.of(args[1]), Map.of(), IngestListener.NONE);
        }
    }
}
