package dev.corroborate.extract;

import dev.corroborate.model.Article;
import dev.corroborate.model.Outcome;
import java.util.List;
import java.util.Objects;

/** The result of turning one source document into an article. */
public sealed interface Extraction permits Extraction.Accepted, Extraction.Refused {

    /**
     * An article, with what was wrong but not fatal (an unparseable date, an unknown language tag),
     * and the lines kept out of its text as boilerplate (page furniture above the headline, ad
     * markers, share prompts, captions, bylines, agency footers, republishing notices), in the order
     * extraction's rules found them (each rule in text order).
     */
    record Accepted(Article article, List<String> warnings, List<String> removed) implements Extraction {
        public Accepted {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
            removed = List.copyOf(removed);
        }

        /** An article from which nothing was removed as boilerplate, or where that is not known. */
        public Accepted(Article article, List<String> warnings) {
            this(article, warnings, List.of());
        }
    }

    /**
     * No article: {@code outcome} is {@link Outcome#SKIPPED} or {@link Outcome#REJECTED};
     * {@code kind} is a short class for summary tables ("no text"), {@code reason} the full message.
     */
    record Refused(Outcome outcome, String kind, String reason) implements Extraction {
        public Refused {
            if (outcome != Outcome.SKIPPED && outcome != Outcome.REJECTED) {
                throw new IllegalArgumentException("a refusal is skipped or rejected, not " + outcome);
            }
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    static Refused skipped(String kind, String reason) {
        return new Refused(Outcome.SKIPPED, kind, reason);
    }

    static Refused rejected(String kind, String reason) {
        return new Refused(Outcome.REJECTED, kind, reason);
    }
}
