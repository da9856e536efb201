package dev.corroborate.quote;

import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.List;

/**
 * Attributions that come before a quote: in its sentence ({@code X said:}, {@code according to X,},
 * a speech verb whose clause holds a partial quote), a paragraph ending in a colon that introduces
 * it ({@code X continued:}, {@code Bush: "..."}), or the sentence before, ending in its speech verb
 * ({@code Dianne Bystrom agreed. "..."}). Returns {@code null} where nothing attributes the quote.
 * Immutable and thread-safe.
 */
final class PrecedingAttribution {

    private final QuoteSettings settings;
    private final SentenceBounds sentences;
    private final NounPhrases phrases;

    PrecedingAttribution(QuoteSettings settings, SentenceBounds sentences, NounPhrases phrases) {
        this.settings = settings;
        this.sentences = sentences;
        this.phrases = phrases;
    }

    /**
     * The attribution before a quote, in its sentence: {@code X said:}, {@code according to X,},
     * or a speech verb whose clause holds a partial quote.
     */
    Attribution before(String text, int quoteStart) {
        int from = sentences.sentenceStart(text, quoteStart);
        if (from >= quoteStart) {
            return null;
        }
        List<Token> tokens = Tokenizer.PROSE.tokens(text, from, quoteStart);
        Attribution unnamed = null;
        for (int v = tokens.size() - 1; v >= 0; v--) {
            Token token = tokens.get(v);
            if (!token.isWord()) {
                continue;
            }
            if (token.is("according") && v + 1 < tokens.size() && tokens.get(v + 1).is("to")) {
                SpeakerMention np = phrases.forwardNounPhrase(text, tokens, v + 2, "according to X");
                if (np != null) {
                    return new Attribution(np, token.start(), tokens.get(v + 1).end(), false);
                }
            }
            if (SpeechCues.isCue(token) && !readsAsNoun(tokens, v)) {
                boolean coordinated = v > 0 && (tokens.get(v - 1).is("and") || tokens.get(v - 1).is("but"));
                boolean participle = token.surface().endsWith("ing");
                SpeakerMention np = participle || coordinated
                        ? phrases.clauseSubject(text, tokens, v, participle ? "X ..., saying" : "X ... and said")
                        : phrases.backwardNounPhrase(text, tokens, 0, v, "X said");
                if (np == null && participle && v > 0 && tokens.get(v - 1).isWord() && tokens.get(v - 1).isCapitalised()) {
                    // "footage of Mara Quist asking, ...": the name right before the participle.
                    np = phrases.backwardNounPhrase(text, tokens, 0, v, "X saying");
                }
                if (np == null) {
                    // "..., said X:" and "told X, \"...\"" read the other way.
                    np = phrases.forwardNounPhrase(text, tokens, v + 1, "said X");
                    if (np != null && (!followsSentenceStartOrComma(tokens, v) || !NounPhrases.endsAtPunctuation(tokens, np))) {
                        // Not "said Republicans are engaged in ...": there the words are the subject of what was said.
                        np = null;
                    }
                }
                if (np != null || (unnamed == null && !SpeechCues.isWeakVerb(token.surface()))) {
                    int wordsBetween = 0;
                    for (int k = v + 1; k < tokens.size(); k++) {
                        if (tokens.get(k).isWord()) {
                            wordsBetween++;
                        }
                    }
                    boolean adjacent = wordsBetween <= settings.adjacentWords();
                    int contentFrom = v + 1;
                    while (contentFrom < tokens.size() && (!tokens.get(contentFrom).isWord()
                            || tokens.get(contentFrom).is("that") || (np != null && np.end() > tokens.get(contentFrom).start()))) {
                        contentFrom++;
                    }
                    Attribution found = new Attribution(np, token.start(), token.end(), adjacent,
                            contentFrom < tokens.size() ? tokens.get(contentFrom).start() : -1);
                    if (np != null) {
                        return found;
                    }
                    // "for saying that X was a \"...\"": speech with no speaker found; kept in case none is.
                    unnamed = found;
                }
            }
        }
        return unnamed;
    }

    /** Whether the words before a speech verb make it a noun: "the state", "Kim's mental state", "the Xinjiang report". */
    private static boolean readsAsNoun(List<Token> tokens, int v) {
        if (SpeechCues.isVerbOnly(tokens.get(v).surface()) || v == 0) {
            return false;
        }
        Token before = tokens.get(v - 1);
        if (SpeechCues.isDeterminer(before.surface()) || before.is("\u2019s") || before.is("'s")) {
            return true;
        }
        if (v >= 2 && before.isWord() && SpeechCues.isWeakVerb(tokens.get(v).surface())
                && SpeechCues.isDeterminer(tokens.get(v - 2).surface()) && !SpeechCues.isAdverb(before.surface())) {
            return true; // "the Xinjiang report", "the annual report"
        }
        return v >= 2 && before.isWord() && !before.isCapitalised() && !SpeechCues.isAdverb(before.surface())
                && (tokens.get(v - 2).is("\u2019s") || tokens.get(v - 2).is("'s"));
    }

