package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.Passage;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two articles side by side: the reuse links between them and, for each article, the passages it
 * shares with the other (offsets into its own {@link Article#text()}, verbatim or reworded).
 * Not thread-safe: one per request.
 */
public final class CompareQuery {

    /**
     * The comparison of {@code left} with {@code right}.
     *
     * @param links      the reuse links between the two, either direction; empty when they share nothing
     * @param leftSpans  the shared passages in the left article's text, in order
     * @param rightSpans the same passages in the right article's text, in the same order
     */
    public record Comparison(Article left, Article right, List<ReuseLink> links, List<SharedSpan> leftSpans,
            List<SharedSpan> rightSpans) {

        public Comparison {
            links = List.copyOf(links);
            leftSpans = List.copyOf(leftSpans);
            rightSpans = List.copyOf(rightSpans);
        }
    }

    /**
     * A passage in one article's text that the other article shares.
     *
     * @param index    the passage's number, the same on both sides
     * @param start    the first UTF-16 offset in this article's text
     * @param end      the offset after the last
     * @param reworded whether the passage is reworded rather than verbatim
     */
    public record SharedSpan(int index, int start, int end, boolean reworded) {
    }

    private final ArticleStore store;

    public CompareQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The comparison of two stored articles, read by the caller (who names them by id or prefix). */
    public Comparison of(Article leftArticle, Article rightArticle) {
        String leftId = leftArticle.id();
        String rightId = rightArticle.id();
        List<ReuseLink> links = new ArrayList<>();
        List<SharedSpan> leftSpans = new ArrayList<>();
        List<SharedSpan> rightSpans = new ArrayList<>();
        for (ReuseLink link : store.reuseLinks(leftId)) {
            boolean leftIsSource = link.sourceId().equals(leftId) && link.derivedId().equals(rightId);
            boolean leftIsDerived = link.derivedId().equals(leftId) && link.sourceId().equals(rightId);
            if (!leftIsSource && !leftIsDerived) {
                continue;
            }
            links.add(link);
            for (Passage p : link.passages()) {
                int index = leftSpans.size();
                leftSpans.add(leftIsSource ? new SharedSpan(index, p.aStart(), p.aEnd(), p.reworded())
                        : new SharedSpan(index, p.bStart(), p.bEnd(), p.reworded()));
                rightSpans.add(leftIsSource ? new SharedSpan(index, p.bStart(), p.bEnd(), p.reworded())
                        : new SharedSpan(index, p.aStart(), p.aEnd(), p.reworded()));
            }
        }
        return new Comparison(leftArticle, rightArticle, links, leftSpans, rightSpans);
    }
}
