package dev.corroborate.io.store;

import java.util.List;

/** A group of the same statement across articles, as stored. */
public record StoredQuoteGroup(String id, String referenceId, int size, List<String> drift) {
}
