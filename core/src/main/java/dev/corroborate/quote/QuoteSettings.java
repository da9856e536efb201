package dev.corroborate.quote;

/**
 * The thresholds and limits of quote extraction ({@link QuoteExtractor}): what counts as a quote,
 * how far around a quote its attribution is looked for, how long a speaker's phrase may be, when a
 * sentence is reported speech, and how far back a name is looked for. Lengths are in characters,
 * tokens (words and punctuation marks, as {@link dev.corroborate.text.Tokenizer#PROSE} splits them)
 * or words (as {@link dev.corroborate.text.WordCount#words} counts them: two Chinese, Japanese,
 * Korean or Thai characters make one), as each says.
 * {@link #DEFAULTS} holds the values measured on PolNeAR (docs/BENCHMARKS.md). Grouping quotes
 * across articles and resolving speakers across articles are separate jobs with their own settings
 * ({@link QuoteGroupingSettings}, {@link SpeakerSettings}). Immutable and thread-safe.
 *
 * @param minWordsWithoutCue         a quoted span of fewer words, with no speech around it, is a scare quote or
 *                                   a title; it is also the fewest words a quote needs to continue the previous
 *                                   speaker's (default 8)
 * @param minWordsAttributed         an attributed quote of fewer words is kept only with a named speaker and an
 *                                   attribution right next to it (default 3)
 * @param unattributedQuotedShare    an unattributed quote is dropped when quoted text makes less than this share
 *                                   of its sentence: it is a title or a phrase the reporter borrowed (default 0.5)
 * @param directClauseQuotedShare    a clause after a speech verb (or its "that") is a direct quote when quoted
 *                                   text makes at least this share of it, reported speech holding a partial
 *                                   quote otherwise (default 0.5)
 * @param leadInWords                how many of the reporter's words right before a quote can belong to the
 *                                   quoted clause when no "that" marks where it starts (default 4)
 * @param embeddedQuoteMaxWords      a direct quote of fewer words, not introduced by its cue and set inside the
 *                                   reporter's sentence, is a partial quote, so reported speech (default 8)
 * @param embeddedWordsBefore        the fewest words of the reporter's before such a quote in its sentence
 *                                   (default 6)
 * @param embeddedWordsAfter         the fewest words of the reporter's after it in its sentence (default 4)
 * @param window                     how far (characters) around a quote its attribution and the bounds of its
 *                                   sentence are looked for (default 240)
 * @param clauseQuoteReach           how far (characters) a quote that opens inside a clause is followed to find
 *                                   where the clause ends (default 960, four windows)
 * @param conjunctionReach           how many characters after a quote are read for an "and", "but" or "or" that
 *                                   ends its clause right there (default 12)
 * @param maxJoinGap                 two quoted spans of one paragraph farther apart than this (characters) are
 *                                   never one quote broken by its attribution (default 260)
 * @param continuationGap            a quote in the same paragraph continues the previous speaker only within this
 *                                   many characters of the previous quote (default 200)
 * @param continuationTail           a quote opening the next paragraph continues the previous speaker only when at
 *                                   most this many characters follow the previous quote in its paragraph
 *                                   (default 120)
 * @param attributionMaxTokens       how many tokens after a quote are read for the verb of {@code X [adverbs]
 *                                   said} (default 30)
 * @param nextSentenceWords          after a quote that ends its sentence, a capitalised speaker followed by more
 *                                   than this many words is the next sentence, about something else (default 5)
 * @param adjacentWords              an attribution before a quote with at most this many words between its verb
 *                                   and the quote is right next to it (default 3)
 * @param previousSentenceVerbTokens the speech verb of a sentence that attributes the quote after it stands among
 *                                   its last this many tokens ({@code Bystrom agreed. "..."}) (default 7)
 * @param signatureMaxChars          the longest signature line after a quote ({@code "..." ― Name}) (default 80)
 * @param colonNameChars             how many characters before a quote are read for {@code Name: "..."}
 *                                   (default 60)
 * @param colonNameWords             the most words of a name before such a colon (default 4)
 * @param wholePhraseMinTokens       the fewest tokens between a quote and its verb read as one name with its
 *                                   titles (default 2)
 * @param wholePhraseMaxTokens       the most such tokens (default 8)
 * @param titleWordsBeforeSpeaker    the most lower-case title words allowed before a speaker ("former
 *                                   presidential candidate X") (default 4)
 * @param backwardPhraseMaxTokens    the most tokens of a speaker's phrase read backwards from its verb (default 7)
 * @param bracketMaxTokens           the most tokens of a bracket after a name ("(D-Mo.)") left out of it
 *                                   (default 6)
 * @param roleMaxTokens              the most tokens of a role set off by commas ("X, a spokesman for Y, said")
 *                                   (default 12)
 * @param partyAndStateMaxTokens     a stretch between commas of at most this many tokens may be a party and state
 *                                   ("R-Ky.") (default 4)
 * @param descriptionMaxTokens       the most tokens of a description that opens with a determiner ("the deputy
 *                                   minister") (default 8)
 * @param titleWordsBeforeName       the most lower-case title words read forwards before a name ("former secretary
 *                                   of state X") (default 5)
 * @param forwardPhraseMaxTokens     the most tokens of a name phrase read forwards, role words between names
 *                                   included (default 9)
 * @param roleWordsBetweenNames      the most lower-case role words between two capitalised runs of one phrase
 *                                   ("Ministry spokesman Oskar Lindqvist") (default 2)
 * @param reportedMinSentenceChars   sentences shorter than this (characters) are not read for reported speech
 *                                   (default 20)
 * @param reportedMinTokens          sentences of fewer tokens are not read for reported speech (default 6)
 * @param reportedMinClauseTokens    the fewest tokens of the clause that reports what was said (default 4)
 * @param reportedMinTokensBeforeComma the fewest tokens of the clause in {@code CLAUSE, X said.} (default 5)
 * @param reportedMaxTailTokens      the most tokens of the attribution in {@code CLAUSE, X said.}, its comma
 *                                   included (default 10)
 * @param reportedMaxVerbPosition    in {@code X said (that) CLAUSE} the verb stands before this token (default 14)
 * @param reportedMaxLeadTokens      in {@code X said (that) CLAUSE}, the most tokens before the subject: a lead
 *                                   ending in a comma ("In March, Olsen said"; "The port's engineer, Mara Olsen,
 *                                   said") or the head of the phrase its name completes ("A spokeswoman for the
 *                                   council says") (default 6)
 * @param toldObjectMaxWords         the most words of the object of "told" before what was told ("told the
 *                                   committee that") (default 3)
 * @param nearestNameChars           how far back (characters) a pronoun's antecedent name is looked for
 *                                   (default 400)
 * @param fullNameMinWords           the fewest capitalised words of a full name a surname is resolved to
 *                                   (default 2)
 * @param fullNameMaxWords           the most such words (default 4)
 */
