package dev.corroborate.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CitationsTest {

    /** Letters whose case folding is not plain ASCII: sharp s, dotted and dotless i, micro sign, y with diaeresis, Greek sigmas, Georgian. */
    private static final String LETTERS = "aAbBiIsSkKyY\u00df\u0130\u0131\u00b5\u039c\u03bc\u00ff\u0178\u03c3\u03c2\u03a3\u10d0\u1c90 .";

    @Test
    void aFoldedTextFindsANameExactlyWhereTheCaseBlindScanDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, 5 + random.nextInt(30));
            String name = random.nextBoolean() && text.length() > 3
                    ? flipCase(random, text.substring(random.nextInt(text.length() - 3)).substring(0, 3))
                    : randomText(random, 1 + random.nextInt(4));
            assertThat(Citations.containsIgnoreCase(text, Citations.foldable(text), name))
                    .as("%s in %s", name, text).isEqualTo(Citations.containsIgnoreCase(text, name));
        }
    }

    @Test
    void aTextFoldedAsItIsSearchedFindsWhatItsFoldedCopyFinds() {
        Random random = new Random(12);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, 5 + random.nextInt(30));
            String name = Citations.folded(random.nextBoolean() && text.length() > 3
                    ? flipCase(random, text.substring(random.nextInt(text.length() - 3)).substring(0, 1 + random.nextInt(3)))
                    : randomText(random, random.nextInt(4)));
            assertThat(Citations.containsFolded(text, name)).as("%s in %s", name, text)
                    .isEqualTo(Citations.folded(text).contains(name));
        }
    }

    @Test
    void aLongTextIsSearchedAcrossTheBlocksItIsCopiedIn() {
        Random random = new Random(13);
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random, Citations.BLOCK - 8 + random.nextInt(3 * Citations.BLOCK));
            // Names taken around the block ends, where a match starts in one block and ends in the next.
            int end = Citations.BLOCK * (1 + random.nextInt(Math.max(1, text.length() / Citations.BLOCK)));
            int start = Math.max(0, Math.min(text.length() - 6, end - random.nextInt(6)));
            String raw = random.nextInt(4) > 0
                    ? flipCase(random, text.substring(start, start + 1 + random.nextInt(5)))
                    : randomText(random, 1 + random.nextInt(6));
            // Mostly folded names, as callers pass them; now and then one as written, which the
            // folded text holds only where its characters are folded ones.
            String name = random.nextInt(5) > 0 ? Citations.folded(raw) : raw;
            assertThat(Citations.containsFolded(text, name)).as("%s in a text of %d", name, text.length())
                    .isEqualTo(Citations.folded(text).contains(name));
            assertThat(Citations.foldable(text)).isTrue();
        }
        String end = "x".repeat(Citations.BLOCK * 2 - 1) + "\uD801\uDC00";
        assertThat(Citations.foldable(end)).isFalse();
        assertThat(Citations.containsFolded("x".repeat(Citations.BLOCK - 2) + "Meridian", "meridian")).isTrue();
        assertThat(Citations.containsFolded("x".repeat(Citations.BLOCK - 2) + "Meridia", "meridian")).isFalse();
        assertThat(Citations.containsFolded("ab", "abc")).isFalse();
    }

    @Test
    void aTextsTrigramsNeverRuleOutANameItHoldsAndRuleOutMostItDoesNot() {
        Random random = new Random(14);
        int absent = 0;
        int ruledOut = 0;
        for (int round = 0; round < 5_000; round++) {
            // Long texts of a small alphabet fill the bits most: the hardest case for a filter and the easiest for a false negative.
            String text = randomText(random, 1 + random.nextInt(3 * Citations.BLOCK));
            long[] trigrams = Citations.trigrams(text);
            String raw = random.nextBoolean() && text.length() > 8
                    ? flipCase(random, text.substring(random.nextInt(text.length() - 8)).substring(0, 1 + random.nextInt(8)))
                    : randomText(random, 1 + random.nextInt(8));
            String name = Citations.folded(raw);
            boolean held = Citations.folded(text).contains(name);
            if (held) {
                assertThat(Citations.mayHold(trigrams, name)).as("%s in %s", name, text).isTrue();
            } else {
                absent++;
                ruledOut += Citations.mayHold(trigrams, name) ? 0 : 1;
            }
        }
        // Names of three letters or more that a short text does not hold mostly have a trigram it lacks.
        assertThat(ruledOut).isGreaterThan(absent / 3);
        long[] words = Citations.trigrams("The council met on Tuesday, as Harbour Daily reported.");
        assertThat(Citations.mayHold(words, "harbour daily")).isTrue();
        assertThat(Citations.mayHold(words, "meridian press")).isFalse();
        assertThat(Citations.mayHold(words, "xq")).as("too short to rule out").isTrue();
    }

    @Test
    void everyCharacterFoldsAsUpperThenLowerCase() {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            assertThat(Citations.folded(String.valueOf(c)).charAt(0)).isEqualTo(Character.toLowerCase(Character.toUpperCase(c)));
        }
    }

    @Test
    void aTextWithSurrogatePairsIsSearchedTheSlowWay() {
        String text = "Filed by the \uD801\uDC00rchive desk";
        assertThat(Citations.folded(text)).isNull();
        assertThat(Citations.foldable(text)).isFalse();
        assertThat(Citations.containsIgnoreCase(text, false, "\uD801\uDC28RCHIVE")).isEqualTo(Citations.containsIgnoreCase(text,
                "\uD801\uDC28RCHIVE"));
        assertThat(Citations.containsIgnoreCase(text, false, "RCHIVE DESK")).isTrue();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    private static String flipCase(Random random, String text) {
        StringBuilder flipped = new StringBuilder();
        for (char c : text.toCharArray()) {
            flipped.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return flipped.toString();
    }

    @Test
    void namesAreComparedOnTheCharactersThePatternKept() {
        String alphabet = "aAzZ09_ -.'&\u00e9\u00c9\u0130\u0131\u00df\t\uD83D\uDE00/";
        Random random = new Random(13);
        for (int round = 0; round < 100_000; round++) {
            String x = randomFrom(random, alphabet, random.nextInt(8));
            String y = random.nextInt(4) == 0 ? x : randomFrom(random, alphabet, random.nextInt(8));
            assertThat(Citations.wordCharacters(x)).as("%s", x).isEqualTo(x.replaceAll("\\W+", ""));
            boolean byPattern = !x.isBlank() && x.replaceAll("\\W+", "").equalsIgnoreCase(y.replaceAll("\\W+", ""));
            assertThat(Citations.sameName(x, y)).as("%s / %s", x, y).isEqualTo(byPattern);
        }
    }

    private static String randomFrom(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
