package dev.corroborate.io.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code events} export ({@code id, story_id, label, article_ids, first_published,
 * last_published}) and the {@code stories} export ({@code id, label, article_ids, event_ids,
 * first_published, last_published}). Beyond the contract, events carry {@code key_names} and
 * {@code outlets}. In CSV, the id lists are JSON arrays in their cells.
 */
public final class StoryExporter {

    public static final List<String> EVENT_FIELDS = List.of("id", "story_id", "label", "article_ids", "first_published",
            "last_published", "key_names", "outlets");
    public static final List<String> STORY_FIELDS = List.of("id", "label", "article_ids", "event_ids", "first_published",
            "last_published");

    private static final ObjectMapper JSON = SafeJson.mapper();

    /** Writes every event ({@code stories == false}) or every storyline; returns how many. */
    public long write(ArticleStore store, boolean stories, ExportFormat format, Writer out) {
        return write(store, stories, ExportScope.ALL, format, out);
    }

    /** Writes the events ({@code stories == false}) or storylines holding any article in {@code scope}; returns how many. */
    public long write(ArticleStore store, boolean stories, ExportScope scope, ExportFormat format, Writer out) {
        List<Map<String, Object>> records = records(store.stories(), stories, scope);
        try {
            if (format == ExportFormat.JSONL) {
                for (Map<String, Object> record : records) {
                    out.write(JSON.writeValueAsString(record));
                    out.write('\n');
                }
            } else {
                List<String> fields = stories ? STORY_FIELDS : EVENT_FIELDS;
                FormulaSafeCsv csv = FormulaSafeCsv.open(out, fields);
                for (Map<String, Object> record : records) {
                    List<Object> row = new ArrayList<>();
                    for (String field : fields) {
                        Object value = record.get(field);
                        row.add(value instanceof List<?> ? JSON.writeValueAsString(value) : value);
                    }
                    csv.printRecord(row);
                }
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the " + (stories ? "stories" : "events") + " export failed", e);
        }
        return records.size();
    }

    /**
     * The {@code stories} records ({@code stories == true}) or the {@code events} records of these
     * storylines, in their order, as the export writes them: for a writer other than the store's (the Spark job).
     */
    public static List<Map<String, Object>> records(List<StoredStory> storylines, boolean stories) {
        return records(storylines, stories, ExportScope.ALL);
    }

    /** As {@link #records(List, boolean)}, only the events or storylines holding an article in {@code scope}. */
    public static List<Map<String, Object>> records(List<StoredStory> storylines, boolean stories, ExportScope scope) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (StoredStory story : storylines) {
            if (!scope.includesAny(story.articleIds())) {
                continue;
            }
            if (stories) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", story.id());
                record.put("label", story.label());
                record.put("article_ids", story.articleIds());
                record.put("event_ids", story.events().stream().map(StoredEvent::id).toList());
                record.put("first_published", story.firstPublished());
                record.put("last_published", story.lastPublished());
                records.add(record);
            } else {
                for (StoredEvent event : story.events()) {
                    if (!scope.includesAny(event.articleIds())) {
                        continue;
                    }
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("id", event.id());
                    record.put("story_id", event.storyId());
                    record.put("label", event.label());
                    record.put("article_ids", event.articleIds());
                    record.put("first_published", event.firstPublished());
                    record.put("last_published", event.lastPublished());
                    record.put("key_names", event.keyNames());
                    record.put("outlets", event.outlets());
                    records.add(record);
                }
            }
        }
        return records;
    }
}
