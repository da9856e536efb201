package dev.corroborate.app.cli;

import dev.corroborate.io.correct.CorrectionException;
import dev.corroborate.io.correct.StoryCorrections;
import dev.corroborate.io.query.ArticleLabels;
import dev.corroborate.io.query.StoryQuery;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredEvent;
import dev.corroborate.io.store.StoredStory;
import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.Decision;
import dev.corroborate.pipeline.StoryStage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code story ID}: a storyline or event as a timeline of articles by outlet with the reasons;
 * {@code story merge|split|move}: corrections, stored and replayed after every clustering.
 */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = {"Shows a storyline (st-…) or an event (ev-…, or an article id: its event) as a timeline: "
                + "each event with its label, key names, time span and outlets, each article with why it joined and the runner-up.",
                "Corrections: story merge EVENT EVENT, story split EVENT ARTICLE..., story move ARTICLE EVENT. "
                        + "They are stored and survive recluster."},
        subcommands = {StoryCommand.Merge.class, StoryCommand.Split.class, StoryCommand.Move.class})
final class StoryCommand extends StoreView {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "A storyline id, an event id, or an article id (or a prefix that names one).")
    String id;

    @Override
    void checkOptions() {
        if (id == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing ID (or one of: merge, split, move)");
        }
    }

    @Override
    void print(ArticleStore store, PrintWriter out) {
        StoryQuery stories = new StoryQuery(store);
        String wanted = id;
        // A storyline or event with this id is the one meant; else an article, whose own id may start as
        // theirs do ("st-article" given in the input). Never the other way round: an input cannot shadow one.
        java.util.Optional<StoryQuery.Timeline> found = wanted.startsWith("st-") || wanted.startsWith("ev-")
                ? stories.timeline(wanted) : java.util.Optional.empty();
        if (found.isEmpty() && (!wanted.startsWith("st-") && !wanted.startsWith("ev-") || store.find(wanted).isPresent())) {
            Article article = StoreAccess.requireArticle(store, wanted, spec);
            wanted = stories.eventOf(article.id()).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "Article " + article.id() + " is in no event yet: run analyze"));
            found = stories.timeline(wanted);
        }
        String asked = wanted;
        StoryQuery.Timeline timeline = found
                .orElseThrow(() -> StoreAccess.unknown("storyline or event", asked, "stories", spec));
        StoredStory story = timeline.story();
        out.printf("storyline %s  %s  (%d event%s)%n", story.id(), story.label(), story.events().size(),
                story.events().size() == 1 ? "" : "s");
        for (StoryQuery.EventTimeline event : timeline.events()) {
            printEvent(event, out);
        }
    }

    private static void printEvent(StoryQuery.EventTimeline timeline, PrintWriter out) {
        StoredEvent event = timeline.event();
        out.printf("%nevent %s  %s%n", event.id(), event.label());
        out.printf("  %s · %d article%s · outlets: %s%n", ArticleLabels.span(event.firstPublished(), event.lastPublished()),
                event.articleIds().size(), event.articleIds().size() == 1 ? "" : "s",
                event.outlets().isEmpty() ? "unknown" : String.join(", ", event.outlets()));
        if (!event.keyNames().isEmpty()) {
            out.println("  key names: " + String.join(", ", event.keyNames()));
        }
        // As wide as the event's longest outlet (an article without one: "outlet unknown, credits X").
        int outletWidth = columnWidth(timeline.articles().stream().map(placed -> ArticleLabels.outlet(placed.article())),
                22, OUTLET_WIDTH);
        for (StoryQuery.Placed placed : timeline.articles()) {
            Article article = placed.article();
            Assignment a = placed.placement();
            out.printf("  %-" + ArticleLabels.TIME_WIDTH + "s  %s %s  %s%n", ArticleLabels.time(article.published()),
                    DisplayWidth.pad(DisplayWidth.clip(ArticleLabels.outlet(article), outletWidth), outletWidth), article.id(),
                    ArticleLabels.clip(article.title(), 70));
            if (a == null) {
                continue;
            }
            out.println("      " + (a.startedEvent() ? "started the event" : String.format(Locale.ROOT, "joined, score %.2f", a.score())));
            for (String reason : a.reasons()) {
                out.println("      · " + reason);
            }
            if (a.runnerUpEventId() != null) {
                out.printf(Locale.ROOT, "      runner-up: %s (%.2f)%n", a.runnerUpEventId(), a.runnerUpScore());
            }
        }
    }

    /** Prints what the re-run after a correction gave. */
    static void printApplied(StoryStage.Summary summary, PrintWriter out) {
        out.printf("%s in %s (%s applied)%n", Plurals.count(summary.events(), "event"),
                Plurals.count(summary.storylines(), "storyline"), Plurals.count(summary.decisions(), "decision"));
    }

    /**
     * A correction: it checks its arguments against the store, records the decision, and re-runs
     * the clustering so the decision shows at once.
     */
    abstract static class Correction implements Callable<Integer> {
        @Mixin
        DataOption data;

        /** {@code story --data DIR merge …}: the option given before the subcommand counts too. */
        @CommandLine.ParentCommand
        StoryCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract Decision decide(ArticleStore store, StoryCorrections corrections);

        @Override
        public Integer call() {
            boolean givenHere = spec.commandLine().getParseResult() != null
                    && spec.commandLine().getParseResult().hasMatchedOption("--data");
            DataOption where = givenHere || parent == null ? data : parent.data;
            try (ArticleStore store = StoreAccess.openExistingToWrite(where, spec)) {
                StoryCorrections corrections = new StoryCorrections(store);
                Decision decision;
                try {
                    decision = decide(store, corrections);
                } catch (CorrectionException e) {
                    String list = e.getMessage().startsWith("No event") ? "stories" : "articles";
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            e.getMessage() + (e.unknownId() ? " (see corroborate " + list + ")" : ""));
                }
                printApplied(corrections.apply(decision), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Declares two events one: their articles stay together through every later run and recluster.")
    static final class Merge extends Correction {
        @Parameters(index = "0", paramLabel = "EVENT", description = "An event id (ev-…, see corroborate stories).")
        String first;
        @Parameters(index = "1", paramLabel = "EVENT", description = "Another event id: its articles join the first event.")
        String second;

        @Override
        Decision decide(ArticleStore store, StoryCorrections corrections) {
            return corrections.merge(first, second);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Takes articles out of an event into an event of their own, through every later run and recluster.")
    static final class Split extends Correction {
        @Parameters(index = "0", paramLabel = "EVENT", description = "The event id (ev-…) the articles are in now.")
        String event;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ARTICLE",
                description = "The articles to take out (ids or unique prefixes); together they become one new event.")
        List<String> articles;

        @Override
        Decision decide(ArticleStore store, StoryCorrections corrections) {
            List<String> ids = new ArrayList<>();
            for (String article : articles) {
                ids.add(StoreAccess.requireArticle(store, article, spec).id());
            }
            return corrections.split(event, ids);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Moves an article into another event, through every later run and recluster.")
    static final class Move extends Correction {
        @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article to move (an id or a unique prefix).")
        String article;
        @Parameters(index = "1", paramLabel = "EVENT", description = "The event id (ev-…) it moves into.")
        String event;

        @Override
        Decision decide(ArticleStore store, StoryCorrections corrections) {
            return corrections.move(StoreAccess.requireArticle(store, article, spec).id(), event);
        }
    }
}
