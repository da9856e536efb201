package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts one article in an event as it comes (single-pass clustering with first-story detection).
 * The candidates are the events the {@link CandidateIndex} proposes, the events of the articles it
 * reuses and the event of its source; each scores the cosine of the article's TF-IDF vector to the
 * event's centroid, damped when their times lie far apart and when the article's lead names years
 * the event's leads never name, plus {@link Settings#partialBonus()} for partial reuse; an event
 * whose leads and the article's tell two happenings one after the other ({@link FollowUps}) is no
 * candidate. A copy or
 * rewrite joins its source's event; otherwise the best candidate takes the article if it reaches
 * {@link Settings#eventThreshold()}, and else the article starts an event, which joins the closest
 * storyline of the candidates' storylines or starts one. Also puts an article back where a previous
 * run placed it ({@link #restore}). Not thread-safe.
 */
final class Placement {

    private final ClusterState state;
    private final Settings settings;
    private final TermWeighting weighting;

    Placement(ClusterState state, TermWeighting weighting) {
        this.state = state;
        this.settings = state.settings();
        this.weighting = weighting;
    }

    /** Places one article; {@code links} are its reuse links to articles placed before it (others are ignored). */
    Assignment place(KeptArticle kept, List<ReuseLink> links) {
        Article article = kept.header;
        Weighed weighed = weighting.weighed(kept);
        Map<String, Double> vector = weighed.vector;
        Set<String> identity = kept.identity;
        FollowUps.Lead lead = kept.lead;
        Set<String> years = years(identity);
        Instant at = article.published() == null ? null : article.published().instant();
        List<Integer> shortlist = state.index().shortlist(weighed);
        Map<Integer, String> linkReason = new HashMap<>();
        Map<Integer, Double> bonus = new HashMap<>();
        Integer linked = null;
        for (ReuseLink link : links) {
            boolean isSource = link.sourceId().equals(article.id());
            String other = isSource ? link.derivedId() : link.sourceId();
            Integer event = state.eventNumberOf(other);
            if (event == null || link.relation() == Relation.CITES) {
                continue;
            }
            if (link.relation() == Relation.COPY || link.relation() == Relation.REWRITE) {
                if (linked == null) {
                    linked = event;
                    // Said from this article's side, as reuse and provenance say it: placed after its
                    // own copy (no times, or feed order), the source is not "a copy of" it.
                    linkReason.put(event, isSource ? "source of " + other + " (" + link.relation().label() + ")"
                            : link.relation().label() + " of " + other);
                }
            } else {
                bonus.merge(event, settings.partialBonus(), Math::max);
                linkReason.putIfAbsent(event, "shares passages with " + other);
            }
        }
        Set<Integer> candidates = new LinkedHashSet<>();
        candidates.addAll(shortlist);
        candidates.addAll(bonus.keySet());
        if (linked != null) {
            candidates.add(linked);
        }
        int best = -1;
        double bestScore = 0;
        int second = -1;
        double secondScore = 0;
        int followed = -1;
        double followedScore = 0;
        for (int number : candidates) {
            EventState event = state.event(number);
            double score = weighed.dot(event.centroid) * timeFactor(at, event)
                    * yearFactor(years, event)
                    + bonus.getOrDefault(number, 0.0);
            if ((linked == null || number != linked) && state.followUps().apart(lead, event)) {
                // A later (or earlier) happening of the storyline, told as such: never this event, whatever the words.
                if (score > followedScore) {
                    followed = number;
                    followedScore = score;
                }
                continue;
            }
            if (score > bestScore || (score == bestScore && best >= 0 && number < best)) {
                second = best;
                secondScore = bestScore;
                best = number;
                bestScore = score;
            } else if (score > secondScore) {
                second = number;
                secondScore = score;
            }
        }
        List<String> reasons = new ArrayList<>();
        EventState event;
        boolean started;
        if (linked != null) {
            event = state.event(linked);
            started = false;
            reasons.add(linkReason.get(linked));
            if (best != linked) {
                second = best;
                secondScore = bestScore;
            }
            bestScore = Math.max(bestScore, SparseVectors.dot(vector, event.centroid));
            reasons.addAll(shared(vector, event.centroid));
        } else if (best >= 0 && bestScore >= settings.eventThreshold()) {
            event = state.event(best);
            started = false;
            if (linkReason.containsKey(best)) {
                reasons.add(linkReason.get(best));
            }
            reasons.addAll(shared(vector, event.centroid));
        } else {
            event = state.newEvent(ClusterState.id("ev-", article.id()));
            started = true;
            reasons.add(best >= 0 ? String.format(Locale.ROOT, "no event close enough (best %.2f, below %.2f)",
                    bestScore, settings.eventThreshold()) : "no event shares its strongest features");
            if (best >= 0) {
                second = best;
                secondScore = bestScore;
            }
            if (followed >= 0 && followedScore >= settings.eventThreshold()) {
                reasons.add(String.format(Locale.ROOT, "not event %s (similarity %.2f): one tells what came after "
                        + "what the other tells as still to come", state.event(followed).id, followedScore));
            }
            Set<Integer> nearStories = new TreeSet<>();
            for (int number : candidates) {
                nearStories.add(state.event(number).story);
            }
            placeInStory(event, vector, article.published(), reasons, nearStories);
        }
        state.join(event, kept, weighed);
        state.fed(article);
        kept.release();
        state.touched.add(event.number);
        if (linked == null) {
            // A copy stays with its source: refinement does not reconsider it.
            state.placed.keep(article.id(), new PlacedArticles.PlacedArticle(state.placedVector(vector), at,
                    state.placedWords(identity), state.placedLead(lead)));
        }
        boolean runnerUp = second >= 0 && second != event.number;
        Assignment assignment = new Assignment(article.id(), event.id, state.story(event.story).id, started,
                started ? 0 : ClusterState.round(bestScore), List.copyOf(reasons),
                runnerUp ? state.event(second).id : null,
                runnerUp ? ClusterState.round(secondScore) : 0);
        state.record(article.id(), assignment);
        return assignment;
    }

    /**
     * Puts an article back into the event a previous run placed it in, without deciding anything:
     * how an incremental run restores the events before it places the new articles.
     */
    void restore(KeptArticle kept, Assignment stored) {
        state.join(restoredEvent(stored.eventId(), stored.storyId()), kept, weighting.weighed(kept), true);
        state.fed(kept.header);
        kept.release();
        state.record(kept.id(), stored);
    }

    /**
     * Puts the {@code ordinal}-th article of an event kept whole back at its turn ({@link KeptEvent}):
     * the event as it was restoring its articles one by one gives, without re-joining them.
     */
    void restore(KeptEvent kept, int ordinal, String articleId, String eventId, String storyId) {
        state.restoreTurn(restoredEvent(eventId, storyId), kept, ordinal, articleId);
    }

    /** The event an earlier run placed an article in: known here already, or started in its storyline. */
    private EventState restoredEvent(String eventId, String storyId) {
        Integer known = state.eventNumber(eventId);
        if (known != null) {
            return state.event(known);
        }
        EventState event = state.newEvent(eventId);
        Integer story = state.storyNumber(storyId);
        event.story = story != null ? story : state.newStory(storyId).number;
        state.story(event.story).events.add(event.number);
        return event;
    }

    /** The storylines of the candidate events are the candidate storylines. */
    private void placeInStory(EventState event, Map<String, Double> vector, PublishedTime time, List<String> reasons,
                              Set<Integer> candidateStories) {
        StoryState best = null;
        double bestScore = 0;
        for (int number : candidateStories) {
            StoryState story = state.story(number);
            if (story.span.daysFromLast(time == null ? null : time.instant()) > settings.storyWindowDays()) {
                continue;
            }
            double score = SparseVectors.dot(vector, state.centroidOf(story));
            if (score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= settings.storyThreshold()) {
            reasons.add(String.format(Locale.ROOT, "starts a new event in storyline %s (similarity %.2f)", best.id, bestScore));
        } else {
            best = state.newStory(ClusterState.id("st-", event.id));
        }
        event.story = best.number;
        best.events.add(event.number);
    }

    /**
     * Coverage of one happening runs for days: an article more than {@link Settings#timeGraceDays()}
     * days from the event's nearer end has its score divided by one plus the days past that over
     * {@link Settings#timeDecayDays()} (halved 14 days past it, a third 28 days past).
     */
    private double timeFactor(Instant at, EventState event) {
        long days = event.span.daysToNearerEnd(at);
        return 1 / (1 + Math.max(0, days - settings.timeGraceDays()) / (double) settings.timeDecayDays());
    }

    /**
     * Articles whose leads name years the event's leads never name are most likely about another
     * happening of the same kind (last year's earthquake): their score is damped by
     * {@link Settings#yearConflict()}.
     */
    private double yearFactor(Set<String> leadYears, EventState event) {
        if (settings.yearConflict() >= 1 || leadYears.isEmpty() || event.yearsNamed == 0) {
            return 1;
        }
        for (String year : leadYears) {
            if (event.leadIdentity.contains(year)) {
                return 1;
            }
        }
        return settings.yearConflict();
    }

    /** The years among a lead's details ({@code Y2011}). */
    private static Set<String> years(Set<String> leadIdentity) {
        Set<String> years = new TreeSet<>();
        for (String detail : leadIdentity) {
            if (detail.startsWith("Y")) {
                years.add(detail);
            }
        }
        return years;
    }

    /** The features that weigh most in both, as readable reasons: names first, then terms and numbers. */
    private List<String> shared(Map<String, Double> vector, Map<String, Double> centroid) {
        List<Map.Entry<String, Double>> common = new ArrayList<>();
        if (vector instanceof PlacedVector placed && centroid instanceof ArrayVector sum) {
            // The keys both hold found through the vector's table, not by binary searches of the centroid's.
            int[] partner = placed.partners(sum);
            for (int i = 0; i < partner.length; i++) {
                if (partner[i] >= 0) {
                    common.add(Map.entry(placed.keys[i], placed.weightAt(i) * sum.weightAt(partner[i])));
                }
            }
        } else {
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                Double other = centroid.get(e.getKey());
                if (other != null) {
                    common.add(Map.entry(e.getKey(), e.getValue() * other));
                }
            }
        }
        common.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        List<String> names = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Double> e : common) {
            String key = e.getKey();
            if (key.startsWith("N:") && names.size() < settings.reasonNames()) {
                names.add(weighting.display(key));
            } else if (!key.startsWith("N:") && terms.size() < settings.reasonTerms()
                    && !names.contains(weighting.display("N:" + key))) {
                terms.add(key.startsWith("Y") || key.startsWith("#") ? key.substring(1) : key);
            }
        }
        List<String> reasons = new ArrayList<>();
        if (!names.isEmpty()) {
            reasons.add("shared names: " + String.join(", ", names));
        }
        if (!terms.isEmpty()) {
            reasons.add("shared terms: " + String.join(", ", terms));
        }
        return reasons;
    }
}
