package dev.corroborate.io.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How URLs are fetched (given on the command line, listed in a {@code .urls} file, or linked from
 * a feed item when {@link #fetchFeedLinks}). Immutable.
 *
 * @param fetchFeedLinks        fetch the page a feed item links to when the item holds only a summary; default off
 * @param allowPrivateAddresses fetch from loopback, link-local, private and other non-public
 *                              addresses too; default off, so a hostile feed or redirect cannot
 *                              reach the machine's own services or its cloud metadata endpoint
 * @param connectTimeout        the longest wait for a connection; default 10 s
 * @param requestTimeout        the longest wait for a response's headers, per request; default 30 s
 * @param deadline              the longest a URL may take in all, from the first request to the
 *                              last byte of the body, redirects included; default 60 s
 * @param perHostDelay          the shortest time between two requests to one host; default 1 s
 * @param maxRedirects          redirects followed per URL; default 5
 */
public record FetchSettings(boolean fetchFeedLinks, boolean allowPrivateAddresses, Duration connectTimeout,
        Duration requestTimeout, Duration deadline, Duration perHostDelay, int maxRedirects) {

    /** The defaults documented on each component. */
    public static final FetchSettings DEFAULTS = new FetchSettings(false, false, Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(1), 5);

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero() || deadline.isNegative() || deadline.isZero() || perHostDelay.isNegative()) {
            throw new IllegalArgumentException("timeouts and the deadline must be positive, the per-host delay not negative");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
        }
    }

    /** These settings, fetching feed items' links or not. */
    public FetchSettings withFetchFeedLinks(boolean fetch) {
        return new FetchSettings(fetch, allowPrivateAddresses, connectTimeout, requestTimeout, deadline, perHostDelay,
                maxRedirects);
    }

    /** These settings, allowing loopback, link-local and private addresses or not. */
    public FetchSettings withPrivateAddresses(boolean allow) {
        return new FetchSettings(fetchFeedLinks, allow, connectTimeout, requestTimeout, deadline, perHostDelay,
                maxRedirects);
    }
}
