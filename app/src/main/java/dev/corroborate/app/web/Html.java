package dev.corroborate.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds HTML: markup written in code goes in by {@link #raw}, everything else (article text,
 * titles, names, ids) by {@link #text}, which escapes it. The one escaping helper of the web app.
 * Not thread-safe; never {@code null} arguments except where said.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4096);

    /** Appends markup written in this code base, never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends untrusted text, escaped; {@code null} appends nothing. */
    Html text(String untrusted) {
        if (untrusted != null) {
            escapeInto(out, untrusted);
        }
        return this;
    }

    /** Appends {@code <tag class="cls">text</tag>}, the text escaped. */
    Html element(String tag, String cls, String untrusted) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(cls).append('"');
        }
        out.append('>');
        text(untrusted);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends a link to a path of this app built from untrusted path segments, with untrusted text. */
    Html link(String untrustedText, String... pathSegments) {
        out.append("<a href=\"").append(escape(path(pathSegments))).append("\">");
        text(untrustedText);
        out.append("</a>");
        return this;
    }

    /** A path of this app: each segment URL-encoded. */
    static String path(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path.toString();
    }

    /** The text with {@code & < > " '} replaced by entities. */
    static String escape(String untrusted) {
        StringBuilder b = new StringBuilder(untrusted.length() + 16);
        escapeInto(b, untrusted);
        return b.toString();
    }

    private static void escapeInto(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
