package dev.corroborate.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command that touches the store shares. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "corroborate-data",
            description = "The data directory holding the store (default: ${DEFAULT-VALUE}).")
    Path dataDir;
}
