package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.app.cli.Main;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredStory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story page's correction forms over the example corpus: CSRF, the writer's lock, bad forms, a merge and a split. */
class CorrectionFormsTest {

    @TempDir
    static Path analysed;

    @TempDir
    Path dir;

    Path data;
    ArticleStore store;
    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void analyseOnce() {
        assertThat(Main.run("analyze", "--data", analysed.resolve("data").toString(),
                Path.of("..", "examples", "tarn-basin").toString())).isZero();
    }

    /** Each test corrects a fresh copy of the analysed store. */
    @BeforeEach
    void start() throws IOException {
        data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(analysed.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        store = ArticleStore.openForReading(data);
        server = WebServer.start(store.dataDir(), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String origin, String... fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    StoredStory kessary() {
        return store.stories().stream().filter(s -> s.events().size() == 2).findFirst().orElseThrow();
    }

    String token(String storyId) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]{64})\"").matcher(get("/stories/" + storyId).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aMergeWithTheTokenIsStoredAppliedAndLeadsBackToTheStoryline() throws Exception {
        StoredStory story = kessary();
        String first = story.events().get(0).id();
        String second = story.events().get(1).id();
        HttpResponse<String> r = post("/corrections/merge", "http://127.0.0.1:" + server.port(),
                "csrf", token(story.id()), "event", first, "other", second);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/stories/st-").endsWith("?corrected=merge");
        assertThat(store.decisions()).hasSize(1);
        assertThat(mergedStory().events()).hasSize(1);
        assertThat(get(location).body()).contains("Your merge was stored and applied");
    }

    private StoredStory mergedStory() {
        return store.stories().stream().filter(s -> s.articleIds().size() == 6).findFirst().orElseThrow();
    }

    @Test
    void aSplitTakesTheCheckedArticlesOut() throws Exception {
        StoredStory story = kessary();
        var event = story.events().get(0);
        String article = event.articleIds().get(0);
        HttpResponse<String> r = post("/corrections/split", null, "csrf", token(story.id()), "event", event.id(), "article", article);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(store.eventArticles(new dev.corroborate.io.query.StoryQuery(store).eventOf(article).orElseThrow()))
                .containsExactly(article);
    }

    /** The web refused a prefix the command line takes ("No article with id 50eb"), and blamed the article for a bad event. */
    @Test
    void aMoveTakesAnArticlesUniquePrefixAsTheCommandLineDoes() throws Exception {
        StoredStory story = kessary();
        String token = token(story.id());
        String target = story.events().get(0).id();
        String article = story.events().get(1).articleIds().get(0);
        String prefix = article.substring(0, 6);

        HttpResponse<String> badEvent = post("/corrections/move", null, "csrf", token, "article", prefix, "event", "ev-zzz");
        assertThat(badEvent.body()).contains("No event with id ev-zzz").doesNotContain("No article");
        HttpResponse<String> moved = post("/corrections/move", null, "csrf", token, "article", prefix, "event", target);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(303);
        assertThat(new dev.corroborate.io.query.StoryQuery(store).eventOf(article)).contains(target);
    }

    @Test
    void withoutTheTokenOrFromAnotherOriginNothingChanges() throws Exception {
        StoredStory story = kessary();
        String first = story.events().get(0).id();
        String second = story.events().get(1).id();
        HttpResponse<String> none = post("/corrections/merge", null, "event", first, "other", second);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("reload the story page").doesNotContain("Exception");
        assertThat(post("/corrections/merge", null, "csrf", "0".repeat(64), "event", first, "other", second).statusCode()).isEqualTo(403);
        assertThat(post("/corrections/merge", "http://evil.example", "csrf", token(story.id()), "event", first, "other", second)
                .statusCode()).isEqualTo(403);
        assertThat(get("/corrections/merge?event=" + first + "&other=" + second).statusCode()).isEqualTo(404);
        assertThat(store.decisions()).isEmpty();
    }

    @Test
    void badFormsArePagesWithTheReason() throws Exception {
        StoredStory story = kessary();
        String token = token(story.id());
        String event = story.events().get(0).id();
        HttpResponse<String> unknown = post("/corrections/merge", null, "csrf", token, "event", event, "other", "ev-nothing");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No event with id ev-nothing").startsWith("<!DOCTYPE html>");
        assertThat(post("/corrections/merge", null, "csrf", token, "event", event, "other", event).body()).contains("with itself");
        assertThat(post("/corrections/merge", null, "csrf", token, "event", event).statusCode()).isEqualTo(400);
        assertThat(post("/corrections/split", null, "csrf", token, "event", event).body()).contains("at least one article");
        assertThat(post("/corrections/split", null, "csrf", token, "event", event, "article", "nope").body())
                .contains("No article with id nope");
        assertThat(post("/corrections/move", null, "csrf", token, "article", "nope", "event", event).statusCode()).isEqualTo(400);
        assertThat(post("/corrections/destroy", null, "csrf", token).statusCode()).isEqualTo(404);
        assertThat(store.decisions()).isEmpty();
    }

    @Test
    void whileAnotherProcessWritesTheFolderTheCorrectionIsRefusedAndThePageSaysSo() throws Exception {
        StoredStory story = kessary();
        String token = token(story.id());
        try (ArticleStore writer = ArticleStore.open(data, "analyze")) {
            HttpResponse<String> r = post("/corrections/merge", null, "csrf", token, "event", story.events().get(0).id(),
                    "other", story.events().get(1).id());
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("Your correction was not made").contains("analyze").doesNotContain("Exception");
        }
        assertThat(store.decisions()).isEmpty();
    }
}
