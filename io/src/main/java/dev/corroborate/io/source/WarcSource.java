package dev.corroborate.io.source;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.SourceDocument;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or WARC.gz file with jwarc: every record is one input, placed by its byte offset.
 * Response and resource records holding HTML become articles, with the record's target URI as
 * the URL and its date as the publication time when the page states none (a capture is an upper
 * bound on publication). Other records are counted as skipped. A record that cannot be parsed
 * (a wrong length, a truncated file) is rejected with its offset, and the rest of the file with it,
 * since a WARC cannot be resynchronised without an index.
 */
final class WarcSource {

    /** Seconds always written: OffsetDateTime.toString() drops zero seconds and so the precision. */
    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final ArticleAssembler assembler;
    private final SourceLimits limits;

    WarcSource(ArticleAssembler assembler, SourceLimits limits) {
        this.assembler = assembler;
        this.limits = limits;
    }

    void read(Path path, ExtractionSink sink, LongConsumer progress) {
        try (WarcReader reader = new WarcReader(path)) {
            read(path.toString(), reader, sink, progress);
        } catch (IOException e) {
            sink.accept(Origin.of(path.toString()), rejected("unreadable", "cannot read the WARC file: " + message(e)));
        }
    }

    /** A WARC file given as a stream (gzipped or not), named {@code name}; the caller closes {@code in}. */
    void read(String name, java.io.InputStream in, ExtractionSink sink, LongConsumer progress) {
        try {
            read(name, new WarcReader(in), sink, progress);
        } catch (IOException e) {
            sink.accept(Origin.of(name), rejected("unreadable", "cannot read the WARC file: " + message(e)));
        }
    }

    private void read(String name, WarcReader reader, ExtractionSink sink, LongConsumer progress) {
        long lastPosition = 0;
        int records = 0;
        {
            reader.onWarning(message -> { }); // recoverable oddities; the records still read
            while (true) {
                long position = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(new Origin(name, 0, position), rejected("broken WARC record",
                            "cannot parse the WARC record at byte offset " + position + ": " + message(e)
                                    + "; the rest of the file was not read"));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                WarcRecord record = next.get();
                progress.accept(Math.max(0, record.position() - lastPosition));
                lastPosition = record.position();
                Origin origin = new Origin(name, 0, record.position());
                Extraction extraction;
                try {
                    extraction = extract(record, origin);
                    // Read what is left of the block: a record whose Content-Length runs past the end
                    // of the file shows itself only here.
                    record.body().consume();
                } catch (IOException | RuntimeException e) {
                    sink.accept(origin, rejected("broken WARC record", "the WARC record at byte offset "
                            + record.position() + " is truncated or malformed (" + message(e) + ")"));
                    continue;
                }
                sink.accept(origin, extraction);
            }
            if (records == 0) {
                sink.accept(Origin.of(name), skipped("empty file", "the WARC file holds no records"));
            }
        }
    }

    private Extraction extract(WarcRecord record, Origin origin) throws IOException {
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
            return skipped("not a page", "a WARC " + record.type() + " record, not a response or resource");
        }
        WarcCaptureRecord capture = (WarcCaptureRecord) record;
        if (record instanceof WarcResponse response && !response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                && !response.contentType().toString().startsWith("application/http")) {
            return skipped("not a page", "a response record that holds no HTTP response");
        }
        if (record instanceof WarcResponse response) {
            int status = response.http().status();
            if (status < 200 || status >= 300) {
                return skipped("not a page", "HTTP status " + status + " for " + capture.target());
            }
        }
        Optional<WarcPayload> payload = capture.payload();
        if (payload.isEmpty()) {
            return skipped("not a page", "the record has no payload");
        }
        MediaType type = payload.get().type();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return skipped("not a page", "the payload is " + base + ", not HTML");
        }
        byte[] bytes;
        MessageBody body;
        if (record instanceof WarcResponse response) {
            // The page as the browser saw it: a body the server sent gzipped (Content-Encoding) or chunked
            // was stored as its compressed bytes, and came out as a text of binary garbage.
            try {
                body = response.http().bodyDecoded();
            } catch (IOException e) {
                return rejected("unsupported encoding", "the page's content encoding ("
                        + response.http().headers().first("Content-Encoding").orElse("unknown") + ") cannot be decoded: " + message(e));
            }
        } else {
            body = payload.get().body();
        }
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes((int) limits.maxArticleBytes() + 1);
        }
        if (bytes.length > limits.maxArticleBytes()) {
            return rejected("too large", "the page is larger than the limit for one article");
        }
        long binaryAt = Decoding.binaryEvidence(bytes, bytes.length);
        if (binaryAt >= 0) {
            return rejected("binary content", Decoding.binaryContent("an HTML page", bytes, binaryAt) + " in the page");
        }
        String published = record.date() == null ? null : SECONDS.format(record.date().atOffset(ZoneOffset.UTC));
        SourceDocument.Metadata given = new SourceDocument.Metadata(null, capture.target(), null, null, null, null, null);
        Extraction extraction = assembler.assemble(new SourceDocument(origin, given,
                new SourceDocument.HtmlBytes(bytes, type.parameters().get("charset"))));
        return withCaptureDateFallback(extraction, published);
    }

    /** The capture date stands in for a publication time only when the page states none. */
    private static Extraction withCaptureDateFallback(Extraction extraction, String captured) {
        if (captured == null || !(extraction instanceof Extraction.Accepted accepted) || accepted.article().published() != null) {
            return extraction;
        }
        var published = dev.corroborate.model.PublishedTime.parse(captured).orElse(null);
        // Said at ingest: who reported first rests on these times, and a capture is not a publication.
        java.util.List<String> warnings = new java.util.ArrayList<>(accepted.warnings());
        warnings.add("the page states no publication time: the archive's capture time (" + captured + ") stands in for it");
        return new Extraction.Accepted(accepted.article().withPublished(published), warnings, accepted.removed());
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Extraction skipped(String kind, String reason) {
        return new Extraction.Refused(Outcome.SKIPPED, kind, reason);
    }

    private static Extraction rejected(String kind, String reason) {
        return new Extraction.Refused(Outcome.REJECTED, kind, reason);
    }
}
