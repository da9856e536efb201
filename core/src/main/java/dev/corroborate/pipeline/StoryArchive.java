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

    /**
     * Where a run over the whole corpus sets its placed articles aside until refinement
     * ({@link dev.corroborate.cluster.PlacedSpill}): a fresh one each call, after forgetting what an
     * earlier one held. Empty: every placed article is held on the heap.
     */
    default Optional<dev.corroborate.cluster.PlacedSpill> placedSpill() {
        return Optional.empty();
    }

    /** Forgets what the last {@link #placedSpill} holds: refinement is done with it. */
    default void forgetPlacedSpill() {
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

    /**
     * The document frequencies a full run froze ({@link #freezeWeights}): how many articles they
     * counted and how many users' decisions that run replayed; the frequencies themselves are read
     * by {@link #frozenFrequencies()}. Empty when none are frozen, or under another stamp.
     */
    record FrozenWeights(int documents, int decisions) {
    }

    /** The frozen weights made under {@code stamp}, if any. */
    Optional<FrozenWeights> frozenWeights(String stamp);

    /** In how many of {@link FrozenWeights#documents()} articles each feature was when they were frozen. */
    Map<String, Integer> frozenFrequencies();

    /**
     * {@link #frozenFrequencies()} of these features only (those no frozen article held are left
     * out): a batch weighs a few hundred articles, whose features are a small part of all.
     */
    default Map<String, Integer> frozenFrequencies(java.util.Collection<String> terms) {
        Map<String, Integer> all = frozenFrequencies();
        Map<String, Integer> out = new java.util.HashMap<>();
        for (String term : terms) {
            Integer documents = all.get(term);
            if (documents != null) {
                out.put(term, documents);
            }
        }
        return out;
    }

    /** Forgets the frozen weights and kept storyline sums: the events about to be written are not made with them. */
    void forgetFrozenWeights();

    /**
     * Freezes the kept document frequencies as they are now, with {@code decisions} (how many users'
     * decisions the run replayed) and every storyline's sum ({@code storySums}, by id), under
     * {@code stamp}, in one transaction: what the events just written were made with.
     */
    void freezeWeights(String stamp, int decisions, Map<String, String> storySums);

    /** Each kept event's id and the time of its last article ({@code null} when its articles have no times). */
    void forEachKeptEvent(java.util.function.BiConsumer<String, dev.corroborate.model.PublishedTime> action);

    /** The articles with these ids that the store holds, in the corpus's feed order, without their texts. */
    void forEachOf(java.util.Collection<String> articleIds, Consumer<Entry> action);

    /**
     * A kept storyline: its label, first and last publication times, its sum as the last run that
     * froze or kept it left it ({@code null} when none is kept), and how many events it holds.
     */
    record KeptStory(String id, String label, dev.corroborate.model.PublishedTime first,
                     dev.corroborate.model.PublishedTime last, String sum, int events) {
    }

    /** Where the last run placed an article: its event and storyline. */
    record Place(String eventId, String storyId) {
    }

    /**
     * What a batch needs to know of the whole corpus, without a walk of every article: how many
     * articles it holds, those no run placed ({@code unplaced}: no member row of an event that exists)
     * and those with no features kept ({@code withoutFeatures}), each in feed order.
     */
    record Unsettled(int articles, java.util.List<String> unplaced, java.util.List<String> withoutFeatures) {
        public Unsettled {
            unplaced = java.util.List.copyOf(unplaced);
            withoutFeatures = java.util.List.copyOf(withoutFeatures);
        }
    }

    /** The corpus's articles counted, and those unplaced or without kept features listed ({@link Unsettled}). */
    Unsettled unsettled();

    /** Where the last run placed those of these articles it placed, by article id (without the reasons). */
    Map<String, Place> placesOf(java.util.Collection<String> articleIds);

    /** The storyline of every event that holds an article of the corpus, by event id: the events the last run left. */
    Map<String, String> placedEvents();

    /** Those of these articles the corpus holds, in its feed order. */
    java.util.List<String> inFeedOrder(java.util.Collection<String> articleIds);

    /**
     * {@link #inFeedOrder(java.util.Collection)} of the articles of these events (those
     * {@link #placesIn} gives) and of {@code articleIds}.
     */
    default java.util.List<String> inFeedOrder(java.util.Collection<String> eventIds, java.util.Collection<String> articleIds) {
        java.util.Set<String> ids = new java.util.HashSet<>(placesIn(eventIds).keySet());
        ids.addAll(articleIds);
        return inFeedOrder(ids);
    }

    /**
     * Where the last run placed the articles of these events (member rows of events that exist, as
     * {@link #assignmentsIn} gives them), by article id, without their reasons and scores: a batch
     * reads those only of the events it changes.
     */
    default Map<String, Place> placesIn(java.util.Collection<String> eventIds) {
        Map<String, Place> places = new java.util.HashMap<>();
        assignmentsIn(eventIds).forEach((id, a) -> places.put(id, new Place(a.eventId(), a.storyId())));
        return places;
    }

    /** The kept assignments (reasons and runner-ups too) of the articles in these events, by article id. */
    Map<String, dev.corroborate.model.Assignment> assignmentsIn(java.util.Collection<String> eventIds);

    /** The kept storylines with these ids. */
    Map<String, KeptStory> keptStories(java.util.Collection<String> storyIds);

    /**
     * What a run that restored only the events a batch can touch changed: the kept events it
     * restored ({@code restoredEvents}: their rows are replaced by {@code events}, which hold them
     * and the events it started), the storylines of those events as they are now, every restored or
     * placed article's assignment, the storylines joined into others and the events merged into
     * others (the rows of events it did not restore follow them), and the changed storylines' sums.
     * {@code membersAsKept} names the restored events put back whole and not changed since
     * ({@link dev.corroborate.cluster.StoryClusterer#eventsAsKept}): the same articles in the same
     * order with the assignments they were restored with, so their member rows stand as they are
     * (but for runner-ups merged away, followed as for the events not restored) and only their event
     * rows are written again.
     */
    record StoryUpdate(java.util.Set<String> restoredEvents, java.util.List<dev.corroborate.model.Event> events,
                       java.util.List<dev.corroborate.model.Storyline> storylines,
                       Map<String, dev.corroborate.model.Assignment> assignments, Map<String, String> storyJoins,
                       Map<String, String> eventMerges, Map<String, String> storySums,
                       java.util.Set<String> membersAsKept) {

        /** An update that writes every restored event's member rows again. */
        public StoryUpdate(java.util.Set<String> restoredEvents, java.util.List<dev.corroborate.model.Event> events,
                           java.util.List<dev.corroborate.model.Storyline> storylines,
                           Map<String, dev.corroborate.model.Assignment> assignments, Map<String, String> storyJoins,
                           Map<String, String> eventMerges, Map<String, String> storySums) {
            this(restoredEvents, events, storylines, assignments, storyJoins, eventMerges, storySums, java.util.Set.of());
        }
    }

    /** Writes a {@link StoryUpdate} in one transaction, leaving every other event, member and storyline row as it is. */
    void updateStories(StoryUpdate update);

    /**
     * What restoring each of these kept events needs ({@link dev.corroborate.cluster.KeptEvent}'s form,
     * by event id), for those that have it kept: made under the frozen weights kept now (every kept
     * event is forgotten with them, {@link #forgetFrozenWeights}).
     */
    Map<String, byte[]> keptEvents(java.util.Collection<String> eventIds);

    /** The ids of the events whose {@link dev.corroborate.cluster.KeptEvent} is kept. */
    java.util.Set<String> keptEventIds();

    /**
     * Keeps {@code states} (by event id, replacing what was kept of them) and forgets what was kept of
     * the events {@code forget} names, in one transaction.
     */
    void keepEvents(Map<String, byte[]> states, java.util.Collection<String> forget);
}
