package dev.corroborate.app.cli;

import dev.corroborate.io.query.SpeakerListing;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Speaker;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code speakers}: the people quoted, with their name variants, roles, quote counts and why variants were joined. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "Lists the people quoted, most quoted first: the name, every variant met in the articles, "
                + "roles and titles, how many quotes, and the evidence that joined the variants; then the written "
                + "sources quoted (\"the letter\"), which are no one.")
final class SpeakersCommand extends StoreView {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Show at most N people; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void checkOptions() {
        requireLimit(limit);
    }

    @Option(names = "--variants-only", description = "Only people met under more than one name.")
    boolean variantsOnly;

    @Override
    void print(ArticleStore store, PrintWriter out) {
        SpeakerListing.Listing listing = new SpeakerListing(store).list(variantsOnly);
        List<Speaker> speakers = listing.people();
        if (speakers.isEmpty()) {
            out.println(variantsOnly ? "no one is met under more than one name" : "no quoted speakers");
        }
        int showing = shown(limit, speakers.size());
        java.util.Map<String, List<String>> quotedIn = SpeakerListing.quotedIn(store, speakers.subList(0, showing));
        for (Speaker speaker : speakers.subList(0, showing)) {
            out.printf("%s  %s  %s%n", speaker.name(), Plurals.count(speaker.quotes(), "quote"), speaker.id());
            if (speaker.variants().size() > 1) {
                out.println("    as: " + String.join(" = ", speaker.variants()));
            }
            if (!speaker.roles().isEmpty()) {
                out.println("    roles: " + String.join("; ", speaker.roles()));
            }
            if (quotedIn.containsKey(speaker.id())) {
                // A description is one speaker per article: where it was quoted tells two of one description apart.
                out.println("    quoted in: " + SpeakerListing.outlets(quotedIn.get(speaker.id())));
            }
            for (String why : speaker.evidence()) {
                out.println("    · " + why);
            }
        }
        if (speakers.size() > showing) {
            out.printf("… and %d more (--limit)%n", speakers.size() - showing);
        }
        if (!variantsOnly && !listing.writtenSources().isEmpty()) {
            out.println();
            out.println("written sources quoted (documents, not people):");
            for (Speaker source : listing.writtenSources()) {
                out.printf("  %s  %s  %s%n", source.name(), Plurals.count(source.quotes(), "quote"), source.id());
            }
        }
    }
}