    private static boolean followsSentenceStartOrComma(List<Token> tokens, int v) {
        return v == 0 || tokens.get(v - 1).surface().equals(",");
    }

    /** {@code X continued:} closing the previous paragraph introduces a quote that opens the next. */
    Attribution colonIntroduction(String text, int quoteStart) {
        Attribution label = nameWithColon(text, quoteStart);
        if (label != null) {
            return label;
        }
        int i = quoteStart - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Tokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || (text.charAt(i) != '\n' && text.charAt(i) != ':')) {
            return null;
        }
        while (i >= 0 && Tokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return null;
        }
        Attribution said = before(text, i);
        if (said != null && said.mention() != null) {
            return said;
        }
        // "Sanders delivered a snappy retort:" — the subject of the sentence that introduces the quote.
        int from = sentences.sentenceStart(text, i);
        List<Token> tokens = Tokenizer.PROSE.tokens(text, from, i);
        SpeakerMention subject = tokens.isEmpty() ? null : phrases.forwardNounPhrase(text, tokens, 0, "X ...:");
        if (subject == null || tokens.size() < 2) {
            return null;
        }
        return new Attribution(subject, i, i + 1, false);
    }

    /**
     * "Bush: \"The mission is to destroy ...\"": up to {@link QuoteSettings#colonNameWords()} capitalised
     * words and a colon right before the quote.
     */
    private Attribution nameWithColon(String text, int quoteStart) {
        int from = Math.max(0, quoteStart - settings.colonNameChars());
        List<Token> tokens = Tokenizer.PROSE.tokens(text, from, quoteStart);
        int colon = tokens.size() - 1;
        if (colon < 1 || !tokens.get(colon).surface().equals(":")) {
            return null;
        }
        int start = colon;
        while (start - 1 >= 0 && colon - start < settings.colonNameWords()
                && tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalised()
                && !SpeechCues.isFunctionWord(tokens.get(start - 1).surface())) {
            start--;
        }
        if (start == colon) {
            return null;
        }
        // The name must open its sentence or line: "… said. Bush:" or a new paragraph.
        if (start > 0) {
            String before = tokens.get(start - 1).surface();
            boolean boundary = ".!?\u201D\"".contains(before)
                    || text.substring(tokens.get(start - 1).end(), tokens.get(start).start()).indexOf('\n') >= 0;
            if (!boundary) {
                return null;
            }
        } else if (from > 0 && text.substring(Math.max(0, from - 2), tokens.get(0).start()).indexOf('\n') < 0
                && !Character.isWhitespace(text.charAt(from - 1))) {
            return null;
        }
        SpeakerMention name = NounPhrases.mention(text, tokens, start, colon, "", "X: \"...\"");
        return new Attribution(name, tokens.get(colon).start(), tokens.get(colon).end(), true);
    }

    /**
     * A quote that opens a sentence right after a sentence ending in its attribution, in the same
     * paragraph: {@code Dianne Bystrom agreed. "Mainstream Republicans are ..."}. The attribution
     * sentence ends with the speech verb and at most a few words ("in an interview").
     */
    Attribution previousSentence(String text, int quoteStart) {
        int i = quoteStart - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Tokenizer.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 1 || text.charAt(i) != '.') {
            return null;
        }
        int sentenceStart = sentences.sentenceStart(text, i);
        List<Token> tokens = Tokenizer.PROSE.tokens(text, sentenceStart, i);
        for (int v = tokens.size() - 1; v >= 0 && tokens.size() - v <= settings.previousSentenceVerbTokens(); v--) {
            Token token = tokens.get(v);
            if (!(SpeechCues.isCue(token) || (SpeechCues.isVerbAfterQuote(token.surface()) && !token.isCapitalised())
                    || token.is("agreed") || token.is("added"))) {
                continue;
            }
            SpeakerMention np = phrases.wholeNounPhrase(text, tokens, 0, v);
            if (np == null) {
                np = phrases.backwardNounPhrase(text, tokens, 0, v, "X said");
            }
            if (np != null) {
                SpeakerMention previous = new SpeakerMention(np.name(), np.mention(), np.start(), np.end(), np.role(),
                        "X said. in the sentence before");
                return new Attribution(previous, token.start(), token.end(), false);
            }
            return null;
        }
        return null;
    }
}
