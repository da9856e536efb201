package dev.corroborate.pipeline;

import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Event;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Speaker;
import dev.corroborate.model.Storyline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An analysis's results held in memory, for evaluation runs, benchmarks and tests: what the store
 * keeps, without the store. Not thread-safe.
 */
public final class InMemoryResults implements AnalysisResults {

    private List<ReuseLink> reuseLinks = List.of();
    private List<Storyline> storylines = List.of();
    private List<Event> events = List.of();
    private Map<String, Assignment> assignments = Map.of();
    private final List<Decision> decisions = new ArrayList<>();
    private List<FoundQuote> quotes = List.of();
    /** Each article's quotes by their places in {@link #quotes}, made when first asked for. */
    private Map<String, List<Integer>> quotesByArticle;
    private List<Speaker> speakers = List.of();
    private List<QuoteGroupSummary> quoteGroups = List.of();
    private List<Discrepancy> discrepancies = List.of();
    private Map<String, String> comparedFingerprints = Map.of();
    private final Map<String, dev.corroborate.compare.KeptAlignment> alignments = new java.util.HashMap<>();

    @Override
    public void replaceReuseLinks(List<ReuseLink> links) {
        List<ReuseLink> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing(ReuseLink::sourceId).thenComparing(ReuseLink::derivedId));
        reuseLinks = List.copyOf(sorted);
    }

    @Override
    public void forEachReuseLink(Consumer<ReuseLink> consumer) {
        reuseLinks.forEach(consumer);
    }

    @Override
    public Map<String, Assignment> assignments() {
        return assignments;
    }

    @Override
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** Records a user's decision, replayed by every later clustering. */
    public void addDecision(Decision decision) {
        decisions.add(decision);
    }

    @Override
    public void replaceStories(List<Storyline> storylines, List<Event> events,
                               Map<String, Assignment> assignments) {
        this.storylines = List.copyOf(storylines);
        this.events = List.copyOf(events);
        this.assignments = Map.copyOf(assignments);
    }

    @Override
    public void replaceQuotes(List<FoundQuote> quotes, List<Speaker> speakers,
                              List<QuoteGroupSummary> groups) {
        this.quotes = List.copyOf(quotes);
        this.quotesByArticle = null;
        this.speakers = List.copyOf(speakers);
        this.quoteGroups = List.copyOf(groups);
    }

    @Override
    public void forEachQuote(Consumer<FoundQuote> consumer) {
        quotes.forEach(consumer);
    }

    /**
     * Looked up by article, not filtered from every quote: a comparison from scratch asks for the quotes of
     * each chunk of events it compares.
     */
    @Override
    public List<FoundQuote> quotesOf(java.util.Collection<String> articleIds) {
        if (quotesByArticle == null) {
            quotesByArticle = new java.util.HashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                quotesByArticle.computeIfAbsent(quotes.get(i).articleId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> places = new ArrayList<>();
        for (String article : new java.util.HashSet<>(articleIds)) {
            places.addAll(quotesByArticle.getOrDefault(article, List.of()));
        }
        places.sort(null);
        List<FoundQuote> found = new ArrayList<>(places.size());
        places.forEach(place -> found.add(quotes.get(place)));
        return found;
    }

    @Override
    public void replaceDiscrepancies(List<Discrepancy> discrepancies) {
        this.discrepancies = List.copyOf(discrepancies);
        this.comparedFingerprints = Map.of();
    }

    @Override
    public void replaceDiscrepancies(List<Discrepancy> discrepancies, Map<String, String> fingerprints) {
        this.discrepancies = List.copyOf(discrepancies);
        this.comparedFingerprints = Map.copyOf(fingerprints);
    }

    @Override
    public Map<String, String> comparedFingerprints() {
        return comparedFingerprints;
    }

    @Override
    public void forEachDiscrepancy(String eventId, Consumer<Discrepancy> consumer) {
        for (Discrepancy discrepancy : discrepancies) {
            if (eventId == null || discrepancy.eventId().equals(eventId)) {
                consumer.accept(discrepancy);
            }
        }
    }

    @Override
    public Map<String, dev.corroborate.compare.KeptAlignment> keptAlignments(java.util.Collection<String> eventIds) {
        Map<String, dev.corroborate.compare.KeptAlignment> kept = new java.util.HashMap<>();
        for (String event : eventIds) {
            if (alignments.containsKey(event)) {
                kept.put(event, alignments.get(event));
            }
        }
        return kept;
    }

    @Override
    public void keepAlignments(Map<String, dev.corroborate.compare.KeptAlignment> given, java.util.Set<String> gone,
                               boolean everyEvent) {
        if (everyEvent) {
            alignments.clear();
        }
        alignments.keySet().removeAll(gone);
        alignments.putAll(given);
    }

    /** Every discrepancy the comparison found, event by event. */
    public List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    public List<ReuseLink> reuseLinks() {
        return reuseLinks;
    }

    /** The storylines that hold events, as the story stage left them. */
    public List<Storyline> storylines() {
        return storylines;
    }

    /** The events, as the story stage left them. */
    public List<Event> events() {
        return events;
    }

    /** Every quote found, in corpus order, then by offset. */
    public List<FoundQuote> quotes() {
        return quotes;
    }

    public List<Speaker> speakers() {
        return speakers;
    }

    @Override
    public List<QuoteGroupSummary> quoteGroups() {
        return quoteGroups;
    }
}