public record QuoteSettings(
        int minWordsWithoutCue,
        int minWordsAttributed,
        double unattributedQuotedShare,
        double directClauseQuotedShare,
        int leadInWords,
        int embeddedQuoteMaxWords,
        int embeddedWordsBefore,
        int embeddedWordsAfter,
        int window,
        int clauseQuoteReach,
        int conjunctionReach,
        int maxJoinGap,
        int continuationGap,
        int continuationTail,
        int attributionMaxTokens,
        int nextSentenceWords,
        int adjacentWords,
        int previousSentenceVerbTokens,
        int signatureMaxChars,
        int colonNameChars,
        int colonNameWords,
        int wholePhraseMinTokens,
        int wholePhraseMaxTokens,
        int titleWordsBeforeSpeaker,
        int backwardPhraseMaxTokens,
        int bracketMaxTokens,
        int roleMaxTokens,
        int partyAndStateMaxTokens,
        int descriptionMaxTokens,
        int titleWordsBeforeName,
        int forwardPhraseMaxTokens,
        int roleWordsBetweenNames,
        int reportedMinSentenceChars,
        int reportedMinTokens,
        int reportedMinClauseTokens,
        int reportedMinTokensBeforeComma,
        int reportedMaxTailTokens,
        int reportedMaxVerbPosition,
        int reportedMaxLeadTokens,
        int toldObjectMaxWords,
        int nearestNameChars,
        int fullNameMinWords,
        int fullNameMaxWords) {

    /** The values every command uses. */
    public static final QuoteSettings DEFAULTS = new QuoteSettings(
            8, 3, 0.5, 0.5, 4, 8, 6, 4,   // what counts as a quote
            240, 960, 12, 260, 200, 120,    // windows
            30, 5, 3, 7, 80, 60, 4,        // attribution
            2, 8, 4, 7, 6, 12, 4, 8, 5, 9, 2, // noun phrases
            20, 6, 4, 5, 10, 14, 6, 3,     // reported speech
            400, 2, 4);                    // resolution within the article

    public QuoteSettings {
        if (window <= 0) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (unattributedQuotedShare < 0 || unattributedQuotedShare > 1
                || directClauseQuotedShare < 0 || directClauseQuotedShare > 1) {
            throw new IllegalArgumentException("quoted shares must lie in [0, 1]");
        }
        if (wholePhraseMinTokens > wholePhraseMaxTokens || fullNameMinWords > fullNameMaxWords) {
            throw new IllegalArgumentException("a minimum exceeds its maximum");
        }
    }
}
