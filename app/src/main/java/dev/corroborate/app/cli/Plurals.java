package dev.corroborate.app.cli;

import java.util.Locale;

/** Counts with their noun in the right number: "1 article", "2 articles". Stateless. */
final class Plurals {

    private Plurals() {
    }

    /** "1 article", "0 articles", "1200 articles" (English nouns that take an s). */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? noun : noun + "s");
    }

    /** The noun alone, in the number {@code n} asks for. */
    static String noun(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
