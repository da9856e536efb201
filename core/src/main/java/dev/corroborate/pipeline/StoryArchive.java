package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Port: what the story stage keeps of every article between runs ({@link dev.corroborate.cluster.KeptArticle}
 * in its text form) and the document frequencies of what is kept, so that a run restores the events
 * without reading or tokenizing the texts of the articles earlier runs placed. What is kept is a
 * function of the article and the clustering's settings alone (stamped), never of the events, so
 * it is kept in transactions of its own. The store implements it; results without it
 * ({@link InMemoryResults}) describe every article from its text on every run.
 */
public interface StoryArchive {

    /** An article without its text ({@code header}), and its kept features ({@code null} when none are kept). */
    record Entry(Article header, String features) {
    }

    /** The settings stamp the kept features were made with; empty when none is kept. */
    Optional<String> keptStamp();

    /** Every article of the corpus, in the corpus's feed order, without its text, with its kept features. */
    void forEach(Consumer<Entry> action);

    /** Every article id of the corpus in feed order, with whether features are kept for it (a cheap walk). */
    void forEachId(java.util.function.BiConsumer<String, Boolean> action);

    /** One article without its text, with its kept features. */
    Entry entry(String articleId);

    /** How many articles the kept document frequencies count: as many as have kept features, unless they lost track. */
    int keptDocuments();

    /** In how many articles of {@link #keptDocuments()} each feature is. */
    Map<String, Integer> keptFrequencies();

    /**
     * Keeps {@code features} (by article id) and adds {@code frequencies} (how many of them hold
     * each feature) to the kept document frequencies, under {@code stamp}, in one transaction; with
     * {@code forgetOthers}, every other kept feature and frequency is forgotten first.
     */
    void keepFeatures(Map<String, String> features, Map<String, Integer> frequencies, boolean forgetOthers, String stamp);
}
