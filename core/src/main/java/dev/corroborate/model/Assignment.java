package dev.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * Where the clustering put one article, and why: its event and storyline, the score it joined with,
 * the reasons in the order they arose (placement first, then joins, moves and users' decisions),
 * and the runner-up event. Immutable; safe to share across threads.
 *
 * @param articleId       the article placed
 * @param eventId         the event it belongs to now
 * @param storyId         the storyline of that event
 * @param startedEvent    whether the article started its event (first-story detection)
 * @param score           the similarity it joined with (rounded to three decimals), or 0 when it started the event
 * @param reasons         readable reasons, never {@code null}
 * @param runnerUpEventId the next best event placement found, or {@code null} when there was none
 * @param runnerUpScore   that event's score, or 0 when there was none
 */
public record Assignment(String articleId, String eventId, String storyId, boolean startedEvent, double score,
                         List<String> reasons, String runnerUpEventId, double runnerUpScore)
        implements java.io.Serializable {

    public Assignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(reasons, "reasons");
    }
}
