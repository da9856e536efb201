package dev.corroborate.io.source;

import dev.corroborate.extract.Extraction;
import dev.corroborate.model.Article;
import dev.corroborate.model.Origin;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for assertions. */
final class Collected implements ExtractionSink {

    record Item(Origin origin, Extraction extraction) {
        /** "article", or "outcome:kind" for a refusal. */
        String label() {
            if (extraction instanceof Extraction.Refused refused) {
                return refused.outcome().label() + ":" + refused.kind();
            }
            return "article";
        }
    }

    final List<Item> items = new ArrayList<>();

    @Override
    public void accept(Origin origin, Extraction extraction) {
        items.add(new Item(origin, extraction));
    }

    List<String> labels() {
        return items.stream().map(Item::label).toList();
    }

    List<Article> articles() {
        return items.stream()
                .filter(i -> i.extraction() instanceof Extraction.Accepted)
                .map(i -> ((Extraction.Accepted) i.extraction()).article())
                .toList();
    }

    Extraction.Refused refusal(int index) {
        return (Extraction.Refused) items.get(index).extraction();
    }
}
