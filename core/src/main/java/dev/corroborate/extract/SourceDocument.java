package dev.corroborate.extract;

import dev.corroborate.model.Origin;
import java.util.List;
import java.util.Objects;

/**
 * One article as a reader found it, before extraction: the metadata the input stated, and the
 * content as plain text or HTML. Metadata stated here wins over what extraction finds in the content.
 *
 * @param origin  where it was read from
 * @param given   the metadata the input stated; {@link Metadata#NONE} for a bare file
 * @param content the text or page
 */
public record SourceDocument(Origin origin, Metadata given, Content content) {

    public SourceDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Metadata an input stated. Every field may be {@code null} (not stated); {@code authors} is empty then.
     */
    public record Metadata(
            String id, String url, String outlet, String title, List<String> authors,
            String published, String modified, String language, String lead) {

        public static final Metadata NONE = new Metadata(null, null, null, null, List.of(), null, null, null, null);

        /** Metadata without a modification time or lead, the common case. */
        public Metadata(String id, String url, String outlet, String title, List<String> authors, String published,
                String language) {
            this(id, url, outlet, title, authors, published, null, language, null);
        }

        public Metadata {
            authors = authors == null ? List.of() : List.copyOf(authors);
        }

        /** The same metadata with a URL, for readers that know it from elsewhere (a WARC header). */
        public Metadata withUrl(String newUrl) {
            return new Metadata(id, newUrl, outlet, title, authors, published, modified, language, lead);
        }
    }

    /** The article's content as the input held it. */
    public sealed interface Content permits PlainText, Html, HtmlBytes {
    }

    /** Text as a scraper or an editor wrote it: lines, blank lines between paragraphs. */
    public record PlainText(String text) implements Content {
        public PlainText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A page already decoded to characters (an {@code html} field of a JSON record). */
    public record Html(String html) implements Content {
        public Html {
            Objects.requireNonNull(html, "html");
        }
    }

    /**
     * A page as bytes, its charset still to be detected (BOM, meta tag, content);
     * {@code declaredCharset} is what the transport said (an HTTP header), or null.
     */
    public record HtmlBytes(byte[] bytes, String declaredCharset) implements Content {
        public HtmlBytes {
            Objects.requireNonNull(bytes, "bytes");
        }

        public HtmlBytes(byte[] bytes) {
            this(bytes, null);
        }
    }
}
