package dev.corroborate.model;

import java.util.List;

/**
 * A group of the same statement across articles.
 *
 * @param id          the group's id
 * @param referenceId the {@link FoundQuote#id()} of the wording the others are compared with
 * @param size        how many quotes the group holds
 * @param drift       the words that differ from the reference, over the whole group
 */
public record QuoteGroupSummary(String id, String referenceId, int size, List<String> drift) {

    public QuoteGroupSummary {
        drift = List.copyOf(drift);
    }
}
