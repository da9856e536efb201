package dev.corroborate.bench;

import dev.corroborate.model.Article;
import dev.corroborate.pipeline.Analysis;
import dev.corroborate.pipeline.ArticleList;
import dev.corroborate.pipeline.InMemoryResults;
import dev.corroborate.pipeline.StoryStage;
import dev.corroborate.model.Origin;
import dev.corroborate.model.PublishedTime;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The story stage at scale, as {@code analyze} runs it (through the pipeline's {@link Analysis}):
 * places an archive of {@code --events} generated articles (one an event, seeded) from scratch,
 * then times {@code --repeats} daily runs that each add {@code --articles} new articles, a third of
 * them about archived events and the rest new: every article's features counted, the archive
 * restored where it was, the new ones placed, events joined, the new ones refined. Reports the
 * median rate in new articles a second and the live heap with the archive held.
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
        // The archive: one article an event, placed from scratch as recluster would.
        List<Article> archive = new ArrayList<>(eventCount);
        for (int e = 0; e < eventCount; e++) {
            archive.add(baseArticle(seed, e, eventCount));
        }
        Analysis stories = Analysis.of(EnumSet.of(Analysis.Step.STORIES), true);
        Analysis daily = Analysis.of(EnumSet.of(Analysis.Step.STORIES), false);
        InMemoryResults archived = new InMemoryResults();
        Analysis.Report built = stories.run(ArticleList.of(archive), archived);
        double buildSeconds = built.timings().get(Analysis.Step.STORIES).toNanos() / 1e9;
        double heap = liveHeapMb();
        System.out.printf(Locale.ROOT, "placed the archive's %d articles in %d events from scratch in %.1f s (%.0f articles/s); "
                        + "live heap with the archive held %.0f MB%n", eventCount, archived.events().size(), buildSeconds,
                eventCount / buildSeconds, heap);
        double[] rates = new double[repeats];
        Random random = new Random(seed);
        for (int r = 0; r < repeats; r++) {
            List<Article> corpus = new ArrayList<>(archive);
            for (int a = 0; a < articles; a++) {
                // a third about events already indexed, the rest about new ones
                int event = a % 3 == 0 ? random.nextInt(eventCount) : eventCount + a;
                corpus.add(article(random, "new-" + r + "-" + a, event, eventCount));
            }
            // A daily run as analyze makes it: every article's features counted, the archive restored
            // where it was, the new articles placed, events joined, the new articles refined.
            InMemoryResults results = new InMemoryResults();
            results.replaceStories(archived.storylines(), archived.events(), archived.assignments());
            Analysis.Report report = daily.run(ArticleList.of(corpus), results);
            StoryStage.Summary summary = report.stories();
            double seconds = report.timings().get(Analysis.Step.STORIES).toNanos() / 1e9;
            rates[r] = articles / seconds;
            System.out.printf(Locale.ROOT, "pass %d: %d new articles among %d archived in %.1f s: %.0f new articles/s "
                            + "(%d placed, %d restored, %d events joined, %d moved)%n", r + 1, articles, eventCount, seconds,
                    rates[r], summary.placed(), summary.restored(), summary.merged(), summary.moved());
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "the story stage as analyze runs it, %d new articles with %d archived, one thread: "
                + "median %.0f new articles/s%n", articles, eventCount, rates[repeats / 2]);
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
