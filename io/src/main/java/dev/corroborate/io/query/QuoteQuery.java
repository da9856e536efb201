package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Article;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Quotes: the statements quoted in several articles with their drift, and one article's quotes. Not thread-safe. */
public final class QuoteQuery {

    /** A statement quoted in several articles: the group, its reference wording and every wording. */
    public record GroupView(QuoteGroupSummary group, FoundQuote reference, List<Member> members) {

        public GroupView {
            members = List.copyOf(members);
        }
    }

    /** One wording of a group: the quote (with its diff against the reference), its article, its speaker. */
    public record Member(FoundQuote quote, Article article, SpeakerLabel speaker) {
    }

    /** An article's quotes in order. */
    public record ArticleQuotes(Article article, List<QuoteView> quotes) {

        public ArticleQuotes {
            quotes = List.copyOf(quotes);
        }
    }

    /** A quote of an article with its speaker and the other articles that quote the same statement. */
    public record QuoteView(FoundQuote quote, SpeakerLabel speaker, List<String> alsoQuotedIn) {

        public QuoteView {
            alsoQuotedIn = List.copyOf(alsoQuotedIn);
        }
    }

    private final ArticleStore store;
    private final Map<String, String> personNames = new HashMap<>();
    private final java.util.Set<String> unnamed = new java.util.HashSet<>();

    public QuoteQuery(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** How many statements are quoted in more than one article. */
    public int groupCount() {
        return store.quoteGroups().size();
    }

    /** The statements quoted in more than one article, most quoted first, from the {@code offset}-th, at most {@code limit}. */
    public List<GroupView> groups(int offset, int limit) {
        List<QuoteGroupSummary> groups = store.quoteGroups();
        List<GroupView> out = new ArrayList<>();
        for (int i = Math.max(0, offset); i < groups.size() && out.size() < limit; i++) {
            view(groups.get(i)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The statements quoted in more than one article of which at least one quote is in
     * {@code articleIds}, most quoted first, at most {@code limit}: only those groups' quotes are read.
     */
    public List<GroupView> groupsQuotedIn(java.util.Collection<String> articleIds, int limit) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String articleId : articleIds) {
            store.forEachQuote(articleId, null, null, q -> {
                if (q.groupId() != null) {
                    wanted.add(q.groupId());
                }
            });
        }
        List<GroupView> out = new ArrayList<>();
        for (QuoteGroupSummary group : store.quoteGroups(wanted)) { // only the wanted groups, in the store's order
            if (out.size() < limit) {
                view(group).ifPresent(out::add);
            }
        }
        return out;
    }

    private java.util.Optional<GroupView> view(QuoteGroupSummary group) {
        List<FoundQuote> quotes = new ArrayList<>();
        store.forEachQuote(null, group.id(), null, quotes::add);
        if (quotes.isEmpty()) {
            return java.util.Optional.empty();
        }
        FoundQuote reference = quotes.stream().filter(q -> q.id().equals(group.referenceId())).findFirst()
                .orElse(quotes.get(0));
        List<Member> members = new ArrayList<>();
        for (FoundQuote quote : quotes) {
            members.add(new Member(quote, store.require(quote.articleId()), SpeakerLabel.of(quote, personNames(quote))));
        }
        return java.util.Optional.of(new GroupView(group, reference, members));
    }

    /** The quotes of one article, in order of their offsets. */
    public ArticleQuotes ofArticle(Article article) {
        List<FoundQuote> quotes = new ArrayList<>();
        store.forEachQuote(article.id(), null, null, quotes::add);
        Map<String, List<String>> othersByGroup = new LinkedHashMap<>();
        for (FoundQuote quote : quotes) {
            if (quote.groupId() != null && !othersByGroup.containsKey(quote.groupId())) {
                // Each other article once, however often it quotes the statement ("also in X · also in X").
                java.util.Set<String> others = new java.util.LinkedHashSet<>();
                store.forEachQuote(null, quote.groupId(), null, q -> {
                    if (!q.articleId().equals(article.id())) {
                        others.add(q.articleId());
                    }
                });
                othersByGroup.put(quote.groupId(), List.copyOf(others));
            }
        }
        List<QuoteView> views = new ArrayList<>(quotes.size());
        for (FoundQuote quote : quotes) {
            views.add(new QuoteView(quote, SpeakerLabel.of(quote, personNames(quote)),
                    quote.groupId() == null ? List.of() : othersByGroup.get(quote.groupId())));
        }
        return new ArticleQuotes(article, views);
    }

    /** The names of the people met so far, with the one {@code quote} is attributed to looked up (not every speaker read). */
    private Map<String, String> personNames(FoundQuote quote) {
        String id = quote.speakerId();
        if (id != null && !personNames.containsKey(id) && !unnamed.contains(id)) {
            store.speakerName(id).ifPresentOrElse(name -> personNames.put(id, name), () -> unnamed.add(id));
        }
        return personNames;
    }
}
