package dev.corroborate.app.web;

import dev.corroborate.io.query.ArticleIds;
import dev.corroborate.io.query.CompareQuery;
import dev.corroborate.io.query.DiscrepancyQuery;
import dev.corroborate.io.query.Page;
import dev.corroborate.io.query.ProvenanceQuery;
import dev.corroborate.io.query.QuoteQuery;
import dev.corroborate.io.query.StoryDetailQuery;
import dev.corroborate.io.query.StoryOverviewQuery;
import dev.corroborate.io.query.SearchQuery;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.search.BadQueryException;
import dev.corroborate.io.search.SearchIndex;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The web app: Javalin serving the read models as JSON under {@code /api/} and as HTML pages, with
 * the app's own static files. Handlers read the request, ask a read model on a store lent by the
 * {@link StoreGate} (several requests at once, each on its own read-only connection), and hand the
 * result to a renderer. Every response carries a
 * Content-Security-Policy of {@code default-src 'self'}; errors are JSON under {@code /api/} and
 * pages elsewhere, never stack traces. Thread-safe.
 */
public final class WebServer implements AutoCloseable {

    private static final String STATIC = "/dev/corroborate/app/web/static/";
    private static final Map<String, String> STATIC_TYPES = Map.of(
            "style.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Javalin app;
    private final StoreGate gate;
    private final SearchIndex index;

    private WebServer(Javalin app, StoreGate gate, SearchIndex index) {
        this.app = app;
        this.gate = gate;
        this.index = index;
    }

    /**
     * Starts serving the store of {@code dataDir} on {@code host}:{@code port} (0: a free port),
     * over {@link StoreGate#DEFAULT_READERS} read-only connections; {@link #close()} closes them.
     */
    public static WebServer start(Path dataDir, String host, int port) {
        return start(dataDir, host, port, StoreGate.DEFAULT_READERS);
    }

    /** {@link #start(Path, String, int)} with {@code readers} read-only connections, each serving one request at a time. */
    public static WebServer start(Path dataDir, String host, int port, int readers) {
        StoreGate gate = StoreGate.open(dataDir, readers);
        SearchIndex index = null;
        try {
            index = SearchIndex.openForReading(dataDir);
            SearchIndex searched = index;
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.modifyServer(server -> server.setErrorHandler(new HeadedErrors()));
                config.startup.showOldJavalinVersionWarning = false;
                CorrectionForms forms = new CorrectionForms(new SecureRandom());
                routes(config.routes, gate, forms);
                forms.routes(config.routes, gate);
                StoryDownloads.routes(config.routes, gate);
                searchRoutes(config.routes, gate, searched);
            });
            app.start(host, port);
            return new WebServer(app, gate, index);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            gate.close();
            throw e;
        }
    }

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /**
     * Jetty's own error pages, for a request refused before any route (a URL of 8 KB, an encoded "../"):
     * with the headers every page of the app carries, which they lacked, and nothing of the server's insides.
     */
    private static final class HeadedErrors extends org.eclipse.jetty.server.handler.ErrorHandler {

        HeadedErrors() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                              org.eclipse.jetty.util.Callback callback) throws Exception {
            response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
            return super.handle(request, response, callback);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops serving (requests under way finish first), then closes the search index and the stores. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            try {
                index.close();
            } finally {
                gate.close();
            }
        }
    }

    private static void searchRoutes(RoutesConfig r, StoreGate gate, SearchIndex index) {
        r.get("/api/search", ctx -> json(ctx, JsonViews.search(search(ctx, gate, index))));
        r.get("/search", ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) {
                ctx.html(SearchPage.form("", null));
                return;
            }
            try {
                ctx.html(SearchPage.render(search(ctx, gate, index)));
            } catch (WebError e) {
                ctx.status(e.status()).html(SearchPage.form(q, e.getMessage()));
            }
        });
    }

    /** A page of the speakers, read by SQL paging (a large store has tens of thousands). */
    private static Page<dev.corroborate.model.Speaker> speakerPage(ArticleStore store, Paging p) {
        return new Page<>(store.speakerCount(), p.offset(), p.limit(), store.speakers(p.offset(), p.limit()));
    }

    private static SearchQuery.Results search(Context ctx, StoreGate gate, SearchIndex index) {
        Paging p = Paging.of(ctx, Paging.SEARCH_LIMIT);
        String q = ctx.queryParam("q");
        return gate.read(store -> {
            if (!index.exists()) {
                throw WebError.unavailable("This data directory has no search index yet: run 'corroborate recluster' "
                        + "(or analyze) to build it");
            }
            try {
                return new SearchQuery(store, index).search(q, p.offset(), p.limit());
            } catch (BadQueryException e) {
                throw WebError.badRequest(e.getMessage());
            }
        });
    }

    private static void routes(RoutesConfig r, StoreGate gate, CorrectionForms forms) {
        r.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(resource("/dev/corroborate/app/web/openapi.json")));
        r.get("/api/stories", ctx -> json(ctx, gate.read(store -> {
            Paging p = Paging.of(ctx);
            return JsonViews.page(new StoryOverviewQuery(store).list(filter(ctx), p.offset(), p.limit()), JsonViews::overview);
        })));
        r.get("/api/stories/{id}", ctx -> json(ctx, gate.read(store -> {
            StoryQuery.Timeline timeline = new StoryQuery(store).timeline(ctx.pathParam("id"))
                    .orElseThrow(() -> WebError.notFound("No storyline or event with this id"));
            return JsonViews.timeline(timeline, new StoryOverviewQuery(store), eventId -> {
                int[] count = {0};
                store.forEachDiscrepancy(eventId, d -> count[0]++);
                return count[0];
            });
        })));
        r.get("/api/events/{id}/discrepancies", ctx -> json(ctx, gate.read(store -> {
            Paging p = Paging.of(ctx);
            DiscrepancyQuery.EventComparison comparison = new DiscrepancyQuery(store).ofEvent(ctx.pathParam("id"))
                    .orElseThrow(() -> WebError.notFound("No event with this id (an ev-... id, in full)"));
            return JsonViews.discrepancies(comparison, Page.of(comparison.discrepancies(), p.offset(), p.limit()));
        })));
        r.get("/api/provenance/{id}", ctx -> json(ctx, gate.read(store ->
                JsonViews.provenance(new ProvenanceQuery(store).of(article(store, ctx.pathParam("id")).id())))));
        r.get("/api/quote-groups", ctx -> json(ctx, gate.read(store -> {
            Paging p = Paging.of(ctx);
            QuoteQuery quotes = new QuoteQuery(store);
            int total = quotes.groupCount();
            return JsonViews.page(new Page<>(total, p.offset(), p.limit(), quotes.groups(p.offset(), p.limit())),
                    JsonViews::quoteGroup);
        })));
        r.get("/api/articles/{id}", ctx -> json(ctx, gate.read(store -> {
            Article a = article(store, ctx.pathParam("id"));
            return JsonViews.article(a, store.reuseLinks(a.id()), new QuoteQuery(store).ofArticle(a));
        })));
        r.get("/api/speakers", ctx -> json(ctx, gate.read(store -> {
            Paging p = Paging.of(ctx);
            Page<dev.corroborate.model.Speaker> page = speakerPage(store, p);
            Map<String, List<String>> quotedIn = dev.corroborate.io.query.SpeakerListing.quotedIn(store, page.items());
            return JsonViews.page(page, speaker -> JsonViews.speaker(speaker, quotedIn.get(speaker.id())));
        })));
        r.get("/api/compare/{left}/{right}", ctx -> json(ctx, gate.read(store ->
                JsonViews.comparison(comparison(store, ctx)))));

        r.get("/", ctx -> ctx.html(gate.read(store -> {
            Paging p = Paging.of(ctx);
            StoryOverviewQuery.Filter filter = filter(ctx);
            return StoriesPage.render(new StoryOverviewQuery(store).list(filter, p.offset(), p.limit()), filter);
        })));
        r.get("/stories/{id}", ctx -> ctx.html(gate.read(store -> {
            StoryDetailQuery.StoryDetail detail = new StoryDetailQuery(store).of(ctx.pathParam("id"), eventOffset(ctx))
                    .orElseThrow(() -> WebError.notFound("No storyline or event with this id"));
            return StoryPage.render(detail, forms, CorrectionForms.doneNote(ctx.queryParam("corrected")));
        })));
        r.get("/articles/{id}", ctx -> ctx.html(gate.read(store -> {
            Article a = article(store, ctx.pathParam("id"));
            return ArticlePage.render(a, store.reuseLinks(a.id()), new QuoteQuery(store).ofArticle(a),
                    new StoryQuery(store).eventOf(a.id()).orElse(null));
        })));
        r.get("/speakers", ctx -> ctx.html(gate.read(store -> {
            Paging p = Paging.of(ctx);
            Page<dev.corroborate.model.Speaker> page = speakerPage(store, p);
            return SpeakersPage.render(page, dev.corroborate.io.query.SpeakerListing.quotedIn(store, page.items()));
        })));
        r.get("/compare/{left}/{right}", ctx -> ctx.html(gate.read(store -> ComparePage.render(comparison(store, ctx)))));
        r.get("/favicon.ico", ctx -> ctx.contentType(STATIC_TYPES.get("favicon.svg")).result(resource(STATIC + "favicon.svg")));
        r.get("/static/{file}", ctx -> {
            String type = STATIC_TYPES.get(ctx.pathParam("file"));
            if (type == null) {
                throw WebError.notFound("No such file");
            }
            ctx.contentType(type).result(resource(STATIC + ctx.pathParam("file")));
        });

        r.exception(WebError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 404 ? "No such page" : "The request could not be served"));
        r.exception(dev.corroborate.io.store.StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "Internal error"));
        r.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "No such page");
            }
        });
    }

    /**
     * The article {@code id} names: in full, or by a prefix that names one article, as on the command line
     * ({@code show c9c6}); a prefix that names several is refused, listing some of them.
     */
    private static Article article(ArticleStore store, String id) {
        ArticleIds.Named named = ArticleIds.look(store, id);
        if (named.article() != null) {
            return named.article();
        }
        if (named.several().isEmpty()) {
            throw WebError.notFound("No article with this id");
        }
        throw WebError.badRequest("This id names several articles (" + named.listed() + "): give more of it");
    }

    private static CompareQuery.Comparison comparison(ArticleStore store, Context ctx) {
        // A unique prefix names an article here as on the command line (corroborate compare 50eb f117).
        Article left = article(store, ctx.pathParam("left"));
        Article right = article(store, ctx.pathParam("right"));
        if (left.id().equals(right.id())) {
            // as the command line says it (the page said the article shared no passage with itself)
            throw WebError.badRequest("Give two different articles (both ids name " + left.id() + ")");
        }
        return new CompareQuery(store).of(left, right);
    }

    /** The {@code from} of a story page: the first event it shows (0-based), for a large storyline's later pages. */
    private static int eventOffset(Context ctx) {
        String value = blankToNull(ctx.queryParam("from"));
        try {
            int from = value == null ? 0 : Integer.parseInt(value);
            if (from < 0) {
                throw WebError.badRequest("from must be 0 or more");
            }
            return from;
        } catch (NumberFormatException e) {
            throw WebError.badRequest("from must be a whole number");
        }
    }

    private static StoryOverviewQuery.Filter filter(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            // a reversed range was taken as given, and found what it found
            throw WebError.badRequest("to (" + to + ") is before from (" + from + "): give the earlier date first");
        }
        return new StoryOverviewQuery.Filter(from, to, blankToNull(ctx.queryParam("outlet")), blankToNull(ctx.queryParam("text")));
    }

    private static LocalDate date(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw WebError.badRequest(name + " must be a date like 2024-03-01");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.write(value));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            json(ctx, JsonViews.error(status, message));
        } else {
            ctx.html(Layout.error(status, message));
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Objects.requireNonNull(WebServer.class.getResourceAsStream(path), path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
