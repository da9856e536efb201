package dev.corroborate.io.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.extract.InputRecords;
import dev.corroborate.extract.SourceDocument;
import dev.corroborate.model.Origin;
import dev.corroborate.model.Outcome;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads files, directories and standard input, and hands every input to an
 * {@link ExtractionSink} exactly once. Directories are read recursively, entries sorted by name,
 * so a run is deterministic. A JSON or JSONL file is one input per record; any other file is one
 * input. Problems become refusals naming the file and the line or byte offset; the reader itself
 * throws only when the sink does. Not thread-safe; cheap to create.
 */
public final class SourceReader {

    /** Lists a directory; replaceable in tests, since a root user can read any directory. */
    @FunctionalInterface
    interface DirectoryLister {
        List<Path> list(Path directory) throws IOException;
    }

    private static final String STDIN = "-";

    private final ArticleAssembler assembler;
    private final InputRecords records;
    private final SourceLimits limits;
    /** For one JSONL line: anything after the object is an error. */
    private final ObjectMapper json;
    /** For a .json stream: the parser walks on past each array element. */
    private final ObjectMapper streamingJson;
    private final JsonLinesSource jsonLines;
    private final JsonFileSource jsonFiles;
    private final DirectoryLister lister;
    private final UrlSource urls;
    private final boolean fetchFeedLinks;

    public SourceReader(ArticleAssembler assembler, SourceLimits limits) {
        this(assembler, limits, FetchSettings.DEFAULTS);
    }

    /**
     * @param fetchFeedLinks fetch the page an item of a feed links to when the item holds only a summary
     */
    public SourceReader(ArticleAssembler assembler, SourceLimits limits, boolean fetchFeedLinks) {
        this(assembler, limits, FetchSettings.DEFAULTS.withFetchFeedLinks(fetchFeedLinks));
    }

    /** @param fetch how URLs are fetched, feed links among them */
    public SourceReader(ArticleAssembler assembler, SourceLimits limits, FetchSettings fetch) {
        this(assembler, limits, SourceReader::listSorted, new UrlSource(assembler, limits, fetch), fetch.fetchFeedLinks());
    }

    SourceReader(ArticleAssembler assembler, SourceLimits limits, DirectoryLister lister) {
        this(assembler, limits, lister, new UrlSource(assembler, limits, FetchSettings.DEFAULTS), false);
    }

    private SourceReader(ArticleAssembler assembler, SourceLimits limits, DirectoryLister lister, UrlSource urls,
            boolean fetchFeedLinks) {
        this.assembler = Objects.requireNonNull(assembler, "assembler");
        this.records = new InputRecords(assembler);
        this.limits = Objects.requireNonNull(limits, "limits");
        this.lister = Objects.requireNonNull(lister, "lister");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.fetchFeedLinks = fetchFeedLinks;
        this.json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.streamingJson = new ObjectMapper();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength((int) limits.maxRecordBytes())
                .build();
        this.json.getFactory().setStreamReadConstraints(constraints);
        this.streamingJson.getFactory().setStreamReadConstraints(constraints);
        this.jsonLines = new JsonLinesSource(records, json, limits);
        this.jsonFiles = new JsonFileSource(records, streamingJson);
    }

    /**
     * The total size in bytes of the files under {@code paths}, as stored (compressed where they
     * are); standard input counts 0. For a progress bar's total; unreadable entries count 0.
     */
    public long measure(List<String> paths) {
        long total = 0;
        for (String given : paths) {
            if (!given.equals(STDIN) && !UrlSource.isUrl(given)) {
                total += measure(Path.of(given), new HashSet<>());
            }
        }
        return total;
    }

    private long measure(Path path, Set<Path> seen) {
        try {
            if (Files.isDirectory(path)) {
                if (!seen.add(path.toRealPath())) {
                    return 0;
                }
                long total = 0;
                for (Path child : lister.list(path)) {
                    if (!isHidden(child) && !isDataDirectory(child)) {
                        total += measure(child, seen);
                    }
                }
                return total;
            }
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0; // reported when the path is read
        }
    }

    /**
     * Reads every input under {@code paths} ({@code -} is standard input) in order. Every article
     * handed on has its metadata within {@code FieldLimits.DEFAULTS}, a warning for each field cut.
     *
     * @param progress told how many stored bytes each read consumed
     */
    public void read(List<String> paths, ExtractionSink unbounded, LongConsumer progress) {
        ExtractionSink sink = (origin, extraction) -> unbounded.accept(origin, FieldLimits.DEFAULTS.apply(extraction));
        for (String given : paths) {
            if (given.equals(STDIN)) {
                readStdin(System.in, sink);
            } else if (UrlSource.isUrl(given)) {
                urls.fetch(given, sink);
            } else if (findUnsupportedScheme(given).isPresent()) {
                sink.accept(Origin.of(given), rejected("unsupported scheme", findUnsupportedScheme(given).get()));
            } else {
                readPath(Path.of(given), sink, progress, new HashSet<>());
            }
        }
    }

