package dev.corroborate.spark;

import dev.corroborate.cluster.StorylineReplay;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Event;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.Storyline;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Storylines over the whole corpus for events formed in time windows ({@link EventWindows}): a
 * window sees four weeks, a storyline runs for months, so the windows' own storylines are cut, and
 * each window starts its storylines cold. Here the core storyline step is replayed over the
 * reconciled events ({@link StorylineReplay}): the document frequencies are counted over every
 * article ({@link #frequencies}: a shuffle on the features, the table then broadcast, and the
 * windows weigh their articles by it too), each article's vector is made in a
 * task, and the driver reads the vectors in feed order, one partition at a time, keeping per
 * storyline its sum and per event still growing its sum: never an article's text, nor every
 * article's vector at once. What the driver does hold is the table of document frequencies (an
 * entry per distinct feature of the corpus) and each article's event id.
 */
final class WindowStorylines {

    /** One article as the replay reads it: its event, that event's size, its time and its vector. */
    private record Item(String eventId, int eventSize, PublishedTime published, Map<String, Double> vector)
            implements Serializable {
    }

    private WindowStorylines() {
    }

    /** The clusterer's document frequencies over the whole corpus: {@code documents} articles, each feature in {@code frequencies} of them. */
    record Frequencies(int documents, Map<String, Integer> frequencies) implements Serializable {
        /**
         * Held unmodifiable, so the story stage's own {@code Map.copyOf} of the broadcast value is
         * that value, not a second copy of the table in every window's task.
         */
        Frequencies {
            frequencies = Map.copyOf(frequencies);
        }
    }

    /** Counts the document frequencies over every article (a shuffle on the features). */
    static Frequencies frequencies(JavaPairRDD<Long, Article> ranked) {
        Map<String, Integer> frequencies = ranked.values()
                .mapPartitions(WindowStorylines::terms)
                .mapToPair(term -> new Tuple2<>(term, 1))
                .reduceByKey(Integer::sum)
                .collectAsMap();
        return new Frequencies(Math.toIntExact(ranked.count()), frequencies);
    }

    static EventWindows.Stories rejoin(JavaPairRDD<Long, Article> ranked, EventWindows.Stories stories,
                                       Broadcast<Frequencies> counted) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(ranked.context());
        long documents = counted.value().documents();
        Map<String, Integer> sizes = new HashMap<>();
        stories.events().forEach(event -> sizes.put(event.id(), event.articleIds().size()));
        List<Tuple2<String, Tuple2<String, Integer>>> eventOf = new ArrayList<>();
        stories.assignments().forEach((article, assignment) -> eventOf.add(new Tuple2<>(article,
                new Tuple2<>(assignment.eventId(), sizes.get(assignment.eventId())))));
        JavaPairRDD<String, Tuple2<String, Integer>> events = context.parallelizePairs(eventOf, ranked.getNumPartitions());
        Iterator<Tuple2<Long, Item>> items = ranked
                .mapToPair(article -> new Tuple2<>(article._2().id(), article))
                .join(events)
                .mapPartitionsToPair(placed -> items(placed, counted.value().frequencies(), documents))
                .sortByKey()
                .toLocalIterator();
        StorylineReplay replay = new StorylineReplay();
        items.forEachRemaining(item -> replay.add(item._2().eventId(), item._2().eventSize(), item._2().published(),
                item._2().vector()));
        return restory(stories, replay.storylines());
    }

    private static Iterator<String> terms(Iterator<Article> articles) {
        StorylineReplay replay = new StorylineReplay();
        List<String> terms = new ArrayList<>();
        articles.forEachRemaining(article -> terms.addAll(replay.features(article).keySet()));
        return terms.iterator();
    }

    private static Iterator<Tuple2<Long, Item>> items(
            Iterator<Tuple2<String, Tuple2<Tuple2<Long, Article>, Tuple2<String, Integer>>>> placed,
            Map<String, Integer> frequencies, long documents) {
        StorylineReplay replay = new StorylineReplay();
        List<Tuple2<Long, Item>> out = new ArrayList<>();
        placed.forEachRemaining(entry -> {
            Tuple2<Long, Article> ranked = entry._2()._1();
            Tuple2<String, Integer> event = entry._2()._2();
            out.add(new Tuple2<>(ranked._1(), new Item(event._1(), event._2(), ranked._2().published(),
                    replay.vector(ranked._2(), frequencies, documents))));
        });
        return out.iterator();
    }

    /**
     * The reconciled events under the replayed storylines: events and assignments given their
     * storyline, the storylines made from them (each with its events in the order of their earliest
     * articles, the storylines in the order of their first events, labelled by their first event).
     */
    static EventWindows.Stories restory(EventWindows.Stories stories, Map<String, String> storyOf) {
        List<Event> events = new ArrayList<>();
        Map<String, List<Event>> eventsOfStory = new LinkedHashMap<>();
        for (Event event : stories.events()) {
            String storyId = storyOf.getOrDefault(event.id(), event.storyId());
            Event moved = new Event(event.id(), storyId, event.articleIds(), event.label(), event.keyNames(),
                    event.first(), event.last(), event.outlets());
            events.add(moved);
            eventsOfStory.computeIfAbsent(storyId, k -> new ArrayList<>()).add(moved);
        }
        Map<String, Assignment> assignments = new HashMap<>();
        stories.assignments().forEach((article, a) -> assignments.put(article, new Assignment(a.articleId(), a.eventId(),
                storyOf.getOrDefault(a.eventId(), a.storyId()), a.startedEvent(), a.score(), a.reasons(),
                a.runnerUpEventId(), a.runnerUpScore())));
        List<Storyline> storylines = new ArrayList<>();
        for (Map.Entry<String, List<Event>> story : eventsOfStory.entrySet()) {
            List<Event> own = story.getValue();
            storylines.add(new Storyline(story.getKey(), own.stream().map(Event::id).toList(), own.get(0).label(),
                    own.stream().map(Event::first).filter(t -> t != null)
                            .min(Comparator.comparing(PublishedTime::instant)).orElse(null),
                    own.stream().map(Event::last).filter(t -> t != null)
                            .max(Comparator.comparing(PublishedTime::instant)).orElse(null)));
        }
        return new EventWindows.Stories(storylines, events, assignments);
    }
}
