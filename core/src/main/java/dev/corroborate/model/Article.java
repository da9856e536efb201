package dev.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One news article as every analysis stage sees it: clean text in paragraphs, and the metadata
 * that could be established. The clean text is {@link #text()}: the paragraphs joined by a blank
 * line. Every span a later stage reports is a pair of UTF-16 offsets into that string.
 *
 * @param id         the input's {@code id} when it gave one, otherwise derived from the content
 *                   (see {@link dev.corroborate.text.ArticleIds})
 * @param url        the article's URL, or {@code null} when unknown
 * @param outlet     the publishing outlet (site name or domain), or {@code null} when unknown
 * @param title      the headline; never {@code null}, may be empty when none could be found
 * @param authors    the credited authors, in order; empty when none are known
 * @param published  when it was published, or {@code null} when unknown
 * @param modified   when it was last modified, as the source states it, or {@code null}
 * @param language   an ISO 639-1 code such as {@code en}, or {@code null} when unknown
 * @param lead       the summary the source gives (a standfirst, the page's description), or {@code null}
 * @param paragraphs the clean text, one paragraph per element; none is blank
 * @param dateline   the dateline as written ("GENEVA", "LUNMOUTH, Feb 3"), kept out of the text; null when none
 * @param agency     the agency the dateline credits ("Reuters"), or null
 * @param origin     where the article was read from
 */
public record Article(
        String id,
        String url,
        String outlet,
        String title,
        List<String> authors,
        PublishedTime published,
        PublishedTime modified,
        String language,
        String lead,
        List<String> paragraphs,
        String dateline,
        String agency,
        Origin origin) implements java.io.Serializable {

    /** Separates paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(origin, "origin");
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank() || paragraph.contains(PARAGRAPH_SEPARATOR)) {
                throw new IllegalArgumentException("article " + id + " has a blank paragraph or one holding a paragraph break");
            }
        }
    }

    /** The clean text: paragraphs joined by {@link #PARAGRAPH_SEPARATOR}. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    /** Splits a clean text back into paragraphs; the inverse of {@link #text()}. */
    public static List<String> paragraphsOf(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        // what text.split(PARAGRAPH_SEPARATOR, -1) gives, without compiling a pattern for every article read
        List<String> paragraphs = new java.util.ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(PARAGRAPH_SEPARATOR); at >= 0; at = text.indexOf(PARAGRAPH_SEPARATOR, from)) {
            paragraphs.add(text.substring(from, at));
            from = at + PARAGRAPH_SEPARATOR.length();
        }
        paragraphs.add(text.substring(from));
        return List.copyOf(paragraphs);
    }

    /** A copy with another id; used when an input gives its own. */
    public Article withId(String newId) {
        return new Article(newId, url, outlet, title, authors, published, modified, language, lead, paragraphs, dateline,
                agency, origin);
    }

    /** A copy with another publication time; used when a capture date stands in for a missing one. */
    public Article withPublished(PublishedTime time) {
        return new Article(id, url, outlet, title, authors, time, modified, language, lead, paragraphs, dateline, agency,
                origin);
    }
}
