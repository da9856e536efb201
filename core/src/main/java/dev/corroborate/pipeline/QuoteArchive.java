package dev.corroborate.pipeline;

import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.Speaker;
import dev.corroborate.quote.QuoteGrouper;
import dev.corroborate.quote.SpeakerResolver;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Port: what the quote extractor found in each article, kept between runs so a run extracts only
 * the new articles' quotes, and what quote grouping and speaker resolution keep so a run revisits
 * only what the new quotes touch and reads only that: each groupable quote's content words with an
 * index by word and counts ({@link QuoteGrouper.Kept}), each name form with its words, blocks and
 * person, and each speaker mention with its story, quote groups and quotes
 * ({@link SpeakerResolver.KeptForms}). The store implements it; results without it
 * ({@link InMemoryResults}) extract, group and resolve everything each run.
 */
public interface QuoteArchive {

    /**
     * Every article of the corpus in feed order (the order of the corpus's own walk), with the
     * quotes kept for it, or {@code null} when it was never extracted.
     */
    void forEachKeptFindings(BiConsumer<String, List<Quote>> action);

    /** The articles never extracted, in feed order, without reading any kept finding. */
    List<String> articlesWithoutFindings();

    /** The kept findings of these articles. */
    Map<String, List<Quote>> keptFindings(Collection<String> articleIds);

    /** A groupable quote as kept: where it is, and its content words. */
    record KeptWords(QuoteGrouper.Ref ref, Set<String> words) {
    }

    /** A speaker mention as kept: the mention, its name form's id, and how many quotes it is given. */
    record KeptMention(SpeakerResolver.Mention mention, String identity, int quotes) {
    }

    /**
     * What grouping and resolution keep (schema 14): the groupable quotes' words, the name forms with
     * their blocks, the mentions. {@code maxPostings}: words held by more quotes are too common to
     * propose candidates, so their postings are never read and need not be written.
     */
    record KeptIndex(List<KeptWords> words, List<SpeakerResolver.KeptForm> forms, Map<String, Set<String>> blocks,
                     List<KeptMention> mentions, int maxPostings) {
    }

    /**
     * As {@link QuoteSink#replaceQuotes}, keeping too the findings of the articles extracted in this
     * run, and replacing the whole kept index, all or nothing. The index is asked for once the quotes
     * are written, so that it may be made meanwhile on another thread; its failure fails the whole.
     */
    void replaceQuotes(List<FoundQuote> quotes, List<Speaker> speakers, List<QuoteGroupSummary> groups,
                       Map<String, List<Quote>> newFindings, java.util.function.Supplier<KeptIndex> index);

    /**
     * What an incremental run changed: the new articles' findings and quotes (whole, with speakers,
     * groups and diffs); the quote groups it replaced and made ({@code groupOf}, {@code diffOf}: every
     * quote of a replaced or made group, {@code null} for one left in none); the people it replaced
     * and made, with the person now of each kept mention whose person changed (by mention key,
     * {@code articleId#start}; every other kept quote keeps its speaker);
     * and the index rows to add or replace ({@code index}: the new quotes' words, the revised forms,
     * the new forms' blocks, the new and changed mentions).
     */
    record Update(Map<String, List<Quote>> newFindings, List<FoundQuote> newQuotes, Set<String> replacedGroups,
                  List<QuoteGroupSummary> groups, Map<String, String> groupOf, Map<String, String> diffOf,
                  Set<String> replacedSpeakers, List<Speaker> speakers, Map<String, String> speakerOfMention,
                  KeptIndex index) {
    }

    /**
     * Writes an incremental run's {@link Update}, all or nothing; a written person's quotes are counted
     * again from the kept mentions of their name forms.
     */
    void update(Update update);

    /** What the store holds now: the quote stage's summary figures, counted, not read whole. */
    QuoteStage.Summary figures();

    /** The kept content words, word counts, postings and groups of the quotes. */
    QuoteGrouper.Kept keptQuotes();

    /** The kept name forms and mentions. */
    SpeakerResolver.KeptForms keptForms();

    /** The kept mentions of these articles, by mention key. */
    Map<String, KeptMention> keptMentions(Collection<String> articleIds);

    /** The kept group of each quote of these articles that is in one, by quote id. */
    Map<String, String> keptGroupsOf(Collection<String> articleIds);

    /**
     * The kept mentions whose article's storyline is not the story kept for them, with the storyline
     * now (events joined or moved since).
     */
    List<SpeakerResolver.Mention> mentionsWithChangedStory();

    /** The storyline of each of these articles that has one. */
    Map<String, String> storiesOf(Collection<String> articleIds);

    /** Whether every article of the store has a storyline (otherwise a story is a group of shared text). */
    boolean everyArticlePlaced();

    /**
     * The settings stamp the kept findings were made with, as {@link #keepStamp} left it; empty when
     * none is kept (nothing kept yet, or kept before stamps existed): then they are not reused.
     */
    default Optional<String> keptStamp() {
        return Optional.empty();
    }

    /** Keeps the settings stamp the kept findings are now made with, after they are replaced. */
    default void keepStamp(String stamp) {
    }

    /**
     * The stamp the kept index (words, forms, mentions) was made with; empty when none is whole
     * (a store from before schema 14): then the next run groups and resolves everything and keeps it.
     */
    default Optional<String> keptIndexStamp() {
        return Optional.empty();
    }

    /** Keeps the stamp the kept index is now made with. */
    default void keepIndexStamp(String stamp) {
    }
}
