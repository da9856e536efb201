package dev.corroborate.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.extract.ArticleAssembler;
import dev.corroborate.extract.Extraction;
import dev.corroborate.io.export.ArticleExporter;
import dev.corroborate.io.source.FetchSettings;
import dev.corroborate.io.source.SourceLimits;
import dev.corroborate.io.source.SourceReader;
import dev.corroborate.model.Diagnostic;
import dev.corroborate.model.Outcome;
import dev.corroborate.pipeline.IngestTally;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract PATH...}: articles as JSON, one per line, without touching the store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts articles from files or directories (the formats analyze reads) and prints one JSON "
                + "object per article, in the fields of the articles export. "
                + "Nothing is stored. Problems go to standard error, naming the file and position.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, WARCs, feeds, http(s) URLs, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSONL to FILE instead of standard output.")
    Path output;

    @Option(names = "--fetch-links", description = "For feed items that hold only a summary, fetch the page they link to.")
    boolean fetchLinks;

    @Option(names = "--allow-private-addresses", description = "Fetch from loopback, link-local and private addresses too "
            + "(refused by default).")
    boolean allowPrivateAddresses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (String path : paths) {
            SourceReader.findUnsupportedScheme(path).ifPresent(problem -> {
                throw new CommandLine.ParameterException(spec.commandLine(), path + ": " + problem);
            });
            if (!path.equals("-") && !isUrl(path) && !Files.exists(Path.of(path))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file or directory: " + path);
            }
        }
        if (output != null) {
            OutputFile.check(output, spec);
        }
        var err = TerminalText.escaping(spec.commandLine().getErr());
        // Every diagnostic is printed as it comes: the tally keeps only the first 1,000, and nothing is stored.
        IngestTally tally = new IngestTally(diagnostic -> err.println(diagnostic.describe()));
        ObjectMapper json = new ObjectMapper();
        OutputFile.Body extracting = out -> {
            JsonGenerator generator = json.getFactory().createGenerator(out);
            generator.setRootValueSeparator(null);
            if (output == null) {
                generator.setCharacterEscapes(TerminalText.jsonEscapes()); // the same JSON, nothing raw on a terminal
            }
            FetchSettings fetch = FetchSettings.DEFAULTS.withFetchFeedLinks(fetchLinks).withPrivateAddresses(allowPrivateAddresses);
            new SourceReader(new ArticleAssembler(), SourceLimits.DEFAULT, fetch).read(paths, (origin, extraction) -> {
                if (extraction instanceof Extraction.Accepted accepted) {
                    tally.count(Outcome.STORED);
                    ArticleExporter.writeJson(generator, accepted.article());
                    for (String warning : accepted.warnings()) {
                        tally.warn(new Diagnostic(origin, Outcome.STORED, warning));
                    }
                } else {
                    Extraction.Refused refused = (Extraction.Refused) extraction;
                    tally.count(new Diagnostic(origin, refused.outcome(), refused.reason()), refused.kind());
                }
            }, bytes -> { });
            generator.flush();
            return tally.get(Outcome.STORED);
        };
        if (output == null) {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
                extracting.write(out);
            }
        } else {
            OutputFile.write(output, "the articles", extracting);
        }
        if (output != null || tally.read() > 1) {
            err.printf("%d read · %d extracted · %d skipped · %d rejected%n", tally.read(), tally.get(Outcome.STORED),
                    tally.get(Outcome.SKIPPED), tally.get(Outcome.REJECTED));
        }
        err.flush();
        return 0;
    }

    static boolean isUrl(String path) {
        return path.startsWith("http://") || path.startsWith("https://");
    }
}
