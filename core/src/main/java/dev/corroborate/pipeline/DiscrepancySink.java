package dev.corroborate.pipeline;

import dev.corroborate.compare.KeptAlignment;
import dev.corroborate.model.Discrepancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** The kept fingerprints of these events ({@link #comparedFingerprints()}), by event id. This default filters them all. */
    default Map<String, String> comparedFingerprints(Collection<String> eventIds) {
        Map<String, String> all = comparedFingerprints();
        Map<String, String> found = new HashMap<>();
        for (String event : eventIds) {
            if (all.containsKey(event)) {
                found.put(event, all.get(event));
            }
        }
        return found;
    }

    /**
     * What changed since the comparison last forgot its marks ({@link #forgetComparisonChanges}).
     *
     * @param members  each event whose comparison inputs may have changed (an article came or went, a
     *                 quote of one of its articles came, went or got another speaker or group, a group
     *                 its quotes are in was written or went, an article's text was rewritten), with its
     *                 articles now (none, one: it is no longer compared), in no particular order
     * @param retold   of those, the events holding an article whose text or details were rewritten under
     *                 its id: compared again whatever their fingerprints say (which name an article by its id)
     * @param events   how many events hold two articles or more now
     * @param upTo     the last mark read: what {@link #forgetComparisonChanges} forgets
     */
    record ComparisonChanges(Map<String, List<String>> members, Set<String> retold, int events, long upTo) {

        public ComparisonChanges {
            Map<String, List<String>> copy = new TreeMap<>();
            members.forEach((event, articles) -> copy.put(event, List.copyOf(articles)));
            members = java.util.Collections.unmodifiableMap(copy);
            retold = Set.copyOf(retold);
        }
    }

    /**
     * The changes marked since the comparison last kept its results under {@code stamp}, or empty when
     * the sink does not mark them or the last comparison forgot its marks under another stamp (or never):
     * then every event is fingerprinted. This default marks nothing.
     */
    default java.util.Optional<ComparisonChanges> comparisonChanges(String stamp) {
        return java.util.Optional.empty();
    }

    /** The last mark made so far: what a comparison of every event, its reads starting now, may forget. This default: none. */
    default long lastComparisonChange() {
        return 0;
    }

    /**
     * Forgets the marks up to {@code upTo} (those a comparison whose results are now kept read, or made
     * before it read everything) and keeps {@code stamp} as the comparison's; marks made since stay. This
     * default keeps nothing.
     */
    default void forgetComparisonChanges(long upTo, String stamp) {
    }

    /**
     * Keeps the discrepancies of the events a run compared ({@code compared}: event id → its
     * discrepancies in the comparison's order, an event with none included) with their fingerprints,
     * forgets the discrepancies and fingerprints of the events in {@code gone}, and leaves every other
     * event's as kept, all or nothing: what {@link #replaceDiscrepancies(List, Map)} with every event
     * would keep, writing only what changed. This default reads everything kept and replaces it.
     */
    default void updateDiscrepancies(Map<String, List<Discrepancy>> compared, Map<String, String> fingerprints,
                                     Set<String> gone) {
        Map<String, List<Discrepancy>> byEvent = new TreeMap<>();
        forEachDiscrepancy(null, d -> byEvent.computeIfAbsent(d.eventId(), k -> new ArrayList<>()).add(d));
        Map<String, String> prints = new HashMap<>(comparedFingerprints());
        for (String event : gone) {
            byEvent.remove(event);
            prints.remove(event);
        }
        byEvent.keySet().removeAll(compared.keySet());
        compared.forEach((event, found) -> {
            if (!found.isEmpty()) {
                byEvent.put(event, found);
            }
        });
        prints.putAll(fingerprints);
        List<Discrepancy> all = new ArrayList<>();
        byEvent.values().forEach(all::addAll);
        replaceDiscrepancies(all, prints);
    }

    /**
     * The alignments kept with the last comparison of these events ({@link #keepAlignments}), by event id:
     * those kept, none by default.
     */
    default Map<String, KeptAlignment> keptAlignments(Collection<String> eventIds) {
        return Map.of();
    }

    /**
     * Keeps the alignments of the events a run compared (event id → alignment, replacing theirs) and forgets
     * those of the events in {@code gone}; with {@code everyEvent} (a run that compared every event) forgets
     * every alignment not given. Apart from the discrepancies: the comparison checks a kept alignment
     * against the event it aligns again and uses only what still holds, so keeping or losing one never
     * changes a result. This default keeps none.
     */
    default void keepAlignments(Map<String, KeptAlignment> alignments, Set<String> gone, boolean everyEvent) {
    }

    /** How many discrepancies are kept, by kind then class. This default reads them all. */
    default Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> discrepancyCounts() {
        Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> counts = new EnumMap<>(Discrepancy.Kind.class);
        forEachDiscrepancy(null, d -> count(counts, d));
        return counts;
    }

    /** Counts {@code discrepancy} by kind and verdict into {@code counts}. */
    static void count(Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> counts, Discrepancy discrepancy) {
        counts.computeIfAbsent(discrepancy.kind(), k -> new EnumMap<>(Discrepancy.Verdict.class))
                .merge(discrepancy.verdict(), 1, Integer::sum);
    }

    /** Every kept discrepancy of the event {@code eventId}, or of every event when it is {@code null}: events by id, each in the comparison's order. */
    void forEachDiscrepancy(String eventId, Consumer<Discrepancy> consumer);
}
