package dev.corroborate.spark;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import dev.corroborate.io.source.InputFormat;
import dev.corroborate.io.source.JsonLinesSlice;
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
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The job's articles: files read by io's {@link SourceReader} (JSONL, JSON, WARC, HTML, text,
 * gzipped or not; directories recursively, names starting with "_" or "." left out as Hadoop leaves
 * them), Parquet tables of input records row by row as a JSONL line would be
 * ({@link SourceReader#readRecord}), each extracted by the core {@link ArticleAssembler} in its
 * partition. A plain JSONL file larger than the split size is read in slices of that size, a task
 * each ({@link JsonLinesSlice}: the lines of each slice counted first, so every line keeps the
 * number and offset a reading of the whole file gives it); any other file is one task. Inputs that
 * hold no article are counted, not kept (the job prints the tally). An id read twice keeps the
 * first reading (by input, then line), as the store keeps the first.
 */
final class Inputs {

    /** What the reading found: the articles, and how many inputs held none. */
    record Read(JavaRDD<Article> articles, LongAccumulator refused) {
    }

    private Inputs() {
    }

    /** {@link #read(SparkSession, List, long)} with JSONL files split every {@link #DEFAULT_SPLIT_BYTES}. */
    static Read read(SparkSession spark, List<String> paths) {
        return read(spark, paths, DEFAULT_SPLIT_BYTES);
    }

    /** A JSONL file larger than this is read in slices of this size: 32 MiB, about 10,000 news articles. */
    static final long DEFAULT_SPLIT_BYTES = 32L << 20;

    static Read read(SparkSession spark, List<String> paths, long splitBytes) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        List<String> files = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        for (String path : paths) {
            (path.endsWith(".parquet") || path.endsWith(".parquet/") ? tables : files).add(path);
        }
        LongAccumulator refused = spark.sparkContext().longAccumulator("inputs holding no article");
        JavaRDD<Article> read = context.emptyRDD();
        List<String> whole = new ArrayList<>();
        List<FileSlice> slices = new ArrayList<>();
        for (FileStatus file : listFiles(context, files)) {
            String uri = file.getPath().toString();
            if (file.getLen() > splitBytes && isPlainJsonLines(file.getPath().getName())) {
                for (long start = 0; start < file.getLen(); start += splitBytes) {
                    slices.add(new FileSlice(uri, new JsonLinesSlice(start, Math.min(file.getLen(), start + splitBytes), 0)));
                }
            } else {
                whole.add(uri);
            }
        }
        if (!whole.isEmpty()) {
            JavaPairRDD<String, PortableDataStream> streams = context.binaryFiles(String.join(",", whole));
            read = read.union(streams.mapPartitions(part -> readFiles(part, refused)));
        }
        if (!slices.isEmpty()) {
            read = read.union(readSlices(context, slices, refused));
        }
        for (String table : tables) {
            requireExists(context, table);
            JavaRDD<String> records = spark.read().parquet(table).toJSON().javaRDD();
            String name = inputName(qualified(context, table));
            read = read.union(records.zipWithIndex().mapPartitions(rows -> readRecords(name, rows, refused)));
        }
        JavaRDD<Article> articles = read.keyBy(Article::id)
                .reduceByKey((a, b) -> Inputs.readFirst(a, b) ? a : b)
                .values();
        return new Read(articles, refused);
    }

    /** One slice of one file, by its URI. */
    record FileSlice(String uri, JsonLinesSlice slice) implements java.io.Serializable {
    }

    /**
     * The slices' lines counted (a task each), each slice numbered after the lines of the slices
     * before it in its file, then read (a task each). A split file holding no record at all is
     * counted as an input holding none, as a whole reading says "the file holds no records".
     */
    private static JavaRDD<Article> readSlices(JavaSparkContext context, List<FileSlice> slices,
            LongAccumulator refused) {
        // The filesystem settings (credentials, endpoints) go with the tasks that open the files.
        SerializableWritable<Configuration> configuration = new SerializableWritable<>(context.hadoopConfiguration());
        List<JsonLinesSlice.Count> counts = context.parallelize(slices, slices.size())
                .map(slice -> count(slice, configuration.value()))
                .collect();
        List<FileSlice> numbered = new ArrayList<>();
        Map<String, long[]> seen = new LinkedHashMap<>(); // per file: lines, records
        for (int i = 0; i < slices.size(); i++) {
            FileSlice slice = slices.get(i);
            long[] file = seen.computeIfAbsent(slice.uri(), uri -> new long[2]);
            numbered.add(new FileSlice(slice.uri(), slice.slice().after(file[0])));
            file[0] += counts.get(i).lines();
            file[1] += counts.get(i).records();
        }
        seen.forEach((uri, file) -> {
            if (file[1] == 0) {
                refused.add(1);
            }
        });
        return context.parallelize(numbered, numbered.size())
                .mapPartitions(part -> readSlices(part, configuration.value(), refused));
    }

    private static JsonLinesSlice.Count count(FileSlice slice, Configuration hadoop) throws IOException {
        SourceReader reader = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT);
        try (InputStream in = open(slice, hadoop)) {
            return reader.countJsonLines(in, slice.slice());
        }
    }

    private static Iterator<Article> readSlices(Iterator<FileSlice> slices, Configuration hadoop,
            LongAccumulator refused) throws IOException {
        SourceReader reader = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT);
        List<Article> found = new ArrayList<>();
        while (slices.hasNext()) {
            FileSlice slice = slices.next();
            try (InputStream in = open(slice, hadoop)) {
                reader.readJsonLines(inputName(slice.uri()), in, slice.slice(),
                        (origin, extraction) -> keep(extraction, found, refused));
            }
        }
        return found.iterator();
    }

    /** The slice's file, positioned where its reader starts. */
    private static InputStream open(FileSlice slice, Configuration hadoop) throws IOException {
        Path path = new Path(slice.uri());
        FSDataInputStream in = path.getFileSystem(hadoop).open(path);
        in.seek(slice.slice().streamStart());
        return in;
    }

    private static boolean isPlainJsonLines(String fileName) {
        return !InputFormat.isGzip(fileName) && InputFormat.ofFileName(fileName).orElse(null) == InputFormat.JSONL;
    }

    /**
     * The files under the given paths, each directory walked recursively; names starting with "_"
     * or "." left out, as Hadoop's file input formats (and so {@code binaryFiles}) leave them.
     */
    private static List<FileStatus> listFiles(JavaSparkContext context, List<String> paths) {
        List<FileStatus> found = new ArrayList<>();
        for (String given : paths) {
            try {
                Path path = new Path(given);
                FileSystem filesystem = path.getFileSystem(context.hadoopConfiguration());
                FileStatus[] matches = filesystem.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new NoSuchInput(given);
                }
                for (FileStatus match : matches) {
                    collect(filesystem, match, found);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + given, e);
            }
        }
        return found;
    }

    private static void collect(FileSystem filesystem, FileStatus status, List<FileStatus> found) throws IOException {
        if (status.isFile()) {
            found.add(status);
            return;
        }
        FileStatus[] children = filesystem.listStatus(status.getPath());
        java.util.Arrays.sort(children);
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            if (!name.startsWith("_") && !name.startsWith(".")) {
                collect(filesystem, child, found);
            }
        }
    }

    private static Iterator<Article> readFiles(Iterator<Tuple2<String, PortableDataStream>> files,
            LongAccumulator refused) {
        SourceReader reader = new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT);
        List<Article> found = new ArrayList<>();
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            try (InputStream in = file._2().open()) {
                reader.read(inputName(file._1()), in, (origin, extraction) -> keep(extraction, found, refused));
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

    private static void requireExists(JavaSparkContext context, String path) {
        try {
            Path hadoopPath = new Path(path);
            if (!hadoopPath.getFileSystem(context.hadoopConfiguration()).exists(hadoopPath)) {
                throw new NoSuchInput(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the filesystem of " + path, e);
        }
    }

    /** A path as its filesystem qualifies it ("file:/abs/dir" for "dir"). */
    private static String qualified(JavaSparkContext context, String path) {
        try {
            Path hadoopPath = new Path(path);
            return hadoopPath.getFileSystem(context.hadoopConfiguration()).makeQualified(hadoopPath).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the filesystem of " + path, e);
        }
    }

    /**
     * An input named as {@code analyze} names it: a local file by its absolute path
     * ("/abs/examples/x.jsonl" for "file:/abs/examples/x.jsonl", whether a folder, a glob or the file
     * itself was given), a file on another filesystem by its URI ("hdfs://host/news/x.warc.gz").
     */
    static String inputName(String uri) {
        if (uri.startsWith("file:")) {
            return new Path(uri).toUri().getPath();
        }
        return uri;
    }

    /**
     * Stops the job before it reads anything when an input lies inside an export folder the job
     * replaces ({@code OUTPUT/jsonl/WHAT} or {@code OUTPUT/parquet/WHAT}), or the output inside an input:
     * the run would delete or read its own files.
     */
    static void requireApart(SparkSession spark, List<String> inputs, String output) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String out = qualified(context, output);
        for (String input : inputs) {
            String fixed = input.replaceAll("[*?\\[{].*$", ""); // a glob's folder
            String in = qualified(context, fixed.isEmpty() ? "." : fixed);
            for (String format : List.of("jsonl", "parquet")) {
                for (String kind : Exports.KINDS) {
                    String replaced = out + "/" + format + "/" + kind;
                    if (in.equals(replaced) || in.startsWith(replaced + "/") || replaced.startsWith(in.endsWith("/") ? in : in + "/")) {
                        throw new OverlappingOutput(input, output);
                    }
                }
            }
        }
    }

    /** An input in a folder the job replaces, or holding one. */
    static final class OverlappingOutput extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        OverlappingOutput(String input, String output) {
            super("the input " + input + " overlaps the folders the job replaces in --output " + output
                    + " (its jsonl/ and parquet/ exports): give an output folder apart from the inputs");
        }
    }

    /** An input path that names no file: the job stops before it starts, saying which. */
    static final class NoSuchInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchInput(String path) {
            super("no such input: " + path + " (no file or folder there, or no file matches the pattern)");
        }
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
