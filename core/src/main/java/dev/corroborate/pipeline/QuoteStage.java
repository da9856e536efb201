package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.Speaker;
import dev.corroborate.quote.QuoteExtractor;
import dev.corroborate.quote.QuoteGrouper;
import dev.corroborate.quote.SaidWords;
import dev.corroborate.quote.SpeakerResolver;
import dev.corroborate.quote.WordDiff;
import dev.corroborate.text.WordCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the quotes of every article of the corpus, groups the same statement across articles, resolves
 * the speakers into people, and keeps all three, replacing what a previous run kept. "The same
 * story" for speaker resolution is the article's storyline (articles connected by shared text
 * before clustering has run). Every quote of the store is held in memory for the grouping (not
 * measured at scale). When the results keep each article's findings ({@link QuoteArchive}) under the
 * current settings stamp, only the new articles are read and extracted, only the quote groups the new
 * quotes touch are made again ({@link QuoteGrouper#regroup}), and only the people a new or changed
 * speaker name form ties to are resolved again ({@link SpeakerResolver}); the rest stands as kept, and
 * the result is that of a run from scratch. Not thread-safe.
 */
public final class QuoteStage {

    /** What a run found. */
    public record Summary(int articles, int direct, int reported, int groups, int speakers) {
    }

    /** New articles read from the corpus and extracted together, on all cores. */
    private static final int EXTRACTION_CHUNK = 256;

    /**
     * The settings kept findings, quote groups and people are made with: kept under another stamp,
     * every article is extracted again and everything grouped and resolved anew.
     */
    static final String KEPT_STAMP = dev.corroborate.text.Stamps.of("quote stage 1", QuoteExtractor.SETTINGS_STAMP,
            dev.corroborate.quote.QuoteGroupingSettings.DEFAULTS, dev.corroborate.quote.SpeakerSettings.DEFAULTS);

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** Every article's quotes extracted, grouped and resolved; only the new ones extracted when the results keep findings. */
    public Summary run(Corpus corpus, AnalysisResults results) {
        return run(corpus, results, false);
    }

    /**
     * As {@link #run(Corpus, AnalysisResults)}; with {@code fromScratch}, every article's quotes
     * extracted again whatever the results keep.
     */
    public Summary run(Corpus corpus, AnalysisResults results, boolean fromScratch) {
        List<FoundQuote> found = new ArrayList<>();
        int[] articles = {0};
        Optional<QuoteArchive> archive = results.quoteArchive();
        Map<String, List<Quote>> newFindings = new LinkedHashMap<>();
        // Findings kept under other extraction settings are not reused: every article is extracted again.
        boolean current = archive.isPresent()
                && archive.get().keptStamp().filter(KEPT_STAMP::equals).isPresent();
        if (current && !fromScratch) {
            // Kept findings as they are; the new articles read here, a chunk at a time, and extracted on all cores.
            List<String> ids = new ArrayList<>();
            List<List<Quote>> findings = new ArrayList<>();
            archive.get().forEachKeptFindings((id, kept) -> {
                ids.add(id);
                findings.add(kept);
            });
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (findings.get(i) == null) {
                    fresh.add(ids.get(i));
                }
            }
            for (int from = 0; from < fresh.size(); from += EXTRACTION_CHUNK) {
                List<Article> chunk = fresh.subList(from, Math.min(fresh.size(), from + EXTRACTION_CHUNK))
                        .stream().map(corpus::require).toList();
                List<List<Quote>> extracted = chunk.parallelStream().map(a -> extractor.extract(a.text())).toList();
                for (int k = 0; k < chunk.size(); k++) {
                    newFindings.put(chunk.get(k).id(), extracted.get(k));
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                articles[0]++;
                String id = ids.get(i);
                found.addAll(found(id, findings.get(i) != null ? findings.get(i) : newFindings.get(id)));
            }
        } else {
            corpus.forEach(article -> {
                articles[0]++;
                List<Quote> quotes = extractor.extract(article.text());
                if (archive.isPresent()) {
                    newFindings.put(article.id(), quotes);
                }
                found.addAll(found(article.id(), quotes));
            });
        }
        return keep(articles[0], found, corpus, results, archive.orElse(null), newFindings, current && !fromScratch);
    }

    /**
     * The quotes of one article as {@link #run} finds them, before grouping: for a run that extracts
     * apart from grouping (a Spark partition).
     */
    public List<FoundQuote> extract(Article article) {
        return found(article.id(), extractor.extract(article.text()));
    }

    private static List<FoundQuote> found(String articleId, List<Quote> quotes) {
        List<FoundQuote> found = new ArrayList<>();
        for (Quote quote : quotes) {
            found.add(new FoundQuote(FoundQuote.idOf(articleId, quote), articleId, quote, null, null, null));
        }
        return found;
    }

    /**
     * Groups the quotes {@link #extract} found in {@code articles} articles (given in corpus order,
     * then by offset), resolves their speakers and keeps all three, as {@link #run} does.
     */
    public Summary keep(int articles, List<FoundQuote> found, Corpus corpus, AnalysisResults results) {
        return keep(articles, found, corpus, results, null, Map.of(), false);
    }

    private Summary keep(int articles, List<FoundQuote> found, Corpus corpus, AnalysisResults results,
                         QuoteArchive archive, Map<String, List<Quote>> newFindings, boolean incremental) {
        // "The same story" for speaker resolution: the article's storyline once clustering has run,
        // otherwise its group of articles connected by shared text (read only when some article has no storyline).
        Map<String, Assignment> placed = results.assignments();
        Map<String, String> storyOf = new HashMap<>();
        if (found.stream().anyMatch(quote -> !placed.containsKey(quote.articleId()))) {
            storyOf.putAll(new ProvenanceGroups(corpus, results).groupKeys());
        }
        placed.forEach((article, place) -> storyOf.put(article, place.storyId()));
        // The same statement across articles: quotes holding four or more of the speaker's own words
        // between quotation marks, direct or the partial quote of reported speech.
        List<QuoteGrouper.Member> members = new ArrayList<>();
        Set<String> newKeys = new HashSet<>();
        for (FoundQuote quote : found) {
            String quoted = SaidWords.quoted(quote.quote());
            if (WordCount.pieces(quoted) >= 4) {
                members.add(new QuoteGrouper.Member(quote.articleId(), quote.quote(), null));
                if (newFindings.containsKey(quote.articleId())) {
                    newKeys.add(quote.id());
                }
            }
        }
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> diffOf = new HashMap<>();
        List<QuoteGroupSummary> storedGroups = new ArrayList<>();
        List<QuoteGrouper.Group> groups;
        if (incremental) {
            // Only the groups new quotes touch are made again; the others stand as kept, with their members' diffs.
            Map<String, String> keptGroupOf = new HashMap<>();
            Map<String, String> keptDiffOf = new HashMap<>();
            results.forEachQuoteStanding(quote -> { // groups and diffs only: not every kept quote decoded
                if (quote.groupId() != null) {
                    keptGroupOf.put(quote.id(), quote.groupId());
                    if (quote.diff() != null) {
                        keptDiffOf.put(quote.id(), quote.diff());
                    }
                }
            });
            QuoteGrouper.Regrouping regrouping = new QuoteGrouper().regroup(members, newKeys, keptGroupOf);
            keptGroupOf.forEach((id, group) -> {
                if (!regrouping.replaced().contains(group)) {
                    groupOf.put(id, group);
                    if (keptDiffOf.containsKey(id)) {
                        diffOf.put(id, keptDiffOf.get(id));
                    }
                }
            });
            for (QuoteGroupSummary kept : results.quoteGroups()) {
                if (!regrouping.replaced().contains(kept.id())) {
                    storedGroups.add(kept);
                }
            }
            groups = new ArrayList<>(regrouping.groups());
            groups.sort(Comparator.comparing((QuoteGrouper.Group g) -> -g.members().size())
                    .thenComparing(QuoteGrouper.Group::id));
        } else {
            groups = new QuoteGrouper().group(members);
        }
        for (QuoteGrouper.Group group : groups) {
            for (int i = 0; i < group.members().size(); i++) {
                QuoteGrouper.Member member = group.members().get(i);
                String id = FoundQuote.idOf(member.articleId(), member.quote());
                groupOf.put(id, group.id());
                if (member != group.reference()) {
                    diffOf.put(id, WordDiff.render(group.diffs().get(i)));
                }
            }
            storedGroups.add(new QuoteGroupSummary(group.id(),
                    FoundQuote.idOf(group.reference().articleId(), group.reference().quote()), group.members().size(),
                    group.drift()));
        }
        // Largest first, then by id: the order the grouper gives.
        storedGroups.sort(Comparator.comparing((QuoteGroupSummary g) -> -g.size()).thenComparing(QuoteGroupSummary::id));
        // People: every named speaker, tied by story and by the quote groups they share.
        List<SpeakerResolver.Mention> mentions = new ArrayList<>();
        Map<String, Set<String>> groupsOfSpeaker = new HashMap<>();
        for (FoundQuote quote : found) {
            if (quote.quote().speaker() != null && groupOf.containsKey(quote.id())) {
                groupsOfSpeaker.computeIfAbsent(mentionKey(quote), k -> new HashSet<>()).add(groupOf.get(quote.id()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (FoundQuote quote : found) {
            if (quote.quote().speaker() != null && !isBarePronoun(quote.quote().speaker().name())
                    && seen.add(mentionKey(quote))) {
                mentions.add(new SpeakerResolver.Mention(quote.articleId(), storyOf.getOrDefault(quote.articleId(),
                        quote.articleId()), quote.quote().speaker(), groupsOfSpeaker.getOrDefault(mentionKey(quote), Set.of())));
            }
        }
        SpeakerResolver.Resolution people;
        Map<String, SpeakerResolver.KeptIdentity> identities = Map.of();
        int revisited = mentions.size();
        if (archive != null) {
            // Only the people a changed name form touches are resolved again; the others stand as kept.
            Map<String, Speaker> keptPeople = new HashMap<>();
            if (incremental) {
                archive.keptSpeakers().forEach(speaker -> keptPeople.put(speaker.id(), speaker));
            }
            SpeakerResolver.Incremental resolved = new SpeakerResolver().resolve(mentions,
                    incremental ? archive.keptIdentities() : Map.of(), keptPeople);
            people = resolved.resolution();
            identities = resolved.identities();
            revisited = resolved.revisited();
        } else {
            people = new SpeakerResolver().resolve(mentions);
        }
        // A person's quote count is the quotes attributed to any of their mentions.
        Map<String, Integer> quotesOf = new HashMap<>();
        // A quote's id is its article and start, and two findings can start at one offset (overlapping
        // quotes): the later finding stands, in the place of the first, as the store has always kept it.
        Map<String, FoundQuote> kept = new LinkedHashMap<>();
        for (FoundQuote quote : found) {
            String speakerId = quote.quote().speaker() == null ? null : people.speakerOf().get(mentionKey(quote));
            if (speakerId != null) {
                quotesOf.merge(speakerId, 1, Integer::sum);
            }
            kept.put(quote.id(), new FoundQuote(quote.id(), quote.articleId(), quote.quote(), speakerId,
                    groupOf.get(quote.id()), diffOf.get(quote.id())));
        }
        List<FoundQuote> stored = List.copyOf(kept.values());
        int direct = (int) stored.stream().filter(q -> q.quote().kind() == QuoteKind.DIRECT).count();
        List<Speaker> speakers = people.speakers().stream()
                .map(s -> new Speaker(s.id(), s.name(), s.variants(), s.roles(),
                        quotesOf.getOrDefault(s.id(), 0), s.evidence()))
                .sorted(Comparator.comparing((Speaker s) -> -s.quotes())
                        .thenComparing(Speaker::name))
                .toList();
        if (archive != null) {
            archive.replaceQuotes(stored, speakers, storedGroups, newFindings, identities);
            archive.keepStamp(KEPT_STAMP);
        } else {
            results.replaceQuotes(stored, speakers, storedGroups);
        }
        return new Summary(articles, direct, stored.size() - direct, storedGroups.size(), speakers.size());
    }

    /** "He" or "they" that the article never ties to a name: not a person to list. */
    private static boolean isBarePronoun(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "he", "she", "they", "we", "i", "it", "you" -> true;
            default -> false;
        };
    }

    /** The key the resolver gives a mention: article and the mention's offset. */
    private static String mentionKey(FoundQuote quote) {
        return quote.articleId() + "#" + quote.quote().speaker().start();
    }
}
