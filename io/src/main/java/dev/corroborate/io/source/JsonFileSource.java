package dev.corroborate.io.source;

import static dev.corroborate.io.source.SourceReader.jsonProblem;
import static dev.corroborate.io.source.SourceReader.rejected;
import static dev.corroborate.io.source.SourceReader.skipped;
import static dev.corroborate.io.source.SourceReader.streamFailure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.InputRecords;
import dev.corroborate.model.Origin;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@code .json} file (or standard input that starts as one): one object, an array of objects, or
 * objects one after another, read as a stream, each record an input with its line (and, in an array,
 * its element); what cannot be read is said with its line and column, the records before it kept.
 * Not thread-safe: one per reader.
 */
final class JsonFileSource {

    private final InputRecords records;
    private final ObjectMapper streamingJson;

    JsonFileSource(InputRecords records, ObjectMapper streamingJson) {
        this.records = records;
        this.streamingJson = streamingJson;
    }

    /** One JSON object, or an array of them, read as a stream. */
    void read(String name, InputStream in, ExtractionSink sink) {
        try (JsonParser parser = streamingJson.getFactory().createParser(in)) {
            boolean[] failed = {false};
            JsonToken first = nextToken(parser, name, (origin, refused) -> {
                failed[0] = true;
                sink.accept(origin, refused);
            });
            if (first == null && !failed[0]) { // nothing but white space, if anything
                sink.accept(Origin.of(name), skipped("empty file", parser.currentLocation().getByteOffset() <= 0
                        ? "empty file" : "the file holds only white space"));
            }
            if (first == null) {
                return;
            }
            if (first == JsonToken.START_OBJECT) {
                Origin origin = originOf(name, parser.currentTokenLocation());
                JsonNode node = readTree(parser, name, origin, sink);
                if (node != null) {
                    sink.accept(origin, records.toArticle(node, origin));
                    readFollowing(parser, name, sink);
                }
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                sink.accept(Origin.of(name), rejected("not a JSON object",
                        "a .json file must hold an object or an array of objects, not " + first.asString()));
                return;
            }
            int element = 0;
            while (true) {
                JsonToken token = nextToken(parser, name, sink);
                if (token == null || token == JsonToken.END_ARRAY) {
                    if (token != null) {
                        readFollowing(parser, name, sink);
                    }
                    return;
                }
                element++;
                JsonLocation at = parser.currentTokenLocation();
                Origin origin = originOf(name, at);
                JsonNode node = readTree(parser, name, origin, sink);
                if (node == null) {
                    return;
                }
                Extraction extraction = records.toArticle(node, origin);
                if (extraction instanceof Extraction.Refused refused) {
                    // Which element: a whole array on one line gave every record the same line.
                    extraction = new Extraction.Refused(refused.outcome(), refused.kind(), "element " + element
                            + " of the array (line " + at.getLineNr() + ", column " + at.getColumnNr() + "): " + refused.reason());
                }
                sink.accept(origin, extraction);
            }
        } catch (IOException e) {
            sink.accept(Origin.of(name), streamFailure(e, "the file"));
        }
    }

    /**
     * What follows a file's first value. More objects (one a line, or one after another) are records too:
     * a second object was dropped without a word. Anything else (a word, a number, another array) is said
     * to be there, with its line and column, and the records before it are kept.
     */
    private void readFollowing(JsonParser parser, String name, ExtractionSink sink) {
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                sink.accept(originOf(name, at), rejected("content after the JSON", "content after the JSON value"
                        + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                        + ": " + jsonProblem(e.getOriginalMessage(), true) + "; the rest of the file was not read"));
                return;
            } catch (IOException e) {
                sink.accept(originOf(name, parser.currentLocation()), streamFailure(e, "the file"));
                return;
            }
            if (token == null) {
                return; // the parser read to the end (a gzip's checksum included)
            }
            JsonLocation at = parser.currentTokenLocation();
            if (token != JsonToken.START_OBJECT) {
                sink.accept(originOf(name, at), rejected("content after the JSON", "content after the JSON value at line "
                        + at.getLineNr() + ", column " + at.getColumnNr() + ": " + describe(token)
                        + ", not an object; the rest of the file was not read"));
                return;
            }
            Origin origin = originOf(name, at);
            JsonNode node = readTree(parser, name, origin, sink);
            if (node == null) {
                return;
            }
            sink.accept(origin, records.toArticle(node, origin));
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** The next token, or null after reporting why the rest of the file cannot be read. */
    private JsonToken nextToken(JsonParser parser, String name, ExtractionSink sink) {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            sink.accept(originOf(name, e.getLocation()), malformedRest(e));
            return null;
        } catch (IOException e) {
            sink.accept(originOf(name, parser.currentLocation()), streamFailure(e, "the file"));
            return null;
        }
    }

    private JsonNode readTree(JsonParser parser, String name, Origin origin, ExtractionSink sink) {
        try {
            return streamingJson.readTree(parser);
        } catch (JsonProcessingException e) {
            sink.accept(e.getLocation() == null ? origin : originOf(name, e.getLocation()), malformedRest(e));
            return null;
        } catch (IOException e) {
            sink.accept(origin, streamFailure(e, "the record"));
            return null;
        }
    }

    private static Extraction malformedRest(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return rejected("malformed JSON", "malformed JSON" + where + ": " + jsonProblem(e.getOriginalMessage(), true)
                + "; the rest of the file was not read");
    }

    private static Origin originOf(String name, JsonLocation location) {
        if (location == null) {
            return Origin.of(name);
        }
        return new Origin(name, Math.max(0, location.getLineNr()), location.getByteOffset());
    }
}
