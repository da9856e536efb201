package dev.corroborate.quote;

import dev.corroborate.quote.SpeakerResolver.KeptName;
import java.util.List;

/**
 * The names of one block's kept forms ({@link SpeakerResolver.KeptForms#namesInBlocks}), with what
 * turns most of them down before they are read: each name's initials (a bit a first letter) and its
 * number of words. A store hands them over packed, {@code "Nidentity words"} a line ({@code N}: 1 for
 * a name, 0 for a description; words separated by single spaces): the initials and counts are taken
 * from the packed text in one pass, and a name's identity and words are cut out only when it is asked
 * for ({@link #name}), which is for the few that pass the initials. Safe to read from several threads.
 */
public final class KeptNames {

    private static final KeptNames NONE = of(List.of());

    /** The packed text, or {@code null} when the names were given whole. */
    private final String packed;
    /** Where each name's line starts and ends in {@code packed}. */
    private final int[] starts;
    private final int[] ends;
    private final long[] initials;
    private final int[] sizes;
    /**
     * The names cut out so far: written by whichever thread asks first (a name cut out twice is the
     * same), safely read by others as {@link KeptName} is immutable.
     */
    private final KeptName[] names;

    private KeptNames(String packed, int[] starts, int[] ends, long[] initials, int[] sizes, KeptName[] names) {
        this.packed = packed;
        this.starts = starts;
        this.ends = ends;
        this.initials = initials;
        this.sizes = sizes;
        this.names = names;
    }

    /** No names. */
    public static KeptNames none() {
        return NONE;
    }

    /** These names, in this order. */
    public static KeptNames of(List<KeptName> names) {
        int n = names.size();
        long[] initials = new long[n];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            initials[i] = SpeakerResolver.initials(names.get(i).words());
            sizes[i] = names.get(i).words().size();
        }
        return new KeptNames(null, null, null, initials, sizes, names.toArray(new KeptName[0]));
    }

    /**
     * The names packed {@code "Nidentity words"} a line, lines separated by {@code '\n'}; a name's words
     * are its words between the first space and the line's end, split at single spaces (as
     * {@link String#split} splits them: trailing empty words dropped).
     */
    public static KeptNames packed(String packed) {
        int n = 0;
        if (!packed.isEmpty()) {
            n = 1;
            for (int at = packed.indexOf('\n'); at >= 0; at = packed.indexOf('\n', at + 1)) {
                n++;
            }
        }
        int[] starts = new int[n];
        int[] ends = new int[n];
        long[] initials = new long[n];
        int[] sizes = new int[n];
        int at = 0;
        for (int k = 0; k < n; k++) {
            int end = packed.indexOf('\n', at);
            if (end < 0) {
                end = packed.length();
            }
            starts[k] = at;
            ends[k] = end;
            long bits = 0;
            int word = 0;
            int lastNonEmpty = -1;
            for (int from = packed.indexOf(' ', at) + 1; ; word++) {
                int to = packed.indexOf(' ', from);
                if (to < 0 || to > end) {
                    to = end;
                }
                if (to > from) {
                    bits |= 1L << (packed.charAt(from) & 63);
                    lastNonEmpty = word;
                }
                if (to == end) {
                    break;
                }
                from = to + 1;
            }
            initials[k] = bits;
            sizes[k] = lastNonEmpty + 1;
            at = end + 1;
        }
        return new KeptNames(packed, starts, ends, initials, sizes, new KeptName[n]);
    }

    /** How many names the block holds. */
    public int size() {
        return initials.length;
    }

    /** The first letters of name {@code i}'s words, a bit each ({@code letter & 63}). */
    public long initials(int i) {
        return initials[i];
    }

    /** How many words name {@code i} has. */
    public int wordCount(int i) {
        return sizes[i];
    }

    /** Name {@code i}, whole. */
    public KeptName name(int i) {
        KeptName name = names[i];
        if (name == null) {
            int at = starts[i];
            int space = packed.indexOf(' ', at);
            String words = packed.substring(space + 1, ends[i]);
            name = new KeptName(packed.substring(at + 1, space), words.isEmpty() ? List.of() : List.of(words.split(" ")),
                    packed.charAt(at) == '1');
            names[i] = name;
        }
        return name;
    }
}
