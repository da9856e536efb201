package dev.corroborate.app.cli;

import dev.corroborate.model.PublishedTime;
import java.time.Instant;
import picocli.CommandLine;

/** Reads {@code --since} / {@code --until} values: any time the input contract accepts. */
final class TimeArguments implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        return PublishedTime.parse(value)
                .map(PublishedTime::instant)
                .orElseThrow(() -> new CommandLine.TypeConversionException(
                        "'" + value + "' is not an ISO-8601 date or time (for example 2026-03-01 or 2026-03-01T12:00Z)"));
    }
}
