package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final List<Tokenizer> ALL = List.of(Tokenizer.WORDS, Tokenizer.COMPOUND_WORDS, Tokenizer.PROSE);

    @Test
    void wordsAreFoldedRunsOfLettersWithTheirOffsetsInTheOriginalText() {
        String text = "China’s  letter, seen by REUTERS; didn't say—\"much\".";
        for (Token word : Tokenizer.WORDS.tokens(text)) {
            assertThat(word.surface()).isEqualTo(text.substring(word.start(), word.end()));
            assertThat(word.folded()).isEqualTo(word.surface().toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
        }
        assertThat(Tokenizer.WORDS.tokens(text)).extracting(Token::folded)
                .containsExactly("china's", "letter", "seen", "by", "reuters", "didn't", "say", "much");
    }

    @Test
    void hyphensSplitWordsForReuseAndJoinThemForCompounds() {
        String text = "A well-known COVID-19 ward in Saint-Ouen.";
        assertThat(Tokenizer.WORDS.tokens(text)).extracting(Token::surface)
                .containsExactly("A", "well", "known", "COVID", "19", "ward", "in", "Saint", "Ouen");
        assertThat(Tokenizer.COMPOUND_WORDS.tokens(text)).extracting(Token::surface)
                .containsExactly("A", "well-known", "COVID-19", "ward", "in", "Saint-Ouen");
    }

    @Test
    void proseKeepsAbbreviationsInitialsAndPunctuation() {
        String text = "Sen. J. Ruiz told U.S. officials: \"No.\" It rose 3.5%.";
        assertThat(Tokenizer.PROSE.tokens(text)).extracting(Token::surface).containsExactly(
                "Sen.", "J.", "Ruiz", "told", "U.S.", "officials", ":", "\"", "No.", "\"", "It", "rose", "3.5", "%", ".");
    }

    @Test
    void aWordOpensASentenceAfterAFullStopALineBreakOrAnOpeningQuote() {
        String text = "Rain fell. Then Harwick\nflooded, \u201CWater everywhere\u201D said Ann.";
        assertThat(Tokenizer.COMPOUND_WORDS.tokens(text)).filteredOn(Token::opensSentence).extracting(Token::surface)
                .containsExactly("Rain", "Then", "flooded", "Water");
    }

    @Test
    void flagsComeFromTheFirstCharacter() {
        List<Token> tokens = Tokenizer.PROSE.tokens("McDonald paid 26 dollars, not 2nd-hand.");
        assertThat(tokens.get(0).isCapitalised()).isTrue();
        assertThat(tokens.get(2).isNumber()).isTrue();
        assertThat(tokens.get(4).isWord()).isFalse();
        assertThat(tokens.get(6).isNumber()).isTrue();
        assertThat(tokens.get(6).is("2ND-HAND")).isTrue();
    }

    @Test
    void aStretchIsTokenizedAsIfTheTextEndedThere() {
        String text = "The mayor didn't resign";
        int to = text.indexOf('\'');
        assertThat(Tokenizer.WORDS.tokens(text, 4, to)).extracting(Token::surface).containsExactly("mayor", "didn");
        assertThat(Tokenizer.WORDS.tokens(text, 4, to).get(0).opensSentence()).isTrue();
        assertThat(Tokenizer.WORDS.tokens(text, -3, 99)).hasSize(4);
    }

    @Test
    void lettersOutsideTheBasicPlaneAreLettersAndSymbolsAreMarks() {
        String text = "x\uD835\uDC00y \uD83D\uDE00!";
        assertThat(Tokenizer.WORDS.tokens(text)).extracting(Token::surface).containsExactly("x\uD835\uDC00y");
        assertThat(Tokenizer.PROSE.tokens(text)).extracting(Token::surface).containsExactly("x\uD835\uDC00y", "\uD83D\uDE00", "!");
    }

    /** The contract every tokenizer keeps, on garbage as on prose (after Lucene's BaseTokenStreamTestCase). */
    @Test
    void everyTokenizerGivesOrderedTokensThatAreTheTextAtTheirOffsetsTheSameOnEveryThread() {
        String alphabet = "aBz09 \n\t.,;:!?'’-\"“”()…。é\u00A0\u0301\u064E中すカ\uD835\uDC00\uD83D\uDE00\uD801";
        SplittableRandom random = new SplittableRandom(7);
        List<String> texts = IntStream.range(0, 2_000).mapToObj(k -> randomText(random, alphabet, new String[0], 60)).toList();
        for (Tokenizer tokenizer : ALL) {
            var sequential = new ConcurrentHashMap<String, List<Token>>();
            for (String text : texts) {
                List<Token> tokens = tokenizer.tokens(text);
                sequential.put(text, tokens);
                int previousEnd = 0;
                for (Token token : tokens) {
                    assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
                    assertThat(token.surface()).isEqualTo(text.substring(token.start(), token.end()));
                    assertThat(token.folded()).isEqualTo(Tokenizer.fold(token.surface()));
                    previousEnd = token.end();
                }
            }
            texts.parallelStream().forEach(text -> assertThat(tokenizer.tokens(text)).isEqualTo(sequential.get(text)));
        }
    }

    /**
     * The tokenizer scans a copy of the text with ASCII tables; it must cut exactly as the rule
     * read one code point at a time through {@code String.charAt} (the first form, kept below).
     */
    @Test
    void theArrayScanCutsAsTheRuleReadOneCodePointAtATime() {
        // The ASCII table's edges (@ [ ` { _ ~ DEL and the first code points past it), then other scripts.
        String alphabet = "aBzQ09@[`{_~\u007F\u0080\u009F\r \n\t.,;:!?'’-\"“”()…。éÉ\u00A0\u0301\u064E中すカİß"
                + "\uD835\uDC00\uD83D\uDE00\uD801\uDC37\uDC00";
        String[] words = {"Sen.", "U.S.", "J.", "didn't", "COVID-19", "Saint-Ouen", "3.5", "Mr", "e.g", "\u0627\u064E\u0644"};
        List<CodePointTokenizer> references = ALL.stream().map(t -> new CodePointTokenizer(t.settings())).toList();
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 5_000; k++) {
            String s = randomText(random, alphabet, words, 80);
            int from = random.nextInt(s.length() + 1) - 2;
            int to = from + random.nextInt(s.length() + 4);
            for (int t = 0; t < ALL.size(); t++) {
                Tokenizer tokenizer = ALL.get(t);
                CodePointTokenizer reference = references.get(t);
                assertThat(tokenizer.tokens(s)).as("%s", s).isEqualTo(reference.tokens(s, 0, s.length()));
                assertThat(tokenizer.tokens(s, from, to)).as("%s [%d, %d)", s, from, to).isEqualTo(reference.tokens(s, from, to));
            }
        }
    }

    /**
     * A random text of fewer than {@code maxLength} pieces: characters of {@code alphabet}, and one
     * piece in eight one of {@code words} when there are any.
     */
    private static String randomText(SplittableRandom random, String alphabet, String[] words, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            if (words.length > 0 && random.nextInt(8) == 0) {
                text.append(words[random.nextInt(words.length)]);
            } else {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text.toString();
    }

    /** The tokenizer's first form: the rule read one code point at a time, the oracle of the test above. */
    private static final class CodePointTokenizer {
        private static final int AFTER_WORD = 'a';
        private final String joiners;
        private final boolean joinBeforeDigit;
        private final boolean combiningMarks;
        private final boolean abbreviationPeriods;
        private final boolean punctuation;

        CodePointTokenizer(Tokenizer.Settings settings) {
            this.joiners = settings.joiners();
            this.joinBeforeDigit = settings.joinBeforeDigit();
            this.combiningMarks = settings.combiningMarks();
            this.abbreviationPeriods = settings.abbreviationPeriods();
            this.punctuation = settings.punctuation();
        }

        public List<Token> tokens(String text, int from, int to) {
            List<Token> tokens = new ArrayList<>();
            int end = Math.min(to, text.length());
            int i = Math.max(0, from);
            // What stands before the characters since the last token: nothing yet (a line break, as
            // far as opening a sentence goes), a word, or the punctuation mark that was the last token.
            int lastEnd = i;
            int beforeGap = '\n';
            while (i < end) {
                int c = codePointAt(text, i, end);
                if (!Character.isLetterOrDigit(c)) {
                    int width = Character.charCount(c);
                    if (punctuation && !Tokenizer.isSpace(text.charAt(i))) {
                        tokens.add(token(text, i, i + width, Tokenizer.opensSentence(text, lastEnd, i, beforeGap)));
                        lastEnd = i + width;
                        beforeGap = c;
                    }
                    i += width;
                    continue;
                }
                int start = i;
                i = wordEnd(text, i + Character.charCount(c), end);
                if (abbreviationPeriods && i < end && text.charAt(i) == '.' && keepsPeriod(text, start, i)) {
                    i++;
                }
                tokens.add(token(text, start, i, Tokenizer.opensSentence(text, lastEnd, start, beforeGap)));
                lastEnd = i;
                beforeGap = AFTER_WORD;
            }
            return tokens;
        }

        /** Where the word whose letters continue at {@code i} ends. */
        private int wordEnd(String text, int i, int end) {
            while (i < end) {
                int d = codePointAt(text, i, end);
                if (Character.isLetterOrDigit(d)
                        || (combiningMarks && Character.getType(d) == Character.NON_SPACING_MARK)) {
                    i += Character.charCount(d);
                } else if (joiners.indexOf(d) >= 0 && i + 1 < end && joinsBefore(codePointAt(text, i + 1, end))) {
                    i++; // the joiner; the letter after it continues the word
                } else {
                    break;
                }
            }
            return i;
        }

        private boolean joinsBefore(int next) {
            return joinBeforeDigit ? Character.isLetterOrDigit(next) : Character.isLetter(next);
        }

        /** Whether the period after the word {@code text[start, end)} belongs to it. */
        private static boolean keepsPeriod(String text, int start, int end) {
            String word = text.substring(start, end).toLowerCase(Locale.ROOT);
            boolean initial = end - start == 1 && Character.isUpperCase(text.charAt(start));
            return initial || Abbreviations.contains(word) || word.indexOf('.') >= 0;
        }

        private static Token token(String text, int start, int end, boolean opensSentence) {
            String surface = text.substring(start, end);
            return new Token(start, end, surface, Tokenizer.fold(surface), opensSentence);
        }

        /** The code point at {@code i}, a surrogate pair read whole only when both halves lie before {@code end}. */
        private static int codePointAt(String text, int i, int end) {
            char high = text.charAt(i);
            if (Character.isHighSurrogate(high) && i + 1 < end) {
                char low = text.charAt(i + 1);
                if (Character.isLowSurrogate(low)) {
                    return Character.toCodePoint(high, low);
                }
            }
            return high;
        }
    }
}
