package dev.corroborate.io.source;

import dev.corroborate.extract.Extraction;
import dev.corroborate.model.Origin;

/** Receives every input a reader meets, exactly once, in reading order. */
@FunctionalInterface
public interface ExtractionSink {

    /** One input: the article it held, or why it held none. */
    void accept(Origin origin, Extraction extraction);
}
