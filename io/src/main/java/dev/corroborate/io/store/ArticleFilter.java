package dev.corroborate.io.store;

import java.time.Instant;

/**
 * Which articles to list. Every field is optional ({@code null}, or 0 for no limit).
 *
 * @param outlet        exactly this outlet, ignoring case
 * @param since         published at or after this instant
 * @param until         published before this instant
 * @param titleContains the title contains this text, ignoring case
 * @param limit         at most this many; 0 for all
 */
public record ArticleFilter(String outlet, Instant since, Instant until, String titleContains, int limit) {

    /** Every article. */
    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, 0);

    public ArticleFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
    }
}
