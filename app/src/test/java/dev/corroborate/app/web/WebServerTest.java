package dev.corroborate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.app.cli.Main;
import dev.corroborate.io.store.ArticleStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app started on a free port over the example corpus plus two hostile articles whose
 * title, text, outlet and speaker carry script payloads; every endpoint asked over HTTP.
 */
class WebServerTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    @TempDir
    static Path dir;

    static ArticleStore store;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String type, String csp, String body) {
    }

    @BeforeAll
    static void start() throws IOException {
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "tarn-basin"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName().toString()));
            }
        }
        String text = "The council of Quillby met on Monday to discuss " + SCRIPT + " and the new harbour wall. "
                + "\"" + SCRIPT + " is what we asked for,\" said " + IMG + " Harlow, the harbour master. "
                + "The wall will cost four million crowns and take two years to build, the council said in a statement "
                + "published after the meeting " + IMG + " in the town hall of Quillby.";
        String hostile = "{\"id\": \"xss-one\", \"outlet\": \"" + json(SCRIPT) + "\", \"title\": \"" + json(IMG)
                + "\", \"published\": \"2026-04-01T09:00:00Z\", \"text\": \"" + json(text) + "\"}\n"
                + "{\"id\": \"xss-two\", \"outlet\": \"" + json(IMG) + "\", \"title\": \"" + json(SCRIPT)
                + " harbour wall\", \"published\": \"2026-04-01T15:00:00Z\", \"text\": \"" + json(text) + "\"}\n"
                // A third copy that changes the wall's cost next to a payload, so the hostile event has a discrepancy.
                + "{\"id\": \"xss-three\", \"outlet\": \"" + json(SCRIPT) + " Post\", \"title\": \"" + json(IMG)
                + "\", \"published\": \"2026-04-01T18:00:00Z\", \"text\": \""
                + json(text.replace("four million crowns", "six million crowns " + SCRIPT)) + "\"}\n";
        Files.writeString(input.resolve("hostile.jsonl"), hostile);
        Path data = dir.resolve("data");
        assertThat(Main.run("analyze", "--data", data.toString(), input.toString())).isZero();
        store = ArticleStore.open(data);
        server = WebServer.start(store.dataDir(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String json(String s) {
        return s.replace("\"", "\\\"");
    }

    static Response get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Security-Policy").orElse(""), r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode getJson(String path, int status) {
        Response r = get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/json");
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> storyIds() {
        List<String> ids = new ArrayList<>();
        for (JsonNode story : getJson("/api/stories?limit=500", 200).get("items")) {
            ids.add(story.get("id").asText());
            story.get("events").forEach(e -> ids.add(e.get("id").asText()));
        }
        return ids;
    }

    static void assertBadRequest(String path) {
        JsonNode error = getJson(path, 400);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at dev.");
    }

    static void assertNotFound(String path) {
        JsonNode error = getJson(path, 404);
        assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void storiesAreListedLatestFirstWithTheirCountsAndPaged() {
        JsonNode all = getJson("/api/stories", 200);
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode first = all.get("items").get(0);
        assertThat(first.get("independentSources").asInt()).isPositive();
        assertThat(first.get("events").get(0).has("independentSources")).isTrue();
        JsonNode tarn = null;
        for (JsonNode story : all.get("items")) {
            if (story.get("label").asText().contains("Kessary pressed")) {
                tarn = story;
            }
        }
        assertThat(tarn).isNotNull();
        assertThat(tarn.get("articles").asInt()).isEqualTo(6);
        assertThat(tarn.get("independentSources").asInt()).isEqualTo(3);

        JsonNode second = getJson("/api/stories?offset=1&limit=1", 200);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asText()).isEqualTo(all.get("items").get(1).get("id").asText());
        assertThat(getJson("/api/stories?offset=1000", 200).get("items")).isEmpty();
    }

    @Test
    void storiesAreFilteredByOutletTextAndDates() {
        assertThat(getJson("/api/stories?outlet=harbour%20daily", 200).get("total").asInt()).isEqualTo(1);
        assertThat(getJson("/api/stories?text=tram", 200).get("items").get(0).get("label").asText()).contains("tram");
        assertThat(getJson("/api/stories?from=2026-03-01&to=2026-03-31", 200).get("total").asInt()).isEqualTo(1);
        assertThat(getJson("/api/stories?from=2030-01-01", 200).get("total").asInt()).isZero();
        // part of an outlet's name finds it, as a user types it; a reversed range is refused, not taken as given
        assertThat(getJson("/api/stories?outlet=HARBOUR", 200).get("total").asInt()).isEqualTo(1);
        assertBadRequest("/api/stories?from=2026-03-01&to=2026-02-04");
        assertThat(get("/?from=2026-03-01&to=2026-02-04").status()).isEqualTo(400);
    }

    @Test
    void badPagingAndBadFiltersAre400Json() {
        assertBadRequest("/api/stories?offset=-1");
        assertBadRequest("/api/stories?limit=0");
        assertBadRequest("/api/stories?limit=501");
        assertBadRequest("/api/stories?limit=ten");
        assertBadRequest("/api/stories?from=yesterday");
        assertBadRequest("/api/quote-groups?offset=x");
        assertBadRequest("/api/speakers?limit=-5");
        assertThat(get("/?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aStoryIsATimelineAndAnUnknownStoryIs404() {
        for (String id : storyIds()) {
            JsonNode story = getJson("/api/stories/" + id, 200);
            assertThat(story.get("events").get(0).get("articles").get(0).has("placement")).isTrue();
            assertThat(story.get("events").get(0).get("discrepancies").isInt()).isTrue();
        }
        assertNotFound("/api/stories/st-000000000000");
        assertThat(get("/stories/ev-nothing").status()).isEqualTo(404);
        // An event's page is headed by the event, not its storyline (whose title, times and sources it showed).
        for (String storyId : storyIds().stream().filter(id -> id.startsWith("st-")).toList()) {
            for (JsonNode event : getJson("/api/stories/" + storyId, 200).get("events")) {
                String page = get("/stories/" + event.get("id").asText()).body();
                assertThat(page).contains("<h1>" + Html.escape(event.get("label").asText()) + "</h1>")
                        .contains("event " + event.get("id").asText() + " of storyline <a href=\"/stories/" + storyId + "\">");
            }
        }
        assertThat(get("/stories/" + storyIds().get(0) + "?from=-1").status()).isEqualTo(400);
        assertThat(get("/stories/" + storyIds().get(0) + "?from=first").status()).isEqualTo(400);
        // the story page's provenance says each article's own reporting, as the CLI's provenance does
        assertThat(storyIds().stream().map(id -> get("/stories/" + id).body()).filter(b -> b.contains("class=\"provenance\""))
                .anyMatch(b -> b.contains("own reporting: "))).isTrue();
        // a quote told in the same words everywhere is marked with no change: the attribution between two parts
        // of it ("he told Meridian Press") was marked as added words, where the stored diff has none
        assertThat(storyIds().stream().map(id -> get("/stories/" + id).body()))
                .allSatisfy(b -> assertThat(b).doesNotContainPattern("<ins>[^<]*\\b(told|said)\\b[^<]*</ins>"));
        // a link whose direction nothing tells is no arrow (it was drawn as one, a source over "the article that took its text")
        java.util.regex.Pattern edge = java.util.regex.Pattern.compile("<a href=\"/compare/[^\"]+\" class=\"edge([^\"]*)\"><title>"
                + "[^<]*direction ([0-9.]+)\\)[^<]*</title><line ([^>]*)/>");
        int unknown = 0;
        for (String id : storyIds()) {
            java.util.regex.Matcher m = edge.matcher(get("/stories/" + id).body());
            while (m.find()) {
                boolean none = Double.parseDouble(m.group(2)) == 0;
                unknown += none ? 1 : 0;
                assertThat(m.group(1).contains("unknown-direction")).as(m.group()).isEqualTo(none);
                assertThat(m.group(3).contains("marker-end")).as(m.group()).isEqualTo(!none);
            }
        }
        assertThat(unknown).as("the example has a pair whose order nothing tells").isPositive();
        // an event of one article is offered no split (it was, and the split was always refused)
        for (String storyId : storyIds().stream().filter(id -> id.startsWith("st-")).toList()) {
            for (JsonNode event : getJson("/api/stories/" + storyId, 200).get("events")) {
                String page = get("/stories/" + event.get("id").asText()).body();
                assertThat(page.contains("class=\"correction split\"")).as(event.get("id").asText())
                        .isEqualTo(event.get("articles").size() > 1);
            }
        }
        // why an article is here gives its own score or that it started the event, as 'corroborate story' does
        assertThat(storyIds().stream().map(id -> get("/stories/" + id).body()))
                .allSatisfy(b -> assertThat(b).doesNotContain("<summary>why here</summary><ul><li>runner-up"))
                .anySatisfy(b -> assertThat(b).containsPattern("<summary>why here</summary><ul><li>joined, score \\d\\.\\d\\d</li>"));
        // and so does its graph: one measure on the page, not "own material" beside it
        assertThat(storyIds().stream().map(id -> get("/stories/" + id).body())).noneMatch(b -> b.contains("own material"));
    }

    @Test
    void provenanceShowsTheGroupAndAnUnknownArticleIs404() {
        JsonNode tree = getJson("/api/provenance/civic-observer-2026-02-03-tarn-letter", 200);
        assertThat(tree.get("nodes").size()).isEqualTo(5);
        assertThat(tree.get("independentSources").asInt()).isEqualTo(2);
        assertThat(tree.get("origins")).hasSize(1);
        assertNotFound("/api/provenance/no-such-article");
    }

    @Test
    void quoteGroupsArePagedWithTheirWording() {
        JsonNode groups = getJson("/api/quote-groups?limit=2", 200);
        assertThat(groups.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(groups.get("items")).hasSize(2);
        assertThat(groups.get("items").get(0).get("members").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anArticleHasItsTextLinksAndQuotesAndAnUnknownOneIs404() {
        JsonNode article = getJson("/api/articles/civic-observer-2026-02-03-tarn-letter", 200);
        assertThat(article.get("outlet").asText()).isEqualTo("Civic Observer");
        assertThat(article.get("text").asText()).isNotBlank();
        assertThat(article.get("links").size()).isPositive();
        assertThat(article.get("quotes").size()).isPositive();
        assertThat(article.get("origin").asText()).contains("feeds.jsonl");
        assertNotFound("/api/articles/no-such-article");
        assertThat(get("/articles/no-such-article").status()).isEqualTo(404);
    }

    /** The input's folders are those of whoever ran analyze (a home folder, a user name): not for a page others read. */
    @Test
    void anArticleNamesItsInputFileWithoutTheFoldersAnalyzeReadItFrom() {
        JsonNode article = getJson("/api/articles/civic-observer-2026-02-03-tarn-letter", 200);
        assertThat(article.get("origin").asText()).startsWith("feeds.jsonl:");
        String page = get("/articles/civic-observer-2026-02-03-tarn-letter").body();
        assertThat(page).contains("feeds.jsonl:").doesNotContain(dir.toString());
        assertThat(get("/api/articles/civic-observer-2026-02-03-tarn-letter").body()).doesNotContain(dir.toString());
    }

    /** The command line takes an id's prefix ("show c9c6"); the app answered 404 to the same. */
    @Test
    void anArticleIsFoundByAPrefixOfItsIdAndAPrefixOfSeveralIsRefused() {
        assertThat(getJson("/api/articles/c9c6", 200).get("id").asText()).isEqualTo("c9c6fe283f4d784a");
        Response page = get("/articles/c9c6");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("c9c6fe283f4d784a");
        Response several = get("/api/articles/c");
        assertThat(several.status()).isEqualTo(400);
        assertThat(several.body()).contains("names several articles").contains("give more of it");
        assertNotFound("/api/articles/zz-no-such-prefix");
    }

    @Test
    void anArticlePageNamesItsOutletAndTimeAsTheCommandLineDoes() {
        // An article whose dateline credits an agency but which is not the agency's own copy: the
        // credit is not the outlet, in the browser as in `corroborate articles` (io.query.ArticleLabels).
        Response page = get("/articles/c9c6fe283f4d784a");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("outlet unknown, credits Meridian Press").doesNotContain("(credited agency)");
        Response dated = get("/articles/civic-observer-2026-02-03-tarn-letter");
        assertThat(dated.body()).contains("2026-02-03 15:05 UTC").doesNotContain("2026-02-03T16:05:00+01:00");
    }

    /** The story list and a story's page gave their spans as stored ISO times, each in its outlet's offset. */
    @Test
    void storySpansGiveTimesInTheOneFormEveryViewUses() {
        String listed = get("/").body();
        assertThat(listed).contains(" UTC").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
        for (JsonNode story : getJson("/api/stories", 200).get("items")) {
            // The page's times (its spans, its articles' times), not the evidence quoted from a reuse link.
            java.util.regex.Matcher meta = java.util.regex.Pattern.compile("<p class=\"meta\">(.*?)</p>|<time>(.*?)</time>")
                    .matcher(get("/stories/" + story.get("id").asText()).body());
            List<String> times = new java.util.ArrayList<>();
            while (meta.find()) {
                times.add(meta.group(1) != null ? meta.group(1) : meta.group(2));
            }
            assertThat(times).isNotEmpty().noneMatch(time -> time.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*"));
        }
    }

    @Test
    void speakersArePaged() {
        JsonNode speakers = getJson("/api/speakers?limit=3", 200);
        assertThat(speakers.get("total").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(speakers.get("items")).hasSize(3);
        assertThat(speakers.get("items").get(0).has("variants")).isTrue();
        // a page read by SQL paging is the same slice of the list as the whole list read at once
        JsonNode all = getJson("/api/speakers?limit=500", 200).get("items");
        JsonNode second = getJson("/api/speakers?offset=3&limit=3", 200);
        assertThat(second.get("total").asInt()).isEqualTo(all.size());
        for (int i = 0; i < 3; i++) {
            assertThat(second.get("items").get(i)).isEqualTo(all.get(3 + i));
        }
        assertThat(getJson("/api/speakers?offset=400&limit=3", 200).get("items")).isEmpty();
        Response page = get("/speakers?limit=3");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Oskar Lindqvist")
                .contains("<a href=\"/speakers?offset=3&amp;limit=3\">next</a>").doesNotContain("previous</a>");
        assertThat(get("/speakers?offset=3&limit=3").body())
                .contains("<a href=\"/speakers?offset=0&amp;limit=3\">previous</a>");
    }

    /** An article quoting a statement twice was listed twice: "also in 13e0… · also in 13e0…". */
    @Test
    void anArticlesQuotesNameEachOtherArticleOnce() {
        String page = get("/articles/50eb3e56fc860a8f").body();
        assertThat(page).contains(" · also in ")
                .doesNotContainPattern("also in <a href=\"([^\"]+)\">[^<]*</a> · also in <a href=\"\\1\"");
        JsonNode quotes = getJson("/api/articles/50eb3e56fc860a8f", 200).get("quotes");
        for (JsonNode quote : quotes) {
            List<String> others = new java.util.ArrayList<>();
            quote.get("alsoQuotedIn").forEach(id -> others.add(id.asText()));
            assertThat(others).doesNotHaveDuplicates();
        }
    }

    @Test
    void compareGivesTheSharedPassagesInBothTexts() {
        String source = "f117924de9bc3ed4";
        JsonNode links = getJson("/api/articles/" + source, 200).get("links");
        String other = links.get(0).get("derivedId").asText();
        JsonNode c = getJson("/api/compare/" + source + "/" + other, 200);
        assertThat(c.get("links").size()).isPositive();
        assertThat(c.get("leftSpans").size()).isEqualTo(c.get("rightSpans").size()).isPositive();
        Response page = get("/compare/" + source + "/" + other);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-pair=\"r0\"").contains("id=\"r0\"");
        assertNotFound("/api/compare/" + source + "/nothing");
        // unique prefixes, as 'corroborate compare 50eb f117' takes them (the page said "No article with one of these ids")
        assertThat(getJson("/api/compare/" + source.substring(0, 4) + "/" + other.substring(0, 6), 200)).isEqualTo(c);
        assertThat(get("/compare/" + source.substring(0, 4) + "/" + other.substring(0, 6)).status()).isEqualTo(200);
        Response itself = get("/compare/" + source + "/" + source.substring(0, 6));
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.body()).contains("Give two different articles (both ids name " + source + ")");
    }

    @Test
    void theOpenApiDocumentNamesEveryEndpoint() {
        JsonNode doc = getJson("/api/openapi.json", 200);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (String path : List.of("/api/stories", "/api/stories/{id}", "/api/provenance/{id}", "/api/quote-groups",
                "/api/articles/{id}", "/api/speakers", "/api/compare/{left}/{right}", "/api/search",
                "/api/events/{id}/discrepancies")) {
            assertThat(doc.get("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void pagesCarryTheCspAndNoInlineScriptAndErrorsAreNotStackTraces() {
        List<String> pages = new ArrayList<>(List.of("/", "/articles/civic-observer-2026-02-03-tarn-letter", "/nothing/here"));
        storyIds().forEach(id -> pages.add("/stories/" + id));
        for (String path : pages) {
            Response r = get(path);
            assertThat(r.csp()).as(path).startsWith("default-src 'self'");
            assertThat(r.body()).as(path).doesNotContain("<script>").doesNotContain("onclick=").doesNotContain("Exception");
        }
        assertThat(get("/nothing/here").status()).isEqualTo(404);
        // and so do the server's own error pages, for requests refused before any route (they had none of it)
        for (String refused : List.of("/static/%2e%2e/%2e%2e/README.md", "/search?q=" + "x".repeat(9000))) {
            Response r = get(refused);
            assertThat(r.status()).as(refused).isBetween(400, 499);
            assertThat(r.csp()).as(refused).startsWith("default-src 'self'");
            assertThat(r.body()).as(refused).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(get("/").body()).contains("Kessary pressed");
        assertThat(get("/api/nothing").body()).startsWith("{");
    }

    @Test
    void staticFilesAreServedByTheAppAndNothingElse() {
        assertThat(get("/static/style.css").type()).startsWith("text/css");
        assertThat(get("/static/app.js").type()).startsWith("text/javascript");
        assertThat(get("/static/..%2Fopenapi.json").status()).isEqualTo(404);
        assertThat(get("/static/other.js").status()).isEqualTo(404);
    }

    @Test
    void scriptPayloadsInTitlesTextsOutletsAndSpeakersAreEscapedEverywhere() {
        List<String> paths = new ArrayList<>(List.of("/", "/articles/xss-one", "/articles/xss-two",
                "/compare/xss-one/xss-two", "/api/stories?limit=500", "/api/articles/xss-one", "/api/articles/xss-two",
                "/api/provenance/xss-one", "/api/compare/xss-one/xss-two", "/api/quote-groups?limit=500",
                "/api/speakers?limit=500", "/speakers?limit=500", "/?text=" + "%3Cscript%3E", "/?outlet=%22%3E%3Cimg"));
        for (String id : storyIds()) {
            paths.add("/stories/" + id);
            paths.add("/api/stories/" + id);
            if (id.startsWith("ev-")) {
                paths.add("/api/events/" + id + "/discrepancies");
            }
        }
        for (String path : paths) {
            Response r = get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain(SCRIPT).doesNotContain("<img");
            if (path.startsWith("/api/")) {
                assertThat(r.body()).as(path).doesNotContain("<").doesNotContain(">");
            }
        }
        Response article = get("/articles/xss-one");
        assertThat(article.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        JsonNode json = getJson("/api/articles/xss-one", 200);
        assertThat(json.get("outlet").asText()).isEqualTo(SCRIPT);
        assertThat(json.get("title").asText()).isEqualTo(IMG);
        assertThat(json.get("links").size()).isPositive();
    }

    @Test
    void searchFindsTitlesTextsAndQuotesGroupedByStoryWithTheMatchesMarked() {
        JsonNode result = getJson("/api/search?q=Kessary&limit=3", 200);
        assertThat(result.get("total").asInt()).isGreaterThan(3);
        assertThat(result.get("limit").asInt()).isEqualTo(3);
        JsonNode group = result.get("groups").get(0);
        assertThat(group.get("story").get("id").asText()).startsWith("st-");
        JsonNode pieces = group.get("hits").get(0).get("snippets").get(0).get("pieces");
        assertThat(pieces.findValuesAsText("text")).anyMatch(t -> t.equalsIgnoreCase("kessary"));
        assertThat(getJson("/api/search?q=Kessary&offset=3&limit=3", 200).get("offset").asInt()).isEqualTo(3);

        Response page = get("/search?q=" + java.net.URLEncoder.encode("\"harbour wall\"", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>harbour wall</mark>").contains("class=\"search-group\"");
        assertThat(get("/search").body()).contains("name=\"q\"");
    }

    @Test
    void searchEscapesArticleTextAroundAndInsideTheMarks() {
        Response page = get("/search?q=script");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>script</mark>").contains("&lt;").doesNotContain(SCRIPT).doesNotContain("<img");
        String api = get("/api/search?q=onerror").body();
        assertThat(api).doesNotContain("<").contains("\\u003C");
    }

    @Test
    void badSearchesAreClearMessagesNotErrors() {
        for (String q : List.of("%22harbour", "*", "harbour%20AND", "(harbour", "")) {
            JsonNode error = getJson("/api/search?q=" + q, 400);
            assertThat(error.get("error").asText()).as(q).isNotBlank().doesNotContain("Exception").doesNotContain("Lexical");
            Response page = get("/search?q=" + q + "x");
            assertThat(page.body()).doesNotContain("Exception");
        }
        assertThat(get("/search?q=*").status()).isEqualTo(400);
        assertThat(get("/search?q=*").body()).contains("cannot start with *");
        assertBadRequest("/api/search?q=harbour&limit=0");
        assertBadRequest("/api/search?q=harbour&offset=-1");
        assertBadRequest("/api/search?q=harbour&offset=x");
        assertBadRequest("/api/search?q=harbour&offset=20000");
    }

    @Test
    void aStoryPageOffersItsExportsAsDownloadsLimitedToTheStory() throws IOException {
        JsonNode story = getJson("/api/stories?limit=500", 200).get("items").get(0);
        String id = story.get("id").asText();
        assertThat(get("/stories/" + id).body()).contains("/stories/" + id + "/export/articles.jsonl");
        HttpResponse<String> articles = download("/stories/" + id + "/export/articles.jsonl");
        assertThat(articles.statusCode()).isEqualTo(200);
        assertThat(articles.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"" + id + "-articles.jsonl\"");
        List<String> lines = articles.body().lines().toList();
        assertThat(lines).hasSize(story.get("articles").asInt());
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("story_id").asText()).isEqualTo(id);
        }
        // The input named by its file, as on the article pages, not by the folders analyze read it from.
        assertThat(articles.body()).doesNotContain(dir.toString());
        assertThat(download("/stories/" + id + "/export/articles.csv").body()).doesNotContain(dir.toString());
        assertThat(download("/stories/" + id + "/export/quotes.csv").body()).startsWith("id,article_id,kind");
        assertThat(download("/stories/" + id + "/export/events.jsonl").body().lines()).hasSize(story.get("events").size());
        assertThat(download("/stories/" + id + "/export/reuse.csv").statusCode()).isEqualTo(200);
        assertThat(download("/stories/st-nothing/export/articles.jsonl").statusCode()).isEqualTo(404);
        assertThat(download("/stories/" + id + "/export/secrets.txt").statusCode()).isEqualTo(404);
        assertThat(download("/stories/" + id + "/export/articles.xml").statusCode()).isEqualTo(404);
    }

    static HttpResponse<String> download(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStoryPageDrawsEachProvenanceGraphWithItsIndependentSourcesAndEvidence() {
        String storyId = null;
        for (JsonNode story : getJson("/api/stories?limit=500", 200).get("items")) {
            if (story.get("label").asText().contains("Kessary pressed")) {
                storyId = story.get("id").asText();
            }
        }
        String page = get("/stories/" + storyId).body();
        assertThat(page).contains("<svg").contains("class=\"count\">").contains("class=\"node independent\"")
                .contains("<a href=\"/compare/").contains("marker-end=\"url(#arrow-");
        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(svg).contains("<title>copy (score").contains("relation-label\">rewrite");
        assertThat(svg).doesNotContain("style=").doesNotContain("<script").doesNotContain("onload");

        for (String id : storyIds()) {
            String hostile = get("/stories/" + id).body();
            if (hostile.contains("xss-one")) {
                String drawn = hostile.substring(hostile.indexOf("<svg"), hostile.indexOf("</svg>"));
                assertThat(drawn).contains("&lt;script&gt;").doesNotContain(SCRIPT).doesNotContain("<img");
                return;
            }
        }
        throw new AssertionError("no story holds the hostile articles");
    }

    /** The event ids with stored discrepancies and their counts, from the timelines. */
    static java.util.Map<String, Integer> eventsWithDiscrepancies() {
        java.util.Map<String, Integer> events = new java.util.LinkedHashMap<>();
        for (String id : storyIds()) {
            if (id.startsWith("st-")) {
                for (JsonNode event : getJson("/api/stories/" + id, 200).get("events")) {
                    if (event.get("discrepancies").asInt() > 0) {
                        events.put(event.get("id").asText(), event.get("discrepancies").asInt());
                    }
                }
            }
        }
        return events;
    }

    @Test
    void anEventsDiscrepanciesArePagedWithTheirSidesAndBadIdsAndPagingAreErrors() {
        var events = eventsWithDiscrepancies();
        assertThat(events).isNotEmpty();
        String event = events.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        int total = events.get(event);
        assertThat(total).isGreaterThan(1);
        JsonNode all = getJson("/api/events/" + event + "/discrepancies?limit=500", 200);
        assertThat(all.get("eventId").asText()).isEqualTo(event);
        assertThat(all.get("storyId").asText()).startsWith("st-");
        assertThat(all.get("total").asInt()).isEqualTo(total).isEqualTo(all.get("items").size());
        for (JsonNode d : all.get("items")) {
            assertThat(d.get("class").asText()).isIn("conflict", "compatible", "only_in_one");
            assertThat(d.get("explanation").asText()).isNotBlank();
            for (JsonNode side : d.get("values")) {
                String text = getJson("/api/articles/" + side.get("article").get("id").asText(), 200).get("text").asText();
                int start = side.get("start").asInt();
                assertThat(text.substring(start, side.get("end").asInt())).isEqualTo(side.get("text").asText());
                assertThat(side.get("sentence").get("start").asInt()).isLessThanOrEqualTo(start);
            }
        }
        JsonNode second = getJson("/api/events/" + event + "/discrepancies?offset=1&limit=1", 200);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0)).isEqualTo(all.get("items").get(1));
        assertThat(getJson("/api/events/" + event + "/discrepancies?offset=" + total, 200).get("items")).isEmpty();
        assertBadRequest("/api/events/" + event + "/discrepancies?limit=0");
        assertBadRequest("/api/events/" + event + "/discrepancies?offset=-1");
        assertBadRequest("/api/events/" + event + "/discrepancies?limit=x");
        assertNotFound("/api/events/ev-000000000000/discrepancies");
        assertNotFound("/api/events/" + all.get("storyId").asText() + "/discrepancies");
    }

    @Test
    void aStoryPageShowsEachEventsDiscrepanciesWithTheDifferingWordsMarked() {
        String event = eventsWithDiscrepancies().keySet().stream()
                .filter(id -> !get("/stories/" + id).body().contains("xss-one")).findFirst().orElseThrow();
        JsonNode first = getJson("/api/events/" + event + "/discrepancies", 200).get("items").get(0);
        String page = get("/stories/" + event).body();
        assertThat(page).contains("<div class=\"discrepancies\">").contains("class=\"difference ")
                .contains("<mark class=\"differs\">").contains("<span class=\"verdict ")
                .contains(Html.escape(first.get("explanation").asText()))
                .contains("What each article adds").doesNotContain("Not computed");
        assertThat(page).contains("href=\"/articles/" + first.get("values").get(0).get("article").get("id").asText() + "\"");

        String hostile = null;
        for (String id : eventsWithDiscrepancies().keySet()) {
            String body = get("/stories/" + id).body();
            if (body.contains("xss-three")) {
                hostile = body;
            }
        }
        assertThat(hostile).as("the hostile event has a discrepancy").isNotNull();
        String section = hostile.substring(hostile.indexOf("<div class=\"discrepancies\">"));
        assertThat(section).contains("&lt;script&gt;").doesNotContain(SCRIPT).doesNotContain("<img");
    }

    @Test
    void aStoryDownloadsItsOwnDiscrepanciesOnly() throws IOException {
        int downloaded = 0;
        for (JsonNode story : getJson("/api/stories?limit=500", 200).get("items")) {
            String id = story.get("id").asText();
            int expected = 0;
            for (JsonNode event : getJson("/api/stories/" + id, 200).get("events")) {
                expected += event.get("discrepancies").asInt();
            }
            List<String> lines = download("/stories/" + id + "/export/discrepancies.jsonl").body().lines().toList();
            assertThat(lines).as(id).hasSize(expected);
            for (String line : lines) {
                assertThat(JSON.readTree(line).get("story_id").asText()).isEqualTo(id);
            }
            downloaded += lines.size();
            assertThat(download("/stories/" + id + "/export/discrepancies.csv").body())
                    .startsWith("story_id,event_id,kind,class,values,explanation");
        }
        assertThat(downloaded).isPositive();
    }
}
