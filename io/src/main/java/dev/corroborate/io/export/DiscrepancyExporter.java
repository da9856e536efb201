package dev.corroborate.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Discrepancy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code discrepancies} export: {@code story_id, event_id, kind, class
 * (conflict|compatible|only_in_one), values:[{article_id, text, start, end, normalized}],
 * explanation}, one difference among an event's articles per line, in the comparison's order
 * (events by id, then by their first value). Offsets are UTF-16 into the article's exported text.
 * The story is the event's storyline. In CSV the values are a JSON array in their cell. A scoped
 * export holds the differences with a value in one of the scope's articles.
 */
public final class DiscrepancyExporter {

    public static final List<String> FIELDS = List.of("story_id", "event_id", "kind", "class", "values", "explanation");

    private static final ObjectMapper JSON = SafeJson.mapper();

    /** Writes every stored discrepancy; returns how many. */
    public long write(ArticleStore store, ExportFormat format, Writer out) {
        return write(store, ExportScope.ALL, format, out);
    }

    /** Writes the stored discrepancies in {@code scope}; returns how many. */
    public long write(ArticleStore store, ExportScope scope, ExportFormat format, Writer out) {
        Map<String, String> storyOf = new HashMap<>();
        store.assignments().values().forEach(place -> storyOf.put(place.eventId(), place.storyId()));
        long[] count = {0};
        try {
            if (format == ExportFormat.JSONL) {
                JsonGenerator json = JSON.getFactory().createGenerator(out);
                json.setRootValueSeparator(null);
                store.forEachDiscrepancy(null, discrepancy -> {
                    if (!inScope(scope, discrepancy)) {
                        return;
                    }
                    try {
                        JSON.writeValue(json, record(discrepancy, storyOf.get(discrepancy.eventId())));
                        json.writeRaw('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing a discrepancy failed", e);
                    }
                    count[0]++;
                });
                json.flush();
            } else {
                FormulaSafeCsv csv = FormulaSafeCsv.open(out, FIELDS);
                store.forEachDiscrepancy(null, discrepancy -> {
                    if (!inScope(scope, discrepancy)) {
                        return;
                    }
                    try {
                        csv.printRecord(storyOf.get(discrepancy.eventId()), discrepancy.eventId(), discrepancy.kind().label(),
                                discrepancy.verdict().label(), JSON.writeValueAsString(values(discrepancy)),
                                discrepancy.explanation());
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing a discrepancy failed", e);
                    }
                    count[0]++;
                });
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the discrepancies export failed", e);
        }
        return count[0];
    }

    private static boolean inScope(ExportScope scope, Discrepancy discrepancy) {
        return scope.includesAny(discrepancy.values().stream().map(Discrepancy.Value::articleId).toList());
    }

    /** One discrepancy as the export's JSON object; {@code storyId} may be null (an event no longer stored). */
    public static Map<String, Object> record(Discrepancy discrepancy, String storyId) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("story_id", storyId);
        map.put("event_id", discrepancy.eventId());
        map.put("kind", discrepancy.kind().label());
        map.put("class", discrepancy.verdict().label());
        map.put("values", values(discrepancy));
        map.put("explanation", discrepancy.explanation());
        return map;
    }

    private static List<Map<String, Object>> values(Discrepancy discrepancy) {
        return discrepancy.values().stream().map(value -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("article_id", value.articleId());
            map.put("text", value.text());
            map.put("start", value.start());
            map.put("end", value.end());
            map.put("normalized", value.normalized());
            return map;
        }).toList();
    }
}
