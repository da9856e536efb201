package dev.corroborate.model;

import java.util.Objects;

/**
 * A quote as the quote stage leaves it: the quote, its article, the person it is attributed to,
 * and the group of the same statement in other articles with this wording's differences from the
 * group's reference.
 *
 * @param id        {@code articleId#start}, see {@link #idOf}
 * @param articleId the article the quote is in
 * @param quote     the quote, with offsets into the article's text
 * @param speakerId the resolved person, or {@code null}
 * @param groupId   the group of the same statement across articles, or {@code null}
 * @param diff      the word diff against the group's reference, or {@code null} (the reference itself, or no group)
 */
public record FoundQuote(String id, String articleId, Quote quote, String speakerId, String groupId, String diff)
        implements java.io.Serializable {

    public FoundQuote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quote, "quote");
    }

    /** The id of {@code quote} in article {@code articleId}: unique, since two quotes never start at one offset. */
    public static String idOf(String articleId, Quote quote) {
        return articleId + "#" + quote.start();
    }
}
