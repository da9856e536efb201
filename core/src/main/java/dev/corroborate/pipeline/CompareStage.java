package dev.corroborate.pipeline;

import dev.corroborate.compare.ComparedEvent;
import dev.corroborate.compare.EventComparer;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the articles of every event of two articles or more ({@link EventComparer}) and keeps
 * the discrepancies, replacing what a previous run kept. Reads the events from the story stage's
 * placements and the quotes and groups from the quote stage, so it runs after both. The corpus is
 * read once in feed order; an event's articles are held from its first to its last, then compared
 * and let go, so memory holds the events still open, not the corpus. Not thread-safe.
 */
public final class CompareStage {

    /**
     * What a run found.
     *
     * @param events        the events of two articles or more that were compared
     * @param discrepancies how many discrepancies, by kind then class
     */
    public record Summary(int events, Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> discrepancies) {

        public Summary {
            Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> copy = new EnumMap<>(Discrepancy.Kind.class);
            discrepancies.forEach((kind, byVerdict) -> copy.put(kind, Collections.unmodifiableMap(new EnumMap<>(byVerdict))));
            discrepancies = Collections.unmodifiableMap(copy);
        }

        /** How many discrepancies in all. */
        public int total() {
            return discrepancies.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    private final EventComparer comparer = new EventComparer();

    public Summary run(Corpus corpus, AnalysisResults results) {
        Map<String, Integer> sizes = new HashMap<>();
        for (Assignment place : results.assignments().values()) {
            sizes.merge(place.eventId(), 1, Integer::sum);
        }
        Map<String, String> eventOf = new HashMap<>();
        results.assignments().forEach((article, place) -> {
            if (sizes.get(place.eventId()) > 1) {
                eventOf.put(article, place.eventId());
            }
        });
        Map<String, List<FoundQuote>> quotes = new HashMap<>();
        results.forEachQuote(quote -> {
            if (eventOf.containsKey(quote.articleId())) {
                quotes.computeIfAbsent(quote.articleId(), k -> new ArrayList<>()).add(quote);
            }
        });
        Map<String, QuoteGroupSummary> groups = new HashMap<>();
        for (QuoteGroupSummary group : results.quoteGroups()) {
            groups.put(group.id(), group);
        }
        Map<String, List<ReuseLink>> links = new HashMap<>();
        results.forEachReuseLink(link -> {
            String event = eventOf.get(link.sourceId());
            if (event != null && event.equals(eventOf.get(link.derivedId()))) {
                links.computeIfAbsent(event, k -> new ArrayList<>()).add(link);
            }
        });
        // Events complete in feed order are compared as their last article goes by; the results are kept in event-id order.
        Map<String, List<Article>> open = new HashMap<>();
        Map<String, List<Discrepancy>> found = new TreeMap<>();
        corpus.forEach(article -> {
            String event = eventOf.get(article.id());
            if (event == null) {
                return;
            }
            List<Article> articles = open.computeIfAbsent(event, k -> new ArrayList<>());
            articles.add(article);
            if (articles.size() == sizes.get(event)) {
                open.remove(event);
                found.put(event, comparer.compare(event(event, articles, links, quotes, groups)));
            }
        });
        List<Discrepancy> all = new ArrayList<>();
        found.values().forEach(all::addAll);
        results.replaceDiscrepancies(all);
        Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> counts = new EnumMap<>(Discrepancy.Kind.class);
        for (Discrepancy discrepancy : all) {
            counts.computeIfAbsent(discrepancy.kind(), k -> new EnumMap<>(Discrepancy.Verdict.class))
                    .merge(discrepancy.verdict(), 1, Integer::sum);
        }
        return new Summary(found.size(), counts);
    }

    private static ComparedEvent event(String event, List<Article> articles, Map<String, List<ReuseLink>> links,
                                       Map<String, List<FoundQuote>> quotes, Map<String, QuoteGroupSummary> groups) {
        List<FoundQuote> eventQuotes = new ArrayList<>();
        Set<String> groupIds = new java.util.TreeSet<>();
        for (Article article : articles) {
            for (FoundQuote quote : quotes.getOrDefault(article.id(), List.of())) {
                eventQuotes.add(quote);
                if (quote.groupId() != null) {
                    groupIds.add(quote.groupId());
                }
            }
        }
        List<QuoteGroupSummary> eventGroups = new ArrayList<>();
        for (String id : groupIds) {
            if (groups.containsKey(id)) {
                eventGroups.add(groups.get(id));
            }
        }
        return new ComparedEvent(event, articles, links.getOrDefault(event, List.of()), eventQuotes, eventGroups);
    }
}
