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
     * A time field: a string as written, or a number: a date written as digits (20260401), else a Unix time
     * (seconds, or milliseconds when it is too large for seconds), given back in UTC ("2026-03-31T23:33:20Z").
     * A number was refused as the wrong type, and the record with it, where exports and APIs often give
     * times so. A number that is neither (a day count of a spreadsheet, 1970 or earlier) is still refused:
     * a wrong time would place the article in the wrong week.
     */
    private static String firstTime(JsonNode record, String... names) {
        for (String name : names) {
            JsonNode node = record.get(name);
            if (node != null && node.isNumber()) {
                return numericTime(name, node);
            }
            String value = stringField(record, name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String numericTime(String name, JsonNode node) {
        long value = node.asLong();
        if (node.isIntegralNumber() && value >= 1000_01_01L && value <= 2999_12_31L) {
            try {
                return java.time.LocalDate.of((int) (value / 10000), (int) (value / 100 % 100), (int) (value % 100)).toString();
            } catch (java.time.DateTimeException e) {
                // eight digits that are no date: a Unix time of 1970, refused below
            }
        }
        java.time.Instant at = Math.abs(value) >= 100_000_000_000L ? java.time.Instant.ofEpochMilli(value) : java.time.Instant.ofEpochSecond(value);
        if (at.isBefore(java.time.Instant.parse("1971-01-01T00:00:00Z"))) {
            throw new WrongType("field '" + name + "' is the number " + node.asText() + ", which is no date (20260401) and no "
                    + "Unix time after 1970 in seconds or milliseconds: give the time as a string, ISO-8601");
        }
        return java.time.format.DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
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
