package dev.corroborate.cluster;

import dev.corroborate.model.Decision;
import java.util.List;

/**
 * Replays users' decisions on the events as the clustering left them, so that a decision survives
 * every later run and {@code recluster}. Not thread-safe.
 */
final class DecisionReplay {

    private final ClusterState state;

    DecisionReplay(ClusterState state) {
        this.state = state;
    }

    /**
     * Replays one decision: {@code merge} puts the events of all its articles together,
     * {@code split} takes its articles out into an event of their own (in the same storyline),
     * {@code move} puts its article into the event of the target article. Articles unknown here are
     * ignored (they may have left the store). {@code lookup} gives back an article's text to
     * recompute centroids.
     *
     * @throws IllegalArgumentException for a kind of decision it does not know
     */
    void apply(Decision decision, KeptArticle.Lookup lookup) {
        List<String> known = decision.articleIds().stream().filter(state::holds).toList();
        switch (decision.kind()) {
            case Decision.MERGE -> {
                if (known.isEmpty()) {
                    return;
                }
                EventState into = state.event(state.eventNumberOf(known.get(0)));
                for (String article : known) {
                    EventState from = state.event(state.eventNumberOf(article));
                    if (from != into) {
                        state.merge(into, from, "merged by a user's decision");
                    }
                }
            }
            case Decision.SPLIT -> {
                if (known.isEmpty()) {
                    return;
                }
                String id = ClusterState.id("ev-split-", String.join(",", known));
                Integer existing = state.eventNumber(id);
                EventState target = existing != null ? state.event(existing) : state.newEvent(id);
                if (target.articles.isEmpty()) {
                    EventState source = state.event(state.eventNumberOf(known.get(0)));
                    target.story = source.story;
                    state.story(source.story).events.add(target.number);
                }
                for (String article : known) {
                    state.moveArticle(article, target, lookup, "split off by a user's decision");
                }
            }
            case Decision.MOVE -> {
                Integer target = state.eventNumberOf(decision.targetArticleId());
                if (known.isEmpty() || target == null) {
                    return;
                }
                state.moveArticle(known.get(0), state.event(target), lookup, "moved by a user's decision");
            }
            default -> throw new IllegalArgumentException("unknown decision " + decision.kind());
        }
    }
}
