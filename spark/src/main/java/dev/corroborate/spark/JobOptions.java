package dev.corroborate.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line: {@code --input PATH} (repeatable, or comma-separated; files or
 * directories on any Hadoop-compatible filesystem; a path ending in {@code .parquet} is read as a
 * Parquet table of input records), {@code --output DIR}, {@code --format jsonl|parquet|both}
 * (default both), and {@code --master URL} for a run outside {@code spark-submit} (default
 * {@code local[*]} when Spark was given none), {@code --events windows|driver}: events and storylines
 * by the core stage over time windows on the executors ({@link EventWindows}; the default: no
 * machine holds the corpus, the result close to the local run's) or over the whole corpus on the
 * driver (the local run's result exactly, every article on the driver), {@code --split-size SIZE}: a
 * plain JSONL file larger than this is read by several tasks, one a slice of this size (bytes, or
 * with {@code k}, {@code m} or {@code g}; default 32m).
 */
record JobOptions(List<String> inputs, String output, boolean jsonl, boolean parquet, String master,
                  boolean windowedEvents, long splitBytes) {

    static final String USAGE = "usage: CorroborateJob --input PATH [--input PATH …] --output DIR"
            + " [--format jsonl|parquet|both] [--events windows|driver] [--split-size SIZE] [--master URL]";

    /** What {@code --help} prints: the usage and each option. */
    static final String HELP = USAGE + """


              --input PATH       a file, folder (read recursively) or glob, on any Hadoop filesystem;
                                 repeatable or comma-separated; a path ending in .parquet is a table
                                 of input records
              --output DIR       where the exports go: DIR/jsonl/WHAT and DIR/parquet/WHAT, for WHAT
                                 articles, reuse, events, stories, quotes (those ten folders are
                                 replaced; nothing else in DIR is touched; an input may not be in them)
              --format F         jsonl, parquet or both (default both)
              --events E         windows (default: events in 28-day windows on the executors) or
                                 driver (the whole corpus on the driver: analyze's result exactly)
              --split-size SIZE  a plain JSONL file larger than this is read by several tasks
                                 (default 32m)
              --master URL       only outside spark-submit (default local[*])
            The job prints one line per step on standard output; Spark logs on standard error.""";

    JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("an input and an output are required; " + USAGE);
        }
    }

    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String format = "both";
        String master = null;
        String events = "windows";
        long splitBytes = Inputs.DEFAULT_SPLIT_BYTES;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--input" -> {
                    for (String path : value.split(",")) {
                        if (!path.isBlank()) {
                            inputs.add(path.strip());
                        }
                    }
                }
                case "--output" -> output = value;
                case "--format" -> format = value.toLowerCase(Locale.ROOT);
                case "--master" -> master = value;
                case "--events" -> events = value.toLowerCase(Locale.ROOT);
                case "--split-size" -> splitBytes = size(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        if (!List.of("jsonl", "parquet", "both").contains(format)) {
            throw new IllegalArgumentException("--format must be jsonl, parquet or both, got " + format);
        }
        if (!List.of("driver", "windows").contains(events)) {
            throw new IllegalArgumentException("--events must be windows or driver, got " + events);
        }
        return new JobOptions(inputs, output, !format.equals("parquet"), !format.equals("jsonl"), master,
                events.equals("windows"), splitBytes);
    }

    /** "4096", "512k", "32m", "1g" in bytes; at least 1 KiB, so a slice holds more than a line end. */
    static long size(String value) {
        String digits = value.strip().toLowerCase(Locale.ROOT);
        int shift = 0;
        if (!digits.isEmpty()) {
            switch (digits.charAt(digits.length() - 1)) {
                case 'k' -> shift = 10;
                case 'm' -> shift = 20;
                case 'g' -> shift = 30;
                default -> shift = -1;
            }
        }
        if (shift >= 0) {
            digits = digits.substring(0, digits.length() - 1);
        } else {
            shift = 0;
        }
        long bytes;
        try {
            bytes = Long.parseLong(digits) << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--split-size is a size such as 32m, 512k or 4096, got " + value);
        }
        if (bytes < 1024) {
            throw new IllegalArgumentException("--split-size must be at least 1k, got " + value);
        }
        return bytes;
    }
}
