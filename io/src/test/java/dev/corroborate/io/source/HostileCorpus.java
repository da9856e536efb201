package dev.corroborate.io.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hostile corpus of issue 18 into a folder, from code (nothing is committed as a blob):
 * every format Corroborate reads (text, HTML, JSON, JSONL, WARC, RSS, Atom, each also gzipped,
 * and URL lists) crossed with every failure (truncation, wrong lengths, bad encodings, nesting,
 * bombs, huge fields, binary, empty, control characters, lying headers and extensions), with valid
 * controls mixed in, in files of their own and between bad lines of the same file. Every case says
 * what must become of it ({@link Expect}). Seeded: the same seed writes the same bytes. The texts
 * are invented for it. Not thread-safe.
 */
final class HostileCorpus {

    /** What must become of a case's file. */
    enum Expect {
        /** Valid: its articles stored (each marker found in a stored text). */
        CONTROL,
        /** Recognisably broken: named in a stored diagnostic (it may also give articles). */
        DIAGNOSED,
        /** Possibly readable (a truncated text is still text): stored, or named in a stored diagnostic; never silently dropped. */
        ACCOUNTED
    }

    /** One file: its name, bytes, expectation, the failure it carries, and the markers of the valid articles it holds. */
    record Case(String name, byte[] bytes, Expect expect, String failure, List<String> controls) {
    }

    /** The largest article the corpus's reader should accept: the huge cases go past it. */
    static final SourceLimits LIMITS = new SourceLimits(256 << 10, 256 << 10);

    private static final String[] FORMATS = {"txt", "html", "json", "jsonl", "warc", "rss", "atom"};
    private static final String[] WORDS = ("harbour council ferry quay storm repairs island timetable operator divers "
            + "inspection morning evening officials residents weather crossing pier captain passengers crew lifeboat "
            + "report season winter spring repairs contract engineers budget vote mayor").split(" ");

    private final Random random;
    private final List<Case> cases = new ArrayList<>();
    private int markers;

    HostileCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes every case into {@code folder}; returns them. */
    List<Case> write(Path folder) throws IOException {
        build();
        Files.createDirectories(folder);
        for (Case c : cases) {
            Files.write(folder.resolve(c.name()), c.bytes());
        }
        return List.copyOf(cases);
    }

    // ---- valid articles, by format

    private String marker() {
        return String.format(Locale.ROOT, "ctrl%04dx", markers++);
    }

