package dev.corroborate.io.analysis;

import dev.corroborate.io.store.ArticleFilter;
import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.io.store.StoredQuote;
import dev.corroborate.io.store.StoredQuoteGroup;
import dev.corroborate.quote.Quote;
import dev.corroborate.quote.QuoteExtractor;
import dev.corroborate.quote.QuoteGrouper;
import dev.corroborate.quote.QuoteKind;
import dev.corroborate.quote.SpeakerResolver;
import dev.corroborate.quote.WordDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the quotes of every stored article, groups the same statement across articles, resolves
 * the speakers into people, and stores all three, replacing what a previous run stored. "The same
 * story" for speaker resolution is the article's storyline (articles connected by shared text
 * before clustering has run). Every quote of the store is held in memory for the grouping (not
 * measured at scale). Not thread-safe.
 */
public final class QuoteStage {

    /** What a run found. */
    public record Summary(int articles, int direct, int reported, int groups, int speakers) {
    }

    private final QuoteExtractor extractor = new QuoteExtractor();

    public Summary run(ArticleStore store) {
        // "The same story" for speaker resolution: the article's storyline once clustering has run,
        // otherwise its group of articles connected by shared text.
        Map<String, String> storyOf = new HashMap<>(new ProvenanceGroups(store).groupKeys());
        store.assignments().forEach((article, place) -> storyOf.put(article, place.storyId()));
        List<StoredQuote> found = new ArrayList<>();
        int[] articles = {0};
        store.forEach(ArticleFilter.ALL, article -> {
            articles[0]++;
            for (Quote quote : extractor.extract(article.text())) {
                found.add(new StoredQuote(StoredQuote.idOf(article.id(), quote), article.id(), quote, null, null, null));
            }
        });
        // The same statement across articles: quotes holding four or more of the speaker's own words
        // between quotation marks, direct or the partial quote of reported speech.
        List<QuoteGrouper.Member> members = new ArrayList<>();
        Map<String, StoredQuote> byId = new HashMap<>();
        for (StoredQuote quote : found) {
            byId.put(quote.id(), quote);
            String quoted = quote.quote().quotedWords();
            if (!quoted.isBlank() && quoted.split("\\s+").length >= 4) {
                members.add(new QuoteGrouper.Member(quote.articleId(), quote.quote(), null));
            }
        }
        List<QuoteGrouper.Group> groups = new QuoteGrouper().group(members);
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> diffOf = new HashMap<>();
        List<StoredQuoteGroup> storedGroups = new ArrayList<>();
        for (QuoteGrouper.Group group : groups) {
            for (int i = 0; i < group.members().size(); i++) {
                QuoteGrouper.Member member = group.members().get(i);
                String id = StoredQuote.idOf(member.articleId(), member.quote());
                groupOf.put(id, group.id());
                if (member != group.reference()) {
                    diffOf.put(id, WordDiff.render(group.diffs().get(i)));
                }
            }
            storedGroups.add(new StoredQuoteGroup(group.id(),
                    StoredQuote.idOf(group.reference().articleId(), group.reference().quote()), group.members().size(),
                    group.drift()));
        }
        // People: every named speaker, tied by story and by the quote groups they share.
        List<SpeakerResolver.Mention> mentions = new ArrayList<>();
        Map<String, Set<String>> groupsOfSpeaker = new HashMap<>();
        for (StoredQuote quote : found) {
            if (quote.quote().speaker() != null && groupOf.containsKey(quote.id())) {
                groupsOfSpeaker.computeIfAbsent(mentionKey(quote), k -> new HashSet<>()).add(groupOf.get(quote.id()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (StoredQuote quote : found) {
            if (quote.quote().speaker() != null && !isBarePronoun(quote.quote().speaker().name())
                    && seen.add(mentionKey(quote))) {
                mentions.add(new SpeakerResolver.Mention(quote.articleId(), storyOf.getOrDefault(quote.articleId(),
                        quote.articleId()), quote.quote().speaker(), groupsOfSpeaker.getOrDefault(mentionKey(quote), Set.of())));
            }
        }
        SpeakerResolver.Resolution people = new SpeakerResolver().resolve(mentions);
        // A person's quote count is the quotes attributed to any of their mentions.
        Map<String, Integer> quotesOf = new HashMap<>();
        List<StoredQuote> stored = new ArrayList<>(found.size());
        int direct = 0;
        for (StoredQuote quote : found) {
            String speakerId = quote.quote().speaker() == null ? null : people.speakerOf().get(mentionKey(quote));
            if (speakerId != null) {
                quotesOf.merge(speakerId, 1, Integer::sum);
            }
            if (quote.quote().kind() == QuoteKind.DIRECT) {
                direct++;
            }
            stored.add(new StoredQuote(quote.id(), quote.articleId(), quote.quote(), speakerId, groupOf.get(quote.id()),
                    diffOf.get(quote.id())));
        }
        List<SpeakerResolver.Speaker> speakers = people.speakers().stream()
                .map(s -> new SpeakerResolver.Speaker(s.id(), s.name(), s.variants(), s.roles(),
                        quotesOf.getOrDefault(s.id(), 0), s.evidence()))
                .sorted(java.util.Comparator.comparing((SpeakerResolver.Speaker s) -> -s.quotes())
                        .thenComparing(SpeakerResolver.Speaker::name))
                .toList();
        store.replaceQuotes(stored, speakers, storedGroups);
        return new Summary(articles[0], direct, found.size() - direct, storedGroups.size(), speakers.size());
    }

    /** "He" or "they" that the article never ties to a name: not a person to list. */
    private static boolean isBarePronoun(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "he", "she", "they", "we", "i", "it", "you" -> true;
            default -> false;
        };
    }

    /** The key the resolver gives a mention: article and the mention's offset. */
    private static String mentionKey(StoredQuote quote) {
        return quote.articleId() + "#" + quote.quote().speaker().start();
    }
}
