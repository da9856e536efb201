package dev.corroborate.pipeline;

import dev.corroborate.model.Discrepancy;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Port: keeps the comparison stage's discrepancies and gives back what the last run kept. */
public interface DiscrepancySink {

    /** Replaces every kept discrepancy with {@code discrepancies}, all or nothing. */
    void replaceDiscrepancies(List<Discrepancy> discrepancies);

    /**
     * As {@link #replaceDiscrepancies(List)}, keeping with them the fingerprint of each compared
     * event's inputs (event id → fingerprint, every event compared, with discrepancies or not), so
     * a later run compares only the events whose fingerprint changed. A sink that keeps no
     * fingerprints ignores them (every run then compares every event).
     */
    default void replaceDiscrepancies(List<Discrepancy> discrepancies, Map<String, String> fingerprints) {
        replaceDiscrepancies(discrepancies);
    }

    /** The fingerprints kept with the discrepancies by the last run, by event id; empty when none are kept. */
    default Map<String, String> comparedFingerprints() {
        return Map.of();
    }

    /** Every kept discrepancy of the event {@code eventId}, or of every event when it is {@code null}, in the order kept. */
    void forEachDiscrepancy(String eventId, Consumer<Discrepancy> consumer);
}
