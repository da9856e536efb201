package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Joins events that placement split, the batch steps after single-pass placement (which splits an
 * event when its first articles differ): by reuse links ({@link #joinLinked}), and by average
 * linkage ({@link #consolidate}). Events never join across more than
 * {@link Settings#mergeWindowDays()} days or into one spanning more than
 * {@link Settings#mergeSpanDays()}: the fragments of one happening are reported within days of each
 * other, and a follow-up weeks later is another event of the storyline. Not thread-safe.
 */
final class Consolidation {

    /** Two events and their average linkage, as it stood when they had these sizes. */
    private record Pair(int a, int b, double score, int sizeA, int sizeB) {
    }

    private final ClusterState state;
    private final Settings settings;

    Consolidation(ClusterState state) {
        this.state = state;
        this.settings = state.settings();
    }

    /**
     * Joins events that turned out to be one. Pairs of events are scored by average linkage, the
     * mean similarity of their articles (the dot product of their sums over the product of their
     * sizes), and joined best first while a pair reaches {@code threshold}. Two events never join
     * when each has a detail most of its leads name and the other's leads never do
     * ({@link Settings#identityShare()} of at least {@link Settings#identityMinSize()} articles): the
     * fire in Harwick and the fire in Dunmore, the 23 arrests and the 26. Nor do events whose leads
     * share fewer than {@link Settings#minSharedDetails()} details, that lie too far apart in time, or
     * whose leads tell two happenings one after the other ({@link FollowUps}). Only events placed or
     * changed since the last call start a search; their partners come from the index. Returns how
     * many events were merged away.
     */
    int consolidate(double threshold) {
        PriorityQueue<Pair> queue = new PriorityQueue<>(
                Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        for (int number : state.touched) {
            queue.addAll(partners(state.event(number), threshold));
        }
        state.touched.clear();
        Set<Long> refused = new HashSet<>();
        int merged = 0;
        while (!queue.isEmpty()) {
            Pair pair = queue.poll();
            EventState a = state.event(pair.a());
            EventState b = state.event(pair.b());
            if (a.articles.size() != pair.sizeA() || b.articles.size() != pair.sizeB()) {
                continue; // one of them has changed since: its fresh pairs are queued too
            }
            if (identityConflict(a, b)) {
                refused.add(((long) a.number << 32) | b.number);
                continue;
            }
            if (state.followUps().apart(a, b)) {
                // Two happenings of one storyline, one told as following the other: never one event,
                // always one storyline (placement may have put them in two, the later one first).
                StoryState first = state.story(Math.min(a.story, b.story));
                state.joinStories(first, state.story(Math.max(a.story, b.story)));
                refused.add(((long) a.number << 32) | b.number);
                continue;
            }
            // The older event keeps its id: articles already exported under it stay there.
            EventState into = a.number < b.number ? a : b;
            EventState from = into == a ? b : a;
            state.merge(into, from, String.format(Locale.ROOT,
                    "joined when events %s and %s proved one (mean similarity of their articles %.2f)",
                    into.id, from.id, pair.score()));
            merged++;
            for (Pair fresh : partners(into, threshold)) {
                if (!refused.contains(((long) fresh.a() << 32) | fresh.b())) {
                    queue.add(fresh);
                }
            }
        }
        return merged;
    }

    /** The events that share an indexed feature with {@code a} and are at least {@code threshold} close to it. */
    private List<Pair> partners(EventState a, double threshold) {
        List<Pair> out = new ArrayList<>();
        if (a.articles.isEmpty()) {
            return out;
        }
        // A partner must share as many indexed features as the details its lead must share, which
        // spares most products: each indexed feature counts 1.
        // The index numbers features in the clustering's table, as the event's listings are numbered.
        state.index().gather(CandidateIndex.Strongest.counted(a.indexed.toArray()), (number, sharedTerms) -> {
            EventState b = state.event(number);
            if (b == a || b.articles.isEmpty() || sharedTerms < settings.minSharedDetails() || tooFarApart(a.span, b)
                    || a.sharedDetails(b) < settings.minSharedDetails()) {
                return; // over a week apart: a later happening of the same storyline, not a fragment
            }
            double score = SparseVectors.dot(a.sum, b.sum) / ((double) a.articles.size() * b.articles.size());
            if (score >= threshold) {
                int first = Math.min(a.number, b.number);
                int second = Math.max(a.number, b.number);
                out.add(new Pair(first, second, score, state.event(first).articles.size(),
                        state.event(second).articles.size()));
            }
        });
        return out;
    }

    /**
     * Joins the events of articles that share reporting: a copy or a rewrite is always the same
     * event; a partial reuse is when the two events are at least {@code partialThreshold} similar,
     * not too far apart in time (a background paragraph reused months later is not the same happening)
     * and their leads do not tell two happenings one after the other ({@link FollowUps}).
     * Links whose articles came in the other order (the source placed after the derived article)
     * are only seen here. Returns how many events were merged away.
     */
    int joinLinked(List<ReuseLink> links, double partialThreshold) {
        int merged = 0;
        for (ReuseLink link : links) {
            Integer a = state.eventNumberOf(link.sourceId());
            Integer b = state.eventNumberOf(link.derivedId());
            if (a == null || b == null || a.equals(b) || link.relation() == Relation.CITES) {
                continue;
            }
            EventState ea = state.event(a);
            EventState eb = state.event(b);
            double similarity = SparseVectors.dot(ea.centroid, eb.centroid);
            boolean sameReporting = link.relation() == Relation.COPY || link.relation() == Relation.REWRITE;
            if (sameReporting || (similarity >= partialThreshold && !tooFarApart(ea.span, eb)
                    && !state.followUps().apart(ea, eb))) {
                EventState into = ea.number < eb.number ? ea : eb;
                EventState from = into == ea ? eb : ea;
                state.merge(into, from, String.format(Locale.ROOT, "joined because %s is %s of %s", link.derivedId(),
                        link.relation() == Relation.PARTIAL ? "partly derived" : "a " + link.relation().label(), link.sourceId()));
                merged++;
            }
        }
        return merged;
    }

    /**
     * Whether an event spanning {@code a} and {@code event} are too far apart in time to be one
     * happening: more than {@link Settings#mergeWindowDays()} days between them, or more than
     * {@link Settings#mergeSpanDays()} days from the first article of both to the last (which stops
     * a chain of joins from growing an event over a season). Without times, nothing is too far.
     */
    private boolean tooFarApart(Span a, EventState event) {
        return event.span.tooFarFrom(a, settings.mergeWindowDays(), settings.mergeSpanDays());
    }

    /** Whether each event has a detail of its own that the other's leads never name. */
    private boolean identityConflict(EventState a, EventState b) {
        return ownDetailMissing(a, b) && ownDetailMissing(b, a);
    }

    private boolean ownDetailMissing(EventState event, EventState other) {
        int size = event.articles.size();
        if (size < settings.identityMinSize() || other.articles.size() < settings.identityMinSize()) {
            return false;
        }
        boolean[] missing = {false};
        event.leadIdentity.forEach((detail, count) -> {
            if (!missing[0] && count >= settings.identityShare() * size && !other.leadIdentity.contains(detail)) {
                missing[0] = true;
            }
        });
        return missing[0];
    }
}
