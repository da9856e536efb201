package dev.corroborate.io.store;

import java.util.List;

/** A stored event with its articles in feed order (earliest first, then by id). */
public record StoredEvent(String id, String storyId, String label, List<String> keyNames, List<String> outlets,
                          String firstPublished, String lastPublished, List<String> articleIds) {
}
