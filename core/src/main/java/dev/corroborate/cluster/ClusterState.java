package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Storyline;
import dev.corroborate.text.Fingerprint;
import dev.corroborate.text.Headlines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The events and storylines as they stand, with the operations that change them and keep each
 * event's centroid, label, span, outlets, lead details and index listings consistent: an article
 * joins an event, an event is merged into another, an article moves. Every stage of the clustering
 * (placement, consolidation, refinement, users' decisions) changes events only through these. Also
 * keeps every article's {@link Assignment} (an {@link AssignmentBook}) and the work the batch steps have left: the events
 * changed since the last consolidation and the articles placed since the last refinement. Not
 * thread-safe.
 */
final class ClusterState {

    private final Settings settings;
    private final FollowUps followUps;
    private final TermWeighting weighting;
    private final CandidateIndex index;
    /** One entry per distinct feature (its shared string, number, frequency and listing): every centroid, the index and the weighting hold the same. */
    private final FeatureTable dictionary;
    private final List<EventState> events = new ArrayList<>();
    /** The events gone quiet, which drop their replay ({@link StoryClusterer#forgetReplayOfEventsQuietFor}). */
    final QuietEvents quiet = new QuietEvents();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, Integer> eventOfArticle = new HashMap<>();
    private final Map<String, Integer> eventNumbers = new HashMap<>();
    private final Map<String, Integer> storyNumbers = new HashMap<>();
    private final AssignmentBook assignments = new AssignmentBook();
    /**
     * The order articles came in, placed or restored, by id: the corpus's order, which orders every
     * event's articles once it is settled ({@link #settle}).
     */
    private final Map<String, Integer> arrival = new HashMap<>();
    /** The events a merge or a move changed, whose articles and label {@link #settle} puts back in canonical form. */
    private final Set<Integer> unsettled = new TreeSet<>();
    /** Event id → the event it was merged into: a runner-up named before a merge is followed to where it went. */
    private final Map<String, String> mergedInto = new HashMap<>();
    /** Storyline id → the storyline it was joined into: a run that restored only some events says so of the others. */
    private final Map<String, String> storyJoinedInto = new HashMap<>();
    /** The events placement added to since the last consolidation: they start its search. */
    final Set<Integer> touched = new TreeSet<>();
    /** The articles placed since the last refinement, in the order they came; copies and rewrites are not. */
    final PlacedArticles placed;

    ClusterState(Settings settings, FollowUps followUps, TermWeighting weighting,
                 CandidateIndex index, FeatureTable dictionary) {
        this.settings = settings;
        this.followUps = followUps;
        this.weighting = weighting;
        this.index = index;
        this.dictionary = dictionary;
        this.placed = new PlacedArticles(dictionary);
    }

    /**
     * Counts an article placed or restored in feed order for {@link #quiet}: not the re-joins of an event
     * rebuilt or settled, which start again from its earliest article while the latest is the run's.
     */
    void fed(Article article) {
        quiet.joined(article, events);
    }

    /** The clustering's features: their shared strings, numbers, document frequencies and index listings. */
    FeatureTable features() {
        return dictionary;
    }

    /** The thresholds and limits every step of the clustering reads. */
    Settings settings() {
        return settings;
    }

    /** Whether two leads tell happenings one after the other. */
    FollowUps followUps() {
        return followUps;
    }

    /** The index of events' strongest features, which this state keeps listing events in. */
    CandidateIndex index() {
        return index;
    }

    EventState event(int number) {
        return events.get(number);
    }

    /** A storyline's centroid: its sum normalised, made once after each change. */
    Map<String, Double> centroidOf(StoryState story) {
        if (story.centroid == null) {
            story.centroid = unit(sumOf(story));
        }
        return story.centroid;
    }

    /**
     * A storyline's sum, read from the text form it was kept in ({@link #keptStory}) when first asked
     * for: a batch puts back hundreds of storylines and places articles in few of them.
     */
    private Map<String, Double> sumOf(StoryState story) {
        if (story.sum == null) {
            story.sum = CompactVector.of(StoryState.decodeSum(story.keptSum), dictionary);
            story.keptSum = null;
        }
        return story.sum;
    }

    /** What {@link #placed} keeps of an article's vector: the same entries, in the same order, held compactly. */
    PlacedVector placedVector(Map<String, Double> vector) {
        if (vector instanceof PlacedVector placed) {
            return placed; // a Weighed vector: made with this dictionary already
        }
        return PlacedVector.of(vector, dictionary);
    }

    /** What {@link #placed} keeps of an article's lead details: the same words, in the same (natural) order, held compactly. */
    Set<String> placedWords(Set<String> words) {
        return SortedWords.of(words, dictionary);
    }

    /** What {@link #placed} keeps of an article's lead: its words held compactly ({@link #placedWords}), its follow-ups as they are. */
    FollowUps.Lead placedLead(FollowUps.Lead lead) {
        return new FollowUps.Lead(placedWords(lead.terms()), placedWords(lead.pending()), lead.followUps());
    }

    StoryState story(int number) {
        return stories.get(number);
    }

    /** How many events have been started, emptied ones included: one more than the highest number. */
    int eventsStarted() {
        return events.size();
    }

    /** The number of the event holding {@code articleId}, or {@code null} when it is not placed. */
    Integer eventNumberOf(String articleId) {
        return eventOfArticle.get(articleId);
    }

    boolean holds(String articleId) {
        return eventOfArticle.containsKey(articleId);
    }

    /** The number of the event with this id, or {@code null}. */
    Integer eventNumber(String eventId) {
        return eventNumbers.get(eventId);
    }

    /** The number of the storyline with this id, or {@code null}. */
    Integer storyNumber(String storyId) {
        return storyNumbers.get(storyId);
    }

    Assignment assignment(String articleId) {
        Integer number = eventOfArticle.get(articleId);
        if (number != null) {
            assignments.readKept(events.get(number));
        }
        return assignments.get(articleId);
    }

    /** How {@link #restoreTurn} reads the kept assignments of an event put back whole, by event id, once it changes. */
    void readKeptAssignmentsWith(java.util.function.Function<String, Map<String, Assignment>> reader) {
        assignments.readKeptWith(reader);
    }

    void record(String articleId, Assignment assignment) {
        assignments.put(articleId, assignment);
    }

    /** A new empty event, in no storyline yet. */
    EventState newEvent(String id) {
        EventState event = new EventState(events.size(), id);
        events.add(event);
        eventNumbers.put(id, event.number);
        return event;
    }

    /**
     * A storyline as an earlier run left it: its sum and span kept, not made again from its articles,
     * which a run that restores only some of its events does not all see ({@link #join(EventState, KeptArticle, Weighed, boolean)}).
     */
    StoryState keptStory(String id, String sum, PublishedTime first, PublishedTime last) {
        StoryState story = newStory(id);
        story.kept = true;
        story.sum = null;
        story.keptSum = sum;
        story.centroid = null;
        story.span.widen(first);
        story.span.widen(last);
        return story;
    }

    /**
     * Each storyline's sum in its text form ({@link StoryState#encodeSum}), by id, for the storylines
     * that hold events; a kept sum never read is given back as it was kept (what encoding it would give).
     */
    Map<String, String> storySums() {
        Map<String, String> sums = new HashMap<>();
        for (StoryState story : stories) {
            if (!story.events.isEmpty()) {
                sums.put(story.id, story.sum == null ? story.keptSum : StoryState.encodeSum(story.sum));
            }
        }
        return sums;
    }

    /** Storyline id → the storyline it was joined into in this run (followed through successive joins). */
    Map<String, String> storyJoins() {
        Map<String, String> joins = new HashMap<>();
        for (String from : storyJoinedInto.keySet()) {
            String into = from;
            for (int hops = 0; storyJoinedInto.containsKey(into) && hops <= storyJoinedInto.size(); hops++) {
                into = storyJoinedInto.get(into);
            }
            joins.put(from, into);
        }
        return joins;
    }

    /** Event id → the event it was merged into in this run, as it stands now (followed through successive merges). */
    Map<String, String> eventMerges() {
        Map<String, String> merges = new HashMap<>();
        for (String from : mergedInto.keySet()) {
            merges.put(from, currentEventOf(from));
        }
        return merges;
    }

    /** A new empty storyline. */
    StoryState newStory(String id) {
        StoryState story = new StoryState(stories.size(), id);
        stories.add(story);
        storyNumbers.put(id, story.number);
        return story;
    }

    /**
     * Adds an article (what is kept of it: its feature counts and lead details; its vector {@code weighed}) to {@code event} and
     * its storyline: their sums and centroids, the event's label, outlets, span and index listings.
     */
    void join(EventState event, KeptArticle kept, Weighed weighed) {
        join(event, kept, weighed, false);
    }

    /**
     * {@link #join(EventState, KeptArticle, Weighed)} for an article put back where an earlier run placed it
     * ({@code restoring}): a storyline whose sum and span were kept ({@link StoryState#kept}) holds
     * it already and is left as it is.
     */
    void join(EventState event, KeptArticle kept, Weighed weighed, boolean restoring) {
        Article article = kept.header;
        arrival.putIfAbsent(article.id(), arrival.size());
        joinEvent(event, kept, weighed);
        StoryState story = stories.get(event.story);
        if (restoring && story.kept) {
            return;
        }
        story.sum = added(sumOf(story), weighed);
        story.centroid = null;
        story.span.widen(article.published());
    }

    /**
     * The {@code ordinal}-th article of a kept event put back at its turn, as re-joining it would: on
     * the first, the whole event as kept ({@link KeptEvent#install}); at each, its arrival, how it
     * wrote its names and the index listings its join made, so that the name forms and the index
     * come out as re-joining every restored article in the corpus's order makes them. The members'
     * assignments are read as kept ({@link #readKeptAssignmentsWith}) only once the event changes.
     */
    void restoreTurn(EventState event, KeptEvent kept, int ordinal, String restoredId) {
        String articleId = kept.members.get(ordinal);
        if (!articleId.equals(restoredId)) {
            throw new IllegalArgumentException("article " + restoredId + " restored as the article "
                    + ordinal + " of event " + event.id + ", which is " + articleId);
        }
        if (ordinal == 0) {
            if (!event.articles.isEmpty()) {
                throw new IllegalStateException("event " + event.id + " restored whole once it held articles");
            }
            if (!assignments.readsKept()) {
                throw new IllegalStateException("event " + event.id + " restored whole with no reader of its kept assignments");
            }
            kept.install(event, dictionary);
            for (String member : kept.members) {
                eventOfArticle.put(member, event.number);
            }
            event.asKept = true;
            event.assignmentsUnread = true;
        }
        arrival.putIfAbsent(articleId, arrival.size());
        for (EventState.NameNote note : kept.notesAt.get(ordinal)) {
            weighting.noteForm(note.name(), note.form());
        }
        for (String key : kept.listingsAt.get(ordinal)) {
            int feature = dictionary.number(key);
            if (event.indexed.add(feature)) {
                index.post(feature, event.number);
            }
        }
    }

    /**
     * What is kept of each of these events ({@link KeptEvent#encode()}, by id) that is what joining its
     * articles in order gives; those that are not (merged into and not settled, or emptied) are left out.
     */
    Map<String, byte[]> keptEvents(java.util.Collection<String> eventIds) {
        Map<String, byte[]> out = new HashMap<>();
        for (String id : eventIds) {
            Integer number = eventNumbers.get(id);
            EventState event = number == null ? null : events.get(number);
            if (event != null && event.replayable && !event.articles.isEmpty()) {
                out.put(id, KeptEvent.of(event, dictionary).encode());
            }
        }
        return out;
    }

    /** The ids of the events put back whole from what was kept and not changed since. */
    Set<String> eventsAsKept() {
        Set<String> out = new java.util.HashSet<>();
        for (EventState event : events) {
            if (event.asKept && !event.articles.isEmpty()) {
                out.add(event.id);
            }
        }
        return out;
    }

    /** Adds an article with this vector and lead details to {@code event} only, not to its storyline. */
    private void joinEvent(EventState event, KeptArticle kept, Weighed weighed) {
        assignments.readKept(event);
        Map<String, Double> vector = weighed.vector;
        Article article = kept.header;
        Set<String> identity = kept.identity;
        FollowUps.Lead lead = kept.lead;
        if (!event.articles.isEmpty()
                && arrival.get(event.articles.get(event.articles.size() - 1)) > arrival.get(article.id())) {
            event.replayable = false; // joined before an article that came after it: not what a restore gives
        }
        event.asKept = false;
        int ordinal = event.articles.size();
        event.articles.add(article.id());
        // Held until the event settles: the names as the features' shared strings.
        if (event.replayable) { // only a replayable event's notes are ever read (KeptEvent), until a clear
            kept.forEachNote((name, form) -> event.note(ordinal, dictionary.intern(name), form));
        }
        event.addLeadDetails(identity, dictionary);
        event.leadTerms.add(lead.terms(), dictionary);
        event.addLead(lead);
        eventOfArticle.put(article.id(), event.number);
        event.sum = added(event.sum, weighed);
        event.centroid = unit(event.sum);
        double labelScore = SparseVectors.dot(vector, event.centroid);
        // The label is the headline closest to the event's centre; a headline that is only a date
        // ("14 MARCH, 2019", a page's dateline taken for its title) labels an event only until
        // a real one comes.
        boolean dateOnly = Headlines.looksLikeDate(article.title());
        if (!article.title().isBlank() && (event.label.isEmpty() || (event.labelIsDate && !dateOnly)
                || (event.labelIsDate == dateOnly && labelScore > event.labelScore))) {
            event.label = article.title();
            event.labelScore = labelScore;
            event.labelIsDate = dateOnly;
        }
        if (article.outlet() != null) {
            // Dozens of outlets, each named by a hundred thousand events: one string each (the table's).
            event.outlets.add(dictionary.intern(article.outlet()));
        }
        event.span.widen(article.published());
        listStrongest(event);
    }

    /** Lists the event in the index under those of its centroid's strongest features it is not listed under yet. */
    private void listStrongest(EventState event) {
        for (Map.Entry<String, Double> strong : SparseVectors.strongest(event.centroid, settings.indexedTermsPerEvent())) {
            int feature = dictionary.number(strong.getKey());
            if (event.replayable && event.listed.add(feature)) {
                event.addListing(event.articles.size() - 1, feature);
            }
            if (event.indexed.add(feature)) {
                index.post(feature, event.number);
            }
        }
    }

    /**
     * Moves every article of {@code from} into {@code into}, adding {@code why} to their reasons;
     * {@code from} is left empty and leaves its storyline. The older event should be {@code into}:
     * articles already exported under its id stay there.
     */
    void merge(EventState into, EventState from, String why) {
        assignments.readKept(into);
        assignments.readKept(from);
        unsettled.add(into.number);
        into.replayable = false;
        from.replayable = false;
        into.asKept = false;
        from.asKept = false;
        for (String article : from.articles) {
            into.articles.add(article);
            eventOfArticle.put(article, into.number);
            Assignment old = assignments.get(article);
            if (old != null) {
                List<String> reasons = new ArrayList<>(old.reasons());
                reasons.remove(why); // a decision replayed on every run is one reason, not one per run
                reasons.add(why);
                assignments.put(article, new Assignment(article, into.id, stories.get(into.story).id, old.startedEvent(),
                        old.score(), List.copyOf(reasons), old.runnerUpEventId(), old.runnerUpScore()));
            }
        }
        mergedInto.put(from.id, into.id);
        into.sum = added(into.sum, from.sum);
        into.centroid = unit(into.sum);
        into.leadTerms.addAll(from.leadTerms, dictionary);
        into.takeLeadDetails(from);
        into.outlets.addAll(from.outlets);
        if ((into.label.isEmpty() || into.labelIsDate) && !from.label.isEmpty() && !from.labelIsDate) {
            into.label = from.label;
            into.labelScore = from.labelScore;
            into.labelIsDate = false;
        }
        into.span.widen(from.span);
        // The storyline the articles join spans their times too: an event joined from another storyline
        // left its times out, so a storyline said "2026-04-01" of an event that ran to 04-02 and a date
        // filter from 04-02 missed it. (Its sum is left as placement made it: nothing is placed after.)
        stories.get(into.story).span.widen(from.span);
        listStrongest(into);
        from.articles.clear();
        from.sum = CompactVector.EMPTY;
        from.centroid = CompactVector.EMPTY;
        stories.get(from.story).events.remove(Integer.valueOf(from.number));
    }

    /**
     * Puts every event of storyline {@code from} into storyline {@code into}, with its articles' sum
     * and span; {@code from} is left empty. For two events found to be happenings of one storyline
     * after each was placed in its own (the later one placed before the earlier had come).
     */
    void joinStories(StoryState into, StoryState from) {
        if (into == from) {
            return;
        }
        for (int number : from.events) {
            events.get(number).story = into.number;
            into.events.add(number);
        }
        storyJoinedInto.put(from.id, into.id);
        into.sum = added(sumOf(into), sumOf(from));
        into.centroid = null;
        into.span.widen(from.span);
        from.events.clear();
        from.sum = CompactVector.EMPTY;
        from.centroid = CompactVector.EMPTY;
    }

    /** {@link #moveArticle(String, EventState, KeptArticle.Lookup, String, double)} for a user's decision. */
    void moveArticle(String article, EventState target, KeptArticle.Lookup lookup, String why) {
        moveArticle(article, target, lookup, why, Double.NaN);
    }

    /**
     * Moves an article to {@code target}. A user's decision ({@code score} NaN) leads its reasons and
     * keeps the placement's score; a move of refinement follows them and brings its own score.
     * {@code lookup} gives back articles to rebuild the event it leaves.
     */
    void moveArticle(String article, EventState target, KeptArticle.Lookup lookup, String why, double score) {
        boolean reasonFirst = Double.isNaN(score);
        EventState from = events.get(eventOfArticle.get(article));
        assignments.readKept(from);
        assignments.readKept(target);
        if (from == target) {
            return;
        }
        from.articles.remove(article);
        rebuild(from, lookup);
        unsettled.add(target.number);
        KeptArticle moved = lookup.find(article);
        join(target, moved, weighting.weighed(moved));
        Assignment old = assignments.get(article);
        List<String> reasons = new ArrayList<>(old == null ? List.of() : old.reasons());
        reasons.remove(why); // a correction made or replayed again is still one reason
        if (reasonFirst) {
            reasons.add(0, why);
        } else {
            reasons.add(why);
        }
        assignments.put(article, new Assignment(article, target.id, stories.get(target.story).id, false,
                !reasonFirst ? score : old == null ? 0 : old.score(), List.copyOf(reasons),
                old == null ? null : old.runnerUpEventId(),
                old == null ? 0 : old.runnerUpScore()));
    }

    /** Recomputes an event from its remaining articles; an event left empty leaves its storyline. */
    private void rebuild(EventState event, KeptArticle.Lookup lookup) {
        assignments.readKept(event);
        List<String> members = new ArrayList<>(event.articles);
        event.clear();
        for (String member : members) {
            KeptArticle kept = lookup.find(member);
            join(event, kept, weighting.weighed(kept));
        }
        if (event.articles.isEmpty()) {
            stories.get(event.story).events.remove(Integer.valueOf(event.number));
        }
    }

    /**
     * Puts every event a merge or a move changed in the form it would have had if its articles had
     * come in the corpus's order and joined it one by one: its articles in that order, and its sum,
     * centroid, key names and label (the headline closest to the centre) rebuilt in it, so that they
     * are a function of the event's articles alone, not of how the run got there. An incremental run
     * restores events in exactly that way, so a re-run gives back what was stored. Storylines keep
     * their sums (nothing is placed after this). {@code lookup} gives back an article.
     */
    void settle(KeptArticle.Lookup lookup) {
        for (int number : unsettled) {
            EventState event = events.get(number);
            if (event.articles.isEmpty()) {
                continue;
            }
            assignments.readKept(event);
            List<String> members = new ArrayList<>(event.articles);
            members.sort(Comparator.comparing(arrival::get));
            event.clear();
            for (String member : members) {
                KeptArticle kept = lookup.find(member);
                joinEvent(event, kept, weighting.weighed(kept));
            }
        }
        unsettled.clear();
    }

    /** Where an event stands in the canonical order: the arrival of its earliest article, then its number. */
    private Comparator<EventState> canonicalEventOrder() {
        // Each event's earliest arrival found once per sort, not at every comparison (a walk of its articles).
        Map<EventState, Integer> earliest = new HashMap<>();
        return Comparator.comparingInt((EventState e) -> earliest.computeIfAbsent(e, k -> k.articles.stream()
                .mapToInt(arrival::get).min().orElse(Integer.MAX_VALUE))).thenComparingInt(e -> e.number);
    }

    /** {@code sum} at unit length, compact: a centroid, made again at every join. */
    private Map<String, Double> unit(Map<String, Double> sum) {
        return sum instanceof CompactVector compact ? CompactVector.normalized(compact)
                : CompactVector.of(SparseVectors.normalize(sum), dictionary);
    }

    /** {@code sum + vector}, cut to the {@link Settings#centroidTerms()} strongest features and stored compactly. */
    private Map<String, Double> added(Map<String, Double> sum, Map<String, Double> vector) {
        return added(sum, vector, settings.centroidTerms());
    }

    /** {@link #added(Map, Map)} of an article's vector, its keys sorted once ({@link Weighed}). */
    private Map<String, Double> added(Map<String, Double> sum, Weighed weighed) {
        if (sum instanceof CompactVector compact) {
            return CompactVector.plus(compact, weighed.sortedKeys, weighed.sortedValues, settings.centroidTerms());
        }
        return added(sum, weighed.vector, settings.centroidTerms());
    }

    /** {@code sum + vector}, cut to the {@code keep} strongest features and stored compactly. */
    private Map<String, Double> added(Map<String, Double> sum, Map<String, Double> vector, int keep) {
        if (sum instanceof CompactVector compact) {
            return CompactVector.plus(compact, vector, keep, dictionary);
        }
        Map<String, Double> total = new HashMap<>(sum);
        vector.forEach((k, v) -> total.merge(k, v, Double::sum));
        return CompactVector.of(SparseVectors.truncate(total, keep), dictionary);
    }

    /** The events that hold articles, in the order of their earliest articles' arrival. */
    List<Event> events() {
        List<EventState> ordered = new ArrayList<>(events);
        ordered.removeIf(e -> e.articles.isEmpty());
        ordered.sort(canonicalEventOrder());
        List<Event> out = new ArrayList<>(ordered.size());
        for (EventState event : ordered) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Double> feature : SparseVectors.strongest(event.centroid, settings.keyNameSearch())) {
                if (feature.getKey().startsWith("N:") && names.size() < settings.keyNames()) {
                    names.add(weighting.display(feature.getKey()));
                }
            }
            out.add(new Event(event.id, stories.get(event.story).id, List.copyOf(event.articles), event.label,
                    List.copyOf(names), event.span.first, event.span.last, List.copyOf(event.outlets)));
        }
        return out;
    }

    /**
     * Every storyline, its events in the order of their earliest articles' arrival, the storylines in
     * the order of their first events (those left without events last); the label is their first event's.
     */
    List<Storyline> storylines() {
        Comparator<EventState> eventOrder = canonicalEventOrder();
        Map<StoryState, List<EventState>> eventsOf = new HashMap<>();
        for (StoryState story : stories) {
            List<EventState> own = new ArrayList<>();
            story.events.forEach(n -> own.add(events.get(n)));
            own.sort(eventOrder);
            eventsOf.put(story, own);
        }
        List<StoryState> ordered = new ArrayList<>(stories);
        ordered.sort((a, b) -> {
            List<EventState> first = eventsOf.get(a);
            List<EventState> second = eventsOf.get(b);
            if (first.isEmpty() || second.isEmpty()) {
                return first.isEmpty() == second.isEmpty() ? Integer.compare(a.number, b.number) : first.isEmpty() ? 1 : -1;
            }
            int byEvent = eventOrder.compare(first.get(0), second.get(0));
            return byEvent != 0 ? byEvent : Integer.compare(a.number, b.number);
        });
        List<Storyline> out = new ArrayList<>(ordered.size());
        for (StoryState story : ordered) {
            List<EventState> own = eventsOf.get(story);
            List<String> eventIds = own.stream().map(e -> e.id).toList();
            String label = own.isEmpty() ? "" : own.get(0).label;
            out.add(new Storyline(story.id, eventIds, label, story.span.first, story.span.last));
        }
        return out;
    }

    /**
     * Every article's assignment with the event and storyline it is in now, by article id; but those of
     * the members of events put back whole and unchanged ({@link #eventsAsKept}), never read.
     */
    Map<String, Assignment> assignments() {
        Map<String, Assignment> current = new HashMap<>();
        for (Assignment a : assignments.recorded()) {
            EventState event = events.get(eventOfArticle.get(a.articleId()));
            String storyId = stories.get(event.story).id;
            String runnerUp = currentEventOf(a.runnerUpEventId());
            boolean keepRunnerUp = runnerUp != null && !runnerUp.equals(event.id);
            boolean unchanged = a.eventId().equals(event.id) && a.storyId().equals(storyId)
                    && Objects.equals(keepRunnerUp ? runnerUp : null, a.runnerUpEventId());
            current.put(a.articleId(), unchanged ? a
                    : new Assignment(a.articleId(), event.id, storyId, a.startedEvent(), a.score(), a.reasons(),
                    keepRunnerUp ? runnerUp : null, keepRunnerUp ? a.runnerUpScore() : 0));
        }
        return current;
    }

    /**
     * The event an event id stands for now: itself, or the event it was merged into (followed
     * through successive merges); {@code null} for {@code null}. A runner-up that was merged into
     * the article's own event is no alternative any more.
     */
    private String currentEventOf(String eventId) {
        String current = eventId;
        for (int hops = 0; current != null && mergedInto.containsKey(current) && hops <= mergedInto.size(); hops++) {
            current = mergedInto.get(current);
        }
        return current;
    }

    /** How many events hold articles. */
    int eventCount() {
        return (int) events.stream().filter(e -> !e.articles.isEmpty()).count();
    }

    /** A stable id for an event or storyline: {@code prefix} and 12 hex digits of the SHA-256 of {@code key}. */
    static String id(String prefix, String key) {
        return prefix + Fingerprint.sha256Hex(key, 6);
    }

    /** A score as assignments keep it: three decimals. */
    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
