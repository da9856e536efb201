package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
    static String said(Quote quote) {
        String quoted = SaidWords.quoted(quote);
        return quoted.isBlank() ? SaidWords.of(quote) : quoted;
    }

    public List<Group> group(List<Member> quotes) {
        Index index = new Index(quotes);
        List<Member> members = index.members;
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j : index.neighbours(i, true)) {
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
     * what {@link #group} gives for all the quotes.
     */
    public record Regrouping(List<Group> groups, Set<String> replaced) {
    }

    /**
     * Groups again only what new quotes touch. {@code quotes} are all the quotes, old and new;
     * {@code newKeys} the keys ({@code articleId#start}) of the new ones; {@code keptGroupOf} the
     * group a previous {@link #group} of the old quotes gave each old key in a group. Revisited: the
     * new quotes, the old quotes holding a word the new ones made too common to propose candidates
     * (a pair may lose its tie), quotes sharing a key with another, and every kept group one of these
     * ties to, until no tie leaves the revisited set. Ties among the others are as they were, so
     * their groups are.
     */
    public Regrouping regroup(List<Member> quotes, Set<String> newKeys, Map<String, String> keptGroupOf) {
        Index index = new Index(quotes);
        List<Member> members = index.members;
        Map<String, Integer> oldHolders = new HashMap<>();
        Map<String, Integer> keyCounts = new HashMap<>();
        Map<String, List<Integer>> byKeptGroup = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            String key = members.get(i).key();
            keyCounts.merge(key, 1, Integer::sum);
            if (!newKeys.contains(key)) {
                for (String word : index.words.get(i)) {
                    oldHolders.merge(word, 1, Integer::sum);
                }
                String kept = keptGroupOf.get(key);
                if (kept != null) {
                    byKeptGroup.computeIfAbsent(kept, g -> new ArrayList<>()).add(i);
                }
            }
        }
        java.util.BitSet revisit = new java.util.BitSet(members.size());
        java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>();
        Set<String> replaced = new java.util.TreeSet<>();
        java.util.function.IntConsumer touch = i -> {
            if (revisit.get(i)) {
                return;
            }
            revisit.set(i);
            pending.add(i);
            String kept = newKeys.contains(members.get(i).key()) ? null : keptGroupOf.get(members.get(i).key());
            if (kept != null && replaced.add(kept)) {
                for (int other : byKeptGroup.get(kept)) {
                    if (!revisit.get(other)) {
                        revisit.set(other);
                        pending.add(other);
                    }
                }
            }
        };
        for (int i = 0; i < members.size(); i++) {
            String key = members.get(i).key();
            boolean seed = newKeys.contains(key) || keyCounts.get(key) > 1;
            for (String word : index.words.get(i)) {
                if (seed) {
                    break;
                }
                // Too common now, not before: the ties this word made may be gone.
                seed = index.postings.get(word).size() > settings.maxPostings()
                        && oldHolders.getOrDefault(word, 0) <= settings.maxPostings();
            }
            if (seed) {
                touch.accept(i);
            }
        }
        Map<Integer, List<Integer>> ties = new HashMap<>();
        while (!pending.isEmpty()) {
            int i = pending.poll();
            List<Integer> neighbours = index.neighbours(i, false);
            ties.put(i, neighbours);
            for (int j : neighbours) {
                touch.accept(j);
            }
        }
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        ties.forEach((i, neighbours) -> neighbours.forEach(j -> union(parent, i, j)));
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = revisit.nextSetBit(0); i >= 0; i = revisit.nextSetBit(i + 1)) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> indexes : byRoot.values()) {
            if (indexes.size() >= 2) {
                groups.add(describe(indexes.stream().map(members::get).toList()));
            }
        }
        return new Regrouping(List.copyOf(groups), java.util.Collections.unmodifiableSet(replaced));
    }

    /** The quotes in key order with their content words, and an inverted index of the words. */
    private final class Index {
        final List<Member> members;
        final List<Set<String>> words;
        final Map<String, List<Integer>> postings = new HashMap<>();

        Index(List<Member> quotes) {
            // Each key made once, not once per comparison; equal keys stay in input order.
            List<Map.Entry<String, Member>> keyed = new ArrayList<>(quotes.size());
            for (Member member : quotes) {
                keyed.add(Map.entry(member.key(), member));
            }
            keyed.sort(Map.Entry.comparingByKey());
            members = new ArrayList<>(keyed.size());
            keyed.forEach(entry -> members.add(entry.getValue()));
            words = new ArrayList<>(members.size());
            for (int i = 0; i < members.size(); i++) {
                Set<String> content = contentWords(said(members.get(i).quote()));
                words.add(content);
                for (String word : content) {
                    postings.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }

        /**
         * The quotes tied to quote {@code i} (of another article, sharing enough words that are not too
         * common): those after it only when {@code laterOnly}. The tie is symmetric.
         */
        List<Integer> neighbours(int i, boolean laterOnly) {
            Set<String> mine = words.get(i);
            if (mine.size() < settings.minShared()) {
                return List.of();
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (String word : mine) {
                List<Integer> holders = postings.get(word);
                if (holders.size() > settings.maxPostings()) {
                    continue;
                }
                for (int j : holders) {
                    if (laterOnly ? j > i : j != i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            List<Integer> tied = new ArrayList<>();
            for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
                int j = candidate.getKey();
                if (candidate.getValue() < settings.minShared()
                        || members.get(j).articleId().equals(members.get(i).articleId())) {
                    continue;
                }
                int common = intersection(mine, words.get(j));
                int shorter = Math.min(mine.size(), words.get(j).size());
                boolean close = common >= settings.minShared() && common >= settings.minContainment() * shorter;
                // A reworded or translated quote keeps fewer of the words, but more of them.
                boolean reworded = common >= settings.rewordedShared()
                        && common >= settings.rewordedContainment() * shorter
                        && common >= settings.rewordedLongerContainment() * Math.max(mine.size(), words.get(j).size());
                if (close || reworded) {
                    tied.add(j);
                }
            }
            return tied;
        }
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
