package dev.corroborate.app.cli;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.Article;
import dev.corroborate.quote.SpeakerResolver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotes [ID]}: the quotes of one article, or the statements quoted in several articles, with their drift. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Without ID: every statement quoted in more than one article, most quoted first, each wording "
                + "with its outlet, speaker and word differences ([from → to], [+added], [-dropped]).",
                "With an article id: that article's quotes in order (direct and reported), each with its speaker, "
                        + "how the speaker was found, and the other articles that quote the same statement."})
final class QuotesCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "An article id, or a prefix that names one article.")
    String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show at most N groups (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore store = StoreAccess.openExisting(data, spec)) {
            Map<String, String> speakerNames = new HashMap<>();
            for (SpeakerResolver.Speaker speaker : store.speakers()) {
                speakerNames.put(speaker.id(), speaker.name());
            }
            if (id == null) {
                printGroups(store, speakerNames, out);
            } else {
                printArticle(store, StoreAccess.requireArticle(store, id, spec), speakerNames, out);
            }
        }
        out.flush();
        return 0;
    }

    private void printGroups(ArticleStore store, Map<String, String> speakerNames, PrintWriter out) {
        List<QuoteGroupSummary> groups = store.quoteGroups();
        if (groups.isEmpty()) {
            out.println("no statement is quoted in more than one article");
            return;
        }
        int shown = 0;
        for (QuoteGroupSummary group : groups) {
            if (shown++ == limit) {
                out.printf("… and %d more groups (--limit)%n", groups.size() - limit);
                break;
            }
            List<FoundQuote> members = new ArrayList<>();
            store.forEachQuote(null, group.id(), null, members::add);
            FoundQuote reference = members.stream().filter(q -> q.id().equals(group.referenceId())).findFirst()
                    .orElse(members.get(0));
            out.printf("%n%s  %d articles%s%n", group.id(), group.size(),
                    group.drift().isEmpty() ? "  same wording" : "  drift: " + String.join(", ", group.drift()));
            out.println("  " + clip(reference.quote().text(), 200));
            for (FoundQuote member : members) {
                Article article = store.find(member.articleId()).orElseThrow();
                out.printf("  · %s (%s)  %s%n", article.id(), article.outlet() == null ? "outlet unknown" : article.outlet(),
                        speakerOf(member, speakerNames));
                if (member.diff() != null) {
                    out.println("      " + clip(member.diff(), 240));
                }
            }
        }
    }

    private static void printArticle(ArticleStore store, Article article, Map<String, String> speakerNames, PrintWriter out) {
        out.printf("%s (%s, %s)%n", article.title().isEmpty() ? "(no title)" : article.title(), article.id(),
                article.outlet() == null ? "outlet unknown" : article.outlet());
        List<FoundQuote> quotes = new ArrayList<>();
        store.forEachQuote(article.id(), null, null, quotes::add);
        if (quotes.isEmpty()) {
            out.println("  no quotes found");
            return;
        }
        Map<String, List<String>> othersByGroup = new LinkedHashMap<>();
        for (FoundQuote quote : quotes) {
            if (quote.groupId() != null && !othersByGroup.containsKey(quote.groupId())) {
                List<String> others = new ArrayList<>();
                store.forEachQuote(null, quote.groupId(), null, q -> {
                    if (!q.articleId().equals(article.id())) {
                        others.add(q.articleId());
                    }
                });
                othersByGroup.put(quote.groupId(), others);
            }
        }
        for (FoundQuote quote : quotes) {
            out.printf("%n  %s %d-%d  %s%n", quote.quote().kind().label(), quote.quote().start(), quote.quote().end(),
                    speakerOf(quote, speakerNames));
            out.println("    " + clip(quote.quote().text(), 240));
            if (quote.quote().speaker() != null) {
                out.println("    found by: " + quote.quote().speaker().how()
                        + (quote.quote().cue().isEmpty() ? "" : " (cue \u201C" + quote.quote().cue() + "\u201D)"));
            }
            if (quote.groupId() != null) {
                out.println("    also quoted in: " + String.join(", ", othersByGroup.get(quote.groupId()))
                        + " (" + quote.groupId() + ")");
            }
        }
    }

    static String speakerOf(FoundQuote quote, Map<String, String> speakerNames) {
        if (quote.quote().speaker() == null) {
            return "speaker not stated";
        }
        var mention = quote.quote().speaker();
        String person = quote.speakerId() == null ? mention.name() : speakerNames.getOrDefault(quote.speakerId(), mention.name());
        StringBuilder line = new StringBuilder(person);
        // How this article names the person, when it differs: "Oskar Lindqvist (as “Oscar Lindquist”, “he”)".
        java.util.List<String> asWritten = new java.util.ArrayList<>();
        if (!mention.name().equals(person)) {
            asWritten.add("\u201C" + mention.name() + "\u201D");
        }
        if (!mention.mention().contains(person) && !mention.mention().equals(mention.name())) {
            asWritten.add("\u201C" + mention.mention() + "\u201D");
        }
        if (!asWritten.isEmpty()) {
            line.append(" (as ").append(String.join(", ", asWritten)).append(')');
        }
        if (!mention.role().isBlank()) {
            line.append(", ").append(mention.role());
        }
        return line.toString();
    }

    private static String clip(String text, int max) {
        String line = text.replace("\n\n", " ¶ ").replace('\n', ' ');
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
