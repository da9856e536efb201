package dev.corroborate.text;

/**
 * A light stem for English inflections ("sources" and "source", "signed" and "signing"), so that
 * a rewrite's change of form does not count as a change of word. Words of other languages lose at
 * most an ending and stay distinct from each other. Kept after measuring Lucene's stemmers in its
 * place (docs/BENCHMARKS.md, "Stemmer"): Porter and Porter2 found a few more citations but stem
 * ten times slower, and detection stems sentences for every pair it compares; the minimal and
 * KStem stemmers lost citations on one seed. Pure functions, thread-safe.
 */
public final class LightStemmer {

    private LightStemmer() {
    }

    /** The stem of a folded word (see {@link Tokenizer#fold(String)}). */
    public static String stem(String folded) {
        String w = withoutPossessive(folded);
        int n = w.length();
        if (n > 5 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 6 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 5 && w.endsWith("ed")) {
            return w.substring(0, n - (w.endsWith("eed") ? 1 : 2));
        }
        if (n > 4 && w.endsWith("es") && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** A folded word without its possessive {@code 's}: "china's" is "china". */
    public static String withoutPossessive(String folded) {
        return folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
    }
}
