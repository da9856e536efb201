package dev.corroborate.cluster;

import dev.corroborate.model.Article;
import java.time.Instant;
import java.util.List;

/**
 * Finds the events gone quiet in a run fed earliest first and has them drop their replay
 * ({@link EventState#forgetReplay}): those whose last article lies more than {@link #days} before the
 * latest article joined, looked for every {@link #sweep} joins. Over a long archive most events went
 * quiet long ago, and their listings and name notes by article (what keeping them whole for a later
 * run needs, {@link KeptEvent}) were a tenth of the story step's heap. The events, assignments and
 * everything a run writes stay the same; a later run restores the articles of such an event one by one
 * if it is still active. Their lead words' counts are folded into arrays ({@link LeadWordCounts#compact}). Off ({@code days} 0) unless set. Not thread-safe.
 */
final class QuietEvents {

    /** Days without an article after which an event drops its replay; 0: never. */
    private int days;
    /** Joins between two looks; fewer in tests. */
    int sweep = 4_096;
    private Instant latestJoined;
    private int joinsSinceSweep;

    void forgetReplayAfter(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, got " + days);
        }
        this.days = days;
    }

    /** Counts a join of {@code article}, and every {@link #sweep} joins has the quiet ones of {@code events} drop their replay. */
    void joined(Article article, List<EventState> events) {
        if (days == 0) {
            return;
        }
        if (article.published() != null && (latestJoined == null || article.published().instant().isAfter(latestJoined))) {
            latestJoined = article.published().instant();
        }
        if (++joinsSinceSweep < sweep || latestJoined == null) {
            return;
        }
        joinsSinceSweep = 0;
        for (EventState event : events) {
            if (!event.asKept && !event.articles.isEmpty() && !event.span.isEmpty()
                    && event.span.daysFromLast(latestJoined) > days) {
                if (event.replayable) {
                    event.forgetReplay();
                }
                event.leadTerms.compact();
                event.leadIdentity.compact();
            }
        }
    }
}
