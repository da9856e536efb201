package dev.corroborate.pipeline;

import dev.corroborate.compare.ComparedEvent;
import dev.corroborate.compare.EventComparer;
import dev.corroborate.compare.KeptAlignment;
import dev.corroborate.model.Article;
import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.text.Fingerprint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compares the articles of every event of two articles or more ({@link EventComparer}) and keeps
 * the discrepancies, replacing what a previous run kept; an incremental run compares only the
 * events whose comparison inputs changed (by a fingerprint kept with each event's discrepancies). Reads the events from the story stage's
 * placements and the quotes and groups from the quote stage, so it runs after both. The corpus is
 * read once in feed order; an event's articles are held from its first to its last, then compared
 * (complete events a chunk at a time, on every core) and let go, so memory holds the events still
 * open, not the corpus (an incremental run holds the articles of the events it compares again, read
 * by id). An event compared again aligns only the articles added after those its kept alignment
 * holds ({@link DiscrepancySink#keptAlignments}). Not thread-safe.
 */
public final class CompareStage {

    /**
     * What a run found.
     *
     * @param events        the events of two articles or more, each compared by this run or an earlier one
     * @param compared      those this run compared (the others kept what an earlier run found: nothing of theirs changed)
     * @param replayed      of the compared events' articles, how many were aligned as an earlier comparison kept them
     *                      (only the others' sentences were aligned anew)
     * @param read          how many articles the compared events hold
     * @param discrepancies how many discrepancies, by kind then class
     * @param failures      the events whose comparison failed, by id, each with why: they keep no discrepancies,
     *                      no fingerprint and no alignment, so the next comparison of them starts afresh
     */
    public record Summary(int events, int compared, int replayed, int read,
                          Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> discrepancies,
                          Map<String, String> failures) {

        public Summary {
            Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> copy = new EnumMap<>(Discrepancy.Kind.class);
            discrepancies.forEach((kind, byVerdict) -> copy.put(kind, Collections.unmodifiableMap(new EnumMap<>(byVerdict))));
            discrepancies = Collections.unmodifiableMap(copy);
            failures = Collections.unmodifiableMap(new TreeMap<>(failures));
        }

        /** A run in which no event's comparison failed. */
        public Summary(int events, int compared, int replayed, int read,
                       Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> discrepancies) {
            this(events, compared, replayed, read, discrepancies, Map.of());
        }

        /** How many discrepancies in all. */
        public int total() {
            return discrepancies.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }
    }

    /** Compares one event from its kept alignment ({@code null}: none); {@link EventComparer#compare} but in tests. */
    private final BiFunction<ComparedEvent, KeptAlignment, EventComparer.Comparison> comparer;
    /** The events whose comparison failed in this run, with why; written from the pool's threads. */
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    public CompareStage() {
        this(new EventComparer()::compare);
    }

    /** A stage comparing each event with {@code comparer} (a test's, to make one event's comparison fail). */
    CompareStage(BiFunction<ComparedEvent, KeptAlignment, EventComparer.Comparison> comparer) {
        this.comparer = comparer;
    }

    /** How many complete events are compared at once, on every core: what memory holds besides the open events. */
    private static final int COMPARED_AT_ONCE = 64;

    /** Every event of two articles or more compared, whatever an earlier run kept. */
    public Summary run(Corpus corpus, AnalysisResults results) {
        return run(corpus, results, true);
    }

    /**
     * Compares the events of two articles or more and keeps their discrepancies. Unless {@code
     * fromScratch}, an event whose comparison inputs (its articles, their quotes, which of them share
     * a speaker or a group, whether each group drifts, the comparer's settings: {@link #fingerprint}) have the fingerprint
     * kept with its discrepancies ({@link DiscrepancySink#comparedFingerprints()}) keeps them
     * without its articles being read: only the events a run changed are compared, with the result
     * of comparing them all. Where the results mark what changed since the last comparison ({@link
     * DiscrepancySink#comparisonChanges}), only the marked events are fingerprinted.
     */
    public Summary run(Corpus corpus, AnalysisResults results, boolean fromScratch) {
        failures.clear();
        java.util.Optional<DiscrepancySink.ComparisonChanges> changes = fromScratch
                ? java.util.Optional.empty() : results.comparisonChanges(STAMP);
        if (changes.isPresent()) {
            return compareChanged(corpus, results, changes.get());
        }
        // Every event fingerprinted: what was marked before its reads start is forgotten once its results are kept.
        long marked = results.lastComparisonChange();
        Summary summary = fingerprintEvery(corpus, results, fromScratch);
        results.forgetComparisonChanges(marked, STAMP);
        return summary;
    }

    /**
     * An incremental run over what the results marked as changed ({@link DiscrepancySink#comparisonChanges}):
     * only the events marked are fingerprinted (their members, their quotes' standings and their groups'
     * drifts read by id), and those whose fingerprint differs from the kept one, or that hold a rewritten
     * article, compared: the events {@link #fingerprintEvery} would compare, as every event whose inputs
     * changed is marked.
     */
    private Summary compareChanged(Corpus corpus, AnalysisResults results, DiscrepancySink.ComparisonChanges changes) {
        Map<String, List<String>> membersOf = new TreeMap<>();
        Set<String> gone = new TreeSet<>();
        changes.members().forEach((event, articles) -> {
            if (articles.size() < 2) {
                gone.add(event);
            } else {
                List<String> ids = new ArrayList<>(articles);
                Collections.sort(ids);
                membersOf.put(event, ids);
            }
        });
        Set<String> articles = new HashSet<>();
        membersOf.values().forEach(articles::addAll);
        Map<String, List<QuoteSource.Standing>> standings = new HashMap<>();
        results.forEachArticleStandings(articles, standings::put);
        Set<String> groupIds = new HashSet<>();
        standings.values().forEach(found -> found.forEach(standing -> {
            if (standing.groupId() != null) {
                groupIds.add(standing.groupId());
            }
        }));
        Map<String, Boolean> drifts = results.quoteGroupDrifts(groupIds);
        Map<String, String> kept = results.comparedFingerprints(changes.members().keySet());
        Map<String, String> changed = new TreeMap<>();
        membersOf.forEach((event, ids) -> {
            String print = fingerprint(event, ids, standings, drifts, SETTINGS);
            if (!print.equals(kept.get(event)) || changes.retold().contains(event)) {
                changed.put(event, print);
            }
        });
        gone.retainAll(kept.keySet());
        Map<String, List<Discrepancy>> found = new TreeMap<>();
        Map<String, KeptAlignment> alignments = new TreeMap<>();
        int[] replayed = new int[2];
        compareEach(changed.keySet(), membersOf, changes.retold(), corpus, results, found, alignments, replayed);
        leaveOutFailed(changed, gone);
        results.updateDiscrepancies(found, changed, gone);
        results.keepAlignments(alignments, gone, false);
        results.forgetComparisonChanges(changes.upTo(), STAMP);
        return new Summary(changes.events(), changed.size() + failures.size(), replayed[0], replayed[1],
                results.discrepancyCounts(), failures);
    }

    /** Every event fingerprinted from every quote's standing, and those whose fingerprint changed compared (all of them {@code fromScratch}). */
    private Summary fingerprintEvery(Corpus corpus, AnalysisResults results, boolean fromScratch) {
        Map<String, String> placed = results.eventsOfArticles(); // read once: a store reads every membership
        // Each membership one object, found by article id, that the article's standings are filed on: the
        // fingerprints look nothing up. Grouped by hash, then put in event-id order: one tree insertion an
        // event rather than one search an article.
        Map<String, Member> memberOf = new HashMap<>(placed.size() * 4 / 3 + 1);
        Map<String, List<Member>> grouped = new HashMap<>();
        placed.forEach((article, event) -> {
            Member member = new Member(article, event);
            memberOf.put(article, member);
            grouped.computeIfAbsent(event, k -> new ArrayList<>()).add(member);
        });
        grouped.values().removeIf(members -> {
            if (members.size() < 2) {
                members.forEach(member -> memberOf.remove(member.article));
                return true;
            }
            return false;
        });
        Map<String, List<Member>> eventMembers = new TreeMap<>(grouped);
        Map<String, List<String>> membersOf = new TreeMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        eventMembers.forEach((event, members) -> {
            List<String> ids = new ArrayList<>(members.size());
            members.forEach(member -> ids.add(member.article));
            membersOf.put(event, ids);
            sizes.put(event, members.size());
        });
        Map<String, String> kept = fromScratch ? Map.of() : results.comparedFingerprints();
        boolean everyEvent = kept.isEmpty();
        // What later steps gave each quote, filed by article, and whether each group drifts are enough to
        // fingerprint the events; the compared events' quotes are read whole a chunk of events at a time (every
        // quote read at once held some 3 GB at a million articles), and every group whole when every event is.
        Map<String, QuoteGroupSummary> groups = new HashMap<>();
        Map<String, Boolean> drifts;
        results.forEachArticleStandings((article, found) -> {
            Member member = memberOf.get(article);
            if (member != null) {
                member.standings = found;
            }
        });
        if (everyEvent) {
            drifts = new HashMap<>();
            for (QuoteGroupSummary group : results.quoteGroups()) {
                groups.put(group.id(), group);
                drifts.put(group.id(), !group.drift().isEmpty());
            }
        } else {
            drifts = results.quoteGroupDrifts();
        }
        // The comparison reads no reuse links (texts, quotes and quote groups only): they are neither read nor fingerprinted.
        // Every event fingerprinted on every core (each is its own; the members and maps read only).
        List<String> eventIds = new ArrayList<>(eventMembers.keySet());
        List<List<Member>> eventsInOrder = new ArrayList<>(eventMembers.values());
        String[] prints = new String[eventIds.size()];
        String settings = SETTINGS;
        java.util.stream.IntStream.range(0, prints.length).parallel().forEach(i -> {
            List<Member> members = new ArrayList<>(eventsInOrder.get(i));
            members.sort(BY_ARTICLE);
            List<String> ids = new ArrayList<>(members.size());
            List<List<QuoteSource.Standing>> standings = new ArrayList<>(members.size());
            for (Member member : members) {
                ids.add(member.article);
                standings.add(member.standings == null ? List.of() : member.standings);
            }
            prints[i] = fingerprint(eventIds.get(i), ids, standings, drifts, settings);
        });
        Map<String, String> fingerprints = new TreeMap<>();
        for (int i = 0; i < prints.length; i++) {
            fingerprints.put(eventIds.get(i), prints[i]);
        }
        // Fingerprinted: the standings are not read again (four strings a quote, some 0.5 GB at a million articles).
        memberOf.values().forEach(member -> member.standings = null);
        Function<String, String> eventOf = article -> {
            Member member = memberOf.get(article);
            return member == null ? null : member.event;
        };
        // An unchanged event keeps its discrepancies in the results: neither read nor written again.
        Map<String, List<Discrepancy>> found = new TreeMap<>();
        Set<String> toCompare = new HashSet<>();
        membersOf.forEach((event, members) -> {
            if (!fingerprints.get(event).equals(kept.get(event))) {
                toCompare.add(event);
            }
        });
        Map<String, KeptAlignment> alignments = new TreeMap<>();
        int[] replayed = new int[2];
        // Events complete in feed order are compared as their last article goes by, a chunk at a time on every
        // core (each event's comparison is its own: the results are those of comparing them one by one); the
        // results are kept in event-id order.
        Map<String, List<Article>> complete = new LinkedHashMap<>();
        Runnable compareComplete = () -> {
            List<String> articleIds = new ArrayList<>();
            complete.values().forEach(articles -> articles.forEach(article -> articleIds.add(article.id())));
            Map<String, List<FoundQuote>> quotes = new HashMap<>();
            for (FoundQuote quote : results.quotesOf(articleIds)) {
                quotes.computeIfAbsent(quote.articleId(), k -> new ArrayList<>()).add(quote);
            }
            List<ComparedEvent> events = new ArrayList<>(complete.size());
            complete.forEach((event, articles) -> events.add(event(event, articles, quotes, groups)));
            List<EventComparer.Comparison> done = events.parallelStream()
                    .map(event -> compare(event, null)).toList(); // from scratch: no alignment kept
            for (int i = 0; i < done.size(); i++) {
                String event = events.get(i).eventId();
                replayed[1] += events.get(i).articles().size();
                if (done.get(i) == null) {
                    continue; // failed: see failures
                }
                found.put(event, done.get(i).discrepancies());
                alignments.put(event, done.get(i).alignment());
                replayed[0] += done.get(i).replayed();
            }
            complete.clear();
        };
        Map<String, List<Article>> open = new HashMap<>();
        Consumer<Article> compareWhenComplete = article -> {
            String event = eventOf.apply(article.id());
            if (event == null || !toCompare.contains(event)) {
                return;
            }
            List<Article> articles = open.computeIfAbsent(event, k -> new ArrayList<>());
            articles.add(article);
            if (articles.size() == sizes.get(event)) {
                open.remove(event);
                complete.put(event, articles);
                if (complete.size() == COMPARED_AT_ONCE) {
                    compareComplete.run();
                }
            }
        };
        Map<Discrepancy.Kind, Map<Discrepancy.Verdict, Integer>> counts;
        if (everyEvent) {
            corpus.forEach(compareWhenComplete);
            compareComplete.run();
            fingerprints.keySet().removeAll(failures.keySet()); // failed: nothing of theirs found, nothing kept
            List<Discrepancy> all = new ArrayList<>();
            found.values().forEach(all::addAll);
            results.replaceDiscrepancies(all, fingerprints);
            results.keepAlignments(alignments, Set.of(), true);
            counts = new EnumMap<>(Discrepancy.Kind.class);
            for (Discrepancy discrepancy : all) {
                DiscrepancySink.count(counts, discrepancy);
            }
        } else {
            compareEach(new TreeSet<>(toCompare), membersOf, Set.of(), corpus, results, found, alignments, replayed);
            Map<String, String> changed = new TreeMap<>();
            toCompare.forEach(event -> changed.put(event, fingerprints.get(event)));
            Set<String> gone = new TreeSet<>(kept.keySet());
            gone.removeAll(fingerprints.keySet());
            leaveOutFailed(changed, gone);
            results.updateDiscrepancies(found, changed, gone);
            results.keepAlignments(alignments, gone, false);
            counts = results.discrepancyCounts();
        }
        return new Summary(fingerprints.size() + (everyEvent ? failures.size() : 0), toCompare.size(), replayed[0],
                replayed[1], counts, failures);
    }

    /**
     * One event's comparison; a failure (a fault of the comparer's on some text) is the event's alone: it is
     * noted with why and gives {@code null} (the event gets nothing), and the run goes on with the other events.
     */
    private EventComparer.Comparison compare(ComparedEvent event, KeptAlignment kept) {
        try {
            return comparer.apply(event, kept);
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement[] where = e.getStackTrace();
            failures.put(event.eventId(), e + (where.length > 0 ? " at " + where[0] : ""));
            return null;
        }
    }

    /**
     * The failed events of an incremental run are taken as gone: what an earlier run kept of them
     * (discrepancies, fingerprint, alignment) is removed rather than left beside members it was not
     * found for, and the next run whose changes reach them, or a {@code recluster}, compares them afresh.
     */
    private void leaveOutFailed(Map<String, String> changed, Set<String> gone) {
        changed.keySet().removeAll(failures.keySet()); // their discrepancies and alignments were never put
        gone.addAll(failures.keySet());
    }

    /**
     * Compares each of {@code events} (an incremental run's), reading one event's articles, quotes and kept
     * alignment (what an earlier comparison of it kept, so that only the articles added since are aligned)
     * on this thread while the events read before it are compared on the pool's: the reads and the
     * comparisons overlap. Each comparison is its own, so the results are those of comparing the events one
     * by one; they are kept by event id. The events of {@code retold} are aligned whole.
     */
    private void compareEach(Set<String> events, Map<String, List<String>> membersOf, Set<String> retold, Corpus corpus,
                             AnalysisResults results, Map<String, List<Discrepancy>> found,
                             Map<String, KeptAlignment> alignments, int[] replayed) {
        List<String> ids = new ArrayList<>(events);
        List<ForkJoinTask<EventComparer.Comparison>> comparisons = new ArrayList<>();
        for (String id : ids) {
            List<String> members = membersOf.get(id);
            Map<String, List<FoundQuote>> quotes = new HashMap<>();
            Set<String> groupIds = new TreeSet<>();
            for (FoundQuote quote : results.quotesOf(members)) {
                quotes.computeIfAbsent(quote.articleId(), k -> new ArrayList<>()).add(quote);
                if (quote.groupId() != null) {
                    groupIds.add(quote.groupId());
                }
            }
            Map<String, QuoteGroupSummary> groups = new HashMap<>();
            for (QuoteGroupSummary group : results.quoteGroups(groupIds)) {
                groups.put(group.id(), group);
            }
            ComparedEvent event = event(id, corpus.requireInOrder(members), quotes, groups);
            // An event holding a rewritten article is aligned whole: its kept sentence spans may not fit the text now.
            KeptAlignment kept = retold.contains(id) ? null : results.keptAlignments(List.of(id)).get(id);
            comparisons.add(ForkJoinTask.adapt(() -> compare(event, kept)).fork());
            replayed[1] += members.size();
        }
        // What no worker has started yet is compared here, the last read first (the pool takes the first).
        for (int i = comparisons.size() - 1; i >= 0; i--) {
            if (comparisons.get(i).tryUnfork()) {
                comparisons.get(i).invoke();
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            EventComparer.Comparison done = comparisons.get(i).join();
            if (done == null) {
                continue; // failed: see failures
            }
            found.put(ids.get(i), done.discrepancies());
            alignments.put(ids.get(i), done.alignment());
            replayed[0] += done.replayed();
        }
    }

    /** An article's place in an event of two articles or more, with its quotes' standings once read ({@code null}: none). */
    private static final class Member {
        final String article;
        final String event;
        List<QuoteSource.Standing> standings;

        Member(String article, String event) {
            this.article = article;
            this.event = event;
        }
    }

    private static final java.util.Comparator<Member> BY_ARTICLE = (a, b) -> a.article.compareTo(b.article);

    /**
     * The settings an event's comparison depends on besides its inputs: the comparer's, and the quote
     * extractor's (a quote is a function of its article's text and these, so the fingerprint names a
     * quote by its id).
     */
    private static final String SETTINGS = new EventComparer().settings() + "\u0000" + QuoteStage.KEPT_STAMP;

    /**
     * What an event's comparison reads besides its articles' texts (which never change under an
     * id, ids being made from the content), as a hash: equal fingerprints, equal discrepancies. A
     * quote is named by its id (its article and place: what the extractor finds there is a function of
     * the text and the extractor's settings, in {@code settings}) with what the comparer reads of what
     * later steps give it: which of the event's quotes share a speaker, which share a group, and whether
     * its group drifts ({@link EventComparer} reads speaker and group ids for equality only, and of a group
     * only whether its drift is empty). So a person or a group that spans many events and is named
     * anew when a new quote joins it (its id is made from its first member), or whose size, reference,
     * drift or diffs change with a quote of another event, changes no other event's fingerprint; two
     * people or groups of the event merged into one do. Speakers and groups are written as the first
     * quote of the event (members in id order, quotes in the port's order) that has them. The reuse
     * links among the articles are not in it: the comparison does not read them. {@code drifts} tells
     * of each kept group whether it drifts ({@link QuoteSource#quoteGroupDrifts}); a group not in it is
     * written as none.
     */
    static String fingerprint(String event, List<String> members, Map<String, List<QuoteSource.Standing>> quotes,
                              Map<String, Boolean> drifts, Object settings) {
        List<String> ids = new ArrayList<>(members);
        Collections.sort(ids);
        List<List<QuoteSource.Standing>> standings = new ArrayList<>(ids.size());
        ids.forEach(id -> standings.add(quotes.getOrDefault(id, List.of())));
        return fingerprint(event, ids, standings, drifts, settings);
    }

    /** {@link #fingerprint(String, List, Map, Map, Object)} of the members in id order, each with its standings. */
    private static String fingerprint(String event, List<String> ids, List<List<QuoteSource.Standing>> standings,
                                      Map<String, Boolean> drifts, Object settings) {
        Map<String, String> speakerLabels = new HashMap<>();
        Map<String, String> groupLabels = new HashMap<>();
        // One text hashed once (parts ended by a zero byte, fields by 1): an event of many quotes is one digest, not one a quote.
        StringBuilder quote = new StringBuilder(256 + 64 * ids.size());
        quote.append(FINGERPRINT_RULES).append('\u0000').append(settings).append('\u0000').append(event).append('\u0000');
        for (int m = 0; m < ids.size(); m++) {
            quote.append(ids.get(m)).append('\u0000');
            for (QuoteSource.Standing found : standings.get(m)) {
                quote.append(found.id()).append('\u0001');
                if (found.speakerId() != null) {
                    quote.append(speakerLabels.computeIfAbsent(found.speakerId(), k -> found.id()));
                }
                quote.append('\u0001');
                if (found.groupId() != null) {
                    quote.append(groupLabels.computeIfAbsent(found.groupId(), k -> found.id())).append('\u0001');
                    Boolean drift = drifts.get(found.groupId());
                    quote.append(drift == null ? "none" : drift ? "drifts" : "alike");
                }
                quote.append('\u0000');
            }
        }
        quote.setLength(quote.length() - 1); // the last zero byte is the one Fingerprint.add ends a part with
        return new Fingerprint().add(quote).hex();
    }

    /**
     * The version of what {@link #fingerprint} covers: bump it when it changes, so an event kept under
     * another fingerprint is compared again.
     */
    private static final String FINGERPRINT_RULES = "comparison inputs 2";

    /**
     * What the marks of changes are forgotten under ({@link DiscrepancySink#forgetComparisonChanges}): marks
     * forgotten by a comparison under other rules or settings, whose kept fingerprints this one would not
     * take, are not enough; every event is fingerprinted then.
     */
    private static final String STAMP = new Fingerprint().add(FINGERPRINT_RULES + "\u0000" + SETTINGS).hex();

    private static ComparedEvent event(String event, List<Article> articles, Map<String, List<FoundQuote>> quotes,
                                       Map<String, QuoteGroupSummary> groups) {
        List<FoundQuote> eventQuotes = new ArrayList<>();
        Set<String> groupIds = new TreeSet<>();
        for (Article article : articles) {
            for (FoundQuote quote : quotes.getOrDefault(article.id(), List.of())) {
                eventQuotes.add(quote);
                if (quote.groupId() != null) {
                    groupIds.add(quote.groupId());
                }
            }
        }
        List<QuoteGroupSummary> eventGroups = new ArrayList<>();
        for (String id : groupIds) {
            if (groups.containsKey(id)) {
                eventGroups.add(groups.get(id));
            }
        }
        return new ComparedEvent(event, articles, List.of(), eventQuotes, eventGroups);
    }
}
