package dev.corroborate.compare;

/**
 * The thresholds of the comparison stage ({@link EventComparer}). {@link #DEFAULTS} holds the values
 * every command uses. Immutable and thread-safe.
 *
 * @param counterpart       two sentences of an event's articles state the same thing (are aligned as one
 *                          statement) when the cosine of their content-word sets reaches this (default 0.5,
 *                          the reuse stage's counterpart threshold), or when they hold quotes of one quote group
 * @param onlyInOneCounterpart a value some sentences of a statement state is only in them when the sentences
 *                          lacking it are this close to one stating it (content-word cosine; default 0.7):
 *                          a looser counterpart tells the matter otherwise rather than leaving the value out
 * @param sameTelling       the sentences of one statement whose word cosine (stop words included) reaches this tell it in nearly
 *                          the same words and are also compared among themselves, apart from the statement's
 *                          other tellings (default 0.8)
 * @param maxPosting        a content word held by more of an event's statements than this is too common to look
 *                          up candidates by (the sentence's other words still find them); it bounds the cost of
 *                          aligning one sentence, so an event's alignment grows linearly with its sentences
 *                          (default 64)
 * @param maxSpellingEdits  two forms of a name are spelling variants of one name when at most this many letters
 *                          are changed, added or removed (default 2)
 * @param minSpellingLetters names shorter than this are never spelling variants, only equal (default 4)
 * @param maxChangedWords   a changed stretch of a statement longer than this many words on either side is a
 *                          rewording, not a changed value, and is not classed (default 4)
 * @param approximate       the relative width of "about", "approximately", "some": about 100 is 100 plus or minus
 *                          this share (default 0.1)
 * @param nearly            the relative width below the number of "nearly", "almost": nearly 100 is from 100 less
 *                          this share up to 100 (default 0.15)
 */
public record ComparisonSettings(double counterpart, double onlyInOneCounterpart, double sameTelling, int maxPosting, int maxSpellingEdits, int minSpellingLetters,
                                 int maxChangedWords, double approximate, double nearly) {

    /** The values every command uses. */
    public static final ComparisonSettings DEFAULTS = new ComparisonSettings(0.5, 0.7, 0.8, 64, 2, 4, 4, 0.1, 0.15);

    public ComparisonSettings {
        if (counterpart <= 0 || counterpart > 1 || onlyInOneCounterpart <= 0 || onlyInOneCounterpart > 1
                || sameTelling <= 0 || sameTelling > 1) {
            throw new IllegalArgumentException("counterpart thresholds must be in (0, 1]");
        }
        if (maxPosting < 1) {
            throw new IllegalArgumentException("maxPosting must be at least 1, not " + maxPosting);
        }
        if (maxSpellingEdits < 0 || minSpellingLetters < 1 || maxChangedWords < 1) {
            throw new IllegalArgumentException("spelling limits must be positive");
        }
        if (approximate < 0 || approximate >= 1 || nearly < 0 || nearly >= 1) {
            throw new IllegalArgumentException("hedge widths must be in [0, 1)");
        }
    }
}
