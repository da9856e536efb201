package dev.corroborate.io.store;

import dev.corroborate.quote.Quote;

/**
 * A quote as stored: the quote, its article, the person it is attributed to, and the group of
 * the same statement in other articles with this wording's differences from the group's reference.
 *
 * @param id        {@code articleId#start}
 * @param articleId the article the quote is in
 * @param quote     the quote, with offsets into the article's text
 * @param speakerId the resolved person, or {@code null}
 * @param groupId   the group of the same statement across articles, or {@code null}
 * @param diff      the word diff against the group's reference, or {@code null} (the reference itself, or no group)
 */
public record StoredQuote(String id, String articleId, Quote quote, String speakerId, String groupId, String diff) {

    public static String idOf(String articleId, Quote quote) {
        return articleId + "#" + quote.start();
    }
}
