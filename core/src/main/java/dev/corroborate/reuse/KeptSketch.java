package dev.corroborate.reuse;

import java.util.List;
import java.util.Objects;

/**
 * What the reuse indexes keep of one article between runs, so a later run replays them without
 * reading its text again: its shingle and content-word signatures, its winnowed fingerprints, and
 * the outlet and agency names (folded) its text holds among those known when it was sketched.
 * Arrays are not copied: do not change them.
 */
public record KeptSketch(String articleId, long[] signature, long[] wordSignature, long[] fingerprints, List<String> names) {

    public KeptSketch {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(wordSignature, "wordSignature");
        Objects.requireNonNull(fingerprints, "fingerprints");
        names = List.copyOf(names);
    }
}
