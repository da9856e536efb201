package dev.corroborate.spark;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The job's articles: files read whole by io's {@link SourceReader} (JSONL, JSON, WARC, HTML, text,
 * gzipped or not; one file per task, directories recursively), Parquet tables of input records
 * row by row as a JSONL line would be ({@link SourceReader#readRecord}), each extracted by the core
 * {@link ArticleAssembler} in its partition. Inputs that hold no article are counted, not kept
 * (the job prints the tally). An id read twice keeps the first reading (by input, then line), as
 * the store keeps the first.
 */
final class Inputs {

    /** What the reading found: the articles, and how many inputs held none. */
    record Read(JavaRDD<Article> articles, LongAccumulator refused) {
    }

    private Inputs() {
    }

    static Read read(SparkSession spark, List<String> paths) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        List<String> files = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (String path : paths) {
            (path.endsWith(".parquet") || path.endsWith(".parquet/") ? tables : files).add(path);
        }
        LongAccumulator refused = spark.sparkContext().longAccumulator("inputs holding no article");
        Map<String, String> given = qualified(context, paths);
        JavaRDD<Article> read = context.emptyRDD();
        if (!files.isEmpty()) {
            JavaPairRDD<String, PortableDataStream> streams = context.binaryFiles(String.join(",", files));
            read = read.union(streams.mapPartitions(part -> readFiles(part, given, refused)));
        }
        for (String table : tables) {
            JavaRDD<String> records = spark.read().parquet(table).toJSON().javaRDD();
            read = read.union(records.zipWithIndex().mapPartitions(rows -> readRecords(table, rows, refused)));
        }
        JavaRDD<Article> articles = read.keyBy(Article::id)
                .reduceByKey((a, b) -> Inputs.readFirst(a, b) ? a : b)
                .values();
        return new Read(articles, refused);
    }

    private static Iterator<Article> readFiles(Iterator<Tuple2<String, PortableDataStream>> files,
            Map<String, String> given, LongAccumulator refused) {
        SourceReader reader = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT);
        List<Article> found = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            try (InputStream in = file._2().open()) {
                reader.read(displayName(file._1(), given), in, (origin, extraction) -> keep(extraction, found, refused));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file._1() + " failed", e);
            }
        }
        return found.iterator();
    }

    private static Iterator<Article> readRecords(String table, Iterator<Tuple2<String, Long>> rows,
            LongAccumulator refused) {
        SourceReader reader = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT);
        List<Article> found = new ArrayList<>();
        while (rows.hasNext()) {
            Tuple2<String, Long> row = rows.next();
            reader.readRecord(Origin.atLine(table, row._2() + 1, -1), row._1(),
                    (origin, extraction) -> keep(extraction, found, refused));
        }
        return found.iterator();
    }

    private static void keep(Extraction extraction, List<Article> found, LongAccumulator refused) {
        if (extraction instanceof Extraction.Accepted accepted) {
            found.add(accepted.article());
        } else {
            refused.add(1);
        }
    }

    /** Each input path as the filesystem qualifies it ("file:/abs/dir"), to the path as the user gave it. */
    private static Map<String, String> qualified(JavaSparkContext context, List<String> paths) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String path : paths) {
            try {
                Path hadoopPath = new Path(path);
                FileSystem filesystem = hadoopPath.getFileSystem(context.hadoopConfiguration());
                given.put(filesystem.makeQualified(hadoopPath).toString(), path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the filesystem of " + path, e);
            }
        }
        return given;
    }

    /**
     * An input named as {@code analyze} names it: under the path the user gave ("examples/x.jsonl"
     * for "file:/abs/examples/x.jsonl" when "examples" was given), else by its URI.
     */
    private static String displayName(String uri, Map<String, String> given) {
        for (Map.Entry<String, String> path : given.entrySet()) {
            String prefix = path.getKey();
            if (uri.equals(prefix)) {
                return path.getValue();
            }
            if (uri.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                String rest = uri.substring(prefix.length());
                String base = path.getValue();
                return base.endsWith("/") && rest.startsWith("/") ? base + rest.substring(1) : base + rest;
            }
        }
        return uri;
    }

    /** Whether {@code a} was read before {@code b}: by input, then line, then byte offset. */
    private static boolean readFirst(Article a, Article b) {
        int byInput = a.origin().input().compareTo(b.origin().input());
        if (byInput != 0) {
            return byInput < 0;
        }
        if (a.origin().line() != b.origin().line()) {
            return a.origin().line() < b.origin().line();
        }
        return a.origin().byteOffset() <= b.origin().byteOffset();
    }
}