    /**
     * Reads one file given as a stream, its format told by {@code name} as for a file on disk (a
     * {@code .gz} ending is decompressed): for files on another filesystem (HDFS, S3, a Spark
     * partition). Every input is named by {@code name}; field limits apply as in {@link #read}.
     * The caller closes {@code in}.
     */
    public void read(String name, InputStream in, ExtractionSink unbounded) {
        ExtractionSink sink = (origin, extraction) -> unbounded.accept(origin, FieldLimits.DEFAULTS.apply(extraction));
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        var format = InputFormat.ofFileName(fileName);
        if (format.isEmpty()) {
            sink.accept(Origin.of(name), skipped("unsupported file type", "unsupported file type: " + fileName));
            return;
        }
        if (format.get() == InputFormat.WARC) {
            new WarcSource(assembler, limits).read(name, in, sink, bytes -> { });
            return;
        }
        boolean gzip = InputFormat.isGzip(fileName);
        try {
            InputStream buffered = new BufferedInputStream(in, 1 << 16);
            if (gzip) {
                buffered = new SingleFillInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
            }
            readFormat(name, format.get(), buffered, -1, sink);
        } catch (IOException e) {
            sink.accept(Origin.of(name), rejected(gzip ? "broken gzip" : "unreadable",
                    (gzip ? "not a readable gzip file: " : "cannot read the file: ") + describe(e)));
        }
    }

    /**
     * Reads one input record given as JSON text (a row of a table, as a JSONL line would hold it):
     * parsed as a JSONL line is, within the same limits. For inputs that are not files (a Parquet
     * table read by Spark).
     */
    public void readRecord(Origin origin, String record, ExtractionSink unbounded) {
        ExtractionSink sink = (at, extraction) -> unbounded.accept(at, FieldLimits.DEFAULTS.apply(extraction));
        if (record.length() > limits.maxRecordBytes()) {
            sink.accept(origin, rejected("record too large", "the record is longer than "
                    + megabytes(limits.maxRecordBytes()) + " (the limit for one record)"));
            return;
        }
        try {
            sink.accept(origin, records.toArticle(json.readTree(record), origin));
        } catch (JsonProcessingException e) {
            sink.accept(origin, rejected("malformed JSON", "malformed JSON: " + jsonProblem(e.getOriginalMessage(), true)));
        }
    }

    /**
     * Why {@code path} cannot be read when it is a URL of a scheme that is not fetched
     * ({@code file://…}, {@code ftp://…}) and no file of that name exists; else empty.
     */
    public static Optional<String> findUnsupportedScheme(String path) {
        return UrlSource.unsupportedScheme(path).filter(scheme -> !UrlSource.existsAsFile(path))
                .map(UrlSource::unsupportedSchemeMessage);
    }

