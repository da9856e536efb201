package dev.corroborate.app.cli;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Speaker;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code speakers}: the people quoted, with their name variants, roles, quote counts and why variants were joined. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "Lists the people quoted, most quoted first: the name, every variant met in the articles, "
                + "roles and titles, how many quotes, and the evidence that joined the variants.")
final class SpeakersCommand extends StoreView {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Show at most N people (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--variants-only", description = "Only people met under more than one name.")
    boolean variantsOnly;

    @Override
    void print(ArticleStore store, PrintWriter out) {
        List<Speaker> speakers = store.speakers().stream()
                .filter(s -> !variantsOnly || s.variants().size() > 1).toList();
        if (speakers.isEmpty()) {
            out.println(variantsOnly ? "no one is met under more than one name" : "no quoted speakers");
        }
        int shown = 0;
        for (Speaker speaker : speakers) {
            if (shown++ == limit) {
                out.printf("… and %d more (--limit)%n", speakers.size() - limit);
                break;
            }
            out.printf("%s  %d quote%s  %s%n", speaker.name(), speaker.quotes(), speaker.quotes() == 1 ? "" : "s",
                    speaker.id());
            if (speaker.variants().size() > 1) {
                out.println("    as: " + String.join(" = ", speaker.variants()));
            }
            if (!speaker.roles().isEmpty()) {
                out.println("    roles: " + String.join("; ", speaker.roles()));
            }
            for (String why : speaker.evidence()) {
                out.println("    · " + why);
            }
        }
    }
}
