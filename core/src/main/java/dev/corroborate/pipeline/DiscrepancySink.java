package dev.corroborate.pipeline;

import dev.corroborate.model.Discrepancy;
import java.util.List;
import java.util.function.Consumer;

/** Port: keeps the comparison stage's discrepancies and gives back what the last run kept. */
public interface DiscrepancySink {

    /** Replaces every kept discrepancy with {@code discrepancies}, all or nothing. */
    void replaceDiscrepancies(List<Discrepancy> discrepancies);

    /** Every kept discrepancy of the event {@code eventId}, or of every event when it is {@code null}, in the order kept. */
    void forEachDiscrepancy(String eventId, Consumer<Discrepancy> consumer);
}
