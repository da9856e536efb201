package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Moves the articles that the order of placement put in the wrong event. Placement decides with the
 * events as they stood when each article came, and consolidation joins whole events; this step
 * looks at each article placed since the last call once the events are settled. Not thread-safe.
 */
final class Refinement {

    private final ClusterState state;
    /** Whether each pass looks at every article again, as before looks were kept: for tests to compare with. */
    boolean lookAgainAtEvery;
    /** How many looks the passes after the first took, all refinements together: for tests. */
    long laterLooks;

    Refinement(ClusterState state) {
        this.state = state;
    }

    /**
     * Moves each article placed since the last call into the event whose articles it is most like
     * on average, when that is another event and at least {@link Settings#mergeThreshold()} alike;
     * an article alone in its event counts its own as that threshold. Copies and rewrites stay
     * with their source; as in consolidation, no article moves to an event too far from its time
     * ({@link Settings#mergeWindowDays()}, {@link Settings#mergeSpanDays()}), and an article alone
     * in its event moves only to one whose leads share at least {@link Settings#minSharedDetails()}
     * details with its own; nor to an event whose leads and its own tell two happenings one after the
     * other ({@link FollowUps}). Up to {@code rounds} passes, fewer when one moves nothing; {@code lookup}
     * gives back an article to rebuild the event it leaves. Returns how many moves were made.
     */
    int refine(KeptArticle.Lookup lookup, int rounds) {
        Settings settings = state.settings();
        int moves = 0;
        // What each article's last look read, so a later pass looks again only where that changed: the move
        // count and the index's clock then, and its shortlist. A look reads its own event, the events of its
        // shortlist and the index's listings under its strongest features; a move changes only the two events
        // it moves between (and lists the one it joins), so an article none of whose reads changed since
        // would decide as it did then, not to move (had it moved, its own event would have changed).
        int size = state.placed.size();
        long[] lookedAtMove = new long[size];
        long[] lookedAtClock = new long[size];
        int[][] lookedAtShortlist = new int[size][];
        Map<Integer, Long> changedAtMove = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            int movedThisRound = 0;
            int position = -1;
            for (Map.Entry<String, PlacedArticles.Placed> kept : state.placed.entrySet()) {
                position++;
                String articleId = kept.getKey();
                Integer current = state.eventNumberOf(articleId);
                if (current == null) {
                    continue;
                }
                // Read (back, when set aside) only when the look may be taken: the events it read come first.
                boolean mayBeUnchanged = round > 0 && !lookAgainAtEvery && eventsUnchangedSince(lookedAtMove[position],
                        lookedAtShortlist[position], current, changedAtMove);
                if (mayBeUnchanged && state.index().clock() == lookedAtClock[position]) {
                    continue; // nothing listed since either
                }
                PlacedArticles.PlacedArticle placed = state.placed.article(kept.getValue());
                Map<String, Double> vector = placed.vector();
                Instant published = placed.published();
                // Found once for both questions below (the features' numbers kept when it was set aside).
                CandidateIndex.Strongest strongest = state.index().strongest(vector);
                if (mayBeUnchanged && !state.index().postedSince(strongest, lookedAtClock[position])) {
                    continue;
                }
                if (round > 0) {
                    laterLooks++;
                }
                lookedAtMove[position] = moves + movedThisRound;
                lookedAtClock[position] = state.index().clock();
                EventState own = state.event(current);
                double ownScore = meanSimilarityWithin(vector, own);
                EventState best = null;
                double bestScore = Math.max(ownScore, settings.mergeThreshold());
                List<Integer> shortlist = state.index().shortlist(strongest);
                int[] shortlisted = new int[shortlist.size()];
                for (int i = 0; i < shortlisted.length; i++) {
                    int number = shortlist.get(i);
                    shortlisted[i] = number;
                    EventState other = state.event(number);
                    if (other == own || other.articles.isEmpty()
                            || other.span.tooFarFrom(published, published, settings.mergeWindowDays(), settings.mergeSpanDays())
                            || (own.articles.size() == 1
                            && other.sharedDetails(placed.leadIdentity()) < settings.minSharedDetails())
                            || state.followUps().apart(placed.lead(), other)) {
                        continue;
                    }
                    double score = SparseVectors.dot(vector, other.sum) / other.articles.size();
                    if (score > bestScore) {
                        best = other;
                        bestScore = score;
                    }
                }
                lookedAtShortlist[position] = shortlisted;
                if (best != null) {
                    state.moveArticle(articleId, best, lookup, String.format(Locale.ROOT,
                            "moved to event %s, whose articles it is more like (mean similarity %.3f against %.3f)",
                            best.id, bestScore, ownScore), ClusterState.round(bestScore));
                    movedThisRound++;
                    long at = moves + movedThisRound;
                    changedAtMove.put(own.number, at);
                    changedAtMove.put(best.number, at);
                }
            }
            moves += movedThisRound;
            if (movedThisRound == 0) {
                break;
            }
        }
        state.placed.clear();
        return moves;
    }

    /**
     * Whether no event an article's look read changed since it was made ({@code move}: the moves made
     * before it): its event ({@code current}) and the events of its shortlist then were changed by no
     * later move. Its look is then unchanged unless something was listed under its strongest features since.
     */
    private static boolean eventsUnchangedSince(long move, int[] shortlist, int current, Map<Integer, Long> changedAtMove) {
        if (shortlist == null || changedAtMove.getOrDefault(current, 0L) > move) {
            return false;
        }
        for (int number : shortlist) {
            if (changedAtMove.getOrDefault(number, 0L) > move) {
                return false;
            }
        }
        return true;
    }

    /** The mean similarity of an article to the other articles of its event; for an event of one, the joining threshold. */
    private double meanSimilarityWithin(Map<String, Double> vector, EventState event) {
        if (event.articles.size() < 2) {
            return state.settings().mergeThreshold();
        }
        // The event's sum holds the article itself, as far as its strongest features were kept.
        double self = 0;
        if (vector instanceof PlacedVector placed && event.sum instanceof ArrayVector sum) {
            // By position, in the same order: the sum's keys looked up in the vector's table, not each
            // of the vector's in the sum's sorted keys; no entry object or boxed weight for each feature.
            int[] partner = placed.partners(sum);
            for (int i = 0; i < partner.length; i++) {
                if (partner[i] >= 0) {
                    double weight = placed.weightAt(i);
                    self += weight * weight;
                }
            }
        } else {
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                if (event.sum.containsKey(e.getKey())) {
                    self += e.getValue() * e.getValue();
                }
            }
        }
        return (SparseVectors.dot(vector, event.sum) - self) / (event.articles.size() - 1);
    }
}
