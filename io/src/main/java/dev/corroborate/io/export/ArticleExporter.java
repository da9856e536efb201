package dev.corroborate.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the {@code articles} export: {@code id, url, outlet, title, published, authors,
 * language, text, story_id, event_id, ingested_from}. {@code story_id} and {@code event_id} are
 * the article's storyline and event, null until it has been placed. Streams the articles from the
 * store; only each article's story and event ids are held in memory.
 */
public final class ArticleExporter {

    /** The contract's field order. */
    public static final List<String> FIELDS = List.of(
            "id", "url", "outlet", "title", "published", "authors", "language", "text",
            "story_id", "event_id", "ingested_from");

    private static final ObjectMapper JSON = SafeJson.mapper();

    private final boolean shared;

    /** The export a user writes: {@code ingested_from} as stored, the input's full path. */
    public ArticleExporter() {
        this(false);
    }

    private ArticleExporter(boolean shared) {
        this.shared = shared;
    }

    /**
     * The export for others to download ({@code serve}): {@code ingested_from} names the input by its file, without
     * the folders of whoever ran {@code analyze} ({@link dev.corroborate.model.Origin#describeShared}).
     */
    public static ArticleExporter forSharing() {
        return new ArticleExporter(true);
    }

    /** Writes every article that passes {@code filter}; returns how many. */
    public long write(ArticleStore store, ArticleFilter filter, ExportFormat format, Writer out) {
        return write(store, filter, ExportScope.ALL, format, out);
    }

    /** Writes every article in {@code scope} that passes {@code filter}; returns how many. */
    public long write(ArticleStore store, ArticleFilter filter, ExportScope scope, ExportFormat format, Writer out) {
        long[] count = {0};
        java.util.Map<String, dev.corroborate.model.Assignment> places = store.assignments();
        try {
            if (format == ExportFormat.JSONL) {
                JsonGenerator json = JSON.getFactory().createGenerator(out);
                json.setRootValueSeparator(null);
                scope.forEachArticle(store, filter, article -> {
                    writeJson(json, article, places.get(article.id()), shared);
                    count[0]++;
                });
                json.flush();
            } else {
                FormulaSafeCsv csv = FormulaSafeCsv.open(out, FIELDS);
                scope.forEachArticle(store, filter, article -> {
                    writeCsv(csv, article, places.get(article.id()), shared);
                    count[0]++;
                });
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the articles export failed", e);
        }
        return count[0];
    }

    /** Writes one article as a JSONL line of the {@code articles} contract; for other commands that print articles. */
    public static void writeJson(JsonGenerator json, Article article) {
        writeJson(json, article, null);
    }

    /** Writes one article with its event and storyline ({@code place}, or null when it has none yet). */
    public static void writeJson(JsonGenerator json, Article article, dev.corroborate.model.Assignment place) {
        writeJson(json, article, place, false);
    }

    private static void writeJson(JsonGenerator json, Article article, dev.corroborate.model.Assignment place, boolean shared) {
        try {
            json.writeStartObject();
            json.writeStringField("id", article.id());
            json.writeStringField("url", article.url());
            json.writeStringField("outlet", article.outlet());
            json.writeStringField("title", article.title());
            json.writeStringField("published", article.published() == null ? null : article.published().iso());
            json.writeArrayFieldStart("authors");
            for (String author : article.authors()) {
                json.writeString(author);
            }
            json.writeEndArray();
            json.writeStringField("language", article.language());
            json.writeStringField("text", article.text());
            json.writeStringField("story_id", place == null ? null : place.storyId());
            json.writeStringField("event_id", place == null ? null : place.eventId());
            json.writeStringField("ingested_from", shared ? article.origin().describeShared() : article.origin().describe());
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing article " + article.id() + " failed", e);
        }
    }

    private static void writeCsv(FormulaSafeCsv csv, Article article, dev.corroborate.model.Assignment place, boolean shared) {
        try {
            csv.printRecord(
                    article.id(), article.url(), article.outlet(), article.title(),
                    article.published() == null ? null : article.published().iso(),
                    String.join("; ", article.authors()), article.language(), article.text(),
                    place == null ? null : place.storyId(), place == null ? null : place.eventId(),
                    shared ? article.origin().describeShared() : article.origin().describe());
        } catch (IOException e) {
            throw new UncheckedIOException("writing article " + article.id() + " failed", e);
        }
    }
}
