package dev.corroborate.io.source;

import java.util.Locale;
import java.util.Optional;

/** The formats {@link SourceReader} reads, recognised by file name (a trailing {@code .gz} is looked through). */
public enum InputFormat {
    TEXT("txt", "text"),
    HTML("html", "htm", "xhtml", "shtml"),
    JSON("json"),
    JSONL("jsonl", "ndjson", "jsonlines"),
    /** Web archives; a .warc.gz is gzipped record by record and read as such, not as one gzip stream. */
    WARC("warc"),
    /** RSS 2.0, RSS 1.0 and Atom feeds. */
    FEED("rss", "atom", "xml"),
    /** A list of URLs, one per line; lines starting with # are comments. */
    URL_LIST("urls");

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name says, or empty when it names none we read. */
    public static Optional<InputFormat> ofFileName(String fileName) {
        String extension = extension(stripGzip(fileName));
        for (InputFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equals(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the name ends in {@code .gz} (any case). */
    public static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    static String stripGzip(String fileName) {
        return isGzip(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /** The lower-cased extension without the dot, or "" when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
