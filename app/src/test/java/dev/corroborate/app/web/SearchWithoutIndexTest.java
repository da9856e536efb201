package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.Main;
import dev.corroborate.io.search.SearchIndex;
import dev.corroborate.io.store.ArticleStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory from before the search index (or with it deleted): search says how to build it; recluster does. */
class SearchWithoutIndexTest {

    @TempDir
    Path dir;

    @Test
    void searchSaysHowToBuildTheIndexAndReclusterBuildsIt() throws Exception {
        Path data = dir.resolve("data");
        assertThat(Main.run("analyze", "--data", data.toString(), Path.of("..", "examples", "tarn-basin").toString())).isZero();
        try (Stream<Path> files = Files.walk(data.resolve(SearchIndex.FOLDER))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        HttpClient http = HttpClient.newHttpClient();
        try (ArticleStore store = ArticleStore.openForReading(data)) {
            WebServer server = WebServer.start(store.dataDir(), "127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/search?q=Kessary")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("no search index yet").contains("corroborate recluster");
                assertThat(data.resolve(SearchIndex.FOLDER)).doesNotExist();

                assertThat(Main.run("recluster", "--data", data.toString())).isZero();
                HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=Kessary")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(json.statusCode()).isEqualTo(200);
                assertThat(json.body()).contains("\"total\":5");
            } finally {
                server.close();
            }
        }
    }
}
