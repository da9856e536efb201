package dev.corroborate.io.store;

import java.util.ArrayList;
import java.util.List;

/** A stored storyline with its events, earliest first. */
public record StoredStory(String id, String label, String firstPublished, String lastPublished, List<StoredEvent> events) {
    public List<String> articleIds() {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.addAll(e.articleIds()));
        return ids;
    }
}
