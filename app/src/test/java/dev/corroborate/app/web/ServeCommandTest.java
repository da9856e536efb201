package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servingADirectoryWithoutAStoreIsAUsageErrorAndCreatesNothing() {
        assertThat(Main.run("serve", "--data", dir.resolve("none").toString(), "--port", "0")).isEqualTo(2);
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(Main.run("serve", "--data", dir.toString(), "--port", "70000")).isEqualTo(2);
    }

    @Test
    void whileTheAppServesAStoreAnalyzeCanStillWriteToIt() {
        try (var created = dev.corroborate.io.store.ArticleStore.open(dir)) {
            assertThat(created.count()).isZero();
        }
        try (var served = StoreGate.open(dir, 2);
             var writer = dev.corroborate.io.store.ArticleStore.open(dir, "analyze")) {
            assertThat(writer.count()).isEqualTo(served.read(store -> store.count()));
        }
    }
}
