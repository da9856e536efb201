package dev.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * A user's correction of the stories, stored and replayed after every clustering so that it
 * survives {@code recluster}: {@value #MERGE} (the events of its articles are one), {@value #SPLIT}
 * (its articles leave their event for one of their own) or {@value #MOVE} (its one article joins
 * the event of the target article). Immutable; safe to share across threads.
 *
 * @param kind            {@value #MERGE}, {@value #SPLIT} or {@value #MOVE}, as stored
 * @param articleIds      the articles it is about
 * @param targetArticleId for {@value #MOVE}, the article whose event the article joins; otherwise {@code null}
 */
public record Decision(String kind, List<String> articleIds, String targetArticleId) {

    /** The kind of a decision that joins the events of its articles. */
    public static final String MERGE = "merge";
    /** The kind of a decision that takes its articles out into an event of their own. */
    public static final String SPLIT = "split";
    /** The kind of a decision that moves one article into the event of another. */
    public static final String MOVE = "move";

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(articleIds, "articleIds");
    }

    public static Decision merge(List<String> articles) {
        return new Decision(MERGE, List.copyOf(articles), null);
    }

    public static Decision split(List<String> articles) {
        return new Decision(SPLIT, List.copyOf(articles), null);
    }

    public static Decision move(String article, String targetArticle) {
        return new Decision(MOVE, List.of(article), targetArticle);
    }
}
