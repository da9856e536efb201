package dev.corroborate.cluster;

import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Storyline;
import dev.corroborate.reuse.Relation;
import dev.corroborate.reuse.ReuseLink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups articles into events and events into storylines, one article at a time.
 *
 * <p>Each article becomes a TF-IDF vector of its {@link EventFeatures}, with document frequencies
 * counted over the articles seen so far, and over every article of the run when {@link #prime} has
 * counted them first (so the first articles of a run are weighed as the last). Candidate events come from an inverted index of each
 * event's strongest features (never a scan of all events); the best candidate by cosine
 * similarity to the event's centroid, damped when their publication times lie far apart, takes the
 * article if the similarity reaches {@link Settings#eventThreshold()}. Otherwise the article starts
 * a new event (first-story detection). A copy or rewrite of an article already placed joins that
 * article's event; a partial reuse adds {@link Settings#partialBonus()}. A new event joins the
 * storyline whose centroid is closest, if close enough ({@link Settings#storyThreshold()}) and
 * within {@link Settings#storyWindowDays()}; otherwise it starts a storyline.
 *
 * <p>Single-pass placement splits an event whose first articles differ; {@link #consolidate()} then
 * joins the events that proved one, by the average similarity of their articles.
 *
 * <p>Every assignment keeps its reasons: the shared names and terms that weighed most, the score,
 * and the runner-up event. Deterministic for a given order of articles; {@code recluster} feeds
 * them earliest first (then by id). Not thread-safe.
 */
public final class StoryClusterer {

    /** The thresholds and limits. */
    public record Settings(double eventThreshold, double mergeThreshold, double storyThreshold, int storyWindowDays,
                           double partialBonus, int indexedTermsPerEvent, int centroidTerms, int candidates,
                           int maxPostings) {
        public static final Settings DEFAULT = new Settings(0.30, 0.06, 0.10, 90, 0.15, 30, 100, 25, 2000);
        /** Events of articles with a partial reuse link between them are one event when this similar. */
        public static final double PARTIAL_LINK_THRESHOLD = 0.15;
    }

    private final Settings settings;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final List<EventState> events = new ArrayList<>();
    private final Map<String, Integer> eventOfArticle = new HashMap<>();
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, Integer> postingCounts = new HashMap<>();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, Assignment> assignments = new HashMap<>();
    /** Work arrays of the candidate search, reused from article to article. */
    private float[] overlap = new float[1024];
    private int[] touchedEvents = new int[1024];
    /** Each feature's list gives at most this many events, the newest. */
    static final int MAX_COLLECTED = 400;
    /** One string per distinct feature, shared by every centroid that holds it. */
    private final Map<String, String> dictionary = new HashMap<>();
    private final Set<Integer> touched = new TreeSet<>();
    /** The articles placed since the last {@link #refine}, with their vectors, in the order they came. */
    private final Map<String, Placed> placedVectors = new java.util.LinkedHashMap<>();

    /** An article placed in this run: its vector, when it was published (or null), its lead's details. */
    private record Placed(Map<String, Double> vector, Instant published, Set<String> leadIdentity) {
    }

    public StoryClusterer() {
        this(Settings.DEFAULT);
    }

    public StoryClusterer(Settings settings) {
        this.settings = settings;
    }

    private static final class EventState {
        final int number;
        final String id;
        int story;
        final List<String> articles = new ArrayList<>();
        Map<String, Double> sum = CompactVector.EMPTY;
        Map<String, Double> centroid = CompactVector.EMPTY;
        String label = "";
        double labelScore = -1;
        boolean labelIsDate;
        final Span span = new Span();
        final Set<String> outlets = new TreeSet<>();
        final Set<String> indexed = new java.util.HashSet<>();
        /** How many members name each detail in their lead ({@link EventFeatures#leadIdentity}). */
        final Map<String, Integer> leadIdentity = new HashMap<>();
        /** How many different years {@link #leadIdentity} holds, kept so placement need not look. */
        int yearsNamed;

        EventState(int number, String id) {
            this.number = number;
            this.id = id;
        }
    }

    private static final class StoryState {
        final int number;
        final String id;
        final List<Integer> events = new ArrayList<>();
        Map<String, Double> sum = CompactVector.EMPTY;
        Map<String, Double> centroid = CompactVector.EMPTY;
        final Span span = new Span();

        StoryState(int number, String id) {
            this.number = number;
            this.id = id;
        }
    }

    /** Places one article; {@code links} are its reuse links to articles placed before it (others are ignored). */
    public Assignment add(Article article, List<ReuseLink> links) {
        return place(article, links);
    }

    /**
     * Puts an article back into the event a previous run placed it in, without deciding anything:
     * how an incremental run restores the events before it places the new articles.
     */
    public void restore(Article article, Assignment stored) {
        String eventId = stored.eventId();
        String storyId = stored.storyId();
        Map<String, Double> vector = count(article);
        Integer known = eventNumbers.get(eventId);
        EventState event;
        if (known != null) {
            event = events.get(known);
        } else {
            event = newEvent(eventId);
            Integer story = storyNumbers.get(storyId);
            event.story = story != null ? story : newStory(storyId).number;
            stories.get(event.story).events.add(event.number);
        }
        join(event, article, vector);
        assignments.put(article.id(), stored);
    }

    private final Map<String, Integer> eventNumbers = new HashMap<>();
    private final Map<String, Integer> storyNumbers = new HashMap<>();

    private StoryState newStory(String id) {
        StoryState story = new StoryState(stories.size(), id);
        stories.add(story);
        storyNumbers.put(id, story.number);
        return story;
    }

    private Assignment place(Article article, List<ReuseLink> links) {
        Map<String, Double> counts = count(article);
        Map<String, Double> vector = weigh(counts);
        Set<String> identity = EventFeatures.leadIdentity(article);
        Set<String> years = years(identity);
        Instant at = article.published() == null ? null : article.published().instant();
        // Scored against up to a few dozen centroids: sorted once, each product walks both key lists.
        CompactVector compact = CompactVector.copyOf(vector);
        List<Integer> shortlist = shortlist(vector);
        Map<Integer, String> linkReason = new HashMap<>();
        Map<Integer, Double> bonus = new HashMap<>();
        Integer linked = null;
        for (ReuseLink link : links) {
            String other = link.sourceId().equals(article.id()) ? link.derivedId() : link.sourceId();
            Integer event = eventOfArticle.get(other);
            if (event == null || link.relation() == Relation.CITES) {
                continue;
            }
            if (link.relation() == Relation.COPY || link.relation() == Relation.REWRITE) {
                if (linked == null) {
                    linked = event;
                    linkReason.put(event, link.relation().label() + " of " + other);
                }
            } else {
                bonus.merge(event, settings.partialBonus(), Math::max);
                linkReason.putIfAbsent(event, "shares passages with " + other);
            }
        }
        Set<Integer> candidates = new LinkedHashSet<>();
        candidates.addAll(shortlist);
        candidates.addAll(bonus.keySet());
        if (linked != null) {
            candidates.add(linked);
        }
        int best = -1;
        double bestScore = 0;
        int second = -1;
        double secondScore = 0;
        for (int number : candidates) {
            EventState event = events.get(number);
            double score = dot(compact, event.centroid) * timeFactor(at, event)
                    * yearFactor(years, event)
                    + bonus.getOrDefault(number, 0.0);
            if (score > bestScore || (score == bestScore && best >= 0 && number < best)) {
                second = best;
                secondScore = bestScore;
                best = number;
                bestScore = score;
            } else if (score > secondScore) {
                second = number;
                secondScore = score;
            }
        }
        List<String> reasons = new ArrayList<>();
        EventState event;
        boolean started;
        if (linked != null) {
            event = events.get(linked);
            started = false;
            reasons.add(linkReason.get(linked));
            if (best != linked) {
                second = best;
                secondScore = bestScore;
            }
            bestScore = Math.max(bestScore, dot(vector, event.centroid));
            reasons.addAll(shared(vector, event.centroid));
        } else if (best >= 0 && bestScore >= settings.eventThreshold()) {
            event = events.get(best);
            started = false;
            if (linkReason.containsKey(best)) {
                reasons.add(linkReason.get(best));
            }
            reasons.addAll(shared(vector, event.centroid));
        } else {
            event = newEvent(id("ev-", article.id()));
            started = true;
            reasons.add(best >= 0 ? String.format(Locale.ROOT, "no event close enough (best %.2f, below %.2f)",
                    bestScore, settings.eventThreshold()) : "no event shares its strongest features");
            if (best >= 0) {
                second = best;
                secondScore = bestScore;
            }
            Set<Integer> nearStories = new TreeSet<>();
            for (int number : candidates) {
                nearStories.add(events.get(number).story);
            }
            placeInStory(event, vector, article.published(), reasons, nearStories);
        }
        join(event, article, counts, identity);
        touched.add(event.number);
        if (linked == null) {
            placedVectors.put(article.id(), new Placed(vector, at, identity)); // a copy stays with its source
        }
        Assignment assignment = new Assignment(article.id(), event.id, stories.get(event.story).id, started,
                started ? 0 : round(bestScore), List.copyOf(reasons),
                second >= 0 && second != event.number ? events.get(second).id : null,
                second >= 0 && second != event.number ? round(secondScore) : 0);
        assignments.put(article.id(), assignment);
        return assignment;
    }

    /**
     * Candidates from the inverted index: the events that share the vector's strongest features,
     * best first by the weight they share, at most {@link Settings#candidates()}; each feature's
     * list is read newest first, at most {@link #MAX_COLLECTED} entries, in reusable arrays.
     */
    private List<Integer> shortlist(Map<String, Double> vector) {
        int touchedCount = gather(strongest(vector, settings.indexedTermsPerEvent()));
        List<Map.Entry<Integer, Double>> shortlist = new ArrayList<>(touchedCount);
        for (int k = 0; k < touchedCount; k++) {
            int number = touchedEvents[k];
            shortlist.add(Map.entry(number, (double) overlap[number]));
            overlap[number] = 0;
        }
        shortlist.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        if (shortlist.size() > settings.candidates()) {
            shortlist = shortlist.subList(0, settings.candidates());
        }
        List<Integer> numbers = new ArrayList<>(shortlist.size());
        shortlist.forEach(e -> numbers.add(e.getKey()));
        return numbers;
    }

    /**
     * Adds each feature's weight to every event its posting list names, in the reusable arrays:
     * {@code overlap} holds the sums, the first returned entries of {@code touchedEvents} the events.
     * Each list is read newest first, at most {@link #MAX_COLLECTED} entries; a feature listed for
     * more than {@link Settings#maxPostings()} events is too common to tell events apart. The caller
     * reads the sums and sets them back to zero.
     */
    private int gather(Iterable<Map.Entry<String, Double>> features) {
        if (overlap.length < events.size()) {
            overlap = java.util.Arrays.copyOf(overlap, Math.max(events.size(), overlap.length * 2));
        }
        int touchedCount = 0;
        for (Map.Entry<String, Double> feature : features) {
            int[] list = postings.get(feature.getKey());
            if (list == null) {
                continue;
            }
            int count = postingCounts.get(feature.getKey());
            if (count > settings.maxPostings()) {
                continue;
            }
            float weight = feature.getValue().floatValue();
            for (int k = count - 1; k >= 0 && k >= count - MAX_COLLECTED; k--) {
                int number = list[k];
                if (overlap[number] == 0) {
                    if (touchedCount == touchedEvents.length) {
                        touchedEvents = java.util.Arrays.copyOf(touchedEvents, touchedCount * 2);
                    }
                    touchedEvents[touchedCount++] = number;
                }
                overlap[number] += weight;
            }
        }
        return touchedCount;
    }

    /** The storylines of the candidate events are the candidate storylines. */
    private void placeInStory(EventState event, Map<String, Double> vector, PublishedTime time, List<String> reasons,
                              Set<Integer> candidateStories) {
        StoryState best = null;
        double bestScore = 0;
        for (int number : candidateStories) {
            StoryState story = stories.get(number);
            if (story.span.daysFromLast(time == null ? null : time.instant()) > settings.storyWindowDays()) {
                continue;
            }
            double score = dot(vector, story.centroid);
            if (score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= settings.storyThreshold()) {
            reasons.add(String.format(Locale.ROOT, "starts a new event in storyline %s (similarity %.2f)", best.id, bestScore));
        } else {
            best = newStory(id("st-", event.id));
        }
        event.story = best.number;
        best.events.add(event.number);
    }

    private EventState newEvent(String id) {
        EventState event = new EventState(events.size(), id);
        events.add(event);
        eventNumbers.put(id, event.number);
        return event;
    }

    private void join(EventState event, Article article, Map<String, Double> counts) {
        join(event, article, counts, EventFeatures.leadIdentity(article));
    }

    private void join(EventState event, Article article, Map<String, Double> counts, Set<String> identity) {
        Map<String, Double> vector = weigh(counts);
        event.articles.add(article.id());
        for (String detail : identity) {
            if (event.leadIdentity.merge(detail, 1, Integer::sum) == 1 && detail.startsWith("Y")) {
                event.yearsNamed++;
            }
        }
        eventOfArticle.put(article.id(), event.number);
        event.sum = added(event.sum, vector);
        event.centroid = CompactVector.of(normalize(event.sum), dictionary);
        double labelScore = dot(vector, event.centroid);
        // The label is the headline closest to the event's centre; a headline that is only a date
        // ("14 MARCH, 2019", a page's dateline taken for its title) labels an event only until
        // a real one comes.
        boolean dateOnly = dev.corroborate.text.Headlines.looksLikeDate(article.title());
        if (!article.title().isBlank() && (event.label.isEmpty() || (event.labelIsDate && !dateOnly)
                || (event.labelIsDate == dateOnly && labelScore > event.labelScore))) {
            event.label = article.title();
            event.labelScore = labelScore;
            event.labelIsDate = dateOnly;
        }
        if (article.outlet() != null) {
            event.outlets.add(article.outlet());
        }
        event.span.widen(article.published());
        for (Map.Entry<String, Double> feature : strongest(event.centroid, settings.indexedTermsPerEvent())) {
            if (event.indexed.add(feature.getKey())) {
                post(feature.getKey(), event.number);
            }
        }
        StoryState story = stories.get(event.story);
        story.sum = added(story.sum, vector);
        story.centroid = CompactVector.of(normalize(story.sum), dictionary);
        story.span.widen(article.published());
    }

    /** Lists {@code event} under {@code term}; a term listed for more than {@code maxPostings} events stops proposing any. */
    private void post(String term, int event) {
        int count = postingCounts.getOrDefault(term, 0);
        if (count >= settings.maxPostings()) {
            postingCounts.put(term, count + 1);
            return;
        }
        int[] list = postings.get(term);
        if (list == null) {
            list = new int[4];
        } else if (count == list.length) {
            list = java.util.Arrays.copyOf(list, count * 2);
        }
        list[count] = event;
        postings.put(dictionary.computeIfAbsent(term, k -> k), list);
        postingCounts.put(dictionary.computeIfAbsent(term, k -> k), count + 1);
    }

    /** Articles whose features {@link #prime} already counted; each is counted once. */
    private final Set<String> primed = new java.util.HashSet<>();

    /**
     * Counts the document frequencies of a whole run's articles before any is placed, so the first
     * articles are weighed against the whole collection rather than the handful seen before them.
     */
    public void prime(Article article) {
        if (primed.add(article.id())) {
            documents++;
            for (String term : EventFeatures.of(article).keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
    }

    /** Counts the article's features into the document frequencies and returns them. */
    private Map<String, Double> count(Article article) {
        Map<String, Double> features = EventFeatures.of(article, nameForms);
        if (primed.remove(article.id())) {
            return features;
        }
        documents++;
        for (String term : features.keySet()) {
            documentFrequency.merge(term, 1, Integer::sum);
        }
        return features;
    }

    /** TF-IDF, unit length: sublinear term frequency times the inverse document frequency so far. */
    private Map<String, Double> weigh(Map<String, Double> counts) {
        Map<String, Double> vector = new HashMap<>();
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double tf = e.getValue() >= 1 ? 1 + Math.log(e.getValue()) : e.getValue();
            double idf = Math.log((documents + 1.0 + BACKGROUND_DOCUMENTS) / (documentFrequency.getOrDefault(e.getKey(), 0) + 1.0)) + IDF_FLOOR;
            if (idf > 0) {
                vector.put(e.getKey(), tf * idf);
            }
        }
        return normalize(vector);
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a instanceof CompactVector x && b instanceof CompactVector y) {
            return CompactVector.dot(x, y);
        }
        if (a.size() > b.size()) {
            Map<String, Double> swap = a;
            a = b;
            b = swap;
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                sum += e.getValue() * other;
            }
        }
        return sum;
    }

    /** The features that weigh most in both, as readable reasons: names first, then terms and numbers. */
    private List<String> shared(Map<String, Double> vector, Map<String, Double> centroid) {
        List<Map.Entry<String, Double>> common = new ArrayList<>();
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            Double other = centroid.get(e.getKey());
            if (other != null) {
                common.add(Map.entry(e.getKey(), e.getValue() * other));
            }
        }
        common.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        List<String> names = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Double> e : common) {
            String key = e.getKey();
            if (key.startsWith("N:") && names.size() < 5) {
                names.add(display(key));
            } else if (!key.startsWith("N:") && terms.size() < 6 && !names.contains(display("N:" + key))) {
                terms.add(key.startsWith("Y") || key.startsWith("#") ? key.substring(1) : key);
            }
        }
        List<String> reasons = new ArrayList<>();
        if (!names.isEmpty()) {
            reasons.add("shared names: " + String.join(", ", names));
        }
        if (!terms.isEmpty()) {
            reasons.add("shared terms: " + String.join(", ", terms));
        }
        return reasons;
    }

    /** How each name was written, by its feature ({@code N:mcdonald} as "McDonald"). */
    private final Map<String, String> nameForms = new HashMap<>();

    private String display(String nameFeature) {
        String form = nameForms.get(nameFeature);
        if (form != null) {
            return form;
        }
        String name = nameFeature.substring(2);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Articles whose leads name years the event's leads never name are most likely about another
     * happening of the same kind (last year's earthquake): their score is damped.
     */
    private static double yearFactor(Set<String> leadYears, EventState event) {
        if (YEAR_CONFLICT >= 1 || leadYears.isEmpty() || event.yearsNamed == 0) {
            return 1;
        }
        for (String year : leadYears) {
            if (event.leadIdentity.containsKey(year)) {
                return 1;
            }
        }
        return YEAR_CONFLICT;
    }

    /** The years among a lead's details ({@code Y2011}). */
    private static Set<String> years(Set<String> leadIdentity) {
        Set<String> years = new TreeSet<>();
        for (String detail : leadIdentity) {
            if (detail.startsWith("Y")) {
                years.add(detail);
            }
        }
        return years;
    }

    static final double YEAR_CONFLICT = 0.5;
    /**
     * Added to every inverse document frequency: in a small collection, words that every article
     * shares still say something about the happening (smoothing as scikit-learn's, halved).
     */
    static final double IDF_FLOOR = 0.5;
    /**
     * Documents that mention none of the features, added to every collection: in a handful of
     * articles about one happening, the words they all share are still what they are about.
     */
    static final double BACKGROUND_DOCUMENTS = 50;

    private static double timeFactor(Instant at, EventState event) {
        long days = event.span.daysToNearerEnd(at);
        return 1 / (1 + Math.max(0, days - 3) / 14.0);
    }

    /**
     * The fragments of one happening are reported within days of each other: events whose spans lie
     * further apart are not joined after placement, however alike (a follow-up weeks later).
     */
    static final int MERGE_WINDOW_DAYS = 7;

    /** The longest an event may span once joined: coverage of one happening runs for days, not weeks. */
    static final int MERGE_SPAN_DAYS = 14;

    /**
     * Whether an event spanning {@code first} to {@code last} and {@code event} are too far apart in
     * time to be one happening: more than {@link #MERGE_WINDOW_DAYS} days between them, or more
     * than {@link #MERGE_SPAN_DAYS} days from the first article of both to the last (which stops a
     * chain of joins from growing an event over a season). Without times, nothing is too far.
     */
    private static boolean tooFarApart(Span a, EventState b) {
        return b.span.tooFarFrom(a, MERGE_WINDOW_DAYS, MERGE_SPAN_DAYS);
    }

    private static List<Map.Entry<String, Double>> strongest(Map<String, Double> vector, int limit) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(vector.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        return entries.size() > limit ? entries.subList(0, limit) : entries;
    }

    /** {@code sum + vector}, cut to the {@link Settings#centroidTerms()} strongest features and stored compactly. */
    private Map<String, Double> added(Map<String, Double> sum, Map<String, Double> vector) {
        Map<String, Double> total = new HashMap<>(sum);
        vector.forEach((k, v) -> total.merge(k, v, Double::sum));
        return CompactVector.of(truncate(total, settings.centroidTerms()), dictionary);
    }

    private static Map<String, Double> truncate(Map<String, Double> sum, int limit) {
        if (sum.size() <= limit) {
            return sum;
        }
        Map<String, Double> kept = new HashMap<>();
        for (Map.Entry<String, Double> e : strongest(sum, limit)) {
            kept.put(e.getKey(), e.getValue());
        }
        return kept;
    }

    private static Map<String, Double> normalize(Map<String, Double> vector) {
        double norm = 0;
        for (double v : vector.values()) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        double length = Math.sqrt(norm);
        Map<String, Double> unit = new HashMap<>(vector.size() * 2);
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            unit.put(e.getKey(), e.getValue() / length);
        }
        return unit;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /**
     * Joins events that turned out to be one, the batch step after single-pass placement (which
     * splits an event when its first articles differ). Pairs of events are scored by average
     * linkage, the mean similarity of their articles (the dot product of their sums over the product
     * of their sizes), and joined best first while a pair reaches {@code threshold}. Two events
     * never join when each has a detail most of its leads name and the other's leads never do
     * ({@link #IDENTITY_SHARE} of at least {@link #IDENTITY_MIN_SIZE} articles): the fire in
     * Harwick and the fire in Dunmore, the 23 arrests and the 26. Nor do events whose leads share
     * fewer than {@link #MIN_SHARED_DETAILS} details, or whose spans lie more than
     * {@link #MERGE_WINDOW_DAYS} days apart or would together span more than
     * {@link #MERGE_SPAN_DAYS}. Only events placed or changed since the last call start a search;
     * their partners come from the inverted index. Returns how many events were merged away.
     */
    public int consolidate() {
        return consolidate(settings.mergeThreshold());
    }

    /** {@link #consolidate()} with another threshold. */
    public int consolidate(double threshold) {
        java.util.PriorityQueue<Pair> queue = new java.util.PriorityQueue<>(
                Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        for (int number : touched) {
            queue.addAll(partners(events.get(number), threshold));
        }
        touched.clear();
        Set<Long> refused = new java.util.HashSet<>();
        int merged = 0;
        while (!queue.isEmpty()) {
            Pair pair = queue.poll();
            EventState a = events.get(pair.a());
            EventState b = events.get(pair.b());
            if (a.articles.size() != pair.sizeA() || b.articles.size() != pair.sizeB()) {
                continue; // one of them has changed since: its fresh pairs are queued too
            }
            if (identityConflict(a, b)) {
                refused.add(((long) a.number << 32) | b.number);
                continue;
            }
            // The older event keeps its id: articles already exported under it stay there.
            EventState into = a.number < b.number ? a : b;
            EventState from = into == a ? b : a;
            merge(into, from, String.format(Locale.ROOT,
                    "joined when events %s and %s proved one (mean similarity of their articles %.2f)",
                    into.id, from.id, pair.score()));
            merged++;
            for (Pair fresh : partners(into, threshold)) {
                if (!refused.contains(((long) fresh.a() << 32) | fresh.b())) {
                    queue.add(fresh);
                }
            }
        }
        return merged;
    }

    /** Two events and their average linkage, as it stood when they had these sizes. */
    private record Pair(int a, int b, double score, int sizeA, int sizeB) {
    }

    /** The events that share an indexed feature with {@code a} and are at least {@code threshold} close to it. */
    private List<Pair> partners(EventState a, double threshold) {
        List<Pair> out = new ArrayList<>();
        if (a.articles.isEmpty()) {
            return out;
        }
        // A partner must share as many indexed features as the details its lead must share, which
        // spares most products: each indexed feature counts 1.
        List<Map.Entry<String, Double>> indexed = new ArrayList<>(a.indexed.size());
        for (String term : a.indexed) {
            indexed.add(Map.entry(term, 1.0));
        }
        int found = gather(indexed);
        for (int k = 0; k < found; k++) {
            int number = touchedEvents[k];
            float sharedTerms = overlap[number];
            overlap[number] = 0;
            EventState b = events.get(number);
            if (b == a || b.articles.isEmpty() || sharedTerms < MIN_SHARED_DETAILS || tooFarApart(a.span, b)
                    || sharedDetails(a, b) < MIN_SHARED_DETAILS) {
                continue; // over a week apart: a later happening of the same storyline, not a fragment
            }
            double score = dot(a.sum, b.sum) / ((double) a.articles.size() * b.articles.size());
            if (score >= threshold) {
                int first = Math.min(a.number, b.number);
                int second = Math.max(a.number, b.number);
                out.add(new Pair(first, second, score, events.get(first).articles.size(),
                        events.get(second).articles.size()));
            }
        }
        return out;
    }

    /** A detail named in the leads of at least this share of an event's articles is its own. */
    static final double IDENTITY_SHARE = 0.7;
    /** Only events of at least this many articles have details of their own: fewer say too little. */
    static final int IDENTITY_MIN_SIZE = 3;

    /**
     * Events join only when their leads share at least this many details (names, numbers, years):
     * two reports of the same kind of happening share words, not the names of who and where.
     */
    static final int MIN_SHARED_DETAILS = 2;

    /** How many of an article's lead details the event's leads name. */
    private static int sharedDetails(Set<String> leadIdentity, EventState event) {
        int shared = 0;
        for (String detail : leadIdentity) {
            if (event.leadIdentity.containsKey(detail)) {
                shared++;
            }
        }
        return shared;
    }

    /** How many details both events' leads name. */
    private static int sharedDetails(EventState a, EventState b) {
        Map<String, Integer> small = a.leadIdentity.size() <= b.leadIdentity.size() ? a.leadIdentity : b.leadIdentity;
        Map<String, Integer> large = small == a.leadIdentity ? b.leadIdentity : a.leadIdentity;
        int shared = 0;
        for (String detail : small.keySet()) {
            if (large.containsKey(detail)) {
                shared++;
            }
        }
        return shared;
    }

    /** Whether each event has a detail of its own that the other's leads never name. */
    private static boolean identityConflict(EventState a, EventState b) {
        return ownDetailMissing(a, b) && ownDetailMissing(b, a);
    }

    private static boolean ownDetailMissing(EventState event, EventState other) {
        int size = event.articles.size();
        if (size < IDENTITY_MIN_SIZE || other.articles.size() < IDENTITY_MIN_SIZE) {
            return false;
        }
        for (Map.Entry<String, Integer> detail : event.leadIdentity.entrySet()) {
            if (detail.getValue() >= IDENTITY_SHARE * size && !other.leadIdentity.containsKey(detail.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replays a user's decision: {@code merge} puts the events of all its articles together,
     * {@code split} takes its articles out into an event of their own, {@code move} puts its
     * article into the event of the target article. Articles unknown here are ignored (they may
     * have left the store). {@code lookup} gives back an article's text to recompute centroids.
     */
    public void apply(Decision decision, java.util.function.Function<String, Article> lookup) {
        List<String> known = decision.articleIds().stream().filter(eventOfArticle::containsKey).toList();
        switch (decision.kind()) {
            case "merge" -> {
                if (known.isEmpty()) {
                    return;
                }
                EventState into = events.get(eventOfArticle.get(known.get(0)));
                for (String article : known) {
                    EventState from = events.get(eventOfArticle.get(article));
                    if (from != into) {
                        merge(into, from, "merged by a user's decision");
                    }
                }
            }
            case "split" -> {
                if (known.isEmpty()) {
                    return;
                }
                String id = id("ev-split-", String.join(",", known));
                EventState target = eventNumbers.containsKey(id) ? events.get(eventNumbers.get(id)) : newEvent(id);
                if (target.articles.isEmpty()) {
                    EventState source = events.get(eventOfArticle.get(known.get(0)));
                    target.story = source.story;
                    stories.get(source.story).events.add(target.number);
                }
                for (String article : known) {
                    moveArticle(article, target, lookup, "split off by a user's decision");
                }
            }
            case "move" -> {
                Integer target = eventOfArticle.get(decision.targetArticleId());
                if (known.isEmpty() || target == null) {
                    return;
                }
                moveArticle(known.get(0), events.get(target), lookup, "moved by a user's decision");
            }
            default -> throw new IllegalArgumentException("unknown decision " + decision.kind());
        }
    }

    /** Passes of {@link #refine}: three settle ECB+ in every order tried. */
    public static final int REFINE_ROUNDS = 3;

    /** {@link #refine(java.util.function.Function, int)} with {@link #REFINE_ROUNDS} passes. */
    public int refine(java.util.function.Function<String, Article> lookup) {
        return refine(lookup, REFINE_ROUNDS);
    }

    /**
     * Moves each article placed since the last call into the event whose articles it is most like
     * on average, when that is another event and at least {@link Settings#mergeThreshold()} alike;
     * an article alone in its event counts its own as that threshold. Placement decides with the
     * events as they stood when each article came, and consolidation joins whole events; this
     * step corrects the articles that the order put in the wrong one. Copies and rewrites stay
     * with their source; as in {@link #consolidate()}, no article moves to an event too far from its
     * time ({@link #MERGE_WINDOW_DAYS}, {@link #MERGE_SPAN_DAYS}), or whose leads share fewer than
     * {@link #MIN_SHARED_DETAILS} details with its own. Up to {@code rounds} passes, fewer when one moves nothing; {@code lookup}
     * gives back an article to rebuild the event it leaves. Returns how many moves were made.
     */
    public int refine(java.util.function.Function<String, Article> lookup, int rounds) {
        int moves = 0;
        for (int round = 0; round < rounds; round++) {
            int movedThisRound = 0;
            for (Map.Entry<String, Placed> placed : placedVectors.entrySet()) {
                String articleId = placed.getKey();
                Map<String, Double> vector = placed.getValue().vector();
                Instant published = placed.getValue().published();
                Integer current = eventOfArticle.get(articleId);
                if (current == null) {
                    continue;
                }
                EventState own = events.get(current);
                double ownScore = meanSimilarityWithin(vector, own);
                EventState best = null;
                double bestScore = Math.max(ownScore, settings.mergeThreshold());
                for (int number : shortlist(vector)) {
                    EventState other = events.get(number);
                    if (other == own || other.articles.isEmpty() || other.span.tooFarFrom(published, published, MERGE_WINDOW_DAYS, MERGE_SPAN_DAYS)
                            || (own.articles.size() == 1
                            && sharedDetails(placed.getValue().leadIdentity(), other) < MIN_SHARED_DETAILS)) {
                        continue;
                    }
                    double score = dot(vector, other.sum) / other.articles.size();
                    if (score > bestScore) {
                        best = other;
                        bestScore = score;
                    }
                }
                if (best != null) {
                    moveArticle(articleId, best, lookup, String.format(Locale.ROOT,
                            "moved to event %s, whose articles it is more like (mean similarity %.3f against %.3f)",
                            best.id, bestScore, ownScore), round(bestScore));
                    movedThisRound++;
                }
            }
            moves += movedThisRound;
            if (movedThisRound == 0) {
                break;
            }
        }
        placedVectors.clear();
        return moves;
    }

    /** The mean similarity of an article to the other articles of its event; for an event of one, the joining threshold. */
    private double meanSimilarityWithin(Map<String, Double> vector, EventState event) {
        if (event.articles.size() < 2) {
            return settings.mergeThreshold();
        }
        // The event's sum holds the article itself, as far as its strongest features were kept.
        double self = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            if (event.sum.containsKey(e.getKey())) {
                self += e.getValue() * e.getValue();
            }
        }
        return (dot(vector, event.sum) - self) / (event.articles.size() - 1);
    }

    private void moveArticle(String article, EventState target, java.util.function.Function<String, Article> lookup, String why) {
        moveArticle(article, target, lookup, why, Double.NaN);
    }

    /**
     * Moves an article to {@code target}. A user's decision ({@code score} NaN) leads its reasons and
     * keeps the placement's score; a move of {@link #refine} follows them and brings its own score.
     */
    private void moveArticle(String article, EventState target, java.util.function.Function<String, Article> lookup,
                             String why, double score) {
        boolean reasonFirst = Double.isNaN(score);
        EventState from = events.get(eventOfArticle.get(article));
        if (from == target) {
            return;
        }
        from.articles.remove(article);
        rebuild(from, lookup);
        Article moved = lookup.apply(article);
        join(target, moved, EventFeatures.of(moved));
        Assignment old = assignments.get(article);
        List<String> reasons = new ArrayList<>(old == null ? List.of() : old.reasons());
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

    /** Recomputes an event's centroid from its remaining articles. */
    private void rebuild(EventState event, java.util.function.Function<String, Article> lookup) {
        List<String> members = new ArrayList<>(event.articles);
        event.articles.clear();
        event.sum = CompactVector.EMPTY;
        event.centroid = CompactVector.EMPTY;
        event.leadIdentity.clear();
        event.yearsNamed = 0;
        event.outlets.clear();
        event.span.clear();
        event.label = "";
        event.labelScore = -1;
        event.labelIsDate = false;
        for (String member : members) {
            Article article = lookup.apply(member);
            join(event, article, EventFeatures.of(article));
        }
        if (event.articles.isEmpty()) {
            stories.get(event.story).events.remove(Integer.valueOf(event.number));
        }
    }

    /**
     * Joins the events of articles that share reporting: a copy or a rewrite is always the same
     * event; a partial reuse is when the two events are at least {@code partialThreshold} similar and
     * not too far apart in time (a background paragraph reused months later is not the same happening).
     * Links whose articles came in the other order (the source placed after the derived article)
     * are only seen here. Returns how many events were merged away.
     */
    public int joinLinked(List<ReuseLink> links, double partialThreshold) {
        int merged = 0;
        for (ReuseLink link : links) {
            Integer a = eventOfArticle.get(link.sourceId());
            Integer b = eventOfArticle.get(link.derivedId());
            if (a == null || b == null || a.equals(b) || link.relation() == Relation.CITES) {
                continue;
            }
            EventState ea = events.get(a);
            EventState eb = events.get(b);
            double similarity = dot(ea.centroid, eb.centroid);
            boolean sameReporting = link.relation() == Relation.COPY || link.relation() == Relation.REWRITE;
            if (sameReporting || (similarity >= partialThreshold && !tooFarApart(ea.span, eb))) {
                EventState into = ea.number < eb.number ? ea : eb;
                EventState from = into == ea ? eb : ea;
                merge(into, from, String.format(Locale.ROOT, "joined because %s is %s of %s", link.derivedId(),
                        link.relation() == Relation.PARTIAL ? "partly derived" : "a " + link.relation().label(), link.sourceId()));
                merged++;
            }
        }
        return merged;
    }

    /** Moves every article of {@code from} into {@code into}; {@code from} is left empty. */
    private void merge(EventState into, EventState from, String why) {
        for (String article : from.articles) {
            into.articles.add(article);
            eventOfArticle.put(article, into.number);
            Assignment old = assignments.get(article);
            if (old != null) {
                List<String> reasons = new ArrayList<>(old.reasons());
                reasons.add(why);
                assignments.put(article, new Assignment(article, into.id, stories.get(into.story).id, old.startedEvent(),
                        old.score(), List.copyOf(reasons), old.runnerUpEventId(), old.runnerUpScore()));
            }
        }
        into.sum = added(into.sum, from.sum);
        into.centroid = CompactVector.of(normalize(into.sum), dictionary);
        from.leadIdentity.forEach((k, v) -> {
            if (into.leadIdentity.merge(k, v, Integer::sum).equals(v) && k.startsWith("Y")) {
                into.yearsNamed++;
            }
        });
        from.leadIdentity.clear();
        from.yearsNamed = 0;
        into.outlets.addAll(from.outlets);
        if ((into.label.isEmpty() || into.labelIsDate) && !from.label.isEmpty() && !from.labelIsDate) {
            into.label = from.label;
            into.labelScore = from.labelScore;
            into.labelIsDate = false;
        }
        into.span.widen(from.span);
        for (Map.Entry<String, Double> feature : strongest(into.centroid, settings.indexedTermsPerEvent())) {
            if (into.indexed.add(feature.getKey())) {
                post(feature.getKey(), into.number);
            }
        }
        from.articles.clear();
        from.sum = CompactVector.EMPTY;
        from.centroid = CompactVector.EMPTY;
        stories.get(from.story).events.remove(Integer.valueOf(from.number));
    }

    /** The events so far, in the order they started. */
    public List<Event> events() {
        List<Event> out = new ArrayList<>(events.size());
        for (EventState event : events) {
            if (event.articles.isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Double> feature : strongest(event.centroid, 40)) {
                if (feature.getKey().startsWith("N:") && names.size() < 6) {
                    names.add(display(feature.getKey()));
                }
            }
            out.add(new Event(event.id, stories.get(event.story).id, List.copyOf(event.articles), event.label,
                    List.copyOf(names), event.span.first, event.span.last, List.copyOf(event.outlets)));
        }
        return out;
    }

    /** The storylines so far, in the order they started; the label is their first event's. */
    public List<Storyline> storylines() {
        List<Storyline> out = new ArrayList<>(stories.size());
        for (StoryState story : stories) {
            List<String> eventIds = story.events.stream().map(n -> events.get(n).id).toList();
            String label = story.events.isEmpty() ? "" : events.get(story.events.get(0)).label;
            out.add(new Storyline(story.id, eventIds, label, story.span.first, story.span.last));
        }
        return out;
    }

    /** Every article's assignment as it stands now (merges and decisions included), by article id. */
    public Map<String, Assignment> assignments() {
        Map<String, Assignment> current = new HashMap<>();
        for (Assignment a : assignments.values()) {
            EventState event = events.get(eventOfArticle.get(a.articleId()));
            String storyId = stories.get(event.story).id;
            current.put(a.articleId(), a.eventId().equals(event.id) && a.storyId().equals(storyId) ? a
                    : new Assignment(a.articleId(), event.id, storyId, a.startedEvent(), a.score(), a.reasons(),
                    a.runnerUpEventId(), a.runnerUpScore()));
        }
        return current;
    }

    /** How many events are indexed. */
    public int eventCount() {
        return (int) events.stream().filter(e -> !e.articles.isEmpty()).count();
    }

    static String id(String prefix, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Orders articles for a from-scratch run: earliest first, unknown times last, then by id. */
    public static final Comparator<Article> FEED_ORDER = Comparator
            .comparing((Article a) -> a.published() == null ? Instant.MAX : a.published().instant())
            .thenComparing(Article::id);
}
