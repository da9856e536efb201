package dev.corroborate.pipeline;

import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Storyline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the corpus's articles in events and storylines and keeps the result. Incremental by
 * default: articles a previous run placed are put back where they were, without deciding anything
 * again, and only the new ones are placed (each joins an event or starts one). From scratch (as
 * {@code recluster} runs it) it gives the same result as placing the same articles in one run.
 * Both ways, every article's features are counted first, articles are fed in the corpus's order,
 * the events placement split are joined and the new articles moved to the events they are most
 * like ({@link StoryClusterer#consolidate()}, {@link StoryClusterer#refine}), and the users'
 * decisions are replayed last, so they survive. Reuse links kept by the reuse stage join a copy
 * to its source's event. Last, the events are settled ({@link StoryClusterer#settle}): each event's
 * articles are in the corpus's order and its label is the headline closest to its centre as built
 * in that order, so labels and order are a function of the data and the decisions only, and an
 * incremental run with nothing new (a re-run after a kill, a no-op {@code analyze}) gives back
 * exactly what was stored. Not thread-safe.
 */
public final class StoryStage {

    /**
     * What a run did: {@code merged} counts the events joined after placement (by reuse links and
     * by consolidation), {@code moved} the articles refinement moved to another event.
     */
    public record Summary(int articles, int placed, int restored, int events, int storylines, int merged, int moved,
                          int decisions) {
    }

    public Summary run(Corpus corpus, ReuseSink reuse, StorySink sink, boolean fromScratch) {
        List<ReuseLink> links = new ArrayList<>();
        reuse.forEachReuseLink(links::add);
        Map<String, List<ReuseLink>> linksOf = new HashMap<>();
        for (ReuseLink link : links) {
            linksOf.computeIfAbsent(link.sourceId(), k -> new ArrayList<>()).add(link);
            linksOf.computeIfAbsent(link.derivedId(), k -> new ArrayList<>()).add(link);
        }
        Map<String, Assignment> stored = fromScratch ? Map.of() : sink.assignments();
        StoryClusterer clusterer = new StoryClusterer();
        corpus.forEach(clusterer::prime);
        Set<String> seen = new HashSet<>();
        int[] counts = new int[3];
        corpus.forEach(article -> {
            counts[0]++;
            Assignment before = stored.get(article.id());
            if (before != null) {
                clusterer.restore(article, before);
                counts[2]++;
            } else {
                List<ReuseLink> earlier = new ArrayList<>();
                for (ReuseLink link : linksOf.getOrDefault(article.id(), List.of())) {
                    String other = link.sourceId().equals(article.id()) ? link.derivedId() : link.sourceId();
                    if (seen.contains(other)) {
                        earlier.add(link);
                    }
                }
                clusterer.add(article, earlier);
                counts[1]++;
            }
            seen.add(article.id());
        });
        // Links between two articles an earlier run placed were weighed by that run: only links to a
        // new article may join events, so a re-run with nothing new changes nothing.
        List<ReuseLink> newLinks = stored.isEmpty() ? links : links.stream()
                .filter(link -> !stored.containsKey(link.sourceId()) || !stored.containsKey(link.derivedId())).toList();
        int merged = clusterer.joinLinked(newLinks, StoryClusterer.Settings.DEFAULTS.partialLinkThreshold());
        merged += clusterer.consolidate();
        int moved = clusterer.refine(corpus::require);
        List<Decision> decisions = sink.decisions();
        for (Decision decision : decisions) {
            clusterer.apply(decision, corpus::require);
        }
        clusterer.settle(corpus::require);
        List<Event> events = clusterer.events();
        List<Storyline> storylines = clusterer.storylines().stream()
                .filter(s -> !s.eventIds().isEmpty()).toList();
        sink.replaceStories(storylines, events, clusterer.assignments());
        return new Summary(counts[0], counts[1], counts[2], events.size(), storylines.size(), merged, moved,
                decisions.size());
    }
}
