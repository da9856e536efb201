package dev.corroborate.bench;

import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Incremental story clustering at scale: indexes {@code --events} events (one generated article
 * each, seeded), then times placing {@code --articles} more, a third of them about events already
 * indexed and the rest new, in {@code --repeats} passes on fresh copies of the index. Reports the
 * median rate and the heap the index holds (live heap after a full collection, divided by events).
 *
 * <pre>java -Xmx8g -cp bench/target/corroborate-bench.jar dev.corroborate.bench.ClusterScale --events 100000 --articles 20000 --repeats 3</pre>
 */
public final class ClusterScale {

    private static final String[] KINDS = {"earthquake magnitude quake tremor epicentre rescue collapsed",
            "ferry grounding reef passengers coastguard lifeboat hull", "election vote ballot candidate turnout polls",
            "strike union wages nurses talks shifts hospital", "fire blaze firefighters homes evacuated wind",
            "court ruling judge appeal verdict trial jury", "flood river rain levee water residents evacuation",
            "merger shares company deal board investors billion"};
    private static final String[] GENERAL = ("the a of in on and to for with by from that this was has have will week "
            + "day officials statement local residents region plans public news morning evening government minister "
            + "city country people said report meeting council police area").split(" ");
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "ta", "vin", "sol", "dra", "pe", "nor", "ith", "ran",
            "bel", "os", "tur", "ve", "li", "han", "mo", "ster", "ga", "ri", "den", "ul", "fa", "cor", "ne"};

    private ClusterScale() {
    }

    public static void main(String[] args) {
        int eventCount = 100_000;
        int articles = 20_000;
        int repeats = 3;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> eventCount = Integer.parseInt(args[++i]);
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--events N, --articles N, --repeats R, --seed S)");
            }
        }
        double[] rates = new double[repeats];
        long baseSeed = seed;
        int baseEvents = eventCount;
        java.util.function.Function<String, Article> archive =
                id -> baseArticle(baseSeed, Integer.parseInt(id.substring("base-".length())), baseEvents);
        for (int r = 0; r < repeats; r++) {
            Random random = new Random(seed);
            StoryClusterer clusterer = new StoryClusterer();
            long started = System.nanoTime();
            for (int e = 0; e < eventCount; e++) {
                clusterer.add(baseArticle(seed, e, eventCount), List.of());
            }
            // The archive stands as placed, as a run restores it: no article of it is refined later.
            clusterer.refine(archive, 0);
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            int archiveMerged = clusterer.consolidate();
            double archiveConsolidateSeconds = (System.nanoTime() - started) / 1e9;
            if (r == 0) {
                System.out.printf(Locale.ROOT, "consolidated the archive's events in %.1f s (%d merged)%n",
                        archiveConsolidateSeconds, archiveMerged);
                double heap = liveHeapMb();
                System.out.printf(Locale.ROOT, "indexed %d events from %d articles in %.1f s (%.0f articles/s); "
                                + "live heap %.0f MB, %.1f KB an event%n", clusterer.eventCount(), eventCount, buildSeconds,
                        eventCount / buildSeconds, heap, heap * 1024 / Math.max(1, clusterer.eventCount()));
            }
            List<Article> fresh = new ArrayList<>(articles);
            for (int a = 0; a < articles; a++) {
                // a third about events already indexed, the rest about new ones
                int event = a % 3 == 0 ? random.nextInt(eventCount) : eventCount + a;
                fresh.add(article(random, "new-" + r + "-" + a, event, eventCount));
            }
            started = System.nanoTime();
            // A daily run: count the new articles' features, place them, then join the events that proved one.
            fresh.forEach(clusterer::prime);
            int joined = 0;
            for (Article article : fresh) {
                if (!clusterer.add(article, List.of()).startedEvent()) {
                    joined++;
                }
            }
            double placeSeconds = (System.nanoTime() - started) / 1e9;
            long consolidateStarted = System.nanoTime();
            int merged = clusterer.consolidate();
            double consolidateSeconds = (System.nanoTime() - consolidateStarted) / 1e9;
            long refineStarted = System.nanoTime();
            Map<String, Article> freshById = new HashMap<>();
            fresh.forEach(a -> freshById.put(a.id(), a));
            int moved = clusterer.refine(id -> id.startsWith("base-") ? archive.apply(id) : freshById.get(id));
            double refineSeconds = (System.nanoTime() - refineStarted) / 1e9;
            double seconds = placeSeconds + consolidateSeconds + refineSeconds;
            rates[r] = articles / seconds;
            System.out.printf(Locale.ROOT, "pass %d: placed %d articles among %d events in %.1f s, joined %d events in "
                            + "%.1f s, moved %d articles in %.1f s: %.0f articles/s (%d joined an event, %d started one)%n",
                    r + 1, articles, eventCount, placeSeconds, merged, consolidateSeconds, moved, refineSeconds, rates[r],
                    joined, articles - joined);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "incremental assignment (counting, placing, joining) with %d events indexed, one thread: median %.0f articles/s%n",
                eventCount, rates[repeats / 2]);
    }

    /** The archive's article about event {@code event}, the same every time it is asked for. */
    static Article baseArticle(long seed, int event, int eventCount) {
        return article(new Random(seed * 1_000_003L + event), "base-" + event, event, eventCount);
    }

    /** An article about event {@code event}: its own names and numbers, its kind's words, common words. */
    static Article article(Random random, String id, int event, int eventCount) {
        Random own = new Random(event * 7919L + 17);
        String[] kind = KINDS[event % KINDS.length].split(" ");
        String[] names = new String[4];
        for (int n = 0; n < names.length; n++) {
            StringBuilder name = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                name.append(SYLLABLES[own.nextInt(SYLLABLES.length)]);
            }
            names[n] = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        String number = String.valueOf(10 + own.nextInt(990));
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays((long) event * 2000 / Math.max(1, eventCount) + own.nextInt(3));
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            for (int s = 0; s < 3; s++) {
                text.append("The");
                for (int w = 0; w < 16; w++) {
                    int pick = random.nextInt(10);
                    String word = pick < 3 ? kind[random.nextInt(kind.length)] : pick < 5 ? names[random.nextInt(names.length)]
                            : pick < 6 ? number : GENERAL[random.nextInt(GENERAL.length)];
                    text.append(' ').append(word);
                }
                text.append(". ");
            }
        }
        String title = names[0] + " " + kind[0] + " " + names[1] + " " + number;
        return new Article(id, null, "Outlet " + random.nextInt(50), title, List.of(),
                PublishedTime.parse(day + "T" + String.format(Locale.ROOT, "%02d", random.nextInt(24)) + ":00Z").orElseThrow(),
                null, "en", null, Article.paragraphsOf(text.toString().strip()), null, null, Origin.of(id));
    }

    private static double liveHeapMb() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used / 1e6;
    }
}