    private String sentence(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
        }
        return out.toString().strip() + ".";
    }

    private String text(String marker) {
        return sentence(14) + " The " + marker + " crossing resumed. " + sentence(12) + "\n\n" + sentence(20) + " "
                + sentence(16) + "\n\n" + sentence(18) + " " + sentence(10);
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private String record(String marker, String title) {
        return "{\"id\": " + json("hostile-" + marker) + ", \"title\": " + json(title) + ", \"outlet\": \"Harbour Daily\", "
                + "\"published\": \"2026-03-0" + (1 + random.nextInt(9)) + "T08:00:00Z\", \"text\": " + json(text(marker)) + "}";
    }

    private String html(String marker, String title, String text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            body.append("<p>").append(paragraph).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>\n"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>\n" + body
                + "</article><footer>Share this article</footer></body></html>\n";
    }

    /** A valid file of {@code format} holding one article marked {@code marker}, whose title is {@code title}. */
    private byte[] valid(String format, String marker, String title) {
        String text = text(marker);
        String out = switch (format) {
            case "txt" -> title + "\n\n" + text + "\n";
            case "html" -> html(marker, title, text);
            case "json" -> record(marker, title) + "\n";
            case "jsonl" -> record(marker, title) + "\n";
            case "warc" -> new String(WarcFixtures.response("https://harbour.example/" + marker, "2026-03-02T08:00:00Z",
                    "text/html; charset=utf-8", html(marker, title, text)), StandardCharsets.UTF_8);
            case "rss" -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                    + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Harbour Daily</title>"
                    + "<link>https://harbour.example/</link><description>News</description><item><title>" + title
                    + "</title><link>https://harbour.example/" + marker + "</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>"
                    + "<content:encoded><![CDATA[" + html(marker, title, text) + "]]></content:encoded></item></channel></rss>\n";
            case "atom" -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                    + "<title>Harbour Daily</title><id>urn:harbour</id><updated>2026-03-02T08:00:00Z</updated><entry><title>"
                    + title + "</title><id>urn:" + marker + "</id><link href=\"https://harbour.example/" + marker + "\"/>"
                    + "<updated>2026-03-02T08:00:00Z</updated><content type=\"html\"><![CDATA[" + html(marker, title, text)
                    + "]]></content></entry></feed>\n";
            default -> throw new IllegalArgumentException(format);
        };
        return out.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the cases

    private void add(String failure, String extension, byte[] bytes, Expect expect, List<String> controls) {
        String name = String.format(Locale.ROOT, "%03d-%s.%s", cases.size(), failure, extension);
        cases.add(new Case(name, bytes, expect, failure, controls));
    }

    private void build() {
        for (String format : FORMATS) {
            for (boolean gzipped : new boolean[] {false, true}) {
                String extension = gzipped ? format + ".gz" : format;
                Function<byte[], byte[]> wrap = gzipped ? HostileCorpus::gzip : bytes -> bytes;
                for (int i = 0; i < 3; i++) {
                    String marker = marker();
                    add("control", extension, wrap.apply(valid(format, marker, "Quay reopens after storm repairs " + marker)),
                            Expect.CONTROL, List.of(marker));
                }
                // Failures of the content, the same for every format (gzipped after, for .gz).
                // Each case its own article (its own id): an id stored from one file would make another's "already present".
                java.util.function.Supplier<byte[]> fresh = () -> valid(format, marker(), "Ferry timetable changes for winter");
                for (int quarter = 1; quarter <= 3; quarter++) {
                    byte[] good = fresh.get();
                    add("truncated-" + quarter + "q", extension, wrap.apply(slice(good, good.length * quarter / 4)), Expect.ACCOUNTED, List.of());
                }
                byte[] good = fresh.get();
                add("truncated-last-byte", extension, wrap.apply(slice(good, good.length - 1)), Expect.ACCOUNTED, List.of());
                add("empty", extension, wrap.apply(new byte[0]), Expect.DIAGNOSED, List.of());
                add("only-spaces", extension, wrap.apply("   \n\n\t  \n".getBytes(StandardCharsets.UTF_8)), Expect.DIAGNOSED, List.of());
                for (int size : new int[] {512, 8192, 65536}) {
                    add("binary-" + size, extension, wrap.apply(binary(size)), Expect.DIAGNOSED, List.of());
                }
                String[][] encodings = {{"invalid-ff", "ff fe"}, {"invalid-c328", "c3 28"}, {"overlong", "c0 af"},
                    {"surrogate", "ed a0 80"}, {"cut-sequence", "e2 82"}};
                for (String[] bad : encodings) {
                    add(bad[0], extension, wrap.apply(insert(fresh.get(), hex(bad[1]))), Expect.ACCOUNTED, List.of());
                }
                String[][] controls = {{"nul", "\u0000"}, {"escape", "\u001b[31m"}, {"bell", "\u0007"}, {"delete", "\u007f"},
                    {"c1-next-line", "\u0085"}, {"bidi-override", "\u202e"}, {"line-separator", "\u2028"}};
                for (String[] control : controls) {
                    String marker = marker();
                    add("control-chars-" + control[0], extension,
                            wrap.apply(valid(format, marker, "Storm " + control[1] + " damage at the pier " + marker)),
                            Expect.ACCOUNTED, List.of());
                }
                add("bom", extension, wrap.apply(concat(hex("ef bb bf"), fresh.get())), Expect.ACCOUNTED, List.of());
                add("utf16", extension, wrap.apply(new String(fresh.get(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)),
                        Expect.ACCOUNTED, List.of());
                add("pdf-inside", extension, wrap.apply(("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Title (" + marker() + ") >>\nendobj\n")
                        .getBytes(StandardCharsets.ISO_8859_1)), Expect.ACCOUNTED, List.of());
                add("other-format-inside", extension, wrap.apply(valid(format.equals("html") ? "json" : "html", marker(),
                        "Lunmouth council votes on the harbour budget")), Expect.ACCOUNTED, List.of());
                add("too-large", extension, wrap.apply(padded(format)), Expect.DIAGNOSED, List.of());
                if (gzipped) {
                    byte[] packed = gzip(fresh.get());
                    add("gzip-truncated", extension, slice(packed, packed.length / 2), Expect.DIAGNOSED, List.of());
                    packed = gzip(fresh.get());
                    // jwarc reads a .warc.gz member without checking its checksum: known, in docs/SECURITY.md.
                    add("gzip-bad-crc", extension, flip(packed, packed.length - 6),
                            format.equals("warc") ? Expect.ACCOUNTED : Expect.DIAGNOSED, List.of());
                    packed = gzip(fresh.get());
                    add("gzip-bad-length", extension, flip(packed, packed.length - 2), Expect.DIAGNOSED, List.of());
                    add("gzip-header-only", extension, slice(gzip(fresh.get()), 10), Expect.DIAGNOSED, List.of());
                    // jwarc reads plain and gzipped WARC alike: a plain one named .warc.gz is simply read.
                    add("not-gzip", extension, fresh.get(), format.equals("warc") ? Expect.ACCOUNTED : Expect.DIAGNOSED, List.of());
                    add("gzip-bomb", extension, gzip(new byte[8 << 20]), Expect.DIAGNOSED, List.of());
                    add("gzip-of-gzip", extension, gzip(gzip(fresh.get())), Expect.ACCOUNTED, List.of());
                }
                formatSpecific(format, extension, wrap);
            }
        }
        urlLists();
    }

    private void formatSpecific(String format, String extension, Function<byte[], byte[]> wrap) {
        switch (format) {
            case "json", "jsonl" -> {
                for (int depth : new int[] {1_001, 5_000, 100_000}) {
                    add("nested-" + depth, extension, wrap.apply(utf8("{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "\n")),
                            Expect.DIAGNOSED, List.of());
                }
                String[] broken = {"{\"title\": 5, \"text\": \"x\"}", "{\"title\": \"t\", \"text\": [1, 2]}",
                    "{\"title\": \"t\", \"text\": \"x\", \"authors\": {\"a\": 1}}", "[1, 2, 3]", "\"just a string\"", "42",
                    "{\"title\": \"unterminated", "{\"title\": \"t\", \"text\": \"x\"} trailing", "{,}", "null"};
                for (int i = 0; i < broken.length; i++) {
                    String before = marker();
                    String after = marker();
                    byte[] bytes = format.equals("jsonl")
                            ? utf8(record(before, "Before the bad line " + before) + "\n" + broken[i] + "\n"
                                    + record(after, "After the bad line " + after) + "\n")
                            : utf8("[" + record(before, "Before the bad record " + before) + ", " + broken[i] + ", "
                                    + record(after, "After the bad record " + after) + "]");
                    // In an array, the records after a malformed one cannot be found again: only the
                    // one before is sure to be kept.
                    boolean sureAfter = format.equals("jsonl") || !broken[i].startsWith("{\"title\": \"unterm")
                            && !broken[i].equals("{,}") && !broken[i].endsWith("trailing");
                    add("bad-record-" + i, extension, wrap.apply(bytes), Expect.DIAGNOSED,
                            sureAfter ? List.of(before, after) : List.of(before));
                }
                String[][] huge = {{"title", json("T".repeat(2_000_000 / 8))}, {"outlet", json("O".repeat(20_000))},
                    {"url", json("https://harbour.example/" + "p".repeat(10_000))}, {"lead", json("L".repeat(20_000))},
                    {"authors", "[" + String.join(",", java.util.stream.IntStream.range(0, 300).mapToObj(i -> json("Ann Lee " + i)).toList()) + "]"}};
                for (String[] field : huge) {
                    String marker = marker();
                    String record = "{\"id\": " + json("hostile-" + marker) + ", \"" + field[0] + "\": " + field[1]
                            + (field[0].equals("title") ? "" : ", \"title\": \"Huge field\"") + ", \"text\": " + json(text(marker)) + "}";
                    add("huge-" + field[0], extension, wrap.apply(utf8(record + "\n")), Expect.DIAGNOSED, List.of(marker));
                }
            }
            case "html" -> {
                add("nested-divs", extension, wrap.apply(utf8("<html><body>" + "<div>".repeat(20_000) + text(marker())
                        + "</div>".repeat(20_000) + "</body></html>")), Expect.ACCOUNTED, List.of());
                add("lying-charset-utf16", extension, wrap.apply(utf8(new String(valid("html", marker(), "Pier repairs begin"),
                        StandardCharsets.UTF_8).replace("charset=\"utf-8\"", "charset=\"utf-16\""))), Expect.ACCOUNTED, List.of());
                add("lying-charset-sjis", extension, wrap.apply(utf8(new String(valid("html", marker(), "Pier repairs end"),
                        StandardCharsets.UTF_8).replace("charset=\"utf-8\"", "charset=\"shift_jis\""))), Expect.ACCOUNTED, List.of());
                String marker = marker();
                add("huge-title", extension, wrap.apply(valid("html", marker, "T".repeat(100_000) + " " + marker)),
                        Expect.ACCOUNTED, List.of());
                add("script-only", extension, wrap.apply(utf8("<html><body><script>" + "var a = 1;\n".repeat(500)
                        + "</script></body></html>")), Expect.DIAGNOSED, List.of());
            }
            case "warc" -> {
                String marker = marker();
                byte[] html = utf8(html(marker, "Quay works " + marker, text(marker)));
                String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n";
                byte[] block = concat(utf8(http), html);
                for (int extra : new int[] {100, -100, 100_000}) {
                    add("lying-length" + extra, extension, wrap.apply(WarcFixtures.record("response",
                            "https://harbour.example/x", "2026-03-02T08:00:00Z", "application/http;msgtype=response", block, extra)),
                            Expect.ACCOUNTED, List.of());
                }
                add("lying-content-type", extension, wrap.apply(WarcFixtures.response("https://harbour.example/pdf",
                        "2026-03-02T08:00:00Z", "application/pdf", html(marker(), "Not a PDF", text(marker())))),
                        Expect.ACCOUNTED, List.of());
                add("not-warc-header", extension, wrap.apply(utf8("WARC/9.9\r\nnonsense\r\n\r\n" + text(marker()))),
                        Expect.DIAGNOSED, List.of());
                add("request-only", extension, wrap.apply(WarcFixtures.request("https://harbour.example/", "2026-03-02T08:00:00Z")),
                        Expect.DIAGNOSED, List.of());
            }
            case "rss", "atom" -> {
                String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                        + "<rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>";
                add("entity-bomb", extension, wrap.apply(utf8(bomb)), Expect.DIAGNOSED, List.of());
                add("external-entity", extension, wrap.apply(utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]>\n<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")),
                        Expect.DIAGNOSED, List.of());
                add("lying-encoding", extension, wrap.apply(utf8(new String(valid(format, marker(), "Crossing \u00e9t\u00e9 resumes"),
                        StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""))), Expect.ACCOUNTED, List.of());
                add("nested-elements", extension, wrap.apply(utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                        + "<x>".repeat(50_000) + "</x>".repeat(50_000) + "</channel></rss>")), Expect.ACCOUNTED, List.of());
                add("no-items", extension, wrap.apply(utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty"
                        + "</title></channel></rss>")), Expect.ACCOUNTED, List.of());
            }
            default -> {
            }
        }
    }

    /** URL lists: every address refused before anything is fetched (no network is used). */
    private void urlLists() {
        String[] refused = {"file:///etc/passwd", "ftp://harbour.example/file", "http://127.0.0.1/", "http://10.1.2.3/news",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://192.168.0.1/", "http://0.0.0.0/",
            "not a url at all", "http://100.64.0.1/", "http://[fe80::1]/", "gopher://harbour.example/"};
        for (int i = 0; i < refused.length; i++) {
            add("url-refused-" + i, "urls", utf8(refused[i] + "\n"), Expect.DIAGNOSED, List.of());
        }
        add("urls-binary", "urls", binary(2048), Expect.DIAGNOSED, List.of());
        add("urls-empty", "urls", new byte[0], Expect.DIAGNOSED, List.of());
    }

    // ---- bytes

    private byte[] padded(String format) {
        String marker = marker();
        String filler = (sentence(12) + " ").repeat(4_000); // about 350 KB, past LIMITS
        return switch (format) {
            case "json", "jsonl" -> utf8("{\"id\": " + json("hostile-" + marker) + ", \"title\": \"Long\", \"text\": "
                    + json(filler) + "}\n");
            case "warc" -> WarcFixtures.response("https://harbour.example/" + marker, "2026-03-02T08:00:00Z",
                    "text/html; charset=utf-8", html(marker, "Long report", text(marker) + "\n\n" + filler));
            default -> utf8(new String(valid(format, marker, "Long report"), StandardCharsets.UTF_8)
                    .replace("crossing resumed.", "crossing resumed. " + filler));
        };
    }

    private byte[] binary(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] insert(byte[] bytes, byte[] inserted) {
        int at = bytes.length / 2;
        return concat(slice(bytes, at), inserted, java.util.Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] slice(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, Math.max(0, length));
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) 0x5a;
        return copy;
    }

    private static byte[] hex(String hex) {
        String[] parts = hex.split(" ");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        return WarcFixtures.concat(parts);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
