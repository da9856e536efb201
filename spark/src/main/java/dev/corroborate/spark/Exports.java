package dev.corroborate.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.io.export.ArticleExporter;
import dev.corroborate.io.export.QuoteExporter;
import dev.corroborate.io.export.ReuseExporter;
import dev.corroborate.io.export.SafeJson;
import dev.corroborate.io.export.StoryExporter;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Event;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.model.Storyline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the export contracts ({@code articles}, {@code reuse}, {@code events}, {@code stories},
 * {@code quotes}) with io's own exporters, so each record is the line {@code corroborate export}
 * writes: as JSONL under {@code OUTPUT/jsonl/WHAT/} and as Parquet under {@code OUTPUT/parquet/WHAT/}
 * (the JSON records read back by Spark: one column per field, nested where the record nests).
 */
final class Exports {

    private static final ObjectMapper JSON = SafeJson.mapper();

    private final SparkSession spark;
    private final JobOptions options;

    /** The exports the job writes, each a folder under {@code OUTPUT/jsonl/} and {@code OUTPUT/parquet/}. */
    static final List<String> KINDS = List.of("articles", "reuse", "events", "stories", "quotes");

    /**
     * Removes the folders of the five exports in both formats: an export an earlier run wrote into the
     * same output (in a format or of a kind this run writes empty or not at all) would otherwise be read
     * as this run's. Nothing else in the output is touched ({@link Inputs#requireApart} keeps the
     * inputs out of it).
     */
    Exports(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.options = options;
        for (String format : List.of("jsonl", "parquet")) {
            for (String kind : KINDS) {
                org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(options.output() + "/" + format + "/" + kind);
                try {
                    folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(folder, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot replace " + folder + ", an earlier run's export", e);
                }
            }
        }
    }

    /** The {@code articles} export, in feed order, each with its storyline and event. */
    void articles(JavaPairRDD<Long, Article> ranked, Map<String, Assignment> places) {
        Broadcast<Map<String, Assignment>> shared = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new java.util.HashMap<>(places));
        JavaRDD<String> lines = ranked.sortByKey().values()
                .mapPartitions(articles -> articleLines(articles, shared.value()));
        write("articles", lines);
    }

    void reuse(List<ReuseLink> links) {
        List<String> lines = new ArrayList<>();
        for (ReuseLink link : links) {
            lines.add(line(json -> ReuseExporter.writeJson(json, link)));
        }
        write("reuse", lines);
    }

    /** The {@code events} and {@code stories} exports, in the store's orders. */
    void stories(List<Storyline> storylines, List<Event> events) {
        List<StoredStory> stored = stored(storylines, events);
        write("events", records(StoryExporter.records(stored, false)));
        write("stories", records(StoryExporter.records(stored, true)));
    }

    /** The {@code quotes} export, by article id and position, as the store gives them. */
    void quotes(List<FoundQuote> quotes) {
        List<Map<String, Object>> records = new ArrayList<>();
        quotes.stream()
                .sorted(Comparator.comparing(FoundQuote::articleId).thenComparingInt((FoundQuote q) -> q.quote().start())
                        .thenComparingInt(q -> q.quote().end()))
                .forEach(quote -> records.add(QuoteExporter.record(quote)));
        write("quotes", records(records));
    }

    private static Iterator<String> articleLines(Iterator<Article> articles, Map<String, Assignment> places) {
        List<String> lines = new ArrayList<>();
        articles.forEachRemaining(article ->
                lines.add(line(json -> ArticleExporter.writeJson(json, article, places.get(article.id())))));
        return lines.iterator();
    }

    /**
     * The storylines with their events as the store gives them back: events earliest first (no time
     * last, then by id), storylines latest first (no time last, then by id).
     */
    static List<StoredStory> stored(List<Storyline> storylines, List<Event> events) {
        Map<String, List<StoredEvent>> eventsOf = new LinkedHashMap<>();
        events.stream()
                .sorted(Comparator.comparing((Event e) -> e.first() == null).thenComparing(e -> iso(e.first()))
                        .thenComparing(Event::id))
                .forEach(e -> eventsOf.computeIfAbsent(e.storyId(), k -> new ArrayList<>()).add(new StoredEvent(e.id(),
                        e.storyId(), e.label(), e.keyNames(), e.outlets(), isoOrNull(e.first()), isoOrNull(e.last()),
                        e.articleIds())));
        Comparator<Storyline> latestFirst = Comparator.comparing((Storyline s) -> s.last() == null)
                .thenComparing(Comparator.comparing((Storyline s) -> iso(s.last())).reversed())
                .thenComparing(Storyline::id);
        return storylines.stream().sorted(latestFirst)
                .map(s -> new StoredStory(s.id(), s.label(), isoOrNull(s.first()), isoOrNull(s.last()),
                        List.copyOf(eventsOf.getOrDefault(s.id(), List.of()))))
                .toList();
    }

    private static String iso(dev.corroborate.model.PublishedTime time) {
        return time == null ? "" : time.iso();
    }

    private static String isoOrNull(dev.corroborate.model.PublishedTime time) {
        return time == null ? null : time.iso();
    }

    private static List<String> records(List<Map<String, Object>> records) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> record : records) {
            try {
                lines.add(JSON.writeValueAsString(record));
            } catch (IOException e) {
                throw new UncheckedIOException("writing an export record failed", e);
            }
        }
        return lines;
    }

    private interface JsonWriting {
        void write(JsonGenerator json);
    }

    /** One record as its exporter writes it, without the line break. */
    private static String line(JsonWriting writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing an export record failed", e);
        }
        return out.toString().stripTrailing();
    }

    private void write(String what, List<String> lines) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        write(what, context.parallelize(lines, Math.max(1, Math.min(context.defaultParallelism(), lines.size() / 10_000 + 1))));
    }

    private void write(String what, JavaRDD<String> lines) {
        Dataset<String> records = spark.createDataset(lines.rdd(), Encoders.STRING());
        if (options.jsonl() && options.parquet()) {
            records = records.cache(); // made once, written twice (and read once more for the Parquet schema)
        }
        if (options.jsonl()) {
            records.write().mode(SaveMode.Overwrite).text(options.output() + "/jsonl/" + what);
        }
        if (options.parquet() && !records.isEmpty()) { // an empty export has no schema to write
            spark.read().json(records).write().mode(SaveMode.Overwrite).parquet(options.output() + "/parquet/" + what);
        }
        records.unpersist();
    }
}
