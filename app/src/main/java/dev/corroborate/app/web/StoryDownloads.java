package dev.corroborate.app.web;

import dev.corroborate.io.export.ArticleExporter;
import dev.corroborate.io.export.DiscrepancyExporter;
import dev.corroborate.io.export.ExportFormat;
import dev.corroborate.io.export.ExportScope;
import dev.corroborate.io.export.QuoteExporter;
import dev.corroborate.io.export.ReuseExporter;
import dev.corroborate.io.export.StoryExporter;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import io.javalin.config.RoutesConfig;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/**
 * A storyline's (or event's) exports as downloads, in the formats of {@code corroborate export}
 * and written by the same exporters, limited to the story's articles: {@code
 * /stories/{id}/export/{what}.{jsonl|csv}}. Stateless.
 */
final class StoryDownloads {

    /** What a story page offers to download. */
    static final List<String> WHAT = List.of("articles", "events", "reuse", "quotes", "discrepancies");

    private StoryDownloads() {
    }

    static void routes(RoutesConfig r, StoreGate gate) {
        r.get("/stories/{id}/export/{file}", ctx -> {
            String file = ctx.pathParam("file");
            int dot = file.lastIndexOf('.');
            String what = dot < 0 ? file : file.substring(0, dot);
            String extension = dot < 0 ? "" : file.substring(dot + 1);
            if (!WHAT.contains(what) || !(extension.equals("jsonl") || extension.equals("csv"))) {
                throw WebError.notFound("No such download: ask for " + String.join(", ", WHAT) + " as .jsonl or .csv");
            }
            ExportFormat format = ExportFormat.valueOf(extension.toUpperCase(Locale.ROOT));
            String id = ctx.pathParam("id");
            String body = gate.read(store -> {
                StoryQuery.Timeline timeline = new StoryQuery(store).timeline(id)
                        .orElseThrow(() -> WebError.notFound("No storyline or event with this id"));
                List<String> articleIds = timeline.events().stream().flatMap(e -> e.event().articleIds().stream()).toList();
                return write(store, what, ExportScope.ofArticles(articleIds), format);
            });
            String name = id.replaceAll("[^A-Za-z0-9-]", "_") + "-" + what + "." + extension;
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                    .contentType(format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8")
                    .result(body);
        });
    }

    private static String write(ArticleStore store, String what, ExportScope scope, ExportFormat format) {
        StringWriter out = new StringWriter();
        switch (what) {
            case "articles" -> ArticleExporter.forSharing().write(store, ArticleFilter.ALL, scope, format, out);
            case "events" -> new StoryExporter().write(store, false, scope, format, out);
            case "reuse" -> new ReuseExporter().write(store, scope, format, out);
            case "quotes" -> new QuoteExporter().write(store, scope, format, out);
            default -> new DiscrepancyExporter().write(store, scope, format, out);
        }
        return out.toString();
    }

    /** The download links of a story page. */
    static void render(Html h, String storyId) {
        h.raw("<p class=\"downloads\">Download: ");
        for (String what : WHAT) {
            h.text(what + " ");
            h.raw("<a download href=\"").text(Html.path("stories", storyId, "export", what + ".jsonl")).raw("\">JSONL</a> ");
            h.raw("<a download href=\"").text(Html.path("stories", storyId, "export", what + ".csv")).raw("\">CSV</a>");
            h.raw(what.equals(WHAT.get(WHAT.size() - 1)) ? "" : " · ");
        }
        h.raw("</p>");
    }
}
