package dev.corroborate.app.web;

import dev.corroborate.io.correct.CorrectionException;
import dev.corroborate.io.correct.StoryCorrections;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoreException;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.model.Article;
import dev.corroborate.model.Decision;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The story page's corrections (merge, split, move) as POST forms, and their handlers: each form
 * carries this server's CSRF token (a secret drawn at start), checked on every POST; a request from
 * another origin is refused too. A correction opens the store to write for as long as it takes
 * (the server otherwise only reads, so {@code analyze} may run beside it; while it does, the
 * correction is refused and the page says so), calls the same {@link StoryCorrections} as the CLI,
 * and sends the browser back to the storyline. Thread-safe.
 */
final class CorrectionForms {

    /** The corrections, as named in the forms' paths and in the note shown after one. */
    static final Set<String> KINDS = Set.of("merge", "split", "move");

    private final String token;

    CorrectionForms(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.token = HexFormat.of().formatHex(secret);
    }

    void routes(RoutesConfig r, StoreGate gate) {
        r.post("/corrections/{kind}", ctx -> {
            checkRequest(ctx);
            String kind = ctx.pathParam("kind");
            if (!KINDS.contains(kind)) {
                throw WebError.notFound("No such correction");
            }
            String back = correct(gate.dataDir(), kind, ctx);
            ctx.redirect(back, HttpStatus.SEE_OTHER);
        });
    }

    private void checkRequest(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && !origin.equals("null") && host != null && !origin.equals("http://" + host)) {
            throw WebError.forbidden("Corrections are only accepted from this app's own pages");
        }
        String sent = ctx.formParam("csrf");
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw WebError.forbidden("This form is out of date (the server was restarted?) or did not come from this app: "
                    + "reload the story page and try again");
        }
    }

    /**
     * Makes one correction on the store opened to write, one at a time in this server (the reads go
     * on meanwhile, on their own connections, and those starting after it commits see it).
     */
    private synchronized String correct(java.nio.file.Path dataDir, String kind, Context ctx) {
        Decision decision;
        try (ArticleStore writable = ArticleStore.open(dataDir, "serve (a correction made in the web app)")) {
            StoryCorrections corrections = new StoryCorrections(writable);
            decision = switch (kind) {
                case "merge" -> corrections.merge(required(ctx, "event"), required(ctx, "other"));
                case "split" -> corrections.split(required(ctx, "event"), ctx.formParams("article"));
                default -> corrections.move(required(ctx, "article"), required(ctx, "event"));
            };
            corrections.apply(decision);
            return storyPathOf(writable, decision.articleIds().get(0)) + "?corrected=" + kind;
        } catch (CorrectionException e) {
            throw WebError.badRequest(e.getMessage());
        } catch (StoreException e) {
            throw WebError.conflict("Your correction was not made: " + e.getMessage());
        }
    }

    private static String required(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw WebError.badRequest("The form lacks the field " + field);
        }
        return value.strip();
    }

    /** The page of the storyline the article is in now, or its own page. */
    private static String storyPathOf(ArticleStore store, String articleId) {
        return new StoryQuery(store).eventOf(articleId)
                .flatMap(store::story) // the indexed look-up of the storyline holding the event
                .map(story -> Html.path("stories", story.id()))
                .orElse(Html.path("articles", articleId));
    }

    /** The three forms for one event of a storyline: merge with another event, split articles off, move one in. */
    void render(Html h, StoredStory story, StoredEvent event, List<Article> articles) {
        h.raw("<details class=\"correct\"><summary>Correct this event</summary>");
        List<StoredEvent> others = story.events().stream().filter(e -> !e.id().equals(event.id())).toList();
        open(h, "merge", event).raw("<label>Merge with ");
        if (others.isEmpty()) {
            h.raw("event <input name=\"other\" required placeholder=\"ev-…\">");
        } else {
            h.raw("<select name=\"other\">");
            for (StoredEvent other : others) {
                h.raw("<option value=\"").text(other.id()).raw("\">").text(other.label() + " (" + other.id() + ")").raw("</option>");
            }
            h.raw("</select>");
        }
        h.raw("</label> <button type=\"submit\">Merge</button></form>");

        // An event of one article has nothing to split off (the form was offered, and always refused).
        if (articles.size() > 1) {
            open(h, "split", event).raw("<fieldset><legend>Split these articles off into an event of their own</legend>");
            for (Article a : articles) {
                h.raw("<label class=\"choice\"><input type=\"checkbox\" name=\"article\" value=\"").text(a.id()).raw("\"> ")
                        .text(Layout.outlet(a) + ": " + (a.title().isEmpty() ? a.id() : a.title())).raw("</label>");
            }
            h.raw("<button type=\"submit\">Split</button></fieldset></form>");
        }

        h.raw("<form method=\"post\" action=\"/corrections/move\" class=\"correction move\">");
        hidden(h, "csrf", token);
        h.raw("<label>Move article <input name=\"article\" required placeholder=\"article id\"></label> ");
        hidden(h, "event", event.id());
        h.raw("into this event <button type=\"submit\">Move</button></form></details>");
    }

    private Html open(Html h, String kind, StoredEvent event) {
        h.raw("<form method=\"post\" action=\"/corrections/").raw(kind).raw("\" class=\"correction ").raw(kind).raw("\">");
        hidden(h, "csrf", token);
        hidden(h, "event", event.id());
        return h;
    }

    private static void hidden(Html h, String name, String value) {
        h.raw("<input type=\"hidden\" name=\"").raw(name).raw("\" value=\"").text(value).raw("\">");
    }

    /** The note shown on the storyline after a correction of {@code kind}, or {@code null}. */
    static String doneNote(String kind) {
        return kind != null && KINDS.contains(kind)
                ? "Your " + kind + " was stored and applied; it is replayed after every later analyze and recluster." : null;
    }
}
