package dev.corroborate.extract;

import java.util.List;

/**
 * What {@link HtmlExtractor} found in a page. Text fields are {@code null} when the page did not
 * state them; lists are empty then.
 *
 * @param title      the headline
 * @param authors    credited authors, in page order, without "By"
 * @param published  the publication time as the page wrote it (ISO-8601 in practice)
 * @param modified   the last modification time as the page wrote it
 * @param lead       the page's own summary (its description)
 * @param outlet     the site name
 * @param url        the canonical URL
 * @param language   the page's language tag as written ({@code en-GB})
 * @param paragraphs the main text, normalized, in document order
 */
public record ExtractedPage(
        String title, List<String> authors, String published, String modified, String outlet, String url,
        String language, String lead, List<String> paragraphs) {

    public ExtractedPage {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
    }
}