    /**
     * Reads standard input, recognising it by how it starts: gzip (decompressed, then recognised), a WARC
     * file, an RSS, Atom or RDF feed, JSONL, a JSON array, HTML or plain text. A feed or a WARC piped in was
     * read as one page of markup, and gzip refused as binary, though every format may come gzipped.
     */
    void readStdin(InputStream stdin, ExtractionSink sink) {
        BufferedInputStream in = new SingleFillInputStream(stdin, 1 << 16);
        Origin origin = Origin.of(STDIN);
        try {
            byte[] head = peek(in);
            if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                BufferedInputStream unzipped = new SingleFillInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
                readRecognised(unzipped, peek(unzipped), origin, sink);
            } else {
                readRecognised(in, head, origin, sink);
            }
        } catch (IOException e) {
            sink.accept(origin, e instanceof EOFException || e instanceof ZipException
                    ? streamFailure(e, "standard input") : rejected("unreadable", "reading standard input failed: " + e.getMessage()));
        }
    }

    /** The root element of an XML feed: rss, feed or rdf:RDF, after any declaration, comments and doctype. */
    private static final java.util.regex.Pattern FEED_ROOT = java.util.regex.Pattern.compile(
            "(?s)\\s*(<\\?xml.*?\\?>\\s*)?((<!--.*?-->|<!doctype[^>]*>|<\\?.*?\\?>)\\s*)*<(rss|feed|rdf:rdf)[\\s>/].*");

    /** Whether a start (lower case) is a feed's: by its root element, not a word in a page ("<feedback-widget>"). */
    static boolean isFeed(String lowerStart) {
        return FEED_ROOT.matcher(lowerStart).matches();
    }

    /** The first bytes of {@code in}, which is then read from its start again. */
    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        return head;
    }

    private void readRecognised(BufferedInputStream in, byte[] head, Origin origin, ExtractionSink sink) throws IOException {
        int at = 0;
        while (at < head.length && (head[at] == ' ' || head[at] == '\n' || head[at] == '\r' || head[at] == '\t'
                || (head[at] & 0xFF) == 0xEF || (head[at] & 0xFF) == 0xBB || (head[at] & 0xFF) == 0xBF)) {
            at++;
        }
        if (at == head.length) {
            sink.accept(origin, skipped("empty input", "standard input is empty"));
            return;
        }
        String start = new String(head, at, head.length - at, StandardCharsets.ISO_8859_1);
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("WARC/")) {
            new WarcSource(assembler, limits).read(STDIN, in, sink, bytes -> { });
        } else if (head[at] == '<' && isFeed(lower)) {
            readFeed(STDIN, in, sink);
        } else if (head[at] == '{') {
            readJsonLines(STDIN, in, sink);
        } else if (head[at] == '[') {
            jsonFiles.read(STDIN, in, sink);
        } else {
            readWhole(STDIN, head[at] == '<' ? InputFormat.HTML : InputFormat.TEXT, in, -1, sink);
        }
    }

    private void readPath(Path path, ExtractionSink sink, LongConsumer progress, Set<Path> seen) {
        String name = path.toString();
        Origin origin = Origin.of(name);
        if (!Files.exists(path)) {
            boolean link = Files.isSymbolicLink(path);
            sink.accept(origin, rejected(link ? "broken link" : "not found",
                    link ? "symbolic link to a missing file" : "no such file or directory"));
            return;
        }
        if (Files.isDirectory(path)) {
            readDirectory(path, sink, progress, seen);
            return;
        }
        if (!Files.isRegularFile(path)) {
            sink.accept(origin, skipped("not a regular file", "not a regular file (a device, pipe or socket)"));
            return;
        }
        var format = InputFormat.ofFileName(path.getFileName().toString());
        if (format.isEmpty()) {
            String extension = InputFormat.extension(InputFormat.stripGzip(path.getFileName().toString()));
            sink.accept(origin, skipped("unsupported file type",
                    "unsupported file type" + (extension.isEmpty() ? " (no extension)" : " ." + extension)
                            + "; Corroborate reads .txt, .html, .json, .jsonl, .warc, .rss, .atom, .xml feeds and "
                            + ".urls lists, optionally gzipped"));
            return;
        }
        readFile(path, format.get(), sink, progress);
    }

    private void readDirectory(Path directory, ExtractionSink sink, LongConsumer progress, Set<Path> seen) {
        Origin origin = Origin.of(directory.toString());
        List<Path> children;
        try {
            if (!seen.add(directory.toRealPath())) {
                sink.accept(origin, skipped("directory loop", "directory already read (a symbolic link loop)"));
                return;
            }
            children = lister.list(directory);
        } catch (AccessDeniedException e) {
            sink.accept(origin, rejected("unreadable directory", "cannot list the directory: permission denied"));
            return;
        } catch (IOException e) {
            sink.accept(origin, rejected("unreadable directory", "cannot list the directory: " + describe(e)));
            return;
        }
        for (Path child : children) {
            if (isHidden(child)) {
                sink.accept(Origin.of(child.toString()), skipped("hidden", "hidden file or directory"));
            } else if (isDataDirectory(child)) {
                // "analyze ." with the default --data inside: the store's files are no input (they were each
                // counted "unsupported file type" on every run).
                sink.accept(Origin.of(child.toString()), skipped("data directory",
                        "a Corroborate data directory: its store is not read as input"));
            } else {
                readPath(child, sink, progress, seen);
            }
        }
    }

    private static List<Path> listSorted(Path directory) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(children::add);
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return children;
    }

    /** A folder holding a Corroborate store. */
    private static boolean isDataDirectory(Path path) {
        return Files.isDirectory(path) && Files.isRegularFile(path.resolve(dev.corroborate.io.store.ArticleStore.DATABASE_FILE));
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private void readFile(Path path, InputFormat format, ExtractionSink sink, LongConsumer progress) {
        String name = path.toString();
        if (format == InputFormat.WARC) {
            long[] done = {0};
            new WarcSource(assembler, limits).read(path, sink, bytes -> {
                done[0] += bytes;
                progress.accept(bytes);
            });
            try {
                progress.accept(Math.max(0, Files.size(path) - done[0]));
            } catch (IOException e) {
                // the size was only for the progress bar
            }
            return;
        }
        boolean gzip = InputFormat.isGzip(path.getFileName().toString());
        long size = -1;
        try {
            size = Files.size(path);
            if (!gzip && (format == InputFormat.TEXT || format == InputFormat.HTML) && size > limits.maxArticleBytes()) {
                sink.accept(Origin.of(name), tooLarge(size));
                progress.accept(size);
                return;
            }
        } catch (IOException e) {
            sink.accept(Origin.of(name), rejected("unreadable", "cannot read the file: " + describe(e)));
            return;
        }
        long[] consumed = {0};
        LongConsumer counting = n -> {
            consumed[0] += n;
            progress.accept(n);
        };
        // A symbolic link to a file is read as the file, as the checks above and the directory walk take it.
        try (InputStream raw = new CountingInputStream(Files.newInputStream(path), counting)) {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            if (gzip) {
                in = new SingleFillInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            readFormat(name, format, in, size, sink);
        } catch (NoSuchFileException | AccessDeniedException e) {
            sink.accept(Origin.of(name), rejected("unreadable", "cannot read the file: " + describe(e)));
        } catch (IOException e) {
            // Only opening or a gzip header can fail here: the format readers report their own errors.
            sink.accept(Origin.of(name), rejected(gzip ? "broken gzip" : "unreadable",
                    (gzip ? "not a readable gzip file: " : "cannot read the file: ") + describe(e)));
        } finally {
            if (size > consumed[0]) {
                progress.accept(size - consumed[0]); // what was not read still counts as done
            }
        }
    }

    private void readFormat(String name, InputFormat format, InputStream in, long size, ExtractionSink sink) {
        switch (format) {
            case JSONL -> readJsonLines(name, in, sink);
            case JSON -> jsonFiles.read(name, in, sink);
            case FEED -> readFeed(name, in, sink);
            case URL_LIST -> urls.readList(name, in, sink);
            default -> readWhole(name, format, in, size, sink);
        }
    }

    /** A file that holds one article: text or HTML. */
    private void readWhole(String name, InputFormat format, InputStream in, long storedSize, ExtractionSink sink) {
        Origin origin = Origin.of(name);
        byte[] bytes;
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        try {
            byte[] chunk = new byte[1 << 16];
            int limit = (int) limits.maxArticleBytes() + 1;
            int n;
            while (read.size() < limit && (n = in.read(chunk, 0, Math.min(chunk.length, limit - read.size()))) >= 0) {
                read.write(chunk, 0, n);
            }
            bytes = read.toByteArray();
        } catch (IOException e) {
            // Where it broke: the bytes of the (decompressed) file read before, so a truncated .txt.gz says how much it held.
            sink.accept(origin, streamFailure(e, "the file", " after " + String.format(java.util.Locale.ROOT, "%,d", read.size())
                    + " bytes of it"));
            return;
        }
        if (bytes.length > limits.maxArticleBytes()) {
            sink.accept(origin, tooLarge(-1));
            return;
        }
        if (isBlank(bytes)) {
            sink.accept(origin, skipped("empty file", storedSize == 0 ? "empty file" : "the file holds only white space"));
            return;
        }
        long binaryAt = Decoding.binaryEvidence(bytes, bytes.length);
        if (binaryAt >= 0) {
            sink.accept(new Origin(name, 0, binaryAt), rejected("binary content",
                    Decoding.binaryContent(format == InputFormat.HTML ? "HTML" : "text", bytes, binaryAt)));
            return;
        }
        SourceDocument.Content content;
        if (format == InputFormat.HTML) {
            content = new SourceDocument.HtmlBytes(bytes);
        } else {
            try {
                content = new SourceDocument.PlainText(Decoding.decode(bytes, bytes.length));
            } catch (Decoding.MalformedText e) {
                sink.accept(new Origin(name, 0, e.byteOffset), rejected("invalid UTF-8", e.getMessage()
                        + "; text files must be UTF-8 (or UTF-16 with a byte order mark)"));
                return;
            }
        }
        sink.accept(origin, assembler.assemble(new SourceDocument(origin, SourceDocument.Metadata.NONE, content)));
    }

    /** An RSS or Atom feed (an .xml that is a sitemap or anything else is skipped). */
    private void readFeed(String name, InputStream in, ExtractionSink sink) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxArticleBytes() + 1);
        } catch (IOException e) {
            sink.accept(Origin.of(name), streamFailure(e, "the feed"));
            return;
        }
        if (bytes.length > limits.maxArticleBytes()) {
            sink.accept(Origin.of(name), tooLarge(-1));
            return;
        }
        if (isBlank(bytes)) {
            sink.accept(Origin.of(name), skipped("empty file", "empty file"));
            return;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).matches(".*\\.xml(\\.gz)?") && !(head.contains("<rss") || head.contains("<feed")
                || head.contains("<rdf:rdf"))) {
            sink.accept(Origin.of(name), skipped("unsupported file type",
                    head.contains("<urlset") || head.contains("<sitemapindex")
                            ? "a sitemap; Corroborate does not read sitemaps yet"
                            : "an XML file that is neither RSS nor Atom"));
            return;
        }
        new FeedSource(assembler, fetchFeedLinks ? urls : null).read(name, bytes, sink);
    }

    /**
     * Reads the lines of a JSONL file that start within {@code slice}, numbered and placed as a
     * reading of the whole file numbers and places them, so a file too large for one task can be
     * read by several (a Spark job). {@code in} is the file positioned at {@link JsonLinesSlice#streamStart()};
     * the caller closes it. A file's every slice read this way gives what {@link #read(String,
     * InputStream, ExtractionSink)} gives for the whole file, except the outcome of a file holding
     * no record, which only the caller can tell ({@link #countJsonLines}).
     */
    public void readJsonLines(String name, InputStream in, JsonLinesSlice slice, ExtractionSink unbounded) {
        jsonLines.read(name, in, slice, (origin, extraction) -> unbounded.accept(origin, FieldLimits.DEFAULTS.apply(extraction)));
    }

    /**
     * Counts the lines of a JSONL file that start within {@code slice} (its {@code linesBefore} is not
     * read), and how many of them are records (neither blank nor over the size limit): the numbers a
     * reader of the later slices needs, and whether the file holds a record at all. {@code in} is
     * positioned as for {@link #readJsonLines(String, InputStream, JsonLinesSlice, ExtractionSink)}.
     */
    public JsonLinesSlice.Count countJsonLines(InputStream in, JsonLinesSlice slice) throws IOException {
        return jsonLines.count(in, slice);
    }

    /** One JSON object per line; blank lines are not inputs. */
    private void readJsonLines(String name, InputStream in, ExtractionSink sink) {
        jsonLines.read(name, in, sink);
    }

    private Extraction tooLarge(long size) {
        String actual = size >= 0 ? "is " + megabytes(size) : "is larger than " + megabytes(limits.maxArticleBytes())
                + " when decompressed";
        return rejected("too large", "the file " + actual + ", more than the " + megabytes(limits.maxArticleBytes())
                + " limit for one article");
    }

    static Extraction streamFailure(IOException e, String what) {
        return streamFailure(e, what, "");
    }

    /** {@code where}: how far the reading got (" after 4,096 bytes"), or empty. */
    static Extraction streamFailure(IOException e, String what, String where) {
        if (e instanceof EOFException || e instanceof ZipException) {
            return rejected("truncated or corrupt gzip", "reading " + what + " failed" + where
                    + ": truncated or corrupt gzip data (" + describe(e) + ")");
        }
        return rejected("unreadable", "reading " + what + " failed" + where + ": " + describe(e));
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return message == null ? type : message;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Where the JSON parser names the start of what it read: "[Source: REDACTED (...); line: 1, column: 1]". */
    private static final java.util.regex.Pattern PARSER_LOCATION =
            java.util.regex.Pattern.compile("\\s*\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /**
     * The JSON parser's message for a user: its first line, the location it gives of an opening marker
     * as a line and column ({@code withLine}: in a whole file) or a column (in one line of a JSON Lines
     * file, which is all the parser saw), without the parser's word for its input (a feature's name).
     */
    static String jsonProblem(String parserMessage, boolean withLine) {
        java.util.regex.Matcher at = PARSER_LOCATION.matcher(firstLine(parserMessage));
        StringBuilder plain = new StringBuilder();
        while (at.find()) {
            at.appendReplacement(plain, withLine ? " line $1, column $2" : " column $2");
        }
        at.appendTail(plain);
        return plain.toString();
    }

    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static Extraction skipped(String kind, String reason) {
        return new Extraction.Refused(Outcome.SKIPPED, kind, reason);
    }

    static Extraction rejected(String kind, String reason) {
        return new Extraction.Refused(Outcome.REJECTED, kind, reason);
    }
}
