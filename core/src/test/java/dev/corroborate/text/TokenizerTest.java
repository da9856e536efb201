package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        List<String> texts = IntStream.range(0, 2_000).mapToObj(k -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }).toList();
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
}
