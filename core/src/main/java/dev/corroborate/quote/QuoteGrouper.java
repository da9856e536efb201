package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the quotes of many articles that give the same statement, however each outlet worded it.
 *
 * <p>Two quotes of different articles are the same statement when their content words overlap
 * enough: at least {@link QuoteGroupingSettings#minShared()} shared content words (3) making up at
 * least {@link QuoteGroupingSettings#minContainment()} of the shorter quote's (0.5; so a truncated
 * quote still joins the full one), or, for a reworded or translated quote,
 * {@link QuoteGroupingSettings#rewordedShared()} (5) making up
 * {@link QuoteGroupingSettings#rewordedContainment()} (0.4) of the shorter's and
 * {@link QuoteGroupingSettings#rewordedLongerContainment()} (0.3) of the longer's.
 * Candidates come from an inverted index of content words, rarest first, so no pair of quotes is
 * compared unless they share words. Groups are the connected pairs. Each group has a reference
 * wording, the one sharing most words with the others, and every other member carries its
 * {@link WordDiff} against it.
 *
 * <p>Deterministic: the same quotes in any order give the same groups and ids. Not thread-safe.
 */
public final class QuoteGrouper {

    /** Words too common to tell two quotes apart. */
    private static final Set<String> STOP = WordLists.set(QuoteGrouper.class, "grouping-stop-words.txt");

    private final QuoteGroupingSettings settings;

    /** A grouper with {@link QuoteGroupingSettings#DEFAULTS}. */
    public QuoteGrouper() {
        this(QuoteGroupingSettings.DEFAULTS);
    }

    public QuoteGrouper(QuoteGroupingSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /**
     * Whether a quote can give the same statement as others: four or more of the speaker's own words
     * between quotation marks, direct or the partial quote of reported speech.
     */
    public static boolean isGroupable(Quote quote) {
        return dev.corroborate.text.WordCount.pieces(SaidWords.quoted(quote)) >= 4;
    }

    /** Words held by more quotes than this are too common to propose candidates ({@link QuoteGroupingSettings#maxPostings()}). */
    public int maxPostings() {
        return settings.maxPostings();
    }

    /** A quote to group: where it comes from and, for the display, who said it. */
    public record Member(String articleId, Quote quote, String speakerId) {
        String key() {
            return articleId + "#" + quote.start();
        }
    }

    /** The members of one group; {@code diffs} has one entry per member, the reference's empty. */
    public record Group(String id, Member reference, List<Member> members, List<List<WordDiff.Edit>> diffs,
                        List<String> drift) {
    }

    /**
     * What a quote is compared by: the speaker's own words between quotation marks (all of a direct
     * quote; the partial quote of reported speech), or the reported clause when it quotes nothing.
     */
    public static String said(Quote quote) {
        String quoted = SaidWords.quoted(quote);
        return quoted.isBlank() ? SaidWords.of(quote) : quoted;
    }

    public List<Group> group(List<Member> quotes) {
        GroupingIndex index = new GroupingIndex(quotes, settings, this::contentWords);
        List<Member> members = index.members;
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j : index.laterNeighbours(i)) {
                union(parent, i, j);
            }
        }
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> indexes : byRoot.values()) {
            if (indexes.size() < 2) {
                continue;
            }
            List<Member> group = indexes.stream().map(members::get).toList();
            groups.add(describe(group));
        }
        groups.sort(Comparator.comparing((Group g) -> -g.members().size()).thenComparing(Group::id));
        return List.copyOf(groups);
    }

    /**
     * What {@link #regroup} found: the groups of the quotes the new ones touch, described as
     * {@link #group} describes them, and the ids of the kept groups they replace. Every other kept
     * group stands as it was, so the kept groups without {@code replaced}, plus {@code groups}, are
     * what {@link #group} gives for all the quotes. {@code revisited}: every quote the regrouping
     * revisited, in key order (the members of the replaced groups among them): only these may have
     * changed group.
     */
    public record Regrouping(List<Group> groups, Set<String> replaced, List<Ref> revisited) {
    }

    /**
     * Groups again only what new quotes touch. {@code quotes} are all the quotes, old and new;
     * {@code newKeys} the keys ({@code articleId#start}) of the new ones; {@code keptGroupOf} the
     * group a previous {@link #group} of the old quotes gave each old key in a group. Revisited: the
     * new quotes, the old quotes holding a word the new ones made too common to propose candidates
     * (a pair may lose its tie), quotes sharing a key with another, and every kept group one of these
     * ties to, until no tie leaves the revisited set. Ties among the others are as they were, so
     * their groups are. The quotes in memory: {@link #regroup(Map, Kept)} over them.
     */
    public Regrouping regroup(List<Member> quotes, Set<String> newKeys, Map<String, String> keptGroupOf) {
        // Each quote's place among those sharing its key, in input order, as group() orders them.
        Map<String, Integer> seen = new HashMap<>();
        Map<Ref, Member> fresh = new HashMap<>();
        Map<Ref, Member> old = new HashMap<>();
        for (Member member : quotes) {
            Ref ref = new Ref(member.key(), seen.merge(member.key(), 1, Integer::sum) - 1, member.articleId());
            (newKeys.contains(member.key()) ? fresh : old).put(ref, member);
        }
        return regroup(fresh, new InMemoryKept(old, keptGroupOf, seen));
    }

    /** {@link Kept} over quotes held in memory: what the store's tables give, for tests and small runs. */
    private final class InMemoryKept implements Kept {
        private final Map<Ref, Member> members;
        private final Map<Ref, Set<String>> words = new HashMap<>();
        private final Map<String, List<Ref>> postings = new HashMap<>();
        private final Map<String, String> groupOf;
        private final Map<String, List<Ref>> byGroup = new HashMap<>();
        private final List<Ref> sharing = new ArrayList<>();

        InMemoryKept(Map<Ref, Member> members, Map<String, String> keptGroupOf, Map<String, Integer> keyCounts) {
            this.members = members;
            this.groupOf = keptGroupOf;
            new java.util.TreeMap<>(members).forEach((ref, member) -> {
                Set<String> content = wordsOf(member);
                words.put(ref, content);
                content.forEach(word -> postings.computeIfAbsent(word, w -> new ArrayList<>()).add(ref));
                String group = keptGroupOf.get(ref.key());
                if (group != null) {
                    byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(ref);
                }
                if (keyCounts.get(ref.key()) > 1) {
                    sharing.add(ref);
                }
            });
        }

        @Override
        public Map<String, Integer> counts(Collection<String> of) {
            Map<String, Integer> counts = new HashMap<>();
            of.forEach(word -> {
                if (postings.containsKey(word)) {
                    counts.put(word, postings.get(word).size());
                }
            });
            return counts;
        }

        @Override
        public Map<String, List<Ref>> holders(Collection<String> of) {
            Map<String, List<Ref>> holders = new HashMap<>();
            of.forEach(word -> holders.put(word, postings.getOrDefault(word, List.of())));
            return holders;
        }

        @Override
        public Map<Ref, Set<String>> words(Collection<Ref> refs) {
            Map<Ref, Set<String>> of = new HashMap<>();
            refs.forEach(ref -> of.put(ref, words.get(ref)));
            return of;
        }

        @Override
        public List<Ref> sharingKeys() {
            return sharing;
        }

        @Override
        public Map<String, String> groupsOf(Collection<String> keys) {
            Map<String, String> of = new HashMap<>();
            keys.forEach(key -> {
                if (groupOf.containsKey(key)) {
                    of.put(key, groupOf.get(key));
                }
            });
            return of;
        }

        @Override
        public List<Ref> membersOf(Collection<String> groups) {
            List<Ref> of = new ArrayList<>();
            groups.forEach(group -> of.addAll(byGroup.getOrDefault(group, List.of())));
            return of;
        }

        @Override
        public Map<Ref, Member> members(Collection<Ref> refs) {
            Map<Ref, Member> of = new HashMap<>();
            refs.forEach(ref -> of.put(ref, members.get(ref)));
            return of;
        }
    }

    /**
     * One quote to group, by where it is: its key ({@code articleId#start}), its place among the
     * quotes sharing that key (0, then 1… in the order found), and its article. Ordered by key, then place:
     * the order {@link #group} numbers quotes in.
     */
    public record Ref(String key, int ordinal, String articleId) implements Comparable<Ref> {
        /** The key's hash (cached by the string) and the place: the article is the key's, so equal refs hash alike. */
        @Override
        public int hashCode() {
            return 31 * key.hashCode() + ordinal;
        }

        @Override
        public int compareTo(Ref other) {
            int byKey = key.compareTo(other.key);
            return byKey != 0 ? byKey : Integer.compare(ordinal, other.ordinal);
        }
    }

    /**
     * What {@link #regroup(Map, Kept)} reads of the quotes a previous grouping kept (their content
     * words, an index by word with counts, their groups), asked only about what the new quotes touch.
     * A store implements it over tables; {@link #regroup(List, Set, Map)} over the quotes in memory.
     */
    public interface Kept {
        /** How many kept quotes hold each of these words; absent words are held by none. */
        Map<String, Integer> counts(Collection<String> words);

        /** The kept quotes holding each of these words (asked only of words held by at most {@code maxPostings} quotes). */
        Map<String, List<Ref>> holders(Collection<String> words);

        /** The content words of these kept quotes. */
        Map<Ref, Set<String>> words(Collection<Ref> refs);

        /** The kept quotes sharing their key with another (two findings at one offset). */
        List<Ref> sharingKeys();

        /** The kept group of each of these keys that is in one. */
        Map<String, String> groupsOf(Collection<String> keys);

        /** Every kept quote of these groups. */
        List<Ref> membersOf(Collection<String> groups);

        /** These kept quotes whole, for the description of their new groups. */
        Map<Ref, Member> members(Collection<Ref> refs);
    }

    /**
     * The content words {@link #regroup(Map, Kept)} compares a quote by: what a store keeps of each
     * groupable quote.
     */
    public Set<String> wordsOf(Member member) {
        return contentWords(said(member.quote()));
    }

    /**
     * Groups again only what new quotes touch, reading of the kept quotes only what these touch
     * ({@code kept}): the postings of the new quotes' words (and of the words their neighbours hold)
     * and the counts that decide "too common", never every quote. {@code fresh} are the new quotes
     * with their refs (none among {@code kept}). Revisited, as {@link #regroup(List, Set, Map)}: the new
     * quotes, the kept quotes holding a word the new ones made too common, kept quotes sharing a key,
     * and every kept group one of these ties to, until no tie leaves the revisited set. The result is
     * that of {@link #group} over all the quotes, for the groups it gives and replaces.
     */
    public Regrouping regroup(Map<Ref, Member> fresh, Kept kept) {
        Map<Ref, Set<String>> words = new HashMap<>();
        Map<String, List<Ref>> freshHolders = new HashMap<>();
        fresh.forEach((ref, member) -> {
            Set<String> content = wordsOf(member);
            words.put(ref, content);
            content.forEach(word -> freshHolders.computeIfAbsent(word, w -> new ArrayList<>()).add(ref));
        });
        Map<String, Integer> keptCounts = new HashMap<>(kept.counts(freshHolders.keySet()));
        java.util.function.ToIntFunction<String> total = word ->
                keptCounts.getOrDefault(word, 0) + freshHolders.getOrDefault(word, List.of()).size();
        Set<Ref> revisit = new HashSet<>(); // put in key order at the end
        List<Ref> wave = new ArrayList<>();
        Map<String, String> groupOfKey = new HashMap<>();
        Set<String> replaced = new java.util.TreeSet<>();
        // Postings as numbers given to the quotes as first met (refAt, idOf): the candidates of a quote
        // are counted in an array, not in a hash map of refs (the hottest loop of a batch's regrouping).
        Map<String, int[]> postings = new HashMap<>();
        List<Ref> refAt = new ArrayList<>();
        Map<Ref, Integer> idOf = new HashMap<>();
        int[] tally = new int[0];
        List<Ref> seeds = new ArrayList<>(fresh.keySet());
        seeds.addAll(kept.sharingKeys());
        List<String> tooCommonNow = new ArrayList<>();
        for (String word : freshHolders.keySet()) {
            int was = keptCounts.getOrDefault(word, 0);
            // Too common now, not before: the ties this word made may be gone.
            if (was > 0 && was <= settings.maxPostings() && total.applyAsInt(word) > settings.maxPostings()) {
                tooCommonNow.add(word);
            }
        }
        kept.holders(tooCommonNow).values().forEach(seeds::addAll);
        Map<Ref, List<Ref>> ties = new HashMap<>();
        List<Ref> touched = seeds;
        while (!touched.isEmpty()) {
            // The touched kept quotes bring their kept groups whole.
            List<Ref> keptTouched = new ArrayList<>();
            for (Ref ref : touched) {
                if (!revisit.contains(ref) && !fresh.containsKey(ref)) {
                    keptTouched.add(ref);
                }
            }
            Set<String> keys = new java.util.TreeSet<>();
            keptTouched.forEach(ref -> keys.add(ref.key()));
            keys.removeAll(groupOfKey.keySet());
            groupOfKey.putAll(kept.groupsOf(keys));
            for (Ref ref : touched) {
                if (revisit.add(ref)) {
                    wave.add(ref);
                }
            }
            Set<String> newlyReplaced = new java.util.TreeSet<>();
            for (Ref ref : keptTouched) {
                String group = groupOfKey.get(ref.key());
                if (group != null && replaced.add(group)) {
                    newlyReplaced.add(group);
                }
            }
            for (Ref ref : kept.membersOf(newlyReplaced)) {
                if (revisit.add(ref)) {
                    wave.add(ref);
                }
            }
            // Their words, and the postings of every word they hold that is not too common.
            List<Ref> unknown = new ArrayList<>();
            for (Ref ref : wave) {
                if (!words.containsKey(ref)) {
                    unknown.add(ref);
                }
            }
            words.putAll(kept.words(unknown));
            Set<String> wanted = new java.util.TreeSet<>();
            for (Ref ref : wave) {
                wanted.addAll(words.get(ref));
            }
            wanted.removeAll(postings.keySet());
            Set<String> uncounted = new java.util.TreeSet<>(wanted);
            uncounted.removeAll(keptCounts.keySet());
            keptCounts.putAll(kept.counts(uncounted));
            uncounted.forEach(word -> keptCounts.putIfAbsent(word, 0));
            List<String> listed = new ArrayList<>();
            for (String word : wanted) {
                if (total.applyAsInt(word) <= settings.maxPostings()) {
                    listed.add(word);
                } else {
                    postings.put(word, null); // too common: proposes no candidates
                }
            }
            Map<String, List<Ref>> keptHolders = kept.holders(listed);
            for (String word : listed) {
                List<Ref> kepts = keptHolders.getOrDefault(word, List.of());
                List<Ref> news = freshHolders.getOrDefault(word, List.of());
                int[] holders = new int[kepts.size() + news.size()];
                int h = 0;
                for (List<Ref> of : List.of(kepts, news)) {
                    for (Ref holder : of) {
                        Integer id = idOf.get(holder);
                        if (id == null) {
                            id = refAt.size();
                            refAt.add(holder);
                            idOf.put(holder, id);
                        }
                        holders[h++] = id;
                    }
                }
                postings.put(word, holders);
            }
            if (tally.length < refAt.size()) {
                tally = new int[Math.max(refAt.size(), 2 * tally.length)];
            }
            // The candidates of each quote of the wave: quotes of other articles sharing enough words.
            Map<Ref, List<Ref>> shared = new HashMap<>();
            Set<Ref> candidates = new java.util.TreeSet<>();
            int[] met = new int[refAt.size()];
            for (Ref ref : wave) {
                Set<String> mine = words.get(ref);
                if (mine.size() < settings.minShared()) {
                    continue;
                }
                Integer self = idOf.get(ref);
                int me = self == null ? -1 : self;
                int metCount = 0;
                for (String word : mine) {
                    int[] holders = postings.get(word);
                    if (holders != null) {
                        for (int other : holders) {
                            if (other != me && tally[other]++ == 0) {
                                met[metCount++] = other;
                            }
                        }
                    }
                }
                List<Ref> counted = new ArrayList<>();
                for (int k = 0; k < metCount; k++) {
                    int other = met[k];
                    if (tally[other] >= settings.minShared() && !refAt.get(other).articleId().equals(ref.articleId())) {
                        counted.add(refAt.get(other));
                    }
                    tally[other] = 0;
                }
                shared.put(ref, counted);
                candidates.addAll(counted);
            }
            List<Ref> unread = new ArrayList<>();
            for (Ref ref : candidates) {
                if (!words.containsKey(ref)) {
                    unread.add(ref);
                }
            }
            words.putAll(kept.words(unread));
            List<Ref> next = new ArrayList<>();
            for (Ref ref : wave) {
                Set<String> mine = words.get(ref);
                for (Ref other : shared.getOrDefault(ref, List.of())) {
                    if (tied(mine, words.get(other))) {
                        ties.computeIfAbsent(ref, r -> new ArrayList<>()).add(other);
                        if (!revisit.contains(other)) {
                            next.add(other);
                        }
                    }
                }
            }
            wave.clear();
            touched = next;
        }
        // Union the ties within the revisited set, in key order, as group() numbers quotes.
        List<Ref> ordered = new ArrayList<>(revisit);
        ordered.sort(null);
        Map<Ref, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i);
        }
        int[] parent = new int[ordered.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        ties.forEach((ref, others) -> others.forEach(other -> union(parent, index.get(ref), index.get(other))));
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Ref> described = new ArrayList<>();
        for (List<Integer> indexes : byRoot.values()) {
            if (indexes.size() >= 2) {
                indexes.forEach(i -> {
                    if (!fresh.containsKey(ordered.get(i))) {
                        described.add(ordered.get(i));
                    }
                });
            }
        }
        Map<Ref, Member> whole = new HashMap<>(kept.members(described));
        whole.putAll(fresh);
        List<Group> groups = new ArrayList<>();
        for (List<Integer> indexes : byRoot.values()) {
            if (indexes.size() >= 2) {
                groups.add(describe(indexes.stream().map(i -> whole.get(ordered.get(i))).toList()));
            }
        }
        return new Regrouping(List.copyOf(groups), java.util.Collections.unmodifiableSet(replaced), List.copyOf(ordered));
    }

    /** Whether two quotes of different articles sharing at least {@code minShared} words give the same statement. */
    private boolean tied(Set<String> mine, Set<String> theirs) {
        int common = intersection(mine, theirs);
        int shorter = Math.min(mine.size(), theirs.size());
        boolean close = common >= settings.minShared() && common >= settings.minContainment() * shorter;
        // A reworded or translated quote keeps fewer of the words, but more of them.
        boolean reworded = common >= settings.rewordedShared()
                && common >= settings.rewordedContainment() * shorter
                && common >= settings.rewordedLongerContainment() * Math.max(mine.size(), theirs.size());
        return close || reworded;
    }

    private Group describe(List<Member> group) {
        // The reference is the wording closest to all the others (the one most outlets carry), then the longest.
        List<String> said = group.stream().map(m -> said(m.quote())).toList();
        List<Set<String>> words = said.stream().map(this::contentWords).toList();
        int closest = 0;
        long best = -1;
        for (int i = 0; i < group.size(); i++) {
            long closeness = 0;
            for (int j = 0; j < group.size(); j++) {
                if (i != j) {
                    closeness += intersection(words.get(i), words.get(j));
                }
            }
            if (closeness > best || (closeness == best && said.get(i).length() > said.get(closest).length())) {
                best = closeness;
                closest = i;
            }
        }
        Member reference = group.get(closest);
        List<List<WordDiff.Edit>> diffs = new ArrayList<>();
        Set<String> drift = new java.util.LinkedHashSet<>();
        for (int i = 0; i < group.size(); i++) {
            Member member = group.get(i);
            if (i == closest) {
                diffs.add(List.of());
                continue;
            }
            List<WordDiff.Edit> diff = WordDiff.between(said.get(closest), said.get(i));
            diffs.add(diff);
            for (int k = 0; k < diff.size(); k++) {
                WordDiff.Edit edit = diff.get(k);
                switch (edit.op()) {
                    case CHANGED -> drift.add("changed words");
                    case ADDED -> drift.add("added words");
                    case DROPPED -> drift.add(k == 0 || k == diff.size() - 1 ? "truncated" : "dropped words");
                    default -> { }
                }
            }
            if (member.speakerId() != null && reference.speakerId() != null && !member.speakerId().equals(reference.speakerId())) {
                drift.add("different speaker");
            }
            String cue = member.quote().cue().toLowerCase(java.util.Locale.ROOT);
            String referenceCue = reference.quote().cue().toLowerCase(java.util.Locale.ROOT);
            if (!cue.isEmpty() && !referenceCue.isEmpty() && !cue.equals(referenceCue)) {
                drift.add("different verb (" + referenceCue + " / " + cue + ")");
            }
        }
        return new Group(id(group.get(0).key()), reference, group, diffs, List.copyOf(drift));
    }

    Set<String> contentWords(String text) {
        Set<String> content = new HashSet<>();
        for (Token word : Tokenizer.WORDS.tokens(text)) {
            if (word.folded().length() >= settings.minWordLength() && !STOP.contains(word.folded())) {
                content.add(word.folded());
            }
        }
        return content;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String word : small) {
            if (large.contains(word)) {
                common++;
            }
        }
        return common;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** A stable id from the group's first member: the same quotes always give the same id. */
    static String id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "qg-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
