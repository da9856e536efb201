package dev.corroborate.quote;

import dev.corroborate.quote.QuoteGrouper.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@link QuoteGrouper#group} reads: the quotes in key order with their content words, and an
 * inverted index of the words. The words are numbered (in the order first met) and each quote holds
 * its own as an ascending array of numbers. At a million articles the quotes grouped are 1.3 million: with a set of strings each (its
 * own strings, a hash map's entry a word) and each word's holders boxed while the index was made, the
 * quote step held 17 million map entries, 13 million boxed ints and 26 million strings, 3.3 GB live,
 * against 1.5 GB once grouping was done (twenty-sixth session, docs/BENCHMARKS.md). Not thread-safe:
 * {@link #laterNeighbours} reuses its work arrays from call to call.
 */
final class GroupingIndex {

    private final QuoteGroupingSettings settings;
    final List<Member> members;
    /** Each quote's content words by number, ascending. */
    final int[][] words;
    /** Each word's holders (by word number), ascending. */
    final int[][] postings;
    /** How many words each quote shares with the one {@link #laterNeighbours} looks at: zero between calls. */
    private final int[] sharedWords;
    /** The quotes {@link #laterNeighbours} has counted a word for, in the order it met them. */
    private final int[] counted;

    GroupingIndex(List<Member> quotes, QuoteGroupingSettings settings,
                  Function<String, Set<String>> contentWords) {
        this.settings = settings;
        // Each key made once, not once per comparison; equal keys stay in input order.
        List<Map.Entry<String, Member>> keyed = new ArrayList<>(quotes.size());
        for (Member member : quotes) {
            keyed.add(Map.entry(member.key(), member));
        }
        keyed.sort(Map.Entry.comparingByKey());
        members = new ArrayList<>(keyed.size());
        keyed.forEach(entry -> members.add(entry.getValue()));
        words = new int[members.size()][];
        Map<String, Integer> numbers = new HashMap<>();
        int[] holders = new int[1024];
        for (int i = 0; i < members.size(); i++) {
            Set<String> content = contentWords.apply(QuoteGrouper.said(members.get(i).quote()));
            int[] own = new int[content.size()];
            int k = 0;
            for (String word : content) {
                Integer number = numbers.get(word);
                if (number == null) {
                    number = numbers.size();
                    numbers.put(word, number);
                    if (number == holders.length) {
                        holders = Arrays.copyOf(holders, number * 2);
                    }
                }
                holders[number]++;
                own[k++] = number;
            }
            Arrays.sort(own);
            words[i] = own;
        }
        postings = new int[numbers.size()][];
        for (int word = 0; word < postings.length; word++) {
            postings[word] = new int[holders[word]];
            holders[word] = 0; // from now on: how many holders are filed
        }
        for (int i = 0; i < words.length; i++) {
            for (int word : words[i]) {
                postings[word][holders[word]++] = i;
            }
        }
        sharedWords = new int[members.size()];
        counted = new int[members.size()];
    }

    /**
     * The quotes after quote {@code i} tied to it (of another article, sharing enough words that
     * are not too common). The tie is symmetric, so each pair is met once, from its first quote.
     * Counts in arrays kept between calls (a map of boxed counts was most of the grouping's time
     * at 300,000 articles).
     */
    List<Integer> laterNeighbours(int i) {
        int[] mine = words[i];
        if (mine.length < settings.minShared()) {
            return List.of();
        }
        int met = 0;
        for (int word : mine) {
            int[] holders = postings[word];
            if (holders.length > settings.maxPostings()) {
                continue;
            }
            // Holders are ascending: those after i start past its own place.
            for (int k = Arrays.binarySearch(holders, i) + 1; k < holders.length; k++) {
                int j = holders[k];
                if (sharedWords[j]++ == 0) {
                    counted[met++] = j;
                }
            }
        }
        List<Integer> tied = new ArrayList<>();
        for (int k = 0; k < met; k++) {
            int j = counted[k];
            int shared = sharedWords[j];
            sharedWords[j] = 0;
            if (shared < settings.minShared() || members.get(j).articleId().equals(members.get(i).articleId())) {
                continue;
            }
            if (tied(mine, words[j])) {
                tied.add(j);
            }
        }
        return tied;
    }

    /** {@link QuoteGrouper}'s tie of two quotes ({@code tied(Set, Set)}), of their words as ascending numbers. */
    private boolean tied(int[] mine, int[] theirs) {
        int common = 0;
        for (int a = 0, b = 0; a < mine.length && b < theirs.length; ) {
            if (mine[a] == theirs[b]) {
                common++;
                a++;
                b++;
            } else if (mine[a] < theirs[b]) {
                a++;
            } else {
                b++;
            }
        }
        int shorter = Math.min(mine.length, theirs.length);
        boolean close = common >= settings.minShared() && common >= settings.minContainment() * shorter;
        boolean reworded = common >= settings.rewordedShared()
                && common >= settings.rewordedContainment() * shorter
                && common >= settings.rewordedLongerContainment() * Math.max(mine.length, theirs.length);
        return close || reworded;
    }
}
