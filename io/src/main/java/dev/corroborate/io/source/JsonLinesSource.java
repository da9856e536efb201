package dev.corroborate.io.source;

import static dev.corroborate.io.source.SourceReader.isBlank;
import static dev.corroborate.io.source.SourceReader.megabytes;
import static dev.corroborate.io.source.SourceReader.rejected;
import static dev.corroborate.io.source.SourceReader.skipped;
import static dev.corroborate.io.source.SourceReader.streamFailure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.InputRecords;
import dev.corroborate.model.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSONL files for {@link SourceReader}: one JSON object per line, a whole file or the lines of one
 * {@link JsonLinesSlice} of it; blank lines are not inputs. Lines are split as bytes
 * ({@link LineReader}), so a bad line is told by its number and byte offset, and records are parsed
 * and assembled a chunk of lines at a time on all cores, handed on in line order. The sink it is
 * given applies the field limits.
 */
final class JsonLinesSource {

    /** JSONL records assembled together on all cores: enough to share the work, few enough to hold. */
    private static final int RECORDS_PER_CHUNK = 64;
    /** The most text (in chars) a chunk of JSONL records holds before it is assembled, whatever their count. */
    private static final long CHARS_PER_CHUNK = 16L << 20;

    private final InputRecords records;
    private final ObjectMapper json;
    private final SourceLimits limits;

    JsonLinesSource(InputRecords records, ObjectMapper json, SourceLimits limits) {
        this.records = records;
        this.json = json;
        this.limits = limits;
    }

    /** A whole file: every line, and a file holding no record said as such. */
    void read(String name, InputStream in, ExtractionSink sink) {
        read(name, new LineReader(in, limits.maxRecordBytes()), Long.MAX_VALUE, true, sink);
    }

    /** The lines that start within {@code slice}; {@code in} is positioned at {@link JsonLinesSlice#streamStart()}. */
    void read(String name, InputStream in, JsonLinesSlice slice, ExtractionSink sink) {
        LineReader lines;
        try {
            lines = LineReader.from(new SingleFillInputStream(in, 1 << 16), limits.maxRecordBytes(), slice);
        } catch (IOException e) {
            sink.accept(new Origin(name, slice.linesBefore() + 1, slice.start()), streamFailure(e, "line " + (slice.linesBefore() + 1)));
            return;
        }
        read(name, lines, slice.end(), false, sink);
    }

    /** The lines that start within {@code slice}, and how many of them are records (neither blank nor too long). */
    JsonLinesSlice.Count count(InputStream in, JsonLinesSlice slice) throws IOException {
        LineReader lines = LineReader.from(new SingleFillInputStream(in, 1 << 16), limits.maxRecordBytes(), slice);
        long count = 0;
        long records = 0;
        LineReader.Line line;
        while ((line = lines.next()) != null && line.byteOffset() < slice.end()) {
            count++;
            if (!line.tooLong() && !isBlank(line.bytes())) {
                records++;
            }
        }
        return new JsonLinesSlice.Count(count, records);
    }

    /**
     * The lines {@code lines} gives that start before {@code end}; a whole file's reading also says
     * when it held no record.
     */
    private void read(String name, LineReader lines, long end, boolean wholeFile, ExtractionSink sink) {
        long recordsSeen = 0;
        // Records are parsed and assembled a chunk of lines at a time on all cores (most of reading a
        // JSONL file), and handed to the sink one by one in the order of their lines.
        List<PendingRecord> chunk = new ArrayList<>();
        long chunkChars = 0;
        while (true) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                assemble(chunk, sink);
                sink.accept(new Origin(name, lines.lineNumber() + 1, lines.byteOffset()),
                        streamFailure(e, "line " + (lines.lineNumber() + 1)));
                return;
            }
            if (line == null || line.byteOffset() >= end) {
                break;
            }
            Origin origin = Origin.atLine(name, line.number(), line.byteOffset());
            if (line.tooLong()) {
                chunk.add(new PendingRecord(origin, null, rejected("record too large", "the line is longer than "
                        + megabytes(limits.maxRecordBytes()) + " (the limit for one record)")));
                continue;
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            recordsSeen++;
            String text;
            try {
                int start = line.number() == 1 && Decoding.hasUtf8Bom(line.bytes(), line.bytes().length) ? 3 : 0;
                text = Decoding.decode(line.bytes(), start, line.bytes().length - start, StandardCharsets.UTF_8);
            } catch (Decoding.MalformedText e) {
                chunk.add(new PendingRecord(new Origin(name, line.number(), line.byteOffset() + e.byteOffset), null,
                        rejected("invalid UTF-8", e.getMessage() + " of the line")));
                continue;
            }
            chunk.add(new PendingRecord(origin, text, null));
            chunkChars += text.length();
            if (chunk.size() >= RECORDS_PER_CHUNK || chunkChars >= CHARS_PER_CHUNK) {
                assemble(chunk, sink);
                chunkChars = 0;
            }
        }
        assemble(chunk, sink);
        if (!wholeFile) {
            return;
        }
        if (recordsSeen == 0 && lines.lineNumber() <= 1 && lines.byteOffset() == 0) {
            sink.accept(Origin.of(name), skipped("empty file", "empty file"));
        } else if (recordsSeen == 0) {
            sink.accept(Origin.of(name), skipped("empty file", "the file holds no records, only blank lines"));
        }
    }

    /** One line of a JSONL file: its text to parse, or what it already came to. */
    private record PendingRecord(Origin origin, String text, Extraction done) {
    }

    /** Parses and assembles the chunk's records on all cores, hands them to the sink in order, and empties the chunk. */
    private void assemble(List<PendingRecord> chunk, ExtractionSink sink) {
        List<Extraction> extracted = chunk.parallelStream().map(record -> {
            if (record.done() != null) {
                return record.done();
            }
            JsonNode node;
            try {
                node = json.readTree(record.text());
            } catch (JsonProcessingException e) {
                // A limit's exception (nesting depth, string length) has no location.
                JsonLocation at = e.getLocation();
                return rejected("malformed JSON", "malformed JSON" + (at == null ? "" : " at column "
                        + at.getColumnNr()) + ": " + SourceReader.jsonProblem(e.getOriginalMessage(), false));
            }
            return records.toArticle(node, record.origin());
        }).toList();
        for (int i = 0; i < chunk.size(); i++) {
            sink.accept(chunk.get(i).origin(), extracted.get(i));
        }
        chunk.clear();
    }
}
