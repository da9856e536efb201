package dev.corroborate.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.extract.SourceDocument.Content;
import dev.corroborate.extract.SourceDocument.Metadata;
import dev.corroborate.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The input record contract of DESIGN.md: a JSON object with {@code id}, {@code url},
 * {@code title}, {@code text} (or {@code maintext}, {@code body}), {@code html},
 * {@code published} (or {@code date_publish}, {@code date}), {@code outlet} (or
 * {@code source_domain}, {@code source}), {@code authors} (a list or a string) and
 * {@code language}. Other fields, such as the rest of news-please's, are ignored. A field of the
 * wrong type rejects the record, naming the field. Thread-safe.
 */
public final class InputRecords {

    private final ArticleAssembler assembler;

    public InputRecords(ArticleAssembler assembler) {
        this.assembler = Objects.requireNonNull(assembler, "assembler");
    }

    /** The article a record holds, or why it holds none. */
    public Extraction toArticle(JsonNode record, Origin origin) {
        if (record == null || !record.isObject()) {
            return Extraction.rejected("not a JSON object", "a record must be a JSON object, got " + kind(record));
        }
        try {
            String id = idField(record);
            String url = stringField(record, "url");
            String title = stringField(record, "title");
            String text = firstString(record, "text", "maintext", "body");
            String html = stringField(record, "html");
            String published = firstTime(record, "published", "date_publish", "date");
            String outlet = firstString(record, "outlet", "source_domain", "source");
            String language = stringField(record, "language");
            String modified = firstTime(record, "modified", "date_modify");
            String lead = firstString(record, "lead", "description");
            List<String> authors = authorsField(record);
            Metadata given = new Metadata(id, url, outlet, title, authors, published, modified, language, lead);
            Content content;
            if (text != null && !text.isBlank()) {
                content = new SourceDocument.PlainText(text);
            } else if (html != null && !html.isBlank()) {
                content = new SourceDocument.Html(html);
            } else {
                return Extraction.skipped("no text", "the record has no text (text, maintext, body) and no html");
            }
            return assembler.assemble(new SourceDocument(origin, given, content));
        } catch (WrongType e) {
            return Extraction.rejected("wrong field type", e.getMessage());
        }
    }

    private static String idField(JsonNode record) {
        JsonNode node = record.get("id");
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText().strip();
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        throw new WrongType("field 'id' must be a string or an integer, got " + kind(node));
    }

    private static String firstString(JsonNode record, String... names) {
        for (String name : names) {
            String value = stringField(record, name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /**
     * A time field: a string as written, or a number as a Unix time (seconds, or milliseconds when it is
     * too large for seconds), given back in UTC ("2026-03-31T23:33:20Z"). A number was refused as the
     * wrong type, and the record with it, where exports and APIs often give times so.
     */
    private static String firstTime(JsonNode record, String... names) {
        for (String name : names) {
            JsonNode node = record.get(name);
            if (node != null && node.isNumber()) {
                long value = node.asLong();
                java.time.Instant at = Math.abs(value) >= 100_000_000_000L
                        ? java.time.Instant.ofEpochMilli(value) : java.time.Instant.ofEpochSecond(value);
                return java.time.format.DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
            String value = stringField(record, name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String stringField(JsonNode record, String name) {
        JsonNode node = record.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new WrongType("field '" + name + "' must be a string, got " + kind(node));
        }
        return node.asText();
    }

    private static List<String> authorsField(JsonNode record) {
        JsonNode node = record.get("authors");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return Bylines.split(node.asText());
        }
        if (!node.isArray()) {
            throw new WrongType("field 'authors' must be a list of strings or a string, got " + kind(node));
        }
        List<String> authors = new ArrayList<>();
        int index = 0;
        for (JsonNode author : node) {
            if (!author.isTextual()) {
                throw new WrongType("field 'authors' must hold strings, but item " + index + " is " + kind(author));
            }
            authors.add(author.asText());
            index++;
        }
        return authors;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        switch (node.getNodeType()) {
            case ARRAY:
                return "a list";
            case OBJECT:
                return "an object";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            case STRING:
                return "a string";
            default:
                return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A field of the wrong JSON type; caught in {@link #toArticle} and turned into a rejection. */
    private static final class WrongType extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongType(String message) {
            super(message, null, false, false);
        }
    }
}
