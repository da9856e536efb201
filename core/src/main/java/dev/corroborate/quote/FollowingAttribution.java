package dev.corroborate.quote;

import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.List;

/**
 * Attributions that follow a quote: {@code ", X said"}, {@code ", said X"}, {@code ", according to
 * X"}, {@code "», a dit X"}, and a signature line ({@code "..." ― Name}). Also reads the words
 * between two quotes, and the tail of a sentence of reported speech ({@code CLAUSE, X said.}).
 * Returns {@code null} where nothing attributes the quote. Immutable and thread-safe.
 */
final class FollowingAttribution {

    private final QuoteSettings settings;
    private final SentenceBounds sentences;
    private final NounPhrases phrases;

    FollowingAttribution(QuoteSettings settings, SentenceBounds sentences, NounPhrases phrases) {
        this.settings = settings;
        this.sentences = sentences;
        this.phrases = phrases;
    }

    /** {@code ", X said"} or {@code ", said X"} right after the quote. */
    Attribution after(String text, QuotationMarks.Span span) {
        int from = span.end();
        int to = sentences.sentenceEnd(text, from);
        return attributionIn(text, from, to);
    }

    /**
     * An attribution that starts at {@code from}: optional commas or dashes, then either a speech verb
     * followed by the speaker, or the speaker followed by a speech verb.
     */
    Attribution attributionIn(String text, int from, int to) {
        List<Token> tokens = Tokenizer.PROSE.tokens(text, from, Math.min(to, from + settings.window()));
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).isWord()) {
            String t = tokens.get(i).surface();
            if (!(t.equals(",") || t.equals("\u2014") || t.equals("\u2013") || t.equals("-"))) {
                return null;
            }
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        if (first.is("according") && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
            SpeakerMention np = phrases.forwardNounPhrase(text, tokens, i + 2, "according to X");
            return np == null ? null : new Attribution(np, first.start(), tokens.get(i + 1).end(), true);
        }
        if (first.is("and") || first.is("but") || first.is("while") || first.is("or")) {
            // '"...," and he said he hoped': a clause of its own, about something else.
            return null;
        }
        boolean quoteEndsSentence = SentenceBounds.endsSentence(text, from);
        // "said X" (not "dismissing it": after an -ing verb comes its object, not the speaker)
        if (SpeechCues.isCue(first) && !first.surface().endsWith("ing")) {
            SpeakerMention np = phrases.forwardNounPhrase(text, tokens, i + 1, "said X");
            // A weak verb ("reported", "read") attributes only when the speaker closes the sentence: ", reported Reuters."
            boolean weakOk = !SpeechCues.isWeakVerb(first.surface()) || punctuationAt(tokens, i + 1)
                    || (np != null && Character.isUpperCase(np.mention().charAt(0)) && NounPhrases.endsAtPunctuation(tokens, np));
            return np == null || !weakOk ? null : new Attribution(np, first.start(), first.end(), true);
        }
        // X [adverbs] said
        int limit = Math.min(tokens.size(), i + settings.attributionMaxTokens());
        // "a senior official who asked not to be named said": a verb right after a relative pronoun is the
        // relative clause's; the speaker is the phrase before the pronoun, and the verb the one after the clause.
        int relative = -1;
        for (int v = i + 1; v < limit; v++) {
            Token token = tokens.get(v);
            if (!token.isWord() && !",.'\u2019()-".contains(token.surface())) {
                break;
            }
            boolean cue = SpeechCues.isCue(token) || (SpeechCues.isVerbAfterQuote(token.surface()) && !token.isCapitalised());
            if (relative < 0 && v - 1 > i && NounPhrases.isRelative(tokens.get(v - 1)) && !tokens.get(v - 1).isCapitalised()
                    && tokens.get(v - 2).isWord() && !SpeechCues.isFunctionWord(tokens.get(v - 2).surface())) {
                // (after a comma, "Cruz, who has proposed …, said", the clause is an apposition, read from the verb)
                relative = v - 1;
                continue;
            }
            if (cue && quoteEndsSentence && introducesNextQuote(text, tokens, v)) {
                // '"..." He added, "..."': the verb belongs to the quote that follows.
                return null;
            }
            if (cue && (!SpeechCues.isWeakVerb(token.surface()) || punctuationAt(tokens, v + 1))) {
                SpeakerMention np = relative >= 0 ? phrases.backwardNounPhrase(text, tokens, i, relative, "X said")
                        : phrases.wholeNounPhrase(text, tokens, i, v);
                if (np == null && relative >= 0) {
                    np = phrases.wholeNounPhrase(text, tokens, i, v);
                }
                if (np == null) {
                    np = phrases.backwardNounPhrase(text, tokens, i, v, "X said");
                }
                if (np == null && v == i + 1 && SpeechCues.isAuxiliary(tokens.get(i).surface())) {
                    // "», a dit Claire Morel": an auxiliary, the verb, then the speaker.
                    np = phrases.forwardNounPhrase(text, tokens, v + 1, "said X");
                    if (np != null) {
                        return new Attribution(np, tokens.get(i).start(), token.end(), true);
                    }
                }
                // After a quote that ends its sentence, "Trump said." still attributes it, but
                // "Kasich said he would ..." is the next sentence, about something else.
                boolean nextSentence = quoteEndsSentence && Character.isUpperCase(np == null ? 'a' : np.mention().charAt(0))
                        && (wordsToSentenceEnd(tokens, v + 1) > settings.nextSentenceWords() || opensAClause(tokens, v + 1));
                if (np != null && phrases.startsAfterTitleWords(tokens, i, np.start()) && !nextSentence) {
                    return new Attribution(np, token.start(), token.end(), true);
                }
                return null;
            }
        }
        return null;
    }

    /** Whether the speech verb at {@code tokens[v]} is followed by a comma or colon and an opening mark. */
    private static boolean introducesNextQuote(String text, List<Token> tokens, int v) {
        if (v + 1 >= tokens.size() || !(tokens.get(v + 1).is(",") || tokens.get(v + 1).is(":"))) {
            return false;
        }
        int i = tokens.get(v + 1).end();
        while (i < text.length() && Tokenizer.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() && QuotationMarks.openerAt(text, i) > 0;
    }

    /**
     * A quote signed with a dash and a name that ends the line, on the quote's line or the next:
     * {@code "..." ― Clinton}.
     */
    Attribution signature(String text, int quoteEnd) {
        int i = quoteEnd;
        while (i < text.length() && Tokenizer.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.substring(quoteEnd, i).indexOf('\n') != text.substring(quoteEnd, i).lastIndexOf('\n')
                || !isDash(text.charAt(i))) {
            return null;
        }
        int lineEnd = text.indexOf('\n', i);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - i > settings.signatureMaxChars()) {
            return null;
        }
        List<Token> tokens = Tokenizer.PROSE.tokens(text, i + 1, lineEnd);
        SpeakerMention np = tokens.isEmpty() ? null : phrases.forwardNounPhrase(text, tokens, 0, "signed - X");
        if (np == null || !Character.isUpperCase(np.name().charAt(0))) {
            return null;
        }
        // The name must end the line: "— and then he left." is the reporter's sentence going on.
        for (Token t : tokens) {
            if (t.start() >= np.end() && (t.isWord() || !".,".contains(t.surface()))) {
                return null;
            }
        }
        return new Attribution(np, i, i + 1, true);
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2014' || c == '\u2013' || c == '\u2015';
    }

    /** How many words follow {@code tokens[from]} up to the end of its sentence. */
    private static int wordsToSentenceEnd(List<Token> tokens, int from) {
        int words = 0;
        for (int k = from; k < tokens.size(); k++) {
            String t = tokens.get(k).surface();
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                break;
            }
            if (tokens.get(k).isWord()) {
                words++;
            }
        }
        return words;
    }

    /** Whether the words from {@code tokens[k]} open a clause of their own: a name, a pronoun or "that". */
    private static boolean opensAClause(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.is("that") || SpeechCues.isPronoun(t.surface()) || (t.isCapitalised() && !SpeechCues.isFunctionWord(t.surface()));
    }

    private static boolean punctuationAt(List<Token> tokens, int k) {
        return k >= tokens.size() || (!tokens.get(k).isWord() && ".,:;".contains(tokens.get(k).surface()));
    }
}
