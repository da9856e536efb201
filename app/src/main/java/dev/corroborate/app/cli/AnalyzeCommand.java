package dev.corroborate.app.cli;

import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.io.ingest.IngestJob;
import dev.corroborate.io.ingest.IngestReport;
import dev.corroborate.io.source.FetchSettings;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.DataDirectories;
import dev.corroborate.model.Diagnostic;
import dev.corroborate.pipeline.Analysis;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze PATH...}: ingest, then every analysis stage that exists, then the summary. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Reads articles from files, directories (recursively) or standard input (-), stores them, "
                + "and runs the analysis stages. Reads .txt, .html, .json, .jsonl, .warc, RSS/Atom feeds (.rss, .atom, .xml) "
                + "and .urls lists (one URL per line), any of them gzipped, and http(s) URLs. "
                + "Ends with a table counting every input under exactly one outcome.")
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, http(s) URLs, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + IngestJob.DEFAULT_BATCH_SIZE,
            description = "Articles stored per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--max-article-mb", paramLabel = "MB", defaultValue = "32",
            description = "Reject a single article (or JSON record) larger than this (default: ${DEFAULT-VALUE}).")
    int maxArticleMb;

    @Option(names = "--show-diagnostics", paramLabel = "N", defaultValue = "20",
            description = "Print at most N diagnostics after the summary (default: ${DEFAULT-VALUE}); all are stored.")
    int showDiagnostics;

    @Option(names = "--fetch-links", description = "For feed items that hold only a summary, fetch the page they link to.")
    boolean fetchLinks;

    @Option(names = "--allow-private-addresses", description = "Fetch from loopback, link-local and private addresses too "
            + "(refused by default, so no URL, feed link or redirect reaches this machine's or its network's services).")
    boolean allowPrivateAddresses;

    @Option(names = "--no-progress", description = "Never show a progress bar (it only shows on a terminal anyway).")
    boolean noProgress;

    @Option(names = "--timings", description = "After the summary, print each step's time and the peak heap and resident memory, "
            + "for the run and for each step (with the most heap still in use after one of the step's collections). "
            + "The search index and the source counts are made beside the steps, on a thread of their own: "
            + "'waited' is how long the run then waited for them, 'keeping' the writing of the counts.")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String path : paths) {
            SourceReader.findUnsupportedScheme(path).ifPresent(problem -> {
                throw new CommandLine.ParameterException(spec.commandLine(), path + ": " + problem);
            });
            if (!path.equals("-") && !isUrl(path) && !Files.exists(Path.of(path)) && !Files.isSymbolicLink(Path.of(path))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file or directory: " + path);
            }
        }
        if (batchSize < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch-size must be 1 or more, not " + batchSize);
        }
        if (maxArticleMb < 1 || maxArticleMb > 2000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-article-mb must be from 1 to 2000, not " + maxArticleMb);
        }
        if (showDiagnostics < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--show-diagnostics must be 0 or more, not " + showDiagnostics);
        }
        if (Files.exists(data.dataDir) && !Files.isDirectory(data.dataDir)) {
            // A usage error like a missing input, refused before anything is read (the file is left as it is).
            throw new CommandLine.ParameterException(spec.commandLine(), DataDirectories.notADirectory(data.dataDir));
        }
        long maxBytes = (long) maxArticleMb << 20;
        SourceLimits limits = new SourceLimits(maxBytes, maxBytes);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("max_article_bytes", maxBytes);
        config.put("max_record_bytes", maxBytes);
        PrintWriter out = TerminalText.escaping(spec.commandLine().getOut());
        PrintWriter err = TerminalText.escaping(spec.commandLine().getErr());
        // Ctrl-C or a kill: SQLite keeps every committed batch; say so, and how to finish.
        AtomicBoolean finished = new AtomicBoolean();
        StageProgress stages = StageProgress.on(spec.commandLine().getErr(), !noProgress);
        Thread onInterrupt = new Thread(() -> {
            if (!finished.get()) {
                String step = stages.current();
                System.err.println();
                System.err.println("corroborate: interrupted" + (step == null ? "" : " (" + step + ")")
                        + ". Every batch stored before now is kept, and each step's results are stored whole or "
                        + "not at all; run the same command again to finish (nothing is stored twice).");
            }
        }, "analyze-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        RunTimings timed = timings ? RunTimings.withMemory() : new RunTimings(null);
        try (ArticleStore store = ArticleStore.open(data.dataDir, spec.qualifiedName());
             ProgressDisplay progress = ProgressDisplay.forTerminal(!noProgress, "Reading");
             stages;
             BesideSteps beside = new BesideSteps(data.dataDir)) {
            FetchSettings fetch = FetchSettings.DEFAULTS.withFetchFeedLinks(fetchLinks).withPrivateAddresses(allowPrivateAddresses);
            IngestJob job = new IngestJob(new SourceReader(new ArticleAssembler(), limits, fetch), store, batchSize);
            stages.startedReading();
            timed.start();
            IngestReport report = job.run(absolute(paths), config, progress);
            progress.close();
            stages.finishedReading();
            timed.finish("reading");
            // The search index (the articles new to it, with their quotes) and the graphs of the provenance
            // groups this run changed (the story list's independent sources, the summary's line) are made
            // beside the steps, once what they read is stored.
            Analysis.Report analysis = Analysis.incremental().run(store, store, beside.then(timed.after(stages)));
            beside.finishSearch(store, timed);
            beside.finishLogCopy(timed);
            Map<Integer, Integer> groupsBySources = beside.keepSources(store, timed);
            finished.set(true);
            timed.start();
            SummaryTable.print(report, store, out);
            SummaryTable.printReuse(analysis.reuse(), out);
            SummaryTable.printProvenance(groupsBySources, out);
            SummaryTable.printClusters(analysis.stories(), out);
            SummaryTable.printQuotes(analysis.quotes(), out);
            SummaryTable.printDiscrepancies(analysis.compare(), out, err);
            printDiagnostics(report, err);
            timed.finish("summary");
            if (timings) {
                timed.print(out);
            }
        } finally {
            finished.set(true);
            removeHook(onInterrupt);
            timed.close();
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs, and has nothing to say
        }
    }

    private void printDiagnostics(IngestReport report, PrintWriter err) {
        List<Diagnostic> diagnostics = report.tally().diagnostics();
        int shown = Math.min(showDiagnostics, diagnostics.size());
        for (int i = 0; i < shown; i++) {
            err.println(diagnostics.get(i).describe());
        }
        long total = diagnostics.size() + report.tally().droppedDiagnostics();
        if (total > shown) {
            err.println("... and " + (total - shown) + " more (all " + total
                    + " are in the store's diagnostics table, run " + report.runId() + ")");
        }
        err.flush();
    }

    /**
     * Files and folders by their absolute paths, as each article's input is stored: a path relative to where
     * analyze ran named nothing from another folder ('show' said the input was no longer there).
     */
    static List<String> absolute(List<String> paths) {
        List<String> absolute = new ArrayList<>(paths.size());
        for (String path : paths) {
            absolute.add(path.equals("-") || isUrl(path) ? path : Path.of(path).toAbsolutePath().normalize().toString());
        }
        return absolute;
    }

    static boolean isUrl(String path) {
        return path.startsWith("http://") || path.startsWith("https://");
    }
}
