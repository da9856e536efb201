package dev.corroborate.io.source;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.SourceDocument;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches pages and feeds over HTTP(S) with the JDK's client, within {@link FetchSettings}: a
 * connect timeout, a timeout for each response's headers and a deadline for the whole URL
 * (redirects and body included), at most {@link SourceLimits#maxArticleBytes()} read, redirects
 * followed here (so each is checked: http or https only, never from https to http, no loops, at
 * most {@link FetchSettings#maxRedirects()}), every host checked by a {@link HostCheck} before it
 * is asked (by default {@link PublicAddresses}: no loopback, link-local or private addresses), an
 * honest user agent, and at least {@link FetchSettings#perHostDelay()} between two requests to the
 * same host. A failure or refusal is a rejected input naming the URL and the reason. Not thread-safe.
 */
final class UrlSource {

    static final String USER_AGENT = "Corroborate/0.1 (news provenance research; one request per host per second)";

    /** A scheme followed by a slash: {@code file:/…}, {@code ftp://…}; one letter would be a Windows drive. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):/.*", Pattern.DOTALL);

    private static final String ALLOW_HINT = "; pass --allow-private-addresses to fetch from loopback, link-local "
            + "and private addresses";

    private final ArticleAssembler assembler;
    private final SourceLimits limits;
    private final FetchSettings settings;
    private final HostCheck hosts;
    /** Made at the first fetch: building one starts threads and TLS (a fifth of a second), which a run of files never needs. */
    private HttpClient client;
    private final Map<String, Long> lastRequest = new HashMap<>();

    UrlSource(ArticleAssembler assembler, SourceLimits limits, FetchSettings settings) {
        this(assembler, limits, settings, settings.allowPrivateAddresses() ? HostCheck.ANY : new PublicAddresses());
    }

    UrlSource(ArticleAssembler assembler, SourceLimits limits, FetchSettings settings, HostCheck hosts) {
        this.assembler = Objects.requireNonNull(assembler, "assembler");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hosts = Objects.requireNonNull(hosts, "hosts");
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The scheme of {@code text} when it is a URL that is not fetched ({@code file}, {@code ftp}); else empty. */
    static Optional<String> unsupportedScheme(String text) {
        Matcher matcher = SCHEME.matcher(text.strip());
        if (!matcher.matches() || isUrl(text.strip())) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1).toLowerCase(Locale.ROOT));
    }

    /** Whether a file of that name exists after all (a directory named {@code ftp:}, say). */
    static boolean existsAsFile(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** "the URL scheme ftp: is not supported (…)" */
    static String unsupportedSchemeMessage(String scheme) {
        return "the URL scheme " + scheme + ": is not supported (Corroborate fetches http and https URLs only)";
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
            if (uri.getScheme() != null && !isUrl(url.strip())) {
                sink.accept(origin, rejected("unsupported scheme", url + ": " + unsupportedSchemeMessage(
                        uri.getScheme().toLowerCase(Locale.ROOT))));
                return;
            }
            if (uri.getHost() == null) {
                throw new URISyntaxException(url, "no host");
            }
        } catch (URISyntaxException e) {
            sink.accept(origin, rejected("bad URL", "not a URL: " + url));
            return;
        }
        HttpResponse<byte[]> response;
        try {
            response = follow(uri, url);
        } catch (Refusal refusal) {
            sink.accept(origin, refusal.extraction);
            return;
        }
        byte[] body = response.body();
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
            new FeedSource(assembler, settings.fetchFeedLinks() ? this : null).read(url, body, sink);
            return;
        }
        if (!contentType.isEmpty() && !contentType.contains("html")) {
            sink.accept(origin, skipped("not a page", url + " is " + contentType + ", not HTML"));
            return;
        }
        // A server's word is not enough: a binary file served as text/html was stored as an article of garbage,
        // where the same file read from disk is refused.
        long binaryAt = Decoding.binaryEvidence(body, body.length);
        if (binaryAt >= 0) {
            sink.accept(origin, rejected("binary content", url + " is " + Decoding.binaryContent("an HTML page", body, binaryAt)));
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

    /** The answer at the end of the redirects from {@code start}, every hop checked, all within the deadline. */
    private HttpResponse<byte[]> follow(URI start, String url) throws Refusal {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        List<URI> chain = new ArrayList<>();
        URI current = start;
        while (true) {
            checkHost(current, chain.isEmpty() ? "" : "redirect to ", url);
            chain.add(current);
            waitForHost(current.getHost());
            HttpResponse<byte[]> response = send(current, deadline, url);
            int status = response.statusCode();
            if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
                return response;
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw new Refusal("fetch failed", "HTTP " + status + " without a Location to go to, for " + url);
            }
            URI next;
            try {
                next = current.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new Refusal("bad redirect", "HTTP " + status + " redirects to a malformed URL ("
                        + abbreviate(location) + "), for " + url);
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new Refusal("refused redirect", "redirect to " + abbreviate(next.toString()) + " refused: "
                        + unsupportedSchemeMessage(scheme) + ", for " + url);
            }
            if (current.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
                throw new Refusal("refused redirect", "redirect from https to http (" + abbreviate(next.toString())
                        + ") refused, for " + url);
            }
            if (chain.contains(next)) {
                throw new Refusal("redirect loop", "redirect loop: " + chainText(chain) + " → " + next);
            }
            if (chain.size() > settings.maxRedirects()) {
                throw new Refusal("too many redirects", "more than " + settings.maxRedirects() + " redirects: "
                        + chainText(chain) + " → " + abbreviate(next.toString()));
            }
            current = next;
        }
    }

    private void checkHost(URI uri, String what, String url) throws Refusal {
        String host = uri.getHost();
        if (host == null) {
            throw new Refusal("bad URL", what + uri + " has no host, for " + url);
        }
        Optional<String> refusal;
        try {
            refusal = hosts.refusal(host);
        } catch (UnknownHostException e) {
            throw new Refusal("fetch failed", "cannot resolve the host " + host + " of " + (what.isEmpty() ? "" : what)
                    + uri + (uri.toString().equals(url) ? "" : ", for " + url));
        }
        if (refusal.isPresent()) {
            throw new Refusal("refused address", what + uri + " refused: " + refusal.get()
                    + (uri.toString().equals(url) ? "" : ", for " + url) + ALLOW_HINT);
        }
    }

    /** One request, its body read to the limit, all before {@code deadline} (a {@link System#nanoTime()}). */
    private HttpResponse<byte[]> send(URI uri, long deadline, String url) throws Refusal {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw overDeadline(url);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(Math.min(settings.requestTimeout().toNanos(), remaining)))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,*/*;q=0.5")
                .GET()
                .build();
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> answer = client().sendAsync(request, info -> {
            BoundedBody bounded = new BoundedBody(limits.maxArticleBytes());
            body.set(bounded);
            return bounded;
        });
        try {
            return answer.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(answer, body.get());
            throw overDeadline(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(answer, body.get());
            throw new Refusal("fetch failed", "interrupted while fetching " + url);
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof HttpTimeoutException) {
                    throw new Refusal("fetch failed", "timed out fetching " + url);
                }
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new Refusal("fetch failed", "fetching " + url + " failed: " + why(cause));
        } catch (CancellationException e) {
            throw overDeadline(url);
        }
    }

    /** Why a connection failed, in words: the HTTP client's exceptions often carry no message ("ConnectException"). */
    static String why(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return c.getMessage();
            }
        }
        if (cause instanceof java.net.ConnectException) {
            return "the connection was refused or the host could not be reached";
        }
        if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            return "the host name could not be resolved";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "the secure connection (TLS) failed";
        }
        if (cause instanceof java.io.IOException) {
            return "the connection failed (" + cause.getClass().getSimpleName() + ")";
        }
        return cause.getClass().getSimpleName();
    }

    private static void abandon(CompletableFuture<?> answer, BoundedBody body) {
        answer.cancel(true);
        if (body != null) {
            body.cancel();
        }
    }

    private Refusal overDeadline(String url) {
        return new Refusal("fetch failed", "no complete answer from " + url + " within " + settings.deadline().toSeconds()
                + " s, the limit for one URL");
    }

    private static String chainText(List<URI> chain) {
        StringBuilder text = new StringBuilder();
        for (URI uri : chain) {
            text.append(text.length() == 0 ? "" : " → ").append(uri);
        }
        return text.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
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
            long waitNanos = settings.perHostDelay().toNanos() - (System.nanoTime() - last);
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

    /**
     * Reads a URL list, one URL per line (blank lines and lines starting with # are not inputs), and
     * fetches each URL; a list with no URL at all is reported as an empty file.
     */
    void readList(String name, java.io.InputStream in, ExtractionSink sink) {
        LineReader lines = new LineReader(in, 8192);
        int listed = 0;
        try {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                String text = new String(line.bytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                listed++;
                if (!isUrl(text)) {
                    Optional<String> scheme = unsupportedScheme(text);
                    sink.accept(Origin.atLine(name, line.number(), line.byteOffset()), rejected("bad URL", scheme.isPresent()
                            ? text + ": " + unsupportedSchemeMessage(scheme.get()) : "not an http(s) URL: " + text));
                    continue;
                }
                // A page fetched keeps its URL as its origin; the URL itself refused is told by its place in the
                // list, as a line that is no URL is, its reason naming the URL. A feed's items keep theirs.
                Origin listedAt = Origin.atLine(name, line.number(), line.byteOffset());
                Origin fetchedFrom = Origin.of(text);
                fetch(text, (origin, extraction) -> {
                    if (extraction instanceof Extraction.Refused refused && origin.equals(fetchedFrom)) {
                        sink.accept(listedAt, refused.reason().contains(text) ? refused
                                : new Extraction.Refused(refused.outcome(), refused.kind(), text + ": " + refused.reason()));
                    } else {
                        sink.accept(origin, extraction);
                    }
                });
            }
        } catch (IOException e) {
            sink.accept(new Origin(name, lines.lineNumber() + 1, lines.byteOffset()), SourceReader.streamFailure(e, "the URL list"));
            return;
        }
        if (listed == 0) {
            sink.accept(Origin.of(name), skipped("empty file", "the URL list holds no URL"));
        }
    }

    private static Extraction rejected(String kind, String reason) {
        return new Extraction.Refused(Outcome.REJECTED, kind, reason);
    }

    private static Extraction skipped(String kind, String reason) {
        return new Extraction.Refused(Outcome.SKIPPED, kind, reason);
    }

    /** Why a URL gave no page: ends {@link #follow} early, carried to the sink as a rejection. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        final transient Extraction extraction;

        Refusal(String kind, String reason) {
            super(reason, null, false, false);
            this.extraction = rejected(kind, reason);
        }
    }
}
