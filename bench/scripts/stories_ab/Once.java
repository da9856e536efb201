// The story step only, one build at a time, on a store opened for reading (docs/BENCHMARKS.md, "Sixth session: stories").
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.pipeline.Corpus;
import dev.corroborate.pipeline.ReuseSink;
import dev.corroborate.pipeline.StoryArchive;
import dev.corroborate.pipeline.StorySink;
import dev.corroborate.pipeline.StoryStage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.*;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One story step of a batch (or, with {@code -Dstories.scratch=true}, a full run) on a store whose reuse links hold the batch and whose stories do not
 * (bench/scripts/batch_snapshot.sh ... stories), nothing written: the features the step keeps are
 * held in memory and read back from there; what it would write (stories, kept event states) is
 * digested instead, so two builds can be told to give the same.
 */
public class Once {
    static ArticleStore store;

    public static String run(String dir) throws Exception {
        if (store == null) {
            Class.forName("org.sqlite.JDBC", true, Once.class.getClassLoader());
            store = ArticleStore.openForReading(Path.of(dir));
        }
        StoryArchive real = store.storyArchive().orElseThrow();
        Map<String, String> features = new HashMap<>();
        Map<String, Integer> frequencies = new HashMap<>();
        int[] documents = {0};
        Map<String, String> written = new TreeMap<>();
        StoryArchive archive = (StoryArchive) Proxy.newProxyInstance(Once.class.getClassLoader(),
                new Class<?>[]{StoryArchive.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "keepFeatures": {
                            @SuppressWarnings("unchecked") Map<String, String> f = (Map<String, String>) a[0];
                            @SuppressWarnings("unchecked") Map<String, Integer> q = (Map<String, Integer>) a[1];
                            if ((Boolean) a[2]) throw new IllegalStateException("the step made every feature again");
                            features.putAll(f);
                            q.forEach((k, v) -> frequencies.merge(k, v, Integer::sum));
                            documents[0] += f.size();
                            return null;
                        }
                        case "keptDocuments":
                            return real.keptDocuments() + documents[0];
                        case "keptFrequencies": {
                            Map<String, Integer> out = real.keptFrequencies();
                            frequencies.forEach((k, v) -> out.merge(k, v, Integer::sum));
                            return out;
                        }
                        case "forEach": {
                            @SuppressWarnings("unchecked") Consumer<StoryArchive.Entry> c = (Consumer<StoryArchive.Entry>) a[0];
                            real.forEach(e -> c.accept(overlay(e, features)));
                            return null;
                        }
                        case "forEachOf": {
                            @SuppressWarnings("unchecked") Consumer<StoryArchive.Entry> c = (Consumer<StoryArchive.Entry>) a[1];
                            real.forEachOf((Collection<String>) a[0], e -> c.accept(overlay(e, features)));
                            return null;
                        }
                        case "entry":
                            return overlay(real.entry((String) a[0]), features);
                        case "forEachId": {
                            @SuppressWarnings("unchecked") BiConsumer<String, Boolean> c = (BiConsumer<String, Boolean>) a[0];
                            real.forEachId((id, has) -> c.accept(id, has || features.containsKey(id)));
                            return null;
                        }
                        case "updateStories":
                        case "keepEvents":
                        case "forgetFrozenWeights":
                        case "freezeWeights":
                        case "keepCentroids":
                            written.merge(m.getName(), digest(a), (x, y) -> x + "+" + y);
                            return null;
                        default:
                            try {
                                return m.invoke(real, a);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
        StorySink sink = (StorySink) Proxy.newProxyInstance(Once.class.getClassLoader(), new Class<?>[]{StorySink.class},
                (p, m, a) -> {
                    if (m.getName().equals("storyArchive")) return Optional.of(archive);
                    if (m.getName().equals("replaceStories")) { written.put("replaceStories", digest(a)); return null; }
                    try {
                        return m.invoke(store, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Map<String, Long> before = threads();
        // -Dstories.scratch=true: the full run (recluster's), every article placed again.
        StoryStage.Summary summary = new StoryStage().run((Corpus) store, (ReuseSink) store, sink,
                Boolean.getBoolean("stories.scratch"));
        Map<String, Long> after = threads();
        StringBuilder cpu = new StringBuilder();
        after.forEach((group, ticks) -> {
            long used = ticks - before.getOrDefault(group, 0L);
            if (used > 0) cpu.append(group).append(' ').append(used * 10).append(" ms, ");
        });
        return summary + " " + written + (Boolean.getBoolean("stories.threads") ? "\n  threads: " + cpu : "");
    }

    /** CPU ticks (1/100 s) used so far by this process's threads, by kind of thread (from /proc). */
    static Map<String, Long> threads() {
        Map<String, Long> out = new TreeMap<>();
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) return out;
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                String group = name.replaceAll("[0-9#]+", "").replaceAll("-worker-$", "").trim();
                out.merge(group, ticks, Long::sum);
            } catch (Exception gone) {
                // a thread that ended meanwhile
            }
        }
        return out;
    }

    static StoryArchive.Entry overlay(StoryArchive.Entry entry, Map<String, String> features) {
        String kept = features.get(entry.header().id());
        return kept == null ? entry : new StoryArchive.Entry(entry.header(), kept);
    }

    /** A digest of what would be written, maps and sets in sorted order, byte arrays by content. */
    static String digest(Object value) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        md.update(canonical(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(), 0, 4);
    }

    static String canonical(Object value) throws Exception {
        if (value == null) return "null";
        if (value instanceof byte[] b) return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        if (value instanceof Object[] array) {
            StringBuilder out = new StringBuilder("[");
            for (Object o : array) out.append(canonical(o)).append(',');
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, String> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) sorted.put(String.valueOf(e.getKey()), canonical(e.getValue()));
            return sorted.toString();
        }
        if (value instanceof Set<?> set) {
            TreeSet<String> sorted = new TreeSet<>();
            for (Object o : set) sorted.add(canonical(o));
            return sorted.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object o : list) out.append(canonical(o)).append(',');
            return out.append(']').toString();
        }
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('(');
            for (var c : record.getClass().getRecordComponents()) {
                out.append(c.getName()).append('=').append(canonical(c.getAccessor().invoke(record))).append(',');
            }
            return out.append(')').toString();
        }
        return String.valueOf(value);
    }
}
