package dev.corroborate.spark;

import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Storyline;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.pipeline.StoryStage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Events and storylines by the core story stage over overlapping time windows, one window a task,
 * reconciled on the driver, so that no machine holds the whole corpus: windows of
 * {@value #WINDOW_DAYS} days starting every {@value #STEP_DAYS} days (the clusterer never joins
 * events spanning more than 14 days, so an event lies whole in some window); each article belongs
 * to the two windows around it and takes its event from its home window (the one whose middle
 * {@value #STEP_DAYS} days hold it); events of two windows that share an article are one event, and
 * storylines that share an event one storyline. An event keeps the label, key names and id of its
 * largest part; its articles, times and outlets are the union's. An article with no time is placed
 * in every window and in a window of the undated articles: it takes the dated event it joined with
 * the highest score, else its event among the undated (so a corpus mostly undated costs a pass per
 * window over them: use the driver there). Each window weighs its articles against the document
 * frequencies of the whole corpus, as the local run does. Not the local run's result exactly: each
 * window sees only its own articles (docs/BENCHMARKS.md gives the agreement). The windows'
 * storylines are cut by the windows and start cold in each; {@link #place} replaces them by the
 * storyline step replayed over the reconciled events ({@link WindowStorylines}).
 */
final class EventWindows {

    static final int WINDOW_DAYS = 28;
    static final int STEP_DAYS = 14;
    private static final int UNDATED = -1;

    /** Where one window placed one of its articles. */
    record Place(String articleId, int window, long rank, String eventKey, String storyKey, Assignment assignment,
                 PublishedTime published, String outlet) implements Serializable {
    }

    /** What one window's story stage gave. */
    record Window(int window, List<Place> places, List<Event> events, List<Storyline> storylines)
            implements Serializable {
    }

    /** The reconciled events, storylines and each article's place. */
    record Stories(List<Storyline> storylines, List<Event> events, Map<String, Assignment> assignments) {
    }

    private EventWindows() {
    }

    /** Every window's result and the day the windows count from (the earliest publication time). */
    record Windows(List<Window> windows, long origin) implements Serializable {
    }

    static Stories place(JavaPairRDD<Long, Article> ranked, List<ReuseLink> links) {
        Broadcast<WindowStorylines.Frequencies> counted = JavaSparkContext.fromSparkContext(ranked.context())
                .broadcast(WindowStorylines.frequencies(ranked));
        try {
            Windows windows = windows(ranked, links, counted);
            return WindowStorylines.rejoin(ranked, reconcile(windows.windows(), windows.origin()), counted);
        } finally {
            counted.destroy();
        }
    }

    /**
     * Runs the story stage in every window, one window a task, each weighing its articles against
     * the document frequencies of the whole corpus ({@code counted}), as the local run does: a
     * window's own frequencies joined events the local run keeps apart (docs/BENCHMARKS.md).
     */
    static Windows windows(JavaPairRDD<Long, Article> ranked, List<ReuseLink> links,
                           Broadcast<WindowStorylines.Frequencies> counted) {
        JavaRDD<Long> times = ranked.values().filter(a -> a.published() != null)
                .map(a -> a.published().instant().getEpochSecond());
        long origin = times.fold(Long.MAX_VALUE, Math::min);
        long latest = times.fold(Long.MIN_VALUE, Math::max);
        int lastWindow = latest == Long.MIN_VALUE ? -1 : (int) Math.floorDiv(Math.floorDiv(latest - origin, 86_400L), STEP_DAYS);
        Broadcast<List<ReuseLink>> shared = JavaSparkContext.fromSparkContext(ranked.context()).broadcast(links);
        List<Window> windows = ranked
                .flatMapToPair(article -> windowsOf(article, origin, lastWindow))
                .groupByKey()
                .map(window -> run(window._1(), window._2(), shared.value(), counted.value()))
                .collect();
        return new Windows(windows, origin);
    }

    /**
     * The windows an article is placed in: the two around its day; an undated article in every
     * window (it may belong to any dated event) and in the window of undated articles.
     */
    private static Iterator<Tuple2<Integer, Tuple2<Long, Article>>> windowsOf(Tuple2<Long, Article> ranked, long origin,
            int lastWindow) {
        List<Tuple2<Integer, Tuple2<Long, Article>>> out = new ArrayList<>();
        Article article = ranked._2();
        if (article.published() == null) {
            for (int w = UNDATED; w <= lastWindow; w++) {
                out.add(new Tuple2<>(w, ranked));
            }
            return out.iterator();
        }
        long day = day(article, origin);
        for (long w = Math.max(0, Math.floorDiv(day - WINDOW_DAYS, STEP_DAYS) + 1); w <= Math.floorDiv(day, STEP_DAYS); w++) {
            out.add(new Tuple2<>((int) w, ranked));
        }
        return out.iterator();
    }

    private static long day(Article article, long origin) {
        return Math.floorDiv(article.published().instant().getEpochSecond() - origin, 86_400L);
    }

    /** The window an article of this day takes its event from: the one whose middle days hold it. */
    private static int homeWindow(long day) {
        return (int) Math.max(0, Math.floorDiv(day - (WINDOW_DAYS - STEP_DAYS) / 2, STEP_DAYS));
    }

    private static Window run(int window, Iterable<Tuple2<Long, Article>> members, List<ReuseLink> links,
                              WindowStorylines.Frequencies counted) {
        List<Article> articles = new ArrayList<>();
        Map<String, Tuple2<Long, Article>> byId = new HashMap<>();
        for (Tuple2<Long, Article> member : members) {
            articles.add(member._2());
            byId.put(member._2().id(), member);
        }
        InMemoryResults results = new InMemoryResults();
        results.replaceReuseLinks(links.stream()
                .filter(l -> byId.containsKey(l.sourceId()) && byId.containsKey(l.derivedId())).toList());
        new StoryStage(counted.documents(), counted.frequencies()).run(ArticleList.of(articles), results, results, true);
        List<Place> places = new ArrayList<>();
        for (Assignment assignment : results.assignments().values()) {
            Tuple2<Long, Article> member = byId.get(assignment.articleId());
            places.add(new Place(assignment.articleId(), window, member._1(), key(window, assignment.eventId()),
                    key(window, assignment.storyId()), assignment, member._2().published(), member._2().outlet()));
        }
        return new Window(window, places, results.events(), results.storylines());
    }

    private static String key(int window, String id) {
        return window + ":" + id;
    }

    static Stories reconcile(List<Window> windows, long origin) {
        UnionFind events = new UnionFind();
        Map<String, List<Place>> placesOf = new HashMap<>();
        Map<String, Event> windowEvent = new HashMap<>();
        for (Window window : windows) {
            window.events().forEach(e -> windowEvent.put(key(window.window(), e.id()), e));
            for (Place place : window.places()) {
                placesOf.computeIfAbsent(place.articleId(), k -> new ArrayList<>()).add(place);
            }
        }
        // Window events holding a dated article: the ones an undated article may take as its event.
        Set<String> dated = new HashSet<>();
        for (List<Place> places : placesOf.values()) {
            if (places.get(0).published() != null) {
                places.forEach(p -> dated.add(p.eventKey()));
            }
        }
        List<Place> homes = new ArrayList<>();
        for (List<Place> places : placesOf.values()) {
            if (places.get(0).published() == null) {
                homes.add(undatedHome(places, dated));
                continue;
            }
            for (Place place : places) {
                events.union(places.get(0).eventKey(), place.eventKey());
            }
            homes.add(homePlace(places, origin));
        }
        homes.sort(Comparator.comparingLong(Place::rank));
        // Each reconciled event: its articles (by their home window) and the window event holding most of them.
        Map<String, List<Place>> members = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> parts = new HashMap<>();
        for (Place home : homes) {
            String root = events.find(home.eventKey());
            members.computeIfAbsent(root, k -> new ArrayList<>()).add(home);
            parts.computeIfAbsent(root, k -> new HashMap<>()).merge(home.eventKey(), 1, Integer::sum);
        }
        UnionFind stories = new UnionFind();
        Map<String, String> representative = new HashMap<>();
        for (Map.Entry<String, List<Place>> event : members.entrySet()) {
            representative.put(event.getKey(), largest(parts.get(event.getKey())));
            for (Place place : event.getValue()) {
                stories.union(event.getValue().get(0).storyKey(), place.storyKey());
            }
        }
        Map<String, String> storyIds = new HashMap<>();
        Set<String> usedIds = new HashSet<>();
        Map<String, String> eventIds = new HashMap<>();
        for (String root : members.keySet()) {
            String rep = representative.get(root);
            eventIds.put(root, unique(windowEvent.get(rep).id(), rep, usedIds));
        }
        Map<String, Map<String, Integer>> storyParts = new HashMap<>();
        for (Map.Entry<String, List<Place>> event : members.entrySet()) {
            for (Place place : event.getValue()) {
                storyParts.computeIfAbsent(stories.find(place.storyKey()), k -> new HashMap<>())
                        .merge(place.storyKey(), 1, Integer::sum);
            }
        }
        Map<String, Storyline> windowStory = new HashMap<>();
        for (Window window : windows) {
            window.storylines().forEach(s -> windowStory.put(key(window.window(), s.id()), s));
        }
        for (Map.Entry<String, Map<String, Integer>> story : storyParts.entrySet()) {
            String rep = largest(story.getValue());
            storyIds.put(story.getKey(), unique(windowStory.get(rep).id(), rep, usedIds));
        }
        List<Event> finalEvents = new ArrayList<>();
        Map<String, Assignment> assignments = new HashMap<>();
        Map<String, List<Event>> eventsOfStory = new LinkedHashMap<>();
        for (Map.Entry<String, List<Place>> entry : members.entrySet()) {
            List<Place> places = entry.getValue();
            Event rep = windowEvent.get(representative.get(entry.getKey()));
            String storyRoot = stories.find(places.get(0).storyKey());
            String eventId = eventIds.get(entry.getKey());
            String storyId = storyIds.get(storyRoot);
            Set<String> outlets = new TreeSet<>();
            places.forEach(p -> {
                if (p.outlet() != null) {
                    outlets.add(p.outlet());
                }
            });
            Event event = new Event(eventId, storyId, places.stream().map(Place::articleId).toList(), rep.label(),
                    rep.keyNames(), earliest(places, true), earliest(places, false), List.copyOf(outlets));
            finalEvents.add(event);
            eventsOfStory.computeIfAbsent(storyRoot, k -> new ArrayList<>()).add(event);
            for (Place place : places) {
                Assignment a = place.assignment();
                assignments.put(a.articleId(), new Assignment(a.articleId(), eventId, storyId, a.startedEvent(), a.score(),
                        a.reasons(), a.runnerUpEventId(), a.runnerUpScore()));
            }
        }
        List<Storyline> storylines = new ArrayList<>();
        for (Map.Entry<String, List<Event>> story : eventsOfStory.entrySet()) {
            Storyline rep = windowStory.get(largest(storyParts.get(story.getKey())));
            List<Event> ofStory = story.getValue();
            storylines.add(new Storyline(storyIds.get(story.getKey()), ofStory.stream().map(Event::id).toList(), rep.label(),
                    ofStory.stream().map(Event::first).filter(t -> t != null)
                            .min(Comparator.comparing(PublishedTime::instant)).orElse(null),
                    ofStory.stream().map(Event::last).filter(t -> t != null)
                            .max(Comparator.comparing(PublishedTime::instant)).orElse(null)));
        }
        return new Stories(storylines, finalEvents, assignments);
    }

    private static Place homePlace(List<Place> places, long origin) {
        Place any = places.get(0);
        int home = any.published() == null ? UNDATED
                : homeWindow(Math.floorDiv(any.published().instant().getEpochSecond() - origin, 86_400L));
        return places.stream().filter(p -> p.window() == home).findFirst().orElse(any);
    }

    /**
     * An undated article's event: of the dated events the windows put it in, the one it joined with
     * the highest score; else its event among the undated articles. It joins no events together.
     */
    private static Place undatedHome(List<Place> places, Set<String> dated) {
        return places.stream().filter(p -> p.window() != UNDATED && dated.contains(p.eventKey()))
                .max(Comparator.comparingDouble((Place p) -> p.assignment().score())
                        .thenComparing(Place::window, Comparator.reverseOrder()))
                .orElseGet(() -> places.stream().filter(p -> p.window() == UNDATED).findFirst().orElse(places.get(0)));
    }

    private static String largest(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static String unique(String id, String key, Set<String> used) {
        String chosen = used.contains(id) ? id + "-w" + key.substring(0, key.indexOf(':')) : id;
        used.add(chosen);
        return chosen;
    }

    private static PublishedTime earliest(List<Place> places, boolean first) {
        Comparator<PublishedTime> byInstant = Comparator.comparing(PublishedTime::instant);
        return places.stream().map(Place::published).filter(t -> t != null)
                .reduce((a, b) -> (byInstant.compare(a, b) <= 0) == first ? a : b).orElse(null);
    }

    /** Keys joined into sets; the smallest key of a set is its name, so the result is the same in any order. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String key) {
            String root = key;
            while (parent.containsKey(root)) {
                root = parent.get(root);
            }
            for (String at = key; !at.equals(root); ) {
                String next = parent.get(at);
                parent.put(at, root);
                at = next;
            }
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else if (rb.compareTo(ra) < 0) {
                parent.put(ra, rb);
            }
        }
    }
}
