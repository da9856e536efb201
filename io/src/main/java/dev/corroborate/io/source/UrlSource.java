package dev.corroborate.io.source;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.SourceDocument;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches pages and feeds over HTTP(S) with the JDK's client: connect and request timeouts, at
 * most {@link SourceLimits#maxArticleBytes()} read, redirects followed (the JDK stops after five),
 * an honest user agent, and at least {@link #perHostDelay} between two requests to the same host.
 * A failure is a rejected input naming the URL. Not thread-safe.
 */
final class UrlSource {

    static final String USER_AGENT = "Corroborate/0.1 (news provenance research; one request per host per second)";

    private final ArticleAssembler assembler;
    private final SourceLimits limits;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration perHostDelay;
    private final Map<String, Long> lastRequest = new HashMap<>();
    private final boolean fetchFeedLinks;

    UrlSource(ArticleAssembler assembler, SourceLimits limits, Duration connectTimeout, Duration requestTimeout,
            Duration perHostDelay, boolean fetchFeedLinks) {
        this.assembler = assembler;
        this.limits = limits;
        this.requestTimeout = requestTimeout;
        this.perHostDelay = perHostDelay;
        this.fetchFeedLinks = fetchFeedLinks;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    static UrlSource withDefaults(ArticleAssembler assembler, SourceLimits limits, boolean fetchFeedLinks) {
        return new UrlSource(assembler, limits, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1),
                fetchFeedLinks);
    }

    static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Fetches one URL given by the user: a page is one input, a feed one input per item. */
    void fetch(String url, ExtractionSink sink) {
        fetch(url, Origin.of(url), SourceDocument.Metadata.NONE, sink);
    }

    /** Fetches a page on behalf of {@code origin} (a feed item), with metadata already stated. */
    void fetch(String url, Origin origin, SourceDocument.Metadata given, ExtractionSink sink) {
        URI uri;
        try {
            uri = new URI(url.strip());
            if (uri.getHost() == null) {
                throw new URISyntaxException(url, "no host");
            }
        } catch (URISyntaxException e) {
            sink.accept(origin, rejected("bad URL", "not a URL: " + url));
            return;
        }
        waitForHost(uri.getHost());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) limits.maxArticleBytes() + 1);
            }
        } catch (HttpTimeoutException e) {
            sink.accept(origin, rejected("fetch failed", "timed out fetching " + url));
            return;
        } catch (IOException e) {
            sink.accept(origin, rejected("fetch failed", "fetching " + url + " failed: " + describe(e)));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.accept(origin, rejected("fetch failed", "interrupted while fetching " + url));
            return;
        }
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            sink.accept(origin, rejected("fetch failed", "HTTP " + response.statusCode() + " for " + url));
            return;
        }
        if (body.length > limits.maxArticleBytes()) {
            sink.accept(origin, rejected("too large", url + " is larger than the limit for one article"));
            return;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String finalUrl = response.uri().toString();
        if (looksLikeFeed(contentType, body)) {
            new FeedSource(assembler, fetchFeedLinks ? this : null).read(url, body, sink);
            return;
        }
        if (!contentType.isEmpty() && !contentType.contains("html")) {
            sink.accept(origin, skipped("not a page", url + " is " + contentType + ", not HTML"));
            return;
        }
        String charset = null;
        int at = contentType.indexOf("charset=");
        if (at >= 0) {
            charset = contentType.substring(at + 8).replaceAll("[\";].*", "").strip();
        }
        SourceDocument.Metadata metadata = given.url() == null ? given.withUrl(finalUrl) : given;
        sink.accept(origin, assembler.assemble(new SourceDocument(origin, metadata,
                new SourceDocument.HtmlBytes(body, charset))));
    }

    static boolean looksLikeFeed(String contentType, byte[] body) {
        if (contentType.contains("rss") || contentType.contains("atom")) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return (contentType.contains("xml") || head.startsWith("<?xml")) && (head.contains("<rss") || head.contains("<feed")
                || head.contains("<rdf:rdf"));
    }

    private void waitForHost(String host) {
        Long last = lastRequest.get(host);
        if (last != null) {
            long waitNanos = perHostDelay.toNanos() - (System.nanoTime() - last);
            if (waitNanos > 0) {
                try {
                    Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        lastRequest.put(host, System.nanoTime());
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static Extraction rejected(String kind, String reason) {
        return new Extraction.Refused(Outcome.REJECTED, kind, reason);
    }

    private static Extraction skipped(String kind, String reason) {
        return new Extraction.Refused(Outcome.SKIPPED, kind, reason);
    }
}
