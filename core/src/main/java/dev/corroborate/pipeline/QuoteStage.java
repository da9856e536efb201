package dev.corroborate.pipeline;

import dev.corroborate.model.Article;
import dev.corroborate.model.Assignment;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.Speaker;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.quote.QuoteExtractor;
import dev.corroborate.quote.QuoteGrouper;
import dev.corroborate.quote.SpeakerResolver;
import dev.corroborate.quote.WordDiff;
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
 * before clustering has run). A run from scratch, or over results that keep no index, holds every
 * quote in memory. When the results keep each article's findings and the grouping's and resolution's
 * index ({@link QuoteArchive}) under the current settings stamp, and every article has a storyline,
 * a run works from the new findings and what they touch ({@link #revise}): only the new articles are
 * read and extracted, only the quote groups the new quotes touch are made again
 * ({@link QuoteGrouper#regroup(Map, QuoteGrouper.Kept)}), only the people the new mentions and the
 * kept mentions whose story or quote groups changed tie to are resolved again
 * ({@link SpeakerResolver#revise}), reading of the kept quotes, forms and mentions only what these
 * reach; the rest stands as kept, and the result is that of a run from scratch. Not thread-safe.
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

    /**
     * What the kept index (the quotes' words, the name forms, the mentions with their quote counts) is
     * made with: kept under another stamp, the kept findings are grouped and resolved anew (not
     * extracted again while they are kept under {@link #KEPT_STAMP}) and the index written again.
     * "2": a mention's quotes count the bare pronouns at its offset, as a run from scratch counts a
     * person's; an index kept before left them out, and a batch counted those people short.
     */
    static final String KEPT_INDEX_STAMP = dev.corroborate.text.Stamps.of("quote index 2", KEPT_STAMP);

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
        Optional<QuoteArchive> index = results.quoteArchive();
        if (!fromScratch && index.isPresent() && index.get().keptStamp().filter(KEPT_STAMP::equals).isPresent()
                && index.get().keptIndexStamp().filter(KEPT_INDEX_STAMP::equals).isPresent() && index.get().everyArticlePlaced()) {
            return revise(corpus, index.get());
        }
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
            SharedStrings shared = new SharedStrings();
            newFindings.putAll(extractNew(corpus, fresh, shared));
            for (int i = 0; i < ids.size(); i++) {
                articles[0]++;
                String id = ids.get(i);
                found.addAll(found(id, findings.get(i) != null ? shared.quotes(findings.get(i)) : newFindings.get(id)));
            }
            shared.forget();
        } else {
            // A chunk at a time, extracted on all cores (the extractor is thread-safe), kept in corpus order.
            List<Article> chunk = new ArrayList<>(EXTRACTION_CHUNK);
            SharedStrings shared = new SharedStrings();
            java.util.function.Consumer<List<Article>> extractChunk = articlesOfChunk -> {
                List<List<Quote>> extracted = articlesOfChunk.parallelStream().map(a -> extractor.extract(a.text())).toList();
                for (int k = 0; k < articlesOfChunk.size(); k++) {
                    String id = articlesOfChunk.get(k).id();
                    articles[0]++;
                    List<Quote> quotes = shared.quotes(extracted.get(k));
                    if (archive.isPresent()) {
                        newFindings.put(id, quotes);
                    }
                    found.addAll(found(id, quotes));
                }
                articlesOfChunk.clear();
            };
            corpus.forEach(article -> {
                chunk.add(article);
                if (chunk.size() == EXTRACTION_CHUNK) {
                    extractChunk.accept(chunk);
                }
            });
            extractChunk.accept(chunk);
            shared.forget();
        }
        return keep(articles[0], found, corpus, results, archive.orElse(null), newFindings);
    }

    /**
     * The quotes of one article as {@link #run} finds them, before grouping: for a run that extracts
     * apart from grouping (a Spark partition).
     */
    public List<FoundQuote> extract(Article article) {
        return found(article.id(), extractor.extract(article.text()));
    }

    /**
     * The quotes this stage keeps for {@code article}, in the order the store lists an article's quotes
     * (by start, then end): what it extracts, one a start (of two findings at one offset the later
     * stands, as {@link #run} keeps them). A function of the text alone: the search index takes an
     * article's quotes from here to be made before this stage has run.
     */
    public List<Quote> storedQuotes(Article article) {
        Map<Integer, Quote> byStart = new LinkedHashMap<>();
        for (Quote quote : extractor.extract(article.text())) {
            byStart.put(quote.start(), quote);
        }
        List<Quote> stored = new ArrayList<>(byStart.values());
        stored.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return stored;
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
        return keep(articles, found, corpus, results, null, Map.of());
    }

    /** As {@link #keep(int, List, Corpus, AnalysisResults)}, keeping the findings and the index in {@code archive} when there is one. */
    Summary keep(int articles, List<FoundQuote> found, Corpus corpus, AnalysisResults results,
                 QuoteArchive archive, Map<String, List<Quote>> newFindings) {
        // The same statement across articles: quotes holding four or more of the speaker's own words
        // between quotation marks, direct or the partial quote of reported speech.
        Map<QuoteGrouper.Ref, QuoteGrouper.Member> groupable = groupable(found);
        List<QuoteGrouper.Member> members = new ArrayList<>(groupable.values());
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> diffOf = new HashMap<>();
        // Each member's id the quote's own string, not one made again for the group maps.
        Map<QuoteGrouper.Member, String> idOfMember = new java.util.IdentityHashMap<>();
        groupable.forEach((ref, member) -> idOfMember.put(member, ref.key()));
        List<QuoteGroupSummary> storedGroups = describeGroups(new QuoteGrouper().group(members), groupOf, diffOf,
                idOfMember::get);
        idOfMember.clear();
        // Largest first, then by id: the order the grouper gives.
        storedGroups.sort(Comparator.comparing((QuoteGroupSummary g) -> -g.size()).thenComparing(QuoteGroupSummary::id));
        // People: every named speaker, tied by story and by the quote groups they share.
        // The articles' stories are held only while the mentions are made (a million articles' keys otherwise).
        List<SpeakerResolver.Mention> mentions = mentions(found, groupOf::get, storiesOf(found, corpus, results));
        SpeakerResolver resolver = new SpeakerResolver();
        People people = resolve(resolver, mentions);
        int[] mentionOfQuote = mentionOfQuote(found, mentions);
        // A person's quote count is the sum of their mentions' (a finding another at its offset replaces counted
        // too, as it always was): the counts the index keeps, which a batch adds up again for the people it touches.
        int[] quoteCounts = quoteCounts(mentionOfQuote, mentions.size());
        Map<String, Integer> quotesOf = new HashMap<>();
        for (int mention = 0; mention < quoteCounts.length; mention++) {
            String speakerId = people.speakerOfMention()[mention];
            if (speakerId != null && quoteCounts[mention] > 0) {
                quotesOf.merge(speakerId, quoteCounts[mention], Integer::sum);
            }
        }
        // The quotes as kept, each made as the store writes it rather than all held beside the findings
        // (some 300 MB at a million articles).
        List<FoundQuote> stored = new StoredQuotes(found, mentionOfQuote, people.speakerOfMention(), groupOf, diffOf);
        int direct = 0;
        for (FoundQuote quote : stored) {
            direct += quote.quote().kind() == QuoteKind.DIRECT ? 1 : 0;
        }
        List<Speaker> speakers = people.speakers().stream()
                .map(s -> new Speaker(s.id(), s.name(), s.variants(), s.roles(),
                        quotesOf.getOrDefault(s.id(), 0), s.evidence()))
                .sorted(Comparator.comparing((Speaker s) -> -s.quotes())
                        .thenComparing(Speaker::name))
                .toList();
        if (archive != null) {
            // The index (a function of the findings, mentions and people alone) is made on another core while
            // this thread writes the quotes, which it is kept after: at 100,000 articles about 4 s of the 20 this
            // step spent on one thread once the quotes were extracted.
            java.util.concurrent.CompletableFuture<QuoteArchive.KeptIndex> index = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> index(groupable, mentions, people.speakerOfMention(), resolver, quoteCounts));
            archive.replaceQuotes(stored, speakers, storedGroups, newFindings, () -> OtherThreads.joined(index));
            archive.keepStamp(KEPT_STAMP);
            archive.keepIndexStamp(KEPT_INDEX_STAMP);
        } else {
            results.replaceQuotes(List.copyOf(stored), speakers, storedGroups);
        }
        return new Summary(articles, direct, stored.size() - direct, storedGroups.size(), speakers.size());
    }

    /**
     * An incremental run over a store that keeps the grouping's and resolution's index: extracts the
     * new articles, regroups what their quotes touch and resolves again the people their mentions
     * touch, reading of the kept quotes, forms and mentions only what these reach; the result is a
     * run from scratch's.
     */
    private Summary revise(Corpus corpus, QuoteArchive archive) {
        Map<String, List<Quote>> newFindings = extractNew(corpus, archive.articlesWithoutFindings(), new SharedStrings());
        List<FoundQuote> found = new ArrayList<>();
        newFindings.forEach((id, quotes) -> found.addAll(found(id, quotes)));
        // The same statement: the groups the new quotes touch made again.
        QuoteGrouper grouper = new QuoteGrouper();
        Map<QuoteGrouper.Ref, QuoteGrouper.Member> fresh = groupable(found);
        QuoteGrouper.Regrouping regrouping = grouper.regroup(fresh, archive.keptQuotes());
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> diffOf = new HashMap<>();
        Set<String> keptArticles = new java.util.TreeSet<>();
        for (QuoteGrouper.Ref ref : regrouping.revisited()) {
            groupOf.put(ref.key(), null);
            diffOf.put(ref.key(), null);
            if (!newFindings.containsKey(ref.articleId())) {
                keptArticles.add(ref.articleId());
            }
        }
        List<QuoteGrouper.Group> groups = new ArrayList<>(regrouping.groups());
        groups.sort(Comparator.comparing((QuoteGrouper.Group g) -> -g.members().size()).thenComparing(QuoteGrouper.Group::id));
        List<QuoteGroupSummary> storedGroups = describeGroups(groups, groupOf, diffOf, member -> null);
        // Mentions: the new ones, and the kept ones whose quote groups or story changed.
        Map<String, String> storyOf = archive.storiesOf(newFindings.keySet());
        Map<String, SpeakerResolver.Mention> changed = new LinkedHashMap<>();
        List<SpeakerResolver.Mention> newMentions = mentions(found, id -> groupOf.get(id), storyOf);
        int[] quoteCounts = quoteCounts(mentionOfQuote(found, newMentions), newMentions.size());
        newMentions.forEach(mention -> changed.put(mention.key(), mention));
        Map<String, QuoteArchive.KeptMention> keptMentions = archive.keptMentions(keptArticles);
        Map<String, String> keptGroups = archive.keptGroupsOf(keptArticles);
        Map<String, List<Quote>> keptFindings = archive.keptFindings(keptArticles);
        Map<String, String> storiesNow = archive.storiesOf(keptArticles);
        List<FoundQuote> touched = new ArrayList<>();
        keptFindings.forEach((id, quotes) -> touched.addAll(found(id, quotes)));
        for (SpeakerResolver.Mention mention : mentions(touched,
                id -> groupOf.containsKey(id) ? groupOf.get(id) : keptGroups.get(id), storiesNow)) {
            QuoteArchive.KeptMention was = keptMentions.get(mention.key());
            if (was == null || !was.mention().equals(mention)) {
                changed.put(mention.key(), mention);
            }
        }
        List<SpeakerResolver.Mention> revised = new ArrayList<>();
        for (SpeakerResolver.Mention moved : archive.mentionsWithChangedStory()) {
            SpeakerResolver.Mention now = changed.get(moved.key());
            changed.put(moved.key(), now == null ? moved : new SpeakerResolver.Mention(now.articleId(), moved.storyKey(),
                    now.speaker(), now.quoteGroups()));
        }
        changed.values().forEach(mention -> {
            if (!newFindings.containsKey(mention.articleId())) {
                revised.add(mention);
            }
        });
        SpeakerResolver resolver = new SpeakerResolver();
        SpeakerResolver.Revision revision = resolver.revise(List.copyOf(changed.values()), archive.keptForms());
        Map<String, String> speakerOf = revision.resolution().speakerOf();
        // The new articles' quote rows, whole; the others change only their speaker, group and diff.
        Map<String, FoundQuote> rows = new LinkedHashMap<>();
        for (FoundQuote quote : found) {
            String speakerId = quote.quote().speaker() == null ? null : speakerOf.get(mentionKey(quote));
            rows.put(quote.id(), new FoundQuote(quote.id(), quote.articleId(), quote.quote(), speakerId,
                    groupOf.get(quote.id()), diffOf.get(quote.id())));
        }
        List<QuoteArchive.KeptWords> words = new ArrayList<>();
        fresh.forEach((ref, member) -> words.add(new QuoteArchive.KeptWords(ref, grouper.wordsOf(member))));
        Map<String, Set<String>> blocks = new HashMap<>();
        revision.forms().forEach(form -> blocks.put(form.identity(), resolver.blocksOf(form)));
        List<QuoteArchive.KeptMention> keptNew = new ArrayList<>();
        for (int i = 0; i < newMentions.size(); i++) {
            SpeakerResolver.Mention mention = newMentions.get(i);
            keptNew.add(new QuoteArchive.KeptMention(mention, resolver.formOf(mention, null).identity(), quoteCounts[i]));
        }
        for (SpeakerResolver.Mention mention : revised) {
            keptNew.add(new QuoteArchive.KeptMention(mention, resolver.formOf(mention, null).identity(), -1));
        }
        List<Speaker> speakers = revision.resolution().speakers();
        // The kept quotes whose speaker changes: those of the mentions whose form has another person now
        // (the others' quote rows hold their form's person already; the new articles' rows are written whole).
        Map<String, String> movedSpeakerOf = new HashMap<>();
        for (String key : revision.moved()) {
            if (!newFindings.containsKey(key.substring(0, key.lastIndexOf('#')))) {
                movedSpeakerOf.put(key, speakerOf.get(key));
            }
        }
        archive.update(new QuoteArchive.Update(newFindings, List.copyOf(rows.values()), regrouping.replaced(),
                storedGroups, groupOf, diffOf, revision.replaced(), speakers, movedSpeakerOf,
                new QuoteArchive.KeptIndex(words, revision.forms(), blocks, keptNew, grouper.maxPostings())));
        return archive.figures();
    }

    /** The new articles read from the corpus a chunk at a time and extracted on all cores, in the order given. */
    private Map<String, List<Quote>> extractNew(Corpus corpus, List<String> fresh, SharedStrings shared) {
        Map<String, List<Quote>> newFindings = new LinkedHashMap<>();
        for (int from = 0; from < fresh.size(); from += EXTRACTION_CHUNK) {
            List<Article> chunk = fresh.subList(from, Math.min(fresh.size(), from + EXTRACTION_CHUNK))
                    .stream().map(corpus::require).toList();
            List<List<Quote>> extracted = chunk.parallelStream().map(a -> extractor.extract(a.text())).toList();
            for (int k = 0; k < chunk.size(); k++) {
                newFindings.put(chunk.get(k).id(), shared.quotes(extracted.get(k)));
            }
        }
        return newFindings;
    }

    /**
     * The quotes that can give the same statement as others ({@link QuoteGrouper#isGroupable}), by
     * where they are. Quotes sharing a key (two findings at one offset) are told apart by their order.
     */
    private static Map<QuoteGrouper.Ref, QuoteGrouper.Member> groupable(List<FoundQuote> found) {
        Map<QuoteGrouper.Ref, QuoteGrouper.Member> members = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FoundQuote quote : found) {
            if (QuoteGrouper.isGroupable(quote.quote())) {
                int ordinal = seen.merge(quote.id(), 1, Integer::sum) - 1;
                members.put(new QuoteGrouper.Ref(quote.id(), ordinal, quote.articleId()),
                        new QuoteGrouper.Member(quote.articleId(), quote.quote(), null));
            }
        }
        return members;
    }

    /**
     * Each group's members given their group and diff (in the groups' order: a later group stands), and the
     * groups as kept; a member's quote id is {@code knownId}'s, or made from the member when that has none.
     */
    private static List<QuoteGroupSummary> describeGroups(List<QuoteGrouper.Group> groups, Map<String, String> groupOf,
                                                          Map<String, String> diffOf,
                                                          java.util.function.Function<QuoteGrouper.Member, String> knownId) {
        List<QuoteGroupSummary> stored = new ArrayList<>();
        for (QuoteGrouper.Group group : groups) {
            for (int i = 0; i < group.members().size(); i++) {
                QuoteGrouper.Member member = group.members().get(i);
                String known = knownId.apply(member);
                String id = known != null ? known : FoundQuote.idOf(member.articleId(), member.quote());
                groupOf.put(id, group.id());
                if (member != group.reference()) {
                    diffOf.put(id, WordDiff.render(group.diffs().get(i)));
                }
            }
            stored.add(new QuoteGroupSummary(group.id(),
                    FoundQuote.idOf(group.reference().articleId(), group.reference().quote()), group.members().size(),
                    group.drift()));
        }
        return stored;
    }

    /**
     * The named speakers of these quotes, one mention per article and offset (the first quote's),
     * each with its story and the quote groups of its quotes ({@code groupOf} by quote id).
     */
    private static List<SpeakerResolver.Mention> mentions(List<FoundQuote> found,
                                                          java.util.function.Function<String, String> groupOf,
                                                          Map<String, String> storyOf) {
        Map<String, Set<String>> groupsOfSpeaker = new HashMap<>();
        for (FoundQuote quote : found) {
            String group = quote.quote().speaker() == null ? null : groupOf.apply(quote.id());
            if (group != null) {
                groupsOfSpeaker.computeIfAbsent(mentionKey(quote), k -> new HashSet<>()).add(group);
            }
        }
        List<SpeakerResolver.Mention> mentions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FoundQuote quote : found) {
            if (quote.quote().speaker() != null && !isBarePronoun(quote.quote().speaker().name())
                    && seen.add(mentionKey(quote))) {
                mentions.add(new SpeakerResolver.Mention(quote.articleId(), storyOf.getOrDefault(quote.articleId(),
                        quote.articleId()), quote.quote().speaker(), groupsOfSpeaker.getOrDefault(mentionKey(quote), Set.of())));
            }
        }
        return mentions;
    }

    /**
     * The place in {@code mentions} (made from {@code found} by {@link #mentions}) of each quote's mention,
     * -1 for a quote with none: a named speaker's own; a bare pronoun's, the mention its article has at the
     * same offset, if any (one attribution can be resolved to a name for one quote and not for another). The
     * quotes are given an article's one after another, so a mention is found by its speaker's offset among its
     * article's, with no key made a quote.
     */
    private static int[] mentionOfQuote(List<FoundQuote> found, List<SpeakerResolver.Mention> mentions) {
        int[] mentionOf = new int[found.size()];
        java.util.Arrays.fill(mentionOf, -1);
        Map<Integer, Integer> mentionAt = new HashMap<>();
        int next = 0;
        for (int from = 0, to; from < found.size(); from = to) {
            String article = found.get(from).articleId();
            to = from + 1;
            while (to < found.size() && found.get(to).articleId().equals(article)) {
                to++;
            }
            mentionAt.clear();
            for (int q = from; q < to; q++) {
                SpeakerMention who = found.get(q).quote().speaker();
                if (who == null || isBarePronoun(who.name())) {
                    continue;
                }
                Integer at = mentionAt.get(who.start());
                if (at == null) {
                    at = next++;
                    SpeakerResolver.Mention mention = at < mentions.size() ? mentions.get(at) : null;
                    if (mention == null || !mention.articleId().equals(article) || mention.speaker().start() != who.start()) {
                        throw new IllegalArgumentException("the quotes of article " + article + " are not given one after another");
                    }
                    mentionAt.put(who.start(), at);
                }
                mentionOf[q] = at;
            }
            for (int q = from; q < to; q++) {
                SpeakerMention who = found.get(q).quote().speaker();
                if (who != null && isBarePronoun(who.name())) {
                    mentionOf[q] = mentionAt.getOrDefault(who.start(), -1);
                }
            }
        }
        return mentionOf;
    }

    /**
     * How many quotes each of {@code mentions} mentions is given: every finding {@code mentionOfQuote}
     * attributes to it, a bare pronoun's at its offset too, as a run from scratch counts a person's
     * quotes. What the kept mentions hold, which a person's quotes add up to when a batch counts them
     * again (a batch's count once left the pronoun's out: the same person, fewer quotes).
     */
    private static int[] quoteCounts(int[] mentionOfQuote, int mentions) {
        int[] counts = new int[mentions];
        for (int mention : mentionOfQuote) {
            if (mention >= 0) {
                counts[mention]++;
            }
        }
        return counts;
    }

    /** The people of a run, and the person of each mention, in the mentions' order. */
    private record People(List<Speaker> speakers, String[] speakerOfMention) {
    }

    /**
     * The mentions resolved into people; the resolution's person of each mention key (a string a
     * mention, 1.8 million at a million articles) is not held past this.
     */
    private static People resolve(SpeakerResolver resolver, List<SpeakerResolver.Mention> mentions) {
        SpeakerResolver.Resolution resolution = resolver.resolve(mentions);
        String[] speakerOfMention = new String[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            speakerOfMention[i] = resolution.speakerOf().get(mentions.get(i).key());
        }
        return new People(resolution.speakers(), speakerOfMention);
    }

    /** The whole index a full run keeps: every groupable quote's words, every name form, every mention. */
    private static QuoteArchive.KeptIndex index(Map<QuoteGrouper.Ref, QuoteGrouper.Member> groupable,
                                                List<SpeakerResolver.Mention> mentions,
                                                String[] speakerOfMention, SpeakerResolver resolver,
                                                int[] quoteCounts) {
        QuoteGrouper grouper = new QuoteGrouper();
        // Every quote's words and every form's blocks, held until they are written: as small immutable
        // sets of one string a distinct word (a hash set of fresh strings a quote was about 1 KB an article).
        Map<String, String> shared = new HashMap<>();
        List<QuoteArchive.KeptWords> words = new ArrayList<>();
        groupable.forEach((ref, member) -> words.add(new QuoteArchive.KeptWords(ref,
                sharedSet(grouper.wordsOf(member), shared))));
        Map<String, SpeakerResolver.KeptForm> forms = new LinkedHashMap<>();
        Map<String, Set<String>> blocks = new HashMap<>();
        List<QuoteArchive.KeptMention> kept = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            SpeakerResolver.Mention mention = mentions.get(i);
            SpeakerResolver.KeptForm form = resolver.formOf(mention, speakerOfMention[i]);
            SpeakerResolver.KeptForm known = forms.putIfAbsent(form.identity(), form);
            if (known == null) {
                blocks.put(form.identity(), sharedSet(resolver.blocksOf(form), shared));
                known = form;
            }
            // The form's one id string for all its mentions.
            kept.add(new QuoteArchive.KeptMention(mention, known.identity(), quoteCounts[i]));
        }
        return new QuoteArchive.KeptIndex(words, List.copyOf(forms.values()), blocks, kept, grouper.maxPostings());
    }

    /**
     * "The same story" of each quote's article for speaker resolution: its storyline once clustering has
     * run, otherwise its group of articles connected by shared text (read only when some article has no
     * storyline). The assignments, with their reasons, are not held past this.
     */
    private static Map<String, String> storiesOf(List<FoundQuote> found, Corpus corpus, AnalysisResults results) {
        Map<String, Assignment> placed = results.assignments();
        Map<String, String> storyOf = new HashMap<>();
        if (found.stream().anyMatch(quote -> !placed.containsKey(quote.articleId()))) {
            storyOf.putAll(new ProvenanceGroups(corpus, results).groupKeys());
        }
        // One string a story for all its articles' mentions (each assignment read has its own).
        Map<String, String> stories = new HashMap<>();
        storyOf.replaceAll((article, group) -> stories.computeIfAbsent(group, g -> g));
        placed.forEach((article, place) -> storyOf.put(article, stories.computeIfAbsent(place.storyId(), story -> story)));
        return storyOf;
    }

    /** The same words in an immutable set, each the one string {@code shared} holds for it. */
    private static Set<String> sharedSet(Set<String> words, Map<String, String> shared) {
        String[] held = new String[words.size()];
        int i = 0;
        for (String word : words) {
            held[i++] = shared.computeIfAbsent(word, w -> w);
        }
        return Set.of(held);
    }

    /** "He" or "they" that the article never ties to a name: not a person to list. */
    private static boolean isBarePronoun(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "he", "she", "they", "we", "i", "it", "you" -> true;
            default -> false;
        };
    }

    /**
     * The quotes a run keeps, made when asked for from the findings, their people, groups and diffs. A
     * quote's id is its article and start, and two findings can start at one offset (overlapping quotes):
     * the later finding stands, in the place of the first, as the store has always kept it. The findings
     * are given an article's one after another (corpus order, then by offset).
     */
    private static final class StoredQuotes extends java.util.AbstractList<FoundQuote> implements java.util.RandomAccess {
        private final List<FoundQuote> found;
        private final int[] mentionOfQuote;
        private final String[] speakerOfMention;
        private final Map<String, String> groupOf;
        private final Map<String, String> diffOf;
        /** The finding standing in each place. */
        private final int[] standing;
        private final int size;

        StoredQuotes(List<FoundQuote> found, int[] mentionOfQuote, String[] speakerOfMention, Map<String, String> groupOf,
                     Map<String, String> diffOf) {
            this.found = found;
            this.mentionOfQuote = mentionOfQuote;
            this.speakerOfMention = speakerOfMention;
            this.groupOf = groupOf;
            this.diffOf = diffOf;
            this.standing = new int[found.size()];
            Map<Integer, Integer> placeOfStart = new HashMap<>();
            String article = null;
            int places = 0;
            for (int i = 0; i < found.size(); i++) {
                FoundQuote quote = found.get(i);
                if (!quote.articleId().equals(article)) {
                    article = quote.articleId();
                    placeOfStart.clear();
                }
                Integer place = placeOfStart.putIfAbsent(quote.quote().start(), places);
                if (place == null) {
                    standing[places++] = i;
                } else {
                    standing[place] = i;
                }
            }
            this.size = places;
        }

        @Override
        public FoundQuote get(int index) {
            java.util.Objects.checkIndex(index, size);
            FoundQuote quote = found.get(standing[index]);
            int mention = mentionOfQuote[standing[index]];
            String speakerId = mention < 0 ? null : speakerOfMention[mention];
            return new FoundQuote(quote.id(), quote.articleId(), quote.quote(), speakerId, groupOf.get(quote.id()),
                    diffOf.get(quote.id()));
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * One string for each cue, evidence, role, name and mention the quotes give, where the extractor
     * makes each quote's own (cut from its article's text, or "X said with a role" made for it): held for
     * every quote of a run from scratch, about 3.6 million at a million articles, these copies were some
     * hundreds of megabytes. The quote's text is its own. Not thread-safe.
     */
    private static final class SharedStrings {
        private final Map<String, String> held = new HashMap<>();

        List<Quote> quotes(List<Quote> quotes) {
            List<Quote> shared = new ArrayList<>(quotes.size());
            for (Quote quote : quotes) {
                SpeakerMention who = quote.speaker();
                shared.add(new Quote(quote.kind(), quote.start(), quote.end(), quote.text(), who == null ? null
                        : new SpeakerMention(of(who.name()), of(who.mention()), who.start(), who.end(), of(who.role()), of(who.how())),
                        of(quote.cue()), quote.cueStart(), quote.cueEnd()));
            }
            return shared;
        }

        /** Lets go of the table (the strings stay with the quotes given). */
        void forget() {
            held.clear();
        }

        private String of(String text) {
            if (text == null) {
                return null;
            }
            String known = held.putIfAbsent(text, text);
            return known == null ? text : known;
        }
    }

    /** The key the resolver gives a mention: article and the mention's offset. */
    private static String mentionKey(FoundQuote quote) {
        return quote.articleId() + "#" + quote.quote().speaker().start();
    }
}
