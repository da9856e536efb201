package dev.corroborate.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pairs of a block of name forms that {@link NameForms#samePerson} may tie, in the order a walk
 * over every pair of the block takes them: those that share a story, a quote group or a role word.
 * Every tie {@code samePerson} makes needs one of the three (a surname alone needs the story or the
 * quote; a description, the quote; a longer name, any of them), so the pairs left out are pairs it
 * turns down, and the resolution is the one every pair gives, evidence and all. Why: a block grows
 * with the archive (a common surname, a name's first three letters), and its pairs with the square
 * of that, while the forms of one story or quote stay few.
 *
 * <p>Holds each form's keys once it has computed them. Not thread-safe.
 */
final class TiedPairs {

    /** Below this many forms a block's pairs are all taken: fewer than the keys cost to sort out. */
    private static final int SMALL_BLOCK = 16;

    private final NameForms names;
    private final List<NameForms.Identity> forms;
    private final boolean everyPair;
    private final String[][] keysOf;
    private final Map<String, Set<String>> roleWordsOf = new HashMap<>();

    /**
     * @param forms     the name forms, by number (a block lists their numbers)
     * @param everyPair take every pair of each block (tests compare the two)
     */
    TiedPairs(NameForms names, List<NameForms.Identity> forms, boolean everyPair) {
        this.names = names;
        this.forms = forms;
        this.everyPair = everyPair;
        this.keysOf = new String[forms.size()][];
    }

    /** Told each pair of a block to compare, as positions in the block, the lower first. */
    interface PairAction {
        void accept(int x, int y);
    }

    /** Each pair of this block to compare, in ascending order of the first position, then the second. */
    void forEach(List<Integer> block, PairAction action) {
        int n = block.size();
        long every = (long) n * (n - 1) / 2;
        if (everyPair || n <= SMALL_BLOCK) {
            forEveryPair(n, action);
            return;
        }
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int x = 0; x < n; x++) {
            for (String key : keys(block.get(x))) {
                holders.computeIfAbsent(key, k -> new ArrayList<>(2)).add(x);
            }
        }
        long listed = 0;
        for (List<Integer> positions : holders.values()) {
            listed += (long) positions.size() * (positions.size() - 1) / 2;
        }
        if (listed >= every / 2) {
            forEveryPair(n, action);
            return;
        }
        long[] pairs = new long[(int) listed];
        int count = 0;
        for (List<Integer> positions : holders.values()) {
            // Positions were added in ascending order: each pair comes lower first.
            for (int a = 0; a < positions.size(); a++) {
                for (int b = a + 1; b < positions.size(); b++) {
                    pairs[count++] = (long) positions.get(a) << 32 | positions.get(b);
                }
            }
        }
        Arrays.sort(pairs, 0, count);
        for (int k = 0; k < count; k++) {
            if (k == 0 || pairs[k - 1] != pairs[k]) {
                action.accept((int) (pairs[k] >>> 32), (int) pairs[k]);
            }
        }
    }

    private static void forEveryPair(int n, PairAction action) {
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                action.accept(x, y);
            }
        }
    }

    /** A form's stories, quote groups and role words, each kind apart from the others. */
    private String[] keys(int form) {
        String[] keys = keysOf[form];
        if (keys == null) {
            NameForms.Identity identity = forms.get(form);
            Set<String> all = new TreeSet<>();
            identity.stories().forEach(story -> all.add("s" + story));
            identity.groups().forEach(group -> all.add("g" + group));
            for (String role : identity.roles()) {
                roleWordsOf.computeIfAbsent(role, names::roleWords).forEach(word -> all.add("r" + word));
            }
            keys = all.toArray(new String[0]);
            keysOf[form] = keys;
        }
        return keys;
    }
}
