package dev.corroborate.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.FoundQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code quotes} export: {@code id, article_id, kind (direct|reported), start, end,
 * text, speaker:{name, mention, start, end, speaker_id}, cue, group_id}. Beyond the contract, the
 * speaker carries {@code role} and {@code how} (the attribution pattern), and each quote its
 * {@code diff} against its group's reference wording. The speaker is {@code null} when the article
 * does not say who spoke. In CSV the speaker's fields are columns of their own.
 */
public final class QuoteExporter {

    public static final List<String> FIELDS = List.of("id", "article_id", "kind", "start", "end", "text",
            "speaker_name", "speaker_mention", "speaker_start", "speaker_end", "speaker_id", "speaker_role", "speaker_how", "cue",
            "group_id", "diff");

    private static final ObjectMapper JSON = SafeJson.mapper();

    /** Writes every stored quote, by article and position; returns how many. */
    public long write(ArticleStore store, ExportFormat format, Writer out) {
        return write(store, ExportScope.ALL, format, out);
    }

    /** Writes the quotes of the articles in {@code scope}, by article and position; returns how many. */
    public long write(ArticleStore store, ExportScope scope, ExportFormat format, Writer out) {
        long[] count = {0};
        try {
            if (format == ExportFormat.JSONL) {
                JsonGenerator json = JSON.getFactory().createGenerator(out);
                json.setRootValueSeparator(null);
                scope.forEachQuote(store, quote -> {
                    try {
                        JSON.writeValue(json, record(quote));
                        json.writeRaw('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing a quote failed", e);
                    }
                    count[0]++;
                });
                json.flush();
            } else {
                FormulaSafeCsv csv = FormulaSafeCsv.open(out, FIELDS);
                scope.forEachQuote(store, stored -> {
                    var quote = stored.quote();
                    var who = quote.speaker();
                    try {
                        csv.printRecord(stored.id(), stored.articleId(), quote.kind().label(), quote.start(), quote.end(),
                                quote.text(), who == null ? null : who.name(), who == null ? null : who.mention(),
                                who == null ? null : who.start(), who == null ? null : who.end(), stored.speakerId(),
                                who == null ? null : who.role(), who == null ? null : who.how(), quote.cue(), stored.groupId(),
                                stored.diff());
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing a quote failed", e);
                    }
                    count[0]++;
                });
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the quotes export failed", e);
        }
        return count[0];
    }

    /** One quote as the export's JSON object. */
    public static Map<String, Object> record(FoundQuote stored) {
        var quote = stored.quote();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", stored.id());
        map.put("article_id", stored.articleId());
        map.put("kind", quote.kind().label());
        map.put("start", quote.start());
        map.put("end", quote.end());
        map.put("text", quote.text());
        if (quote.speaker() == null) {
            map.put("speaker", null);
        } else {
            Map<String, Object> speaker = new LinkedHashMap<>();
            speaker.put("name", quote.speaker().name());
            speaker.put("mention", quote.speaker().mention());
            speaker.put("start", quote.speaker().start());
            speaker.put("end", quote.speaker().end());
            speaker.put("speaker_id", stored.speakerId());
            speaker.put("role", quote.speaker().role());
            speaker.put("how", quote.speaker().how());
            map.put("speaker", speaker);
        }
        map.put("cue", quote.cue());
        map.put("group_id", stored.groupId());
        map.put("diff", stored.diff());
        return map;
    }
}
