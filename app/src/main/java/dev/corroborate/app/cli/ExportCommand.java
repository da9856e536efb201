package dev.corroborate.app.cli;

import dev.corroborate.io.export.ArticleExporter;
import dev.corroborate.io.export.ExportFormat;
import dev.corroborate.io.export.ReuseExporter;
import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export --what articles --format jsonl|csv}: the export contract of DESIGN.md. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored data in the documented export format, to standard output or --output. "
                + "Available now: articles. Reuse, quotes, stories and events come with their stages.")
final class ExportCommand implements Callable<Integer> {

    /** What can be exported so far; each later stage adds its own. */
    enum What {
        articles,
        reuse
    }

    @Mixin
    DataOption data;

    @Option(names = "--what", required = true, paramLabel = "WHAT",
            description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long write(ArticleStore store, ExportFormat format, Writer out) {
        return what == What.articles
                ? new ArticleExporter().write(store, ArticleFilter.ALL, format, out)
                : new ReuseExporter().write(store, format, out);
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--format': '" + format + "' (expected jsonl or csv)");
        }
        try (ArticleStore store = StoreAccess.openExisting(data, spec)) {
            if (output == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                write(store, exportFormat, out);
                out.flush();
                return 0;
            }
            // Write beside the target and move into place: a failed export never leaves half a file.
            Path absolute = output.toAbsolutePath();
            Path temporary = Files.createTempFile(absolute.getParent(), ".export-", ".part");
            try {
                long count;
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    count = write(store, exportFormat, out);
                }
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getErr().printf(Locale.ROOT, "%d %s written to %s%n", count,
                        what == What.articles ? "articles" : "reuse links", output);
            } catch (IOException | UncheckedIOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
        }
        return 0;
    }
}
