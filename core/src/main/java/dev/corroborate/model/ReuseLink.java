package dev.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * One derivation between two articles: which is the source, how the other uses it, the shared
 * passages (offsets: {@code a} in the source, {@code b} in the derived article), and the evidence.
 *
 * @param sourceId            the article judged to come first
 * @param derivedId           the article judged to derive from it
 * @param relation            how the derived article uses the source
 * @param score               the strength of the relation in [0, 1]
 * @param directionConfidence how sure the direction is, in [0, 1]; 0 when nothing tells them apart
 * @param passages            the shared passages
 * @param evidence            sentences a user can check, one fact each
 */
public record ReuseLink(String sourceId, String derivedId, Relation relation, double score,
        double directionConfidence, List<Passage> passages, List<String> evidence) implements java.io.Serializable {

    public ReuseLink {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(derivedId, "derivedId");
        Objects.requireNonNull(relation, "relation");
        if (score < 0 || score > 1 || directionConfidence < 0 || directionConfidence > 1) {
            throw new IllegalArgumentException("score and directionConfidence must be in [0, 1]");
        }
        passages = List.copyOf(passages);
        evidence = List.copyOf(evidence);
    }
}
