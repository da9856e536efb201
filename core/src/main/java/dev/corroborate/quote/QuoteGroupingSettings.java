package dev.corroborate.quote;

/**
 * The thresholds of {@link QuoteGrouper}: when two quotes of different articles give the same
 * statement. A separate record from {@link QuoteSettings} because grouping is a separate job, run
 * over the quotes of many articles after extraction. {@link #DEFAULTS} holds the values every
 * command uses. Immutable and thread-safe.
 *
 * @param minShared           the fewest content words two quotes must share (default 3)
 * @param minContainment      the shared words must make at least this share of the shorter quote's, so a
 *                            truncated quote still joins the full one (default 0.5)
 * @param rewordedShared      the fewest shared content words for a reworded or translated quote (default 5)
 * @param rewordedContainment the share of the shorter quote's words those must make (default 0.4)
 * @param rewordedLongerContainment and at least this share of the longer quote's: a long statement sharing a few
 *                            topic words with a short one ("harbour", "ferry", "fares") is another
 *                            statement on the same subject, not a rewording of it (default 0.3)
 * @param maxPostings         content words held by more quotes than this are too common to propose
 *                            candidates (default 400)
 * @param minWordLength       content words shorter than this (in characters, folded) are left out (default 2)
 */
public record QuoteGroupingSettings(int minShared, double minContainment, int rewordedShared,
                                    double rewordedContainment, double rewordedLongerContainment, int maxPostings, int minWordLength) {

    /** The values every command uses. */
    public static final QuoteGroupingSettings DEFAULTS = new QuoteGroupingSettings(3, 0.5, 5, 0.4, 0.3, 400, 2);

    public QuoteGroupingSettings {
        if (minContainment < 0 || minContainment > 1 || rewordedContainment < 0 || rewordedContainment > 1
                || rewordedLongerContainment < 0 || rewordedLongerContainment > 1) {
            throw new IllegalArgumentException("containments must lie in [0, 1]");
        }
        if (minShared < 1 || rewordedShared < 1) {
            throw new IllegalArgumentException("the shared word counts must be at least 1");
        }
    }
}
