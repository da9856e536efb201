package dev.corroborate.app.cli;

import dev.corroborate.pipeline.ProvenanceGroups;
import dev.corroborate.io.export.ArticleExporter;
import dev.corroborate.io.export.ExportFormat;
import dev.corroborate.io.export.GraphExporter;
import dev.corroborate.io.export.ReuseExporter;
import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export --what articles --format jsonl|csv}: the export contract of DESIGN.md. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored data in the documented export format, to standard output or --output. "
                + "Available: articles, events, stories, reuse, quotes and discrepancies (jsonl or csv) and provenance "
                + "(graphml or gexf, for Gephi).")
final class ExportCommand implements Callable<Integer> {

    /** What can be exported so far; each later stage adds its own. */
    enum What {
        articles,
        events,
        stories,
        reuse,
        quotes,
        discrepancies,
        provenance
    }

    @Mixin
    DataOption data;

    @Option(names = "--what", required = true, paramLabel = "WHAT",
            description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl or csv; for provenance graphml or gexf (default: jsonl, and graphml for provenance).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long write(ArticleStore store, Object format, Writer out) {
        return switch (what) {
            case articles -> new ArticleExporter().write(store, ArticleFilter.ALL, (ExportFormat) format, out);
            case reuse -> new ReuseExporter().write(store, (ExportFormat) format, out);
            case quotes -> new dev.corroborate.io.export.QuoteExporter().write(store, (ExportFormat) format, out);
            case discrepancies -> new dev.corroborate.io.export.DiscrepancyExporter().write(store, (ExportFormat) format, out);
            case events -> new dev.corroborate.io.export.StoryExporter().write(store, false, (ExportFormat) format, out);
            case stories -> new dev.corroborate.io.export.StoryExporter().write(store, true, (ExportFormat) format, out);
            case provenance -> new GraphExporter().write(new ProvenanceGroups(store, store), (GraphExporter.Format) format, out);
        };
    }

    /** The format asked for, checked against what this kind of export can be written as. */
    private Object parseFormat() {
        String asked = (format == null ? (what == What.provenance ? "graphml" : "jsonl") : format).toUpperCase(Locale.ROOT);
        try {
            return what == What.provenance ? GraphExporter.Format.valueOf(asked) : ExportFormat.valueOf(asked);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': '"
                    + format + "' (expected " + (what == What.provenance ? "graphml or gexf" : "jsonl or csv") + ")");
        }
    }

    @Override
    public Integer call() throws IOException {
        Object exportFormat = parseFormat();
        if (output != null) {
            OutputFile.check(output, spec);
        }
        try (ArticleStore store = StoreAccess.openExisting(data, spec)) {
            if (output == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                write(store, exportFormat, out);
                out.flush();
                return 0;
            }
            long count = OutputFile.write(output, "the export", out -> write(store, exportFormat, out));
            spec.commandLine().getErr().printf(Locale.ROOT, "%d %s written to %s%n", count,
                    switch (what) {
                        case articles -> "articles";
                        case reuse -> "reuse links";
                        case quotes -> "quotes";
                        case discrepancies -> "discrepancies";
                        case events -> "events";
                        case stories -> "storylines";
                        case provenance -> "articles in provenance graphs";
                    }, output);
        }
        return 0;
    }
}
