package dev.corroborate.pipeline;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Port: gives back what the quote stage kept ({@link QuoteSink}), for the stages after it. */
public interface QuoteSource {

    /**
     * What later steps gave a kept quote that the comparison reads, without the quote itself (which is
     * a function of its article's text and the extractor's settings): its person and its group (not
     * its diff against the group's reference, which the comparison does not read).
     */
    record Standing(String id, String articleId, String speakerId, String groupId) {
    }

    /** Every kept quote, with its group and speaker ids. */
    void forEachQuote(Consumer<FoundQuote> consumer);

    /**
     * Every kept quote's standing, an article's quotes one after another in the order of {@link
     * #forEachQuote} (by start in the text); the articles in any order (the order of {@link
     * #forEachQuote} is one).
     */
    default void forEachQuoteStanding(Consumer<Standing> consumer) {
        forEachQuote(q -> consumer.accept(new Standing(q.id(), q.articleId(), q.speakerId(), q.groupId())));
    }

    /**
     * Every kept quote's standing filed by article: each article with a quote once (in any order), with
     * its quotes' standings in the order of {@link #forEachQuoteStanding}. This default files that stream.
     */
    default void forEachArticleStandings(BiConsumer<String, List<Standing>> consumer) {
        Map<String, List<Standing>> byArticle = new LinkedHashMap<>();
        forEachQuoteStanding(standing -> byArticle.computeIfAbsent(standing.articleId(), k -> new ArrayList<>()).add(standing));
        byArticle.forEach(consumer);
    }

    /**
     * {@link #forEachArticleStandings(BiConsumer)} of these articles only (an article without quotes not
     * given). This default files them all.
     */
    default void forEachArticleStandings(Collection<String> articleIds, BiConsumer<String, List<Standing>> consumer) {
        Set<String> wanted = new HashSet<>(articleIds);
        forEachArticleStandings((article, standings) -> {
            if (wanted.contains(article)) {
                consumer.accept(article, standings);
            }
        });
    }

    /** The kept quotes of these articles, in the order of {@link #forEachQuote}. */
    default List<FoundQuote> quotesOf(Collection<String> articleIds) {
        Set<String> wanted = new HashSet<>(articleIds);
        List<FoundQuote> found = new ArrayList<>();
        forEachQuote(q -> {
            if (wanted.contains(q.articleId())) {
                found.add(q);
            }
        });
        return found;
    }

    /** Every kept quote group, with its drift. */
    List<QuoteGroupSummary> quoteGroups();

    /** The kept quote groups with these ids, in the order of {@link #quoteGroups()}. This default filters them all. */
    default List<QuoteGroupSummary> quoteGroups(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        List<QuoteGroupSummary> found = new ArrayList<>();
        for (QuoteGroupSummary group : quoteGroups()) {
            if (wanted.contains(group.id())) {
                found.add(group);
            }
        }
        return found;
    }

    /**
     * Whether each kept quote group drifts (its drift is not empty), by group id: what the comparison
     * reads of a group besides its id, without the groups themselves. This default reads them all.
     */
    default Map<String, Boolean> quoteGroupDrifts() {
        Map<String, Boolean> drifts = new HashMap<>();
        for (QuoteGroupSummary group : quoteGroups()) {
            drifts.put(group.id(), !group.drift().isEmpty());
        }
        return drifts;
    }

    /** {@link #quoteGroupDrifts()} of the kept groups with these ids. This default reads them all. */
    default Map<String, Boolean> quoteGroupDrifts(Collection<String> ids) {
        Map<String, Boolean> all = quoteGroupDrifts();
        Map<String, Boolean> found = new HashMap<>();
        for (String id : ids) {
            if (all.containsKey(id)) {
                found.put(id, all.get(id));
            }
        }
        return found;
    }
}
