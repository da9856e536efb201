package dev.corroborate.app.cli;

import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredStory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stories}: the storylines, latest first, with their events and article and outlet counts. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Lists the storylines, latest first: label, time span, events, articles, outlets and independent sources. "
                + "corroborate story ID shows one with its timeline and reasons.")
final class StoriesCommand extends StoreView {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "Show at most N storylines; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void checkOptions() {
        requireLimit(limit);
    }

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "1",
            description = "Only storylines with at least N articles (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Override
    void print(ArticleStore store, PrintWriter out) {
        List<StoryQuery.StorySummary> stories = new StoryQuery(store).list(minArticles);
        if (stories.isEmpty()) {
            out.println("no stories: run analyze first");
        }
        int showing = shown(limit, stories.size());
        // the count the web's list gives beside each storyline (as stored by analyze)
        dev.corroborate.io.query.StoryOverviewQuery sources = new dev.corroborate.io.query.StoryOverviewQuery(store);
        for (StoryQuery.StorySummary summary : stories.subList(0, showing)) {
            StoredStory story = summary.story();
            Set<String> outlets = summary.outlets();
            int independent = sources.independentSources(story);
            out.printf("%s  %s%n", story.id(), story.label().isEmpty() ? "(no headline)" : story.label());
            out.printf("    %s · %d event%s · %d article%s · %d outlet%s · %d independent source%s%n",
                    ArticleLabels.span(story.firstPublished(), story.lastPublished()),
                    story.events().size(), story.events().size() == 1 ? "" : "s",
                    story.articleIds().size(), story.articleIds().size() == 1 ? "" : "s",
                    outlets.size(), outlets.size() == 1 ? "" : "s", independent, independent == 1 ? "" : "s");
        }
        if (stories.size() > showing) {
            out.printf("… and %d more (--limit)%n", stories.size() - showing);
        }
    }
}
