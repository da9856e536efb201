package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.ReuseLink;
import java.util.List;
import java.util.Objects;

/**
 * One event as the comparison reads it.
 *
 * @param eventId  the event's id (any id for two articles compared on the fly)
 * @param articles its articles in feed order (earliest first)
 * @param links    the reuse links among them, for the views that show them beside the differences ({@link
 *                 EventComparer} does not read them: the analysis's comparison stage gives none)
 * @param quotes   the quotes the quote stage found in them, with their group and speaker ids
 * @param groups   the quote groups those quotes belong to, with their drift
 */
public record ComparedEvent(String eventId, List<Article> articles, List<ReuseLink> links, List<FoundQuote> quotes,
                            List<QuoteGroupSummary> groups) {

    public ComparedEvent {
        Objects.requireNonNull(eventId, "eventId");
        articles = List.copyOf(articles);
        links = List.copyOf(links);
        quotes = List.copyOf(quotes);
        groups = List.copyOf(groups);
    }
}
