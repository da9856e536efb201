package dev.corroborate.io.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Hand-written WARC records, so a test can also write one whose Content-Length lies. */
final class WarcFixtures {

    private WarcFixtures() {
    }

    static byte[] response(String uri, String date, String contentType, String html) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html;
        return record("response", uri, date, "application/http;msgtype=response", http.getBytes(StandardCharsets.UTF_8), 0);
    }

    static byte[] request(String uri, String date) {
        String http = "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n";
        return record("request", uri, date, "application/http;msgtype=request", http.getBytes(StandardCharsets.UTF_8), 0);
    }

    /** A record whose Content-Length claims {@code extraLength} more bytes than the block has. */
    static byte[] record(String type, String uri, String date, String contentType, byte[] block, int extraLength) {
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: " + date
                + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + uri + date).getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + (block.length + extraLength) + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Each record gzipped on its own, as .warc.gz files are. */
    static byte[] gzipEach(byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
                gzip.write(record);
            }
            out.writeBytes(member.toByteArray());
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
