package dev.corroborate.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Passage;
import dev.corroborate.model.ReuseLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the {@code reuse} export: {@code source_id, derived_id, relation, score,
 * direction_confidence, passages:[{source_start, source_end, derived_start, derived_end}], evidence}.
 * In CSV, passages and evidence are JSON arrays in their cells.
 */
public final class ReuseExporter {

    public static final List<String> FIELDS = List.of(
            "source_id", "derived_id", "relation", "score", "direction_confidence", "passages", "evidence");

    private static final ObjectMapper JSON = SafeJson.mapper();

    /** Writes every stored link; returns how many. */
    public long write(ArticleStore store, ExportFormat format, Writer out) {
        return write(store, ExportScope.ALL, format, out);
    }

    /** Writes the stored links with either end in {@code scope}; returns how many. */
    public long write(ArticleStore store, ExportScope scope, ExportFormat format, Writer out) {
        long[] count = {0};
        try {
            if (format == ExportFormat.JSONL) {
                JsonGenerator json = JSON.getFactory().createGenerator(out);
                json.setRootValueSeparator(null);
                store.forEachReuseLink(link -> {
                    if (!scope.includes(link.sourceId()) && !scope.includes(link.derivedId())) {
                        return;
                    }
                    writeJson(json, link);
                    count[0]++;
                });
                json.flush();
            } else {
                FormulaSafeCsv csv = FormulaSafeCsv.open(out, FIELDS);
                store.forEachReuseLink(link -> {
                    if (!scope.includes(link.sourceId()) && !scope.includes(link.derivedId())) {
                        return;
                    }
                    try {
                        csv.printRecord(link.sourceId(), link.derivedId(), link.relation().label(), link.score(),
                                link.directionConfidence(), JSON.writeValueAsString(passages(link)),
                                JSON.writeValueAsString(link.evidence()));
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing a reuse link failed", e);
                    }
                    count[0]++;
                });
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the reuse export failed", e);
        }
        return count[0];
    }

    /** Writes one link as a JSONL line of the {@code reuse} contract. */
    public static void writeJson(JsonGenerator json, ReuseLink link) {
        try {
            json.writeStartObject();
            json.writeStringField("source_id", link.sourceId());
            json.writeStringField("derived_id", link.derivedId());
            json.writeStringField("relation", link.relation().label());
            json.writeNumberField("score", link.score());
            json.writeNumberField("direction_confidence", link.directionConfidence());
            json.writeFieldName("passages");
            JSON.writeValue(json, passages(link));
            json.writeArrayFieldStart("evidence");
            for (String item : link.evidence()) {
                json.writeString(item);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing a reuse link failed", e);
        }
    }

    private static List<java.util.Map<String, Object>> passages(ReuseLink link) {
        return link.passages().stream().map(ReuseExporter::passage).toList();
    }

    /** A passage; {@code reworded} is added (true or false) beyond the contract's four offsets. */
    private static java.util.Map<String, Object> passage(Passage p) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("source_start", p.aStart());
        map.put("source_end", p.aEnd());
        map.put("derived_start", p.bStart());
        map.put("derived_end", p.bEnd());
        map.put("reworded", p.reworded());
        return map;
    }
}
