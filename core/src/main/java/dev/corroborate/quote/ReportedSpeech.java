package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech outside quotation marks: sentences of the forms {@code X said (that) CLAUSE},
 * {@code CLAUSE, X said.} and {@code According to X, CLAUSE}, each a {@link QuoteKind#REPORTED}
 * quote of the clause. Immutable and thread-safe.
 */
final class ReportedSpeech {

    private final QuoteSettings settings;
    private final NounPhrases phrases;
    private final FollowingAttribution following;

    ReportedSpeech(QuoteSettings settings, NounPhrases phrases, FollowingAttribution following) {
        this.settings = settings;
        this.phrases = phrases;
        this.following = following;
    }

    /**
     * Reported speech in sentences with no quotation marks: {@code X said (that) CLAUSE},
     * {@code CLAUSE, X said.} and {@code According to X, CLAUSE}. Only the speech verbs that
     * always report speech count ("said", "told", "argued"; not "called" or "described").
     */
    List<Quote> find(String text, List<Quote> direct) {
        List<Quote> reported = new ArrayList<>();
        int sentenceFrom = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean boundary = i == n || text.charAt(i) == '\n' || SentenceSplitter.endsSentenceAt(text, i);
            if (!boundary) {
                continue;
            }
            int from = sentenceFrom;
            int to = i;
            sentenceFrom = i + 1;
            if (to - from < settings.reportedMinSentenceChars() || overlapsAny(direct, from, to)
                    || hasQuotationMark(text, from, to)) {
                continue;
            }
            Quote quote = reportedIn(text, from, to);
            if (quote != null) {
                reported.add(quote);
            }
        }
        return reported;
    }

    private Quote reportedIn(String text, int from, int to) {
        List<Token> tokens = Tokenizer.PROSE.tokens(text, from, to);
        if (tokens.size() < settings.reportedMinTokens()) {
            return null;
        }
        // According to X, CLAUSE
        if (tokens.get(0).is("according") && tokens.get(1).is("to")) {
            SpeakerMention np = phrases.forwardNounPhrase(text, tokens, 2, "according to X");
            int comma = indexOf(tokens, ",", 2);
            if (np != null && comma > 0 && tokens.size() - (comma + 1) >= settings.reportedMinClauseTokens()) {
                return reportedQuote(text, tokens.get(comma + 1).start(), to, np, tokens.get(0).start(), tokens.get(1).end());
            }
            return null;
        }
        // CLAUSE, X said.
        int lastComma = -1;
        for (int k = tokens.size() - 1; k > 0; k--) {
            if (tokens.get(k).surface().equals(",")) {
                lastComma = k;
                break;
            }
        }
        if (lastComma >= settings.reportedMinTokensBeforeComma()
                && tokens.size() - lastComma <= settings.reportedMaxTailTokens()) {
            Attribution tail = following.attributionIn(text, tokens.get(lastComma).start(), to);
            if (tail != null && tail.mention() != null
                    && SpeechCues.alwaysReports(text.substring(tail.cueStart(), tail.cueEnd()))
                    && endsTheSentence(tokens, Math.max(tail.mention().end(), tail.cueEnd()))) {
                return reportedQuote(text, tokens.get(0).start(), tokens.get(lastComma - 1).end(), tail.mention(),
                        tail.cueStart(), tail.cueEnd());
            }
        }
        // X said (that) CLAUSE: the subject opens the sentence.
        for (int v = 1; v < Math.min(tokens.size() - settings.reportedMinClauseTokens(),
                settings.reportedMaxVerbPosition()); v++) {
            Token verb = tokens.get(v);
            if (!SpeechCues.isCue(verb) || !SpeechCues.alwaysReports(verb.surface())) {
                continue;
            }
            SpeakerMention np = phrases.backwardNounPhrase(text, tokens, 0, v, "X said");
            if (np == null || np.start() != tokens.get(0).start()) {
                return null;
            }
            int clause = v + 1;
            if (verb.is("told") || verb.is("tells")) {
                while (clause < tokens.size() && tokens.get(clause).isWord() && !tokens.get(clause).is("that")
                        && clause - v <= settings.toldObjectMaxWords()) {
                    clause++;
                }
            }
            while (clause < tokens.size() && (tokens.get(clause).is("that") || tokens.get(clause).surface().equals(","))) {
                clause++;
            }
            if (tokens.size() - clause < settings.reportedMinClauseTokens()) {
                return null;
            }
            return reportedQuote(text, tokens.get(clause).start(), to, np, verb.start(), verb.end());
        }
        return null;
    }

    /**
     * Whether nothing but punctuation or a role after a comma follows {@code offset} in the sentence:
     * in "Ekdahl, who was deputy chair, said the letter fitted a pattern" the words after "said the
     * letter" show that "the letter" is what was said, not who said it.
     */
    private static boolean endsTheSentence(List<Token> tokens, int offset) {
        for (Token token : tokens) {
            if (token.start() >= offset) {
                return !token.isWord();
            }
        }
        return true;
    }

    private static Quote reportedQuote(String text, int start, int end, SpeakerMention speaker, int cueStart, int cueEnd) {
        while (end > start && (Tokenizer.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return new Quote(QuoteKind.REPORTED, start, end, text.substring(start, end), speaker,
                text.substring(cueStart, cueEnd), cueStart, cueEnd);
    }

    private static int indexOf(List<Token> tokens, String text, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).surface().equals(text)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean overlapsAny(List<Quote> quotes, int from, int to) {
        for (Quote quote : quotes) {
            if (quote.start() < to && quote.end() > from) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuotationMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u201E' || c == '\u300C') {
                return true;
            }
        }
        return false;
    }
}
