package dev.corroborate.quote;

/**
 * The thresholds of {@link SpeakerResolver}: which name forms are compared, and how close two
 * spellings must be to be one person's name. A separate record from {@link QuoteSettings} because
 * resolving speakers is a separate job, run over the mentions of many articles after extraction.
 * {@link #DEFAULTS} holds the values every command uses. Immutable and thread-safe.
 *
 * @param maxBlock                    name words held by more name forms than this are too common to compare all
 *                                    pairs of (surnames still block by their first letters) (default 3000)
 * @param blockPrefixLetters          name forms are also compared when a word of each starts with the same this
 *                                    many letters, as spelling variants rarely change them ("Lindqvist",
 *                                    "Lindquist") (default 3)
 * @param spellingTolerance           the most letters changed, added or removed between two spellings of a name
 *                                    word (default 1)
 * @param sharedQuoteSpellingTolerance the same when both names are given the same quote, which is strong
 *                                    evidence (default 2)
 * @param minSpellingLetters          name words shorter than this are never spelling variants, only equal or
 *                                    the same initial (default 3)
 * @param minRoleWordLetters          role words shorter than this do not tie two names ("of", "for") (default 4)
 */
public record SpeakerSettings(int maxBlock, int blockPrefixLetters, int spellingTolerance,
                              int sharedQuoteSpellingTolerance, int minSpellingLetters, int minRoleWordLetters) {

    /** The values every command uses. */
    public static final SpeakerSettings DEFAULTS = new SpeakerSettings(3000, 3, 1, 2, 3, 4);

    public SpeakerSettings {
        if (blockPrefixLetters < 1) {
            throw new IllegalArgumentException("blockPrefixLetters must be at least 1");
        }
        if (spellingTolerance < 0 || sharedQuoteSpellingTolerance < 0) {
            throw new IllegalArgumentException("spelling tolerances must not be negative");
        }
    }
}
