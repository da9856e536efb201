package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus whose titles, texts, outlets and quotes (in the speaker's place too) carry script payloads
 * ({@code src/test/resources/xss/payloads.txt}, one a line), analysed like any other and opened in
 * a real browser page by page: the stories, every story with its graphs, every article, the
 * comparisons, the speakers, searches. Nothing of it may run (see {@link Browser#assertNothingRan}).
 * Skipped without chromium.
 */
class XssBrowserTest {

    /** Fictional reports; each payload's article tells one of them, so articles copy one another. */
    static final List<String[]> TOPICS = List.of(
            new String[] {"Quillby harbour wall approved", "The council of Quillby approved the new harbour wall on Monday after "
                    + "three years of debate. The wall will cost four million crowns and take two years to build, the council "
                    + "said in a statement published after the meeting in the town hall."},
            new String[] {"Ferry fares to Osk rise in May", "Ferry fares between Lunmouth and the island of Osk will rise by a "
                    + "tenth in May, the ferry company said on Tuesday. The company blamed the price of fuel and the cost of "
                    + "repairing its oldest vessel, which has been out of service since the winter storms."},
            new String[] {"Brannock library reopens after flood", "The public library of Brannock reopened on Saturday, eight "
                    + "months after a flood ruined its ground floor. Volunteers dried and catalogued more than twelve thousand "
                    + "books, and the town paid for new shelves and a raised floor."});

    @TempDir
    static Path dir;

    static List<String> payloads;
    static Browser.Served app;
    static Browser browser;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        payloads = Browser.lines(Path.of("src", "test", "resources", "xss", "payloads.txt")).toList();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
        Path input = dir.resolve("payloads.jsonl");
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            String[] topic = TOPICS.get(i % TOPICS.size());
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("id", String.format("xss-%02d", i));
            article.put("outlet", p);
            article.put("title", topic[0] + " " + p);
            article.put("published", String.format("2026-04-%02dT%02d:00:00Z", 1 + i % 20, 6 + i % 12));
            article.put("text", topic[1] + " " + p + "\n\n\"We have waited long enough for this, and " + p + " will not stop us,\" said "
                    + "Mara " + p + " Quist, the harbour master.\n\n" + p + " told reporters: \"The work starts in June.\"");
            jsonl.append(JSON.writeValueAsString(article)).append('\n');
        }
        Files.writeString(input, jsonl.toString());
        app = Browser.Served.analyse(dir.resolve("data"), input);
        browser = app.browser();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static JsonNode api(String path) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(browser.base + path)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noPayloadRunsOnAnyPage() {
        List<String> pages = new ArrayList<>(List.of("/", "/speakers", "/search", "/search?q=harbour", "/search?q=alert",
                "/search?q=script", "/search?q=quotes%3Aharbour", "/api/openapi.json"));
        for (JsonNode story : api("/api/stories?limit=500").get("items")) {
            pages.add("/stories/" + story.get("id").asText());
            story.get("events").forEach(e -> pages.add("/stories/" + e.get("id").asText()));
        }
        for (int i = 0; i < payloads.size(); i++) {
            String id = String.format("xss-%02d", i);
            pages.add("/articles/" + id);
            JsonNode links = i < 2 * TOPICS.size() ? api("/api/articles/" + id).get("links") : JSON.createArrayNode();
            if (!links.isEmpty()) { // a few comparisons: the article pages already show every text
                pages.add("/compare/" + links.get(0).get("sourceId").asText() + "/" + links.get(0).get("derivedId").asText());
            }
        }
        for (int i = 0; i < payloads.size(); i += 7) {
            pages.add("/search?q=" + URLEncoder.encode(payloads.get(i), StandardCharsets.UTF_8)); // errors or not: nothing runs
            pages.add("/?text=" + URLEncoder.encode(payloads.get(i), StandardCharsets.UTF_8) + "&outlet="
                    + URLEncoder.encode(payloads.get(i), StandardCharsets.UTF_8));
        }
        assertThat(pages.stream().filter(p -> p.startsWith("/compare/"))).isNotEmpty();
        for (String page : pages.stream().distinct().toList()) {
            browser.go(page);
            browser.assertNothingRanOnAnErrorPage(page);
        }
    }

    @Test
    void thePayloadsReachEveryKindOfFieldAsText() {
        browser.go("/articles/xss-06");
        String shown = browser.driver.findElement(org.openqa.selenium.By.tagName("main")).getText();
        assertThat(shown).contains(payloads.get(6)); // the title, the outlet and the text show it as written
        // the quote stage builds a speaker's name from words, so markup never reaches a name; the words of
        // the payloads do, and the quotes and their word differences carry the markup itself
        JsonNode speakers = api("/api/speakers?limit=500").get("items");
        assertThat(speakers.findValuesAsText("name")).anyMatch(name -> name.contains("JaVaScRiPt") || name.contains("alert"));
        JsonNode groups = api("/api/quote-groups?limit=500").get("items");
        assertThat(groups.findValuesAsText("text")).anyMatch(text -> text.contains("<script>"));
        assertThat(groups.findValuesAsText("diff")).anyMatch(diff -> diff != null && diff.contains("<"));
        browser.go("/speakers");
        assertThat(browser.driver.findElement(org.openqa.selenium.By.tagName("main")).getText()).contains("JaVaScRiPt");
        browser.assertNothingRan("/speakers");
        // the payloads reach the discrepancies (their entities' digits are numbers), shown in their sentences on the
        // story pages opened above
        List<String> sentences = new ArrayList<>();
        for (JsonNode story : api("/api/stories?limit=500").get("items")) {
            for (JsonNode event : story.get("events")) {
                for (JsonNode d : api("/api/events/" + event.get("id").asText() + "/discrepancies?limit=500").get("items")) {
                    for (JsonNode side : d.get("values")) {
                        String text = api("/api/articles/" + side.get("article").get("id").asText()).get("text").asText();
                        sentences.add(text.substring(side.get("sentence").get("start").asInt(), side.get("sentence").get("end").asInt()));
                    }
                }
            }
        }
        assertThat(sentences).anyMatch(sentence -> sentence.contains("<"));
    }

    @Test
    void theWatchCatchesADialogAndAnInjectedElement() {
        browser.go("/");
        browser.driver.executeScript("window.alert('caught');");
        assertThatThrownBy(() -> browser.assertNothingRan("a called dialog")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("alert: caught");
        browser.go("/");
        browser.driver.executeScript("var i = document.createElement('img'); i.setAttribute('onerror', 'void 0');"
                + " document.body.appendChild(i);");
        assertThatThrownBy(() -> browser.assertNothingRan("an injected element")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("onerror");
        assertThat(browser.consoleErrors()).anyMatch(e -> e.contains("Content Security Policy")); // and CSP blocked it
        browser.go("/");
        browser.assertNothingRan("a clean page");
    }
}
