package dev.corroborate.app.web;

import io.javalin.http.Context;

/**
 * The {@code offset} and {@code limit} of a paged list, read from the query string and validated.
 *
 * @param offset the first item, 0 or more (default 0)
 * @param limit  how many, 1 to {@link #MAX_LIMIT} (default {@link #DEFAULT_LIMIT})
 */
record Paging(int offset, int limit) {

    /** The page size when none is asked for. */
    static final int DEFAULT_LIMIT = 50;
    /**
     * The page size of search results when none is asked for: each hit's snippets are highlighted
     * on the spot (most of a search's cost), and a reader scans about this many before refining.
     */
    static final int SEARCH_LIMIT = 20;
    /** The largest page. */
    static final int MAX_LIMIT = 500;

    /** The paging of a request; a 400 error when a value is not a number in range. */
    static Paging of(Context ctx) {
        return of(ctx, DEFAULT_LIMIT);
    }

    /** {@link #of(Context)} with another page size when none is asked for. */
    static Paging of(Context ctx, int defaultLimit) {
        int offset = number(ctx.queryParam("offset"), 0, "offset");
        int limit = number(ctx.queryParam("limit"), defaultLimit, "limit");
        if (offset < 0) {
            throw WebError.badRequest("offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw WebError.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        return new Paging(offset, limit);
    }

    private static int number(String value, int fallback, String name) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw WebError.badRequest(name + " must be a whole number");
        }
    }
}
