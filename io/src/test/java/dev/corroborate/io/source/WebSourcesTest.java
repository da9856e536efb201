package dev.corroborate.io.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files, feeds and URLs; the URLs are served by a server on 127.0.0.1 that the test starts. */
class WebSourcesTest {

    static final String PAGE = "<html lang=en><head><title>Quay reopens after storm | Shore News</title>"
            + "<meta property='og:site_name' content='Shore News'></head><body><nav><a href='/'>Home</a></nav>"
            + "<article><h1>Quay reopens after storm</h1><p>The quay at Lunmouth reopened on Tuesday after storm damage "
            + "closed it for nine days, the harbour office said.</p><p>Ferries will run the winter timetable until March."
            + "</p></article></body></html>";

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService handlers;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/page", exchange -> respond(exchange, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/page");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> respond(exchange, 404, "text/html", "<p>not here</p>"));
        server.createContext("/image", exchange -> respond(exchange, 200, "image/png", "\u0089PNG"));
        server.createContext("/binary-as-html", exchange -> respond(exchange, 200, "text/html", "\u0000\u0001\u0002binary\u0000"));
        server.createContext("/feed", exchange -> respond(exchange, 200, "application/rss+xml",
                rss("<item><title>Quay reopens after storm</title><link>" + base() + "/page</link>"
                        + "<description>Short teaser.</description></item>")));
        server.createContext("/feed-gone", exchange -> respond(exchange, 200, "application/rss+xml",
                rss("<item><title>Ferry timetable changes</title><link>" + base() + "/missing</link>"
                        + "<description>Teaser.</description></item>")));
        server.createContext("/loop-a", exchange -> redirect(exchange, "/loop-b"));
        server.createContext("/loop-b", exchange -> redirect(exchange, "/loop-a"));
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext("/to-localhost", exchange -> redirect(exchange,
                "http://localhost:" + server.getAddress().getPort() + "/page"));
        server.createContext("/chain/", exchange -> {
            int hop = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
            redirect(exchange, "/chain/" + (hop + 1));
        });
        server.createContext("/trickle", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 100; i++) { // a line every 100 ms: ten seconds in all, if nobody hangs up
                    out.write(("<p>Line " + i + " of a page that never ends.</p>\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up: what the test wants
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body) throws IOException {
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String rss(String items) {
        return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Shore News</title>"
                + "<link>https://shore.example/</link><description>d</description>" + items + "</channel></rss>";
    }

    private Collected read(SourceReader reader, String... paths) {
        Collected collected = new Collected();
        reader.read(List.of(paths), collected, bytes -> { });
        return collected;
    }

    /** A reader for the test's server, which listens on a loopback address. */
    private SourceReader reader(boolean fetchLinks) {
        return new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT,
                FetchSettings.DEFAULTS.withFetchFeedLinks(fetchLinks).withPrivateAddresses(true));
    }

    /** A reader for the test's server that does not wait between requests to it. */
    private static SourceReader impatient() {
        return new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT, allowingPrivate(Duration.ofSeconds(60),
                Duration.ZERO));
    }

    private static FetchSettings allowingPrivate(Duration deadline, Duration perHostDelay) {
        return new FetchSettings(false, true, Duration.ofSeconds(2), Duration.ofSeconds(5), deadline, perHostDelay, 5);
    }

    @Test
    void aWarcIsOneInputPerRecordAndPagesCarryTheirTargetAndCaptureDate() throws IOException {
        byte[] request = WarcFixtures.request("https://shore.example/quay", "2026-02-03T10:00:00Z");
        byte[] response = WarcFixtures.response("https://shore.example/quay", "2026-02-03T10:00:01Z",
                "text/html; charset=utf-8", PAGE);
        byte[] image = WarcFixtures.response("https://shore.example/logo.png", "2026-02-03T10:00:02Z", "image/png", "PNG");
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, WarcFixtures.gzipEach(request, response, image));

        Collected collected = read(reader(false), warc.toString());
        assertThat(collected.labels()).containsExactly("skipped:not a page", "article", "skipped:not a page");
        Article article = collected.articles().get(0);
        assertThat(article.url()).isEqualTo("https://shore.example/quay");
        assertThat(article.title()).isEqualTo("Quay reopens after storm");
        assertThat(article.published().iso()).isEqualTo("2026-02-03T10:00:01Z");
        // the capture time stands in for a publication time the page does not state, and ingest says so
        assertThat(((dev.corroborate.extract.Extraction.Accepted) collected.items.get(1).extraction()).warnings())
                .containsExactly("the page states no publication time: the archive's capture time (2026-02-03T10:00:01Z) stands in for it");
        assertThat(article.origin().byteOffset()).isPositive();
        assertThat(collected.items.get(1).origin().describe()).startsWith(warc + "@");
    }

    @Test
    void aWarcGivenAsANamedStreamReadsAsTheFileDoes() throws IOException {
        byte[] request = WarcFixtures.request("https://shore.example/quay", "2026-02-03T10:00:00Z");
        byte[] response = WarcFixtures.response("https://shore.example/quay", "2026-02-03T10:00:01Z",
                "text/html; charset=utf-8", PAGE);
        byte[] warc = WarcFixtures.gzipEach(request, response);
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, warc);
        Collected fromFile = read(reader(false), file.toString());

        Collected fromStream = new Collected();
        reader(false).read(file.toString(), new java.io.ByteArrayInputStream(warc), fromStream);

        assertThat(fromStream.labels()).containsExactly("skipped:not a page", "article");
        assertThat(fromStream.articles()).isEqualTo(fromFile.articles());
    }

    @Test
    void aGzippedJsonlStreamIsOneInputPerLineNamedByItsFile() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(("{\"id\": \"q1\", \"title\": \"Quay reopens\", \"text\": \"The quay reopened on Tuesday.\"}\n"
                    + "\n{\"id\": \"q2\", \"title\": \"Ferries resume\", \"text\": \"Ferries run again.\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Collected collected = new Collected();
        reader(false).read("hdfs://cluster/news/day.jsonl.gz", new java.io.ByteArrayInputStream(bytes.toByteArray()),
                collected);

        assertThat(collected.articles()).extracting(Article::id).containsExactly("q1", "q2");
        assertThat(collected.articles().get(1).origin().describe()).isEqualTo("hdfs://cluster/news/day.jsonl.gz:3");
    }

    @Test
    void aRecordGivenAsJsonTextReadsAsAJsonlLineWithTheFieldLimits() {
        Collected collected = new Collected();
        Origin row = Origin.atLine("s3a://bucket/news.parquet", 4, -1);
        reader(false).readRecord(row, "{\"id\": \"r4\", \"title\": \"" + "Quay ".repeat(400)
                + "\", \"text\": \"The quay reopened on Tuesday.\"}", collected);
        reader(false).readRecord(row, "{\"id\": \"r5\", \"title\": ", collected);

        assertThat(collected.labels()).containsExactly("article", "rejected:malformed JSON");
        Article article = collected.articles().get(0);
        assertThat(article.id()).isEqualTo("r4");
        assertThat(article.title()).hasSizeLessThanOrEqualTo(1_000).endsWith("…");
        assertThat(article.origin()).isEqualTo(row);
    }

    @Test
    void aStreamOfAnUnknownKindIsSkippedByName() {
        Collected collected = new Collected();
        reader(false).read("s3a://bucket/notes.docx", new java.io.ByteArrayInputStream(new byte[] {1, 2}), collected);
        assertThat(collected.labels()).containsExactly("skipped:unsupported file type");
    }

    @Test
    void aWarcRecordWithALyingLengthIsRejectedWithItsOffsetAndTheRecordsBeforeItStay() throws IOException {
        byte[] good = WarcFixtures.response("https://shore.example/a", "2026-02-03T10:00:00Z", "text/html", PAGE);
        byte[] lying = WarcFixtures.record("response", "https://shore.example/b", "2026-02-03T10:00:01Z",
                "application/http;msgtype=response", ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE)
                        .getBytes(StandardCharsets.UTF_8), 5000);
        Path warc = dir.resolve("broken.warc");
        Files.write(warc, WarcFixtures.concat(good, lying));

        Collected collected = read(reader(false), warc.toString());
        assertThat(collected.labels()).first().isEqualTo("article");
        assertThat(collected.labels()).last().asString().startsWith("rejected:");
        assertThat(collected.items.get(collected.items.size() - 1).origin().byteOffset()).isEqualTo(good.length);
    }

    @Test
    void feedItemsAreInputsWithTheirStatedMetadata() throws IOException {
        Path feed = dir.resolve("shore.rss");
        Files.writeString(feed, rss("<item><title>Ferry timetable changes</title><link>https://shore.example/ferry</link>"
                + "<pubDate>Tue, 03 Feb 2026 09:30:00 GMT</pubDate><author>desk@shore.example (Ana Petrova)</author>"
                + "<description><![CDATA[<p>The winter ferry timetable starts on Monday, with two fewer sailings each day "
                + "and a later first boat, the operator said.</p>]]></description></item>"
                + "<item><title>No body here</title></item>"));
        Collected collected = read(reader(false), feed.toString());
        assertThat(collected.labels()).containsExactly("article", "skipped:no text");
        Article article = collected.articles().get(0);
        assertThat(article.title()).isEqualTo("Ferry timetable changes");
        assertThat(article.url()).isEqualTo("https://shore.example/ferry");
        assertThat(article.outlet()).isEqualTo("Shore News");
        assertThat(article.published().iso()).isEqualTo("2026-02-03T09:30:00Z");
        // RSS's author is an e-mail with the name in brackets: the name (the whole e-mail was the author)
        assertThat(article.authors()).containsExactly("Ana Petrova");
        assertThat(collected.items.get(1).origin().input()).isEqualTo(feed + "#item=2");
    }

    @Test
    void anAtomFeedReadsToo() throws IOException {
        Path feed = dir.resolve("shore.atom");
        Files.writeString(feed, "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                + "<title>Shore News</title><id>urn:shore</id><updated>2026-02-03T09:30:00Z</updated>"
                + "<entry><title>Gulls nest early</title><id>urn:gulls</id><updated>2026-02-03T09:30:00Z</updated>"
                + "<link href='https://shore.example/gulls'/><author><name>Kit Marlow</name></author>"
                + "<content type='html'>&lt;p&gt;Gulls on the harbour wall began nesting three weeks earlier than usual this year.&lt;/p&gt;</content>"
                + "</entry></feed>");
        Article article = read(reader(false), feed.toString()).articles().get(0);
        assertThat(article.authors()).containsExactly("Kit Marlow");
        assertThat(article.text()).contains("Gulls on the harbour wall");
    }

    @Test
    void aFeedWithAnEntityBombIsRejectedNotExpanded() throws IOException {
        Path feed = dir.resolve("bomb.rss");
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"boom\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"");
            entities.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Files.writeString(feed, "<?xml version='1.0'?><!DOCTYPE rss [" + entities + "<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>"
                + "<rss version='2.0'><channel><title>&a9;</title><item><title>&xxe;</title><description>x</description></item></channel></rss>");
        Collected collected = read(reader(false), feed.toString());
        assertThat(collected.labels()).containsExactly("rejected:broken feed");
    }

    @Test
    void aUrlIsFetchedWithAnHonestUserAgentAndRedirectsFollowed() {
        Collected collected = read(reader(false), base() + "/moved");
        assertThat(collected.labels()).containsExactly("article");
        Article article = collected.articles().get(0);
        assertThat(article.url()).isEqualTo(base() + "/page");
        assertThat(article.outlet()).isEqualTo("Shore News");
        assertThat(userAgents).allSatisfy(agent -> assertThat(agent).startsWith("Corroborate/"));
    }

    @Test
    void failedFetchesAreRejectedNamingTheUrl() {
        Collected collected = read(reader(false), base() + "/missing", base() + "/image", "http://127.0.0.1:1/closed");
        assertThat(collected.labels()).containsExactly("rejected:fetch failed", "skipped:not a page", "rejected:fetch failed");
        assertThat(collected.refusal(0).reason()).contains("HTTP 404", base() + "/missing");
        assertThat(collected.refusal(2).reason()).contains("127.0.0.1:1/closed").doesNotEndWith("ConnectException");
    }

    /** A binary file served as text/html was stored as an article of garbage; from disk it is refused. */
    @Test
    void aBinaryBodyServedAsHtmlIsRejectedAsTheFileWouldBe() {
        Collected collected = read(reader(false), base() + "/binary-as-html");
        assertThat(collected.labels()).containsExactly("rejected:binary content");
        assertThat(collected.refusal(0).reason()).startsWith(base() + "/binary-as-html is binary content, not an HTML page");
    }

    /** A response the server sent gzipped (Content-Encoding) was stored as its compressed bytes. */
    @Test
    void aWarcResponseSentGzippedIsReadAsThePageItHolds() throws IOException {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                + "Content-Length: " + zipped.size() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] record = WarcFixtures.record("response", "https://shore.example/quay", "2026-02-03T10:00:01Z",
                "application/http;msgtype=response", WarcFixtures.concat(head, zipped.toByteArray()), 0);
        Path warc = dir.resolve("zipped-page.warc");
        Files.write(warc, record);

        Collected collected = read(reader(false), warc.toString());

        assertThat(collected.labels()).containsExactly("article");
        assertThat(collected.articles().get(0).title()).isEqualTo("Quay reopens after storm");
    }

    @Test
    void aFeedUrlWithTeasersFetchesTheLinkedPagesWhenAsked() {
        Collected withoutFetching = read(reader(false), base() + "/feed");
        assertThat(withoutFetching.labels()).containsExactly("article");
        assertThat(withoutFetching.articles().get(0).text()).isEqualTo("Short teaser.");

        Collected fetching = read(reader(true), base() + "/feed");
        assertThat(fetching.labels()).containsExactly("article");
        assertThat(fetching.articles().get(0).text()).contains("The quay at Lunmouth reopened on Tuesday");
    }

    @Test
    void aUrlListIsOneInputPerUrl() throws IOException {
        Path list = dir.resolve("todo.urls");
        Files.writeString(list, "# pages to read\n" + base() + "/page\n\nnot a url\n");
        Collected collected = read(reader(false), list.toString());
        assertThat(collected.labels()).containsExactly("article", "rejected:bad URL");
        assertThat(collected.items.get(1).origin().line()).isEqualTo(4);
    }

    /** A listed URL refused was told by its URL alone, where a line that is no URL was told by its place. */
    @Test
    void aListedUrlRefusedIsToldByItsLineInTheListAndAFetchedPageByItsUrl() throws IOException {
        Path list = dir.resolve("mixed.urls");
        Files.writeString(list, base() + "/page\n" + base() + "/missing\n");
        Collected allowed = read(reader(false), list.toString());
        assertThat(allowed.labels()).containsExactly("article", "rejected:fetch failed");
        assertThat(allowed.items.get(0).origin()).isEqualTo(Origin.of(base() + "/page"));
        assertThat(allowed.items.get(1).origin().input()).isEqualTo(list.toString());
        assertThat(allowed.items.get(1).origin().line()).isEqualTo(2);
        assertThat(allowed.refusal(1).reason()).contains(base() + "/missing");

        SourceReader strict = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT, FetchSettings.DEFAULTS);
        Collected refused = read(strict, list.toString());
        assertThat(refused.labels()).containsExactly("rejected:refused address", "rejected:refused address");
        assertThat(refused.items).extracting(item -> item.origin().line()).containsExactly(1L, 2L);
        assertThat(refused.refusal(0).reason()).contains(base() + "/page", "--allow-private-addresses");
    }

    /** A feed's items keep their own place (the feed's URL and item) when one of them is refused, not the list's line. */
    @Test
    void aFeedListedInAUrlListKeepsItsItemsOrigins() throws IOException {
        Path list = dir.resolve("feeds.urls");
        Files.writeString(list, base() + "/feed-gone\n");
        Collected collected = read(reader(true), list.toString());
        assertThat(collected.labels()).containsExactly("rejected:fetch failed");
        assertThat(collected.items.get(0).origin().input()).startsWith(base() + "/feed-gone").isNotEqualTo(list.toString());
    }

    @Test
    void hostsAreNotAskedMoreThanOncePerDelay() {
        UrlSource source = new UrlSource(new ArticleAssembler(), SourceLimits.DEFAULT,
                allowingPrivate(Duration.ofSeconds(60), Duration.ofMillis(300)));
        long start = System.nanoTime();
        Collected collected = new Collected();
        source.fetch(base() + "/page", collected);
        source.fetch(base() + "/page", collected);
        source.fetch(base() + "/page", collected);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(collected.labels()).containsExactly("article", "article", "article");
    }

    /** Issue 18, item 7: loopback, link-local and private addresses were fetched. */
    @Test
    void aLoopbackAddressIsRefusedNamingTheReasonUnlessAllowed() throws IOException {
        SourceReader strict = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT, FetchSettings.DEFAULTS);
        Collected collected = read(strict, base() + "/page");
        assertThat(collected.labels()).containsExactly("rejected:refused address");
        assertThat(collected.refusal(0).reason()).contains(base() + "/page", "127.0.0.1, a loopback address",
                "--allow-private-addresses");

        // A feed's link is checked too, with --fetch-links.
        Path feed = dir.resolve("links.rss");
        Files.writeString(feed, rss("<item><title>Quay reopens after storm</title><link>http://169.254.169.254/latest/meta-data/"
                + "</link><description>Short teaser.</description></item>"));
        Collected linked = read(new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT,
                FetchSettings.DEFAULTS.withFetchFeedLinks(true)), feed.toString());
        assertThat(linked.labels()).containsExactly("rejected:refused address");
        assertThat(linked.refusal(0).reason()).contains("169.254.169.254, a link-local address");
        assertThat(userAgents).as("the server was never asked").isEmpty();
    }

    /** Issue 18, item 7: every redirect's host is checked, not only the first. */
    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        HostCheck onlyNumericLoopback = host -> host.equals("localhost") ? new PublicAddresses().refusal(host)
                : java.util.Optional.empty();
        UrlSource source = new UrlSource(new ArticleAssembler(), SourceLimits.DEFAULT,
                allowingPrivate(Duration.ofSeconds(60), Duration.ZERO), onlyNumericLoopback);
        Collected collected = new Collected();
        source.fetch(base() + "/to-localhost", collected);
        assertThat(collected.labels()).containsExactly("rejected:refused address");
        assertThat(collected.refusal(0).reason()).contains("redirect to http://localhost:", "loopback address",
                "for " + base() + "/to-localhost");
    }

    @Test
    void nonPublicAddressesAreRecognisedPublicOnesAreNot() throws IOException {
        for (String[] expected : new String[][] {{"127.0.0.1", "loopback"}, {"::1", "loopback"}, {"0.0.0.0", "unspecified"},
                {"169.254.169.254", "link-local"}, {"fe80::1", "link-local"}, {"10.1.2.3", "private"},
                {"172.20.0.1", "private"}, {"192.168.0.10", "private"}, {"fd12:3456::1", "private"},
                {"100.64.0.1", "shared (carrier-grade NAT)"}, {"224.0.0.1", "multicast"}, {"::127.0.0.1", "loopback"}}) {
            assertThat(PublicAddresses.nonPublicKind(java.net.InetAddress.getByName(expected[0]))).as(expected[0])
                    .isEqualTo(expected[1]);
        }
        for (String address : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888")) {
            assertThat(PublicAddresses.nonPublicKind(java.net.InetAddress.getByName(address))).as(address).isNull();
        }
        assertThat(new PublicAddresses().refusal("[::1]")).hasValue("::1, a loopback address");
        assertThat(new PublicAddresses().refusal("localhost")).get().asString().startsWith("localhost resolves to ")
                .endsWith(", a loopback address");
    }

    /** Issue 18, item 7: a redirect loop was reported only as "HTTP 302". */
    @Test
    void aRedirectLoopIsRefusedNamingTheLoop() {
        Collected collected = read(impatient(), base() + "/loop-a");
        assertThat(collected.labels()).containsExactly("rejected:redirect loop");
        assertThat(collected.refusal(0).reason())
                .contains("redirect loop: " + base() + "/loop-a → " + base() + "/loop-b → " + base() + "/loop-a");
    }

    /** Issue 18, item 7: a redirect to file:// was reported only as "HTTP 302". */
    @Test
    void aRedirectToAFileUrlIsRefusedNamingTheScheme() {
        Collected collected = read(impatient(), base() + "/to-file");
        assertThat(collected.labels()).containsExactly("rejected:refused redirect");
        assertThat(collected.refusal(0).reason()).contains("redirect to file:///etc/passwd refused",
                "the URL scheme file: is not supported", base() + "/to-file");
    }

    @Test
    void aLongRedirectChainIsRefusedNamingTheLimit() {
        Collected collected = read(impatient(), base() + "/chain/0");
        assertThat(collected.labels()).containsExactly("rejected:too many redirects");
        assertThat(collected.refusal(0).reason()).startsWith("more than 5 redirects: " + base() + "/chain/0 → ");
    }

    /** Issue 18, item 7: a server sending a line a second was still read after 200 s. */
    @Test
    void aPageThatNeverEndsIsCutOffAtTheDeadline() {
        UrlSource source = new UrlSource(new ArticleAssembler(), SourceLimits.DEFAULT,
                allowingPrivate(Duration.ofSeconds(1), Duration.ZERO));
        long start = System.nanoTime();
        Collected collected = new Collected();
        source.fetch(base() + "/trickle", collected);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(collected.labels()).containsExactly("rejected:fetch failed");
        assertThat(collected.refusal(0).reason()).contains(base() + "/trickle", "within 1 s, the limit for one URL");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(userAgents).hasSize(1);
    }

    /** Issue 18, item 7: a file:// or ftp:// URL was reported as "no such file or directory". */
    @Test
    void aUrlOfAnotherSchemeIsRefusedAsUnsupported() throws IOException {
        Path list = dir.resolve("more.urls");
        Files.writeString(list, "file:///etc/passwd\n");
        Collected collected = read(reader(false), "ftp://ftp.example.org/news.txt", list.toString());
        assertThat(collected.labels()).containsExactly("rejected:unsupported scheme", "rejected:bad URL");
        assertThat(collected.refusal(0).reason()).contains("the URL scheme ftp: is not supported");
        assertThat(collected.items.get(0).origin().input()).isEqualTo("ftp://ftp.example.org/news.txt");
        assertThat(collected.refusal(1).reason()).contains("file:///etc/passwd: the URL scheme file: is not supported");
    }
}
