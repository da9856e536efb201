package dev.corroborate.reuse;

import dev.corroborate.model.Passage;
import dev.corroborate.model.Relation;
import dev.corroborate.model.ReuseLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the links of a text republished many times linear in its copies: an article with more
 * than {@link #FEW_SOURCES} links into it (a wire story's 300th copy matches the wire and the 299
 * copies before it) keeps only the links that say where its text came from: first the best of
 * them, then each further one that accounts for text of it the kept ones do not
 * ({@link #FURTHER_CHARS} characters or more). The best is, of the links holding nearly the most
 * of its text, one from an article that derives from none (the text's origin, not another copy of
 * it), then the one holding most, the closest (score), the smaller source id. So each copy is
 * linked to the wire, or to the one copy it matches better; an article stitched from paragraphs of
 * several texts is linked to each text, not to every article that took the same paragraphs.
 *
 * <p>What is dropped stays derivable: two articles linked to one source share that source's text
 * (follow each up its links). An article with few links keeps them all: it may have been made from
 * any of a few earlier versions, and the provenance graph chooses among them with more evidence
 * (the derivation benchmarks' stories hold up to nine articles, and their gold pairs are such
 * links). {@code cites} links are kept as they are. Each article's links are judged on their own
 * (given which articles derive from another), so the answer does not depend on the links' order,
 * and reducing twice changes nothing. Stateless and thread-safe.
 */
public final class LinearLinks {

    /** An article with at most this many links into it keeps them all. */
    static final int FEW_SOURCES = 8;
    /** Links holding this share of the most any link into the article holds count as holding nearly the most. */
    static final double NEARLY_MOST = 0.9;
    /** A further link is kept when it holds this many characters of the article the kept ones do not (about 25 words). */
    static final int FURTHER_CHARS = 150;

    private LinearLinks() {
    }

    /** The links without those the kept ones explain, in the order given. */
    public static List<ReuseLink> reduce(List<ReuseLink> links) {
        return reduce(links, Set.of());
    }

    /**
     * As {@link #reduce(List)}, for some articles' links only: {@code derivedElsewhere} names the
     * articles that derive from another by links not given (the others' sources may be among them).
     */
    public static List<ReuseLink> reduce(List<ReuseLink> links, Set<String> derivedElsewhere) {
        Map<String, List<ReuseLink>> incoming = new HashMap<>();
        for (ReuseLink link : links) {
            if (link.relation() != Relation.CITES) {
                incoming.computeIfAbsent(link.derivedId(), k -> new ArrayList<>()).add(link);
            }
        }
        Set<String> derived = new HashSet<>(incoming.keySet());
        derived.addAll(derivedElsewhere);
        Set<ReuseLink> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<ReuseLink> into : incoming.values()) {
            if (into.size() > FEW_SOURCES) {
                Set<ReuseLink> kept = Collections.newSetFromMap(new IdentityHashMap<>());
                kept.addAll(explaining(into, derived));
                into.stream().filter(link -> !kept.contains(link)).forEach(dropped::add);
            }
        }
        return dropped.isEmpty() ? links : links.stream().filter(link -> !dropped.contains(link)).toList();
    }

    /** Of the links into one article, the best, then each that accounts for enough text the kept ones do not. */
    private static List<ReuseLink> explaining(List<ReuseLink> into, Set<String> derived) {
        Map<ReuseLink, int[]> covered = new IdentityHashMap<>();
        int most = 0;
        for (ReuseLink link : into) {
            covered.put(link, coverage(link));
            most = Math.max(most, length(covered.get(link)));
        }
        int nearlyMost = (int) Math.ceil(NEARLY_MOST * most);
        List<ReuseLink> ordered = new ArrayList<>(into);
        ordered.sort(Comparator.<ReuseLink, Boolean>comparing(link -> length(covered.get(link)) < nearlyMost)
                .thenComparing(link -> derived.contains(link.sourceId()))
                .thenComparing(link -> -length(covered.get(link)))
                .thenComparing(link -> -link.score())
                .thenComparing(ReuseLink::sourceId));
        List<ReuseLink> kept = new ArrayList<>();
        Set<String> keptSources = new HashSet<>();
        int[] union = new int[0];
        for (ReuseLink link : ordered) {
            int[] mine = covered.get(link);
            if (kept.isEmpty() || length(mine) - overlap(union, mine) >= FURTHER_CHARS) {
                if (keptSources.add(link.sourceId())) {
                    kept.add(link);
                    union = merge(union, mine);
                }
            }
        }
        return kept;
    }

    /** The characters of the derived article the link's passages hold, as sorted disjoint [start, end) pairs. */
    static int[] coverage(ReuseLink link) {
        List<int[]> spans = new ArrayList<>();
        for (Passage passage : link.passages()) {
            if (passage.bEnd() > passage.bStart()) {
                spans.add(new int[] {passage.bStart(), passage.bEnd()});
            }
        }
        return normalised(spans);
    }

    /** How many of the derived article's {@code length} characters the link's passages do not hold. */
    static int uncovered(ReuseLink link, int length) {
        return length - length(coverage(link));
    }

    private static int[] normalised(List<int[]> spans) {
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int[] merged = new int[spans.size() * 2];
        int n = 0;
        for (int[] span : spans) {
            if (n > 0 && span[0] <= merged[n - 1]) {
                merged[n - 1] = Math.max(merged[n - 1], span[1]);
            } else {
                merged[n++] = span[0];
                merged[n++] = span[1];
            }
        }
        return Arrays.copyOf(merged, n);
    }

    private static int[] merge(int[] a, int[] b) {
        List<int[]> spans = new ArrayList<>();
        for (int[] side : new int[][] {a, b}) {
            for (int i = 0; i < side.length; i += 2) {
                spans.add(new int[] {side[i], side[i + 1]});
            }
        }
        return normalised(spans);
    }

    private static int length(int[] spans) {
        int total = 0;
        for (int i = 0; i < spans.length; i += 2) {
            total += spans[i + 1] - spans[i];
        }
        return total;
    }

    /** How many characters two span lists share. */
    private static int overlap(int[] a, int[] b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int start = Math.max(a[i], b[j]);
            int end = Math.min(a[i + 1], b[j + 1]);
            if (end > start) {
                shared += end - start;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return shared;
    }
}
