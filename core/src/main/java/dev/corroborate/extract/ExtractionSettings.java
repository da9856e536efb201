package dev.corroborate.extract;

import java.util.Objects;

/**
 * The extraction stage's thresholds in one place, grouped by the job that reads them: the main
 * text of a page ({@link Body}), the features the chunk model weighs ({@link Chunks}), the
 * metadata ({@link Metadata}), the headline ({@link Headline}), the clean-up of scraped texts
 * ({@link Boilerplate}) and datelines ({@link Dateline}). Each group has its {@code DEFAULTS}; the
 * values are those the figures in docs/BENCHMARKS.md were measured with.
 *
 * <p>The stage runs on {@link #DEFAULTS}: its rules are static functions (the boilerplate-line
 * rules, which text reuse uses too, are {@code dev.corroborate.text.BoilerplateLines}, with their
 * own settings), and the chunk features are bound to the weights
 * {@code ChunkModel} was fitted with, so a run cannot choose other values yet. This record is where
 * each value lives and says what it means; a value that must vary per run is threaded from here.
 * Word lists are not settings: they are resource files beside the stage's classes.
 *
 * <p>Immutable and thread-safe; no component is null.
 */
public record ExtractionSettings(
        Body body, Chunks chunks, Metadata metadata, Headline headline, Boilerplate boilerplate, Dateline dateline) {

    /** The values the stage runs on. */
    public static final ExtractionSettings DEFAULTS = new ExtractionSettings(
            Body.DEFAULTS, Chunks.DEFAULTS, Metadata.DEFAULTS, Headline.DEFAULTS, Boilerplate.DEFAULTS,
            Dateline.DEFAULTS);

    public ExtractionSettings {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(chunks, "chunks");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(boilerplate, "boilerplate");
        Objects.requireNonNull(dateline, "dateline");
    }

    /**
     * Finding a page's main text: what is pruned, how the content root is scored, what counts as
     * chrome inside it, and when text from scripts or JSON-LD replaces what the page shows.
     *
     * @param smallFormParts           a form holding less text than the page's characters divided by this
     *                                 (rounded down) is a search or sign-up box and goes; a bigger one wraps
     *                                 the page (ASP.NET) and stays. Default 4, a quarter
     * @param declaredBodyMinChars     an element marked {@code itemprop=articleBody} is the content root when
     *                                 its text is longer than this. Default 200
     * @param rootChunkMinChars        a chunk shorter than this gives no score to its ancestors. Default 25
     * @param rootChunkMaxLinkDensity  nor does a chunk with a larger share of link text. Default 0.5
     * @param charsPerLengthPoint      a scoring chunk earns a point per this many characters... Default 100
     * @param maxLengthPoints          ...up to this many (Readability.js's paragraph score). Default 3
     * @param semanticRootBonus        the score of an {@code <article>} or {@code <main>} is multiplied by
     *                                 this. Default 1.25
     * @param scrolledArticleMinChars  characters an {@code <article>} with a headline needs to count as a
     *                                 whole story on a page that scrolls on into the next ones. Default 500
     * @param firstArticleShare        the share of a root's text the first of its articles must hold to be
     *                                 taken for the page's own story. Default 0.3
     * @param proseInChrome            an element named as chrome holding at least this many characters of
     *                                 prose is content after all (about two paragraphs). Default 300
     * @param proseChunkMinChars       a chunk counts as prose from this many characters... Default 80
     * @param proseChunkMaxLinkDensity ...and below this share of link text. Default 0.3
     * @param nameLevels               the class and id words of a chunk's block and of its ancestors up to
     *                                 this many levels (or the root) are its name features. Default 4
     * @param shortText                less main text than this, and an inline script holding HTML is read
     *                                 for the article; also the margin a JSON-LD body must exceed. Default 300
     * @param statedBodyFactor         a JSON-LD {@code articleBody} longer than this many times the page's
     *                                 text (plus {@code shortText}) replaces it: the page showed a teaser.
     *                                 Default 1.5
     * @param scriptStringMinChars     a string literal of a script is read for HTML from this length.
     *                                 Default 200
     */
    public record Body(
            int smallFormParts, int declaredBodyMinChars, int rootChunkMinChars, double rootChunkMaxLinkDensity,
            double charsPerLengthPoint, double maxLengthPoints, double semanticRootBonus,
            int scrolledArticleMinChars, double firstArticleShare, int proseInChrome, int proseChunkMinChars,
            double proseChunkMaxLinkDensity, int nameLevels, int shortText, double statedBodyFactor,
            int scriptStringMinChars) {

        public static final Body DEFAULTS = new Body(4, 200, 25, 0.5, 100.0, 3, 1.25, 500, 0.3, 300, 80, 0.3, 4,
                300, 1.5, 200);
    }

    /**
     * The chunk features {@link ChunkFeatures} computes and the decision {@link ChunkModel} takes on
     * them. The features' cut-offs are part of the fitted model: change one only with a refit
     * ({@code bench}'s TrainChunkModel).
     *
     * @param veryFewWords      feature {@code words_le_3}: a chunk of at most this many words. Default 3
     * @param fewWords          feature {@code words_le_10}. Default 10
     * @param maxSentences      feature {@code sentences} counts sentence ends up to this. Default 5
     * @param rootCharsLogScale feature {@code root_share_log}: log(1 + root characters) over this. Default 12
     * @param titleContainment  feature {@code like_title}: the share of the title's character trigrams the
     *                          chunk must hold. Default 0.8
     * @param bylineMaxWords    feature {@code starts_by}: a byline has at most this many words. Default 10
     * @param maxDepthBelowRoot feature {@code depth_below_root} is the depth up to this, over this. Default 10
     * @param maxLogLengthRatio feature {@code length_vs_root}: the log of the chunk's length over the root's
     *                          median is clamped to plus or minus this. Default 3
     * @param dateMaxWords      feature {@code date_like}: a date has at most this many words. Default 8
     * @param keepProbability   a chunk the model gives a higher probability than this is text. Default 0.5
     */
    public record Chunks(
            int veryFewWords, int fewWords, int maxSentences, double rootCharsLogScale, double titleContainment,
            int bylineMaxWords, int maxDepthBelowRoot, double maxLogLengthRatio, int dateMaxWords,
            double keepProbability) {

        public static final Chunks DEFAULTS = new Chunks(3, 10, 5, 12.0, 0.8, 10, 10, 3, 8, 0.5);
    }

    /**
     * Metadata from JSON-LD, meta tags and the page.
     *
     * @param jsonLdMaxDepth      how deep into nested arrays and {@code @graph}s the article object is
     *                            looked for. Default 6
     * @param authorNameMaxChars  a longer "name" split from a byline is not a name. Default 80
     * @param bylineBlockMaxWords a byline block ("By Tomas Reyna") has at most this many words. Default 12
     * @param listedNameMinWords  in a comma-separated list of authors, each name has at least this many
     *                            words... Default 2
     * @param listedNameMaxWords  ...and at most this many; otherwise the commas are a sentence's. Default 4
     * @param creditMaxWords      after a name, a comma and at most this many words without digits is a
     *                            credit ("Ines Varga, dpa", "Per Lund, Lunmouth"), listed apart. Default 3
     */
    public record Metadata(
            int jsonLdMaxDepth, int authorNameMaxChars, int bylineBlockMaxWords, int listedNameMinWords,
            int listedNameMaxWords, int creditMaxWords) {

        public static final Metadata DEFAULTS = new Metadata(6, 80, 12, 2, 4, 3);
    }

    /**
     * Choosing the headline among the page's declarations ({@link Titles}).
     *
     * @param sameHeadline          the share of character trigrams an {@code <h1>} must share with a declared
     *                              title to count as the headline. Default 0.5
     * @param siteNameMaxWords      a {@code <title>} of at most this many words, when the {@code <h1>} is
     *                              longer by two words or more, is only the site's name. Default 3
     * @param siteSegmentMaxWords   a segment after " | " of at most this many words (and shorter than the
     *                              rest) is a site or section name, even when the site's name is unknown.
     *                              Default 3
     * @param partialSiteNameMinChars a trailing segment this long that the site's name contains is the
     *                              site's name ("Gazette" of "The Coastal Gazette"). Default 3
     * @param stripRounds           site and section names are stripped from the end this many times at
     *                              most. Default 3
     * @param repeatMaxLengthRatio  a text longer than the title times this does not repeat it. Default 1.5
     */
    public record Headline(
            double sameHeadline, int siteNameMaxWords, int siteSegmentMaxWords, int partialSiteNameMinChars,
            int stripRounds, double repeatMaxLengthRatio) {

        public static final Headline DEFAULTS = new Headline(0.5, 3, 3, 3, 3, 1.5);
    }

    /**
     * The clean-up of scraped texts ({@link PlainTextCleaner}); the lengths of a boilerplate line are
     * {@link dev.corroborate.text.BoilerplateLines.Settings}, beside the rules that read them.
     *
     * @param repeatedMaxWords         a paragraph of a scrape seen twice with at most this many words is a
     *                                 repeated caption or teaser. Default 60
     * @param headlineRepeatWithin     the headline repeated among this many first paragraphs goes. Default 4
     * @param titleRepeatSimilarity    the share of character trigrams a paragraph shares with the title to
     *                                 repeat it. Default 0.8
     * @param taglineMaxWords          the last line of a scrape with at most this many words and no sentence
     *                                 end is a tagline or sign-off. Default 8
     * @param creditedCaptionMaxWords  a credit on a line of its own takes the line above it along when that
     *                                 has at most this many words. Default 40
     * @param standaloneLabelMaxWords  a line alone between blank lines with at most this many words and no
     *                                 sentence punctuation is an image label or menu item. Default 2
     * @param logoSearchLines          a scrape's masthead ("Harbour Daily logo") is looked for in this many
     *                                 first lines. Default 20
     * @param mastheadLineMaxWords     above a scrape's headline, a line of at most this many words is page
     *                                 furniture (dates, weather, section labels). Default 8
     */
    public record Boilerplate(
            int repeatedMaxWords, int headlineRepeatWithin, double titleRepeatSimilarity, int taglineMaxWords,
            int creditedCaptionMaxWords, int standaloneLabelMaxWords, int logoSearchLines, int mastheadLineMaxWords) {

        public static final Boilerplate DEFAULTS = new Boilerplate(60, 4, 0.8, 8, 40, 2, 20, 8);
    }

    /**
     * Datelines and credited agencies at the start of the text ({@link Datelines}).
     *
     * @param searchParagraphs      a dateline is looked for in this many first paragraphs. Default 5
     * @param placeMaxWords         a place in capitals has at most this many words. Default 4
     * @param mixedCasePlaceMaxWords a place in mixed case ("Berlin (dpa) -") at most this many. Default 3
     * @param placeMinLetters       a place in capitals has at least this many letters. Default 2
     */
    public record Dateline(int searchParagraphs, int placeMaxWords, int mixedCasePlaceMaxWords, int placeMinLetters) {

        public static final Dateline DEFAULTS = new Dateline(5, 4, 3, 2);
    }
}
