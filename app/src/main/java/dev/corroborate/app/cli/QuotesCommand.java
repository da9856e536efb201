package dev.corroborate.app.cli;

import dev.corroborate.io.query.ArticleIds;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.QuoteQuery;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.model.Article;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotes [ID]}: the quotes of one article, or the statements quoted in several articles, with their drift. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Without ID: every statement quoted in more than one article, most quoted first, each wording "
                + "with its outlet, speaker and word differences ([from → to], [+added], [-dropped]).",
                "With an article id: that article's quotes in order (direct and reported), each with its speaker, "
                        + "how the speaker was found, and the other articles that quote the same statement.",
                "With a storyline or event id: the statements quoted in more than one article of which one is "
                        + "in it, as without ID, and how many of its quotes appear in one article only."})
final class QuotesCommand extends StoreView {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "An article id, a storyline (st-…) or event (ev-…) "
            + "id, or a prefix that names one of them.")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show at most N groups; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void checkOptions() {
        requireLimit(limit);
    }

    @Override
    void print(ArticleStore store, PrintWriter out) {
        QuoteQuery quotes = new QuoteQuery(store);
        if (id == null) {
            printGroups(quotes, out);
            return;
        }
        // A storyline or event with this id is the one meant; else an article, whose own id may start as
        // theirs do ("st-article" given in the input): as story and provenance read an id.
        boolean storyId = id.startsWith("st-") || id.startsWith("ev-");
        String named = storyId ? new StoryQuery(store).whole(id) : id;
        java.util.Optional<StoredStory> story = storyId ? store.story(named) : java.util.Optional.empty();
        if (story.isPresent()) {
            printStory(store, quotes, story.get(), named, out);
            return;
        }
        ArticleIds.Named article = ArticleIds.look(store, id);
        if (storyId && article.article() == null && article.several().isEmpty()) {
            // "st-zzzz" names no article either: said as the storyline it looks like
            throw StoreAccess.unknown("storyline, event or article", id, "stories", spec);
        }
        printArticle(quotes.ofArticle(StoreAccess.requireArticle(store, id, spec)), out);
    }

    private void printGroups(QuoteQuery quotes, PrintWriter out) {
        int total = quotes.groupCount();
        if (total == 0) {
            out.println("no statement is quoted in more than one article");
            return;
        }
        int shown = shown(limit, total);
        for (QuoteQuery.GroupView view : quotes.groups(0, shown)) {
            printGroup(view, out);
        }
        if (total > shown) {
            out.printf("… and %d more groups (--limit)%n", total - shown);
        }
    }

    private static void printGroup(QuoteQuery.GroupView view, PrintWriter out) {
        QuoteGroupSummary group = view.group();
        out.printf("%n%s  %s%s%n", group.id(), Plurals.count(group.size(), "article"),
                group.drift().isEmpty() ? "  same wording" : "  drift: " + String.join(", ", group.drift()));
        out.println("  " + ArticleLabels.clipLine(view.reference().quote().text(), 200));
        for (QuoteQuery.Member member : view.members()) {
            Article article = member.article();
            out.printf("  · %s (%s)  %s%n", article.id(), ArticleLabels.outlet(article), member.speaker().describe());
            if (member.quote().diff() != null) {
                out.println("      " + ArticleLabels.clipLine(member.quote().diff(), 240));
            }
        }
    }

    /** The statements quoted in more than one article of which one is in the storyline or event, then its other quotes' count. */
    private void printStory(ArticleStore store, QuoteQuery quotes, StoredStory story, String named, PrintWriter out) {
        // the ids the store holds for the storyline or its event: no article is read but the quoted ones
        List<StoredEvent> events = story.id().equals(named) ? story.events()
                : story.events().stream().filter(event -> event.id().equals(named)).toList();
        List<String> articleIds = new ArrayList<>();
        events.forEach(event -> articleIds.addAll(event.articleIds()));
        if (story.id().equals(named)) {
            out.printf("storyline %s  %s  (%s)%n", story.id(), story.label(), Plurals.count(articleIds.size(), "article"));
        } else {
            out.printf("event %s  %s  (%s)%n", events.get(0).id(), events.get(0).label(), Plurals.count(articleIds.size(), "article"));
        }
        int[] alone = new int[1];
        for (String articleId : articleIds) {
            store.forEachQuote(articleId, null, null, quote -> alone[0] += quote.groupId() == null ? 1 : 0);
        }
        List<QuoteQuery.GroupView> groups = quotes.groupsQuotedIn(articleIds,
                limit == 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, limit + 1L));
        if (groups.isEmpty()) {
            out.println("no statement of it is quoted in more than one article");
        }
        int shown = limit == 0 ? groups.size() : Math.min(limit, groups.size());
        groups.subList(0, shown).forEach(view -> printGroup(view, out));
        if (groups.size() > shown) {
            out.printf("… and more groups (--limit)%n");
        }
        out.printf("%n%s in one article only (corroborate quotes ARTICLE lists an article's quotes)%n",
                Plurals.count(alone[0], "quote"));
    }

    private static void printArticle(QuoteQuery.ArticleQuotes quotes, PrintWriter out) {
        Article article = quotes.article();
        out.printf("%s (%s, %s)%n", article.title().isEmpty() ? "(no title)" : article.title(), article.id(),
                ArticleLabels.outlet(article));
        if (quotes.quotes().isEmpty()) {
            out.println("  no quotes found");
            return;
        }
        for (QuoteQuery.QuoteView view : quotes.quotes()) {
            FoundQuote quote = view.quote();
            out.printf("%n  %s %d-%d  %s%n", quote.quote().kind().label(), quote.quote().start(), quote.quote().end(),
                    view.speaker().describe());
            out.println("    " + ArticleLabels.clipLine(quote.quote().text(), 240));
            if (quote.quote().speaker() != null) {
                out.println("    found by: " + quote.quote().speaker().how()
                        + (quote.quote().cue().isEmpty() ? "" : " (cue \u201C" + quote.quote().cue() + "\u201D)"));
            }
            if (quote.groupId() != null) {
                out.println("    also quoted in: " + String.join(", ", view.alsoQuotedIn()) + " (" + quote.groupId() + ")");
            }
        }
    }
}
