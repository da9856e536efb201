package dev.corroborate.io.search;

import java.util.List;
import java.util.Objects;

/**
 * One article found by a search, with its best passages.
 *
 * @param articleId the article
 * @param score     Lucene's relevance score (higher is better)
 * @param snippets  the passages that matched, by field (title first), at least one
 */
public record SearchHit(String articleId, float score, List<Snippet> snippets) {

    public SearchHit {
        Objects.requireNonNull(articleId, "articleId");
        snippets = List.copyOf(snippets);
    }

    /**
     * A passage of one field, as pieces of plain text in order, the matching ones marked.
     *
     * @param field  {@code title}, {@code text} or {@code quotes}
     * @param pieces the passage's text, cut where a match starts or ends
     */
    public record Snippet(String field, List<Piece> pieces) {

        public Snippet {
            Objects.requireNonNull(field, "field");
            pieces = List.copyOf(pieces);
        }

        /** The passage as plain text. */
        public String text() {
            StringBuilder b = new StringBuilder();
            pieces.forEach(p -> b.append(p.text()));
            return b.toString();
        }
    }

    /** A piece of a snippet: untrusted article text, and whether it matched the query. */
    public record Piece(String text, boolean matched) {

        public Piece {
            Objects.requireNonNull(text, "text");
        }
    }
}
