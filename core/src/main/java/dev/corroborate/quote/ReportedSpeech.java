package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.SentenceSplitter;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech outside quotation marks: sentences of the forms {@code X said (that) CLAUSE},
 * {@code CLAUSE, X said.} and {@code According to X, CLAUSE}, each a {@link QuoteKind#REPORTED}
 * quote of the clause. Immutable and thread-safe.
 */
final class ReportedSpeech {

    /** Prepositions that join the head of a subject to the name it is of: "a spokeswoman for", "the Commission on". */
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("for", "of", "on", "at");

    /** Marks that stand inside a subject's words: "the port\u2019s", "Jean-Luc", "U.N.". */
    private static final Set<String> MARKS_INSIDE_NAMES = Set.of("\u2019", "'", "-", ".");

    private final QuoteSettings settings;
    private final NounPhrases phrases;
    private final FollowingAttribution following;

    ReportedSpeech(QuoteSettings settings, NounPhrases phrases, FollowingAttribution following) {
        this.settings = settings;
        this.phrases = phrases;
        this.following = following;
    }

    /**
     * Reported speech in sentences with no quotation marks, or with only partial quotes inside:
     * {@code X said (that) CLAUSE}, {@code CLAUSE, X said.} and {@code According to X, CLAUSE}. Only
     * the speech verbs that always report speech count ("said", "told", "argued"; not "called" or
     * "described"). A statement found here replaces the partial quotes it holds (see {@link QuoteExtractor}).
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
            if (to - from < settings.reportedMinSentenceChars()) {
                continue;
            }
            if (overlapsAny(direct, from, to) && !onlyPartialQuotesWithin(direct, from, to)) {
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
        // CLAUSE, X said. "…, a police official said on condition of anonymity because …": the anonymity
        // clause says why the speaker is not named, and is not part of the attribution's length.
        int anonymity = anonymityClause(tokens);
        List<Token> attributed = anonymity > 0 ? tokens.subList(0, anonymity) : tokens;
        int attributedEnd = anonymity > 0 ? attributed.get(attributed.size() - 1).end() : to;
        int lastComma = -1;
        for (int k = attributed.size() - 1; k > 0; k--) {
            if (attributed.get(k).surface().equals(",")) {
                lastComma = k;
                break;
            }
        }
        if (lastComma >= settings.reportedMinTokensBeforeComma()
                && attributed.size() - lastComma <= settings.reportedMaxTailTokens()) {
            Attribution tail = following.attributionIn(text, attributed.get(lastComma).start(), attributedEnd);
            if (tail != null && tail.mention() != null
                    && SpeechCues.alwaysReports(text.substring(tail.cueStart(), tail.cueEnd()))
                    && endsTheSentence(attributed, afterToldObject(attributed, Math.max(tail.mention().end(), tail.cueEnd()),
                            text.substring(tail.cueStart(), tail.cueEnd())))) {
                return reportedQuote(text, attributed.get(0).start(), attributed.get(lastComma - 1).end(),
                        wholeHead(text, attributed, lastComma + 1, tail.mention()), tail.cueStart(), tail.cueEnd());
            }
        }
        // X said (that) CLAUSE: the subject opens the sentence.
        for (int v = 1; v < Math.min(tokens.size() - settings.reportedMinClauseTokens(),
                Math.max(settings.reportedMaxVerbPosition(), afterOpeningApposition(tokens) + 1)); v++) {
            Token verb = tokens.get(v);
            if (!SpeechCues.isCue(verb) || !SpeechCues.alwaysReports(verb.surface())) {
                continue;
            }
            // "Brandt on Friday said": the time between subject and verb is not part of the subject.
            SpeakerMention np = phrases.backwardNounPhrase(text, tokens, 0, timeBefore(tokens, v), "X said");
            if (np == null) {
                return null;
            }
            np = subjectOpeningTheSentence(text, tokens, np, v);
            if (np == null) {
                return null;
            }
            int clause = v + 1;
            if (verb.is("told") || verb.is("tells")) {
                while (clause < tokens.size() && tokens.get(clause).isWord() && !tokens.get(clause).is("that")
                        && clause - v <= settings.toldObjectMaxWords()) {
                    clause++;
                }
            }
            clause = skipTime(tokens, clause); // "said Friday that", "told reporters on Tuesday that"
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
     * The subject of {@code X said CLAUSE} when it opens the sentence, or {@code null}. It opens it when
     * nothing stands before it but words that open sentences ("But a ministry official said"), a short
     * lead ending in a comma ("In March, Olsen said"; "The port's chief engineer, Mara Olsen, said",
     * the role before the name), or the head of the phrase the name completes ("A spokeswoman for
     * the council says": then the whole phrase is the speaker). Not when the attribution stands between
     * commas inside the sentence ("The plan, Olsen said, would fail"): what was said is then around it.
     */
    private SpeakerMention subjectOpeningTheSentence(String text, List<Token> tokens, SpeakerMention np, int verb) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).isWord() && tokens.get(first).isCapitalised()
                && SpeechCues.opensSentenceNotName(tokens.get(first).surface())) {
            first++;
        }
        if (first < tokens.size() && tokens.get(first).surface().equals(",")) {
            first++; // "However, the ministry said"
        }
        int at = indexStartingAt(tokens, np.start());
        if (at < 0 || at <= first) {
            return at < 0 ? null : np;
        }
        Token before = tokens.get(at - 1);
        boolean leadUpToComma = before.surface().equals(",") && at - first - 1 <= settings.reportedMaxLeadTokens()
                && plainWords(tokens, first, at - 1)
                && (!tokens.get(verb + 1).surface().equals(",") || adverbialLead(tokens, at - 1));
        if (leadUpToComma) {
            String lead = text.substring(tokens.get(first).start(), tokens.get(at - 2).end());
            if (np.role() != null && !np.role().isEmpty() && lead.endsWith(np.role())) {
                // "The port's chief engineer, Mara Olsen, said": the whole lead is the role, not its last words.
                return new SpeakerMention(np.name(), np.mention(), np.start(), np.end(), lead, np.how());
            }
            return np;
        }
        SpeakerMention whole = at < 2 || !tokens.get(at - 2).surface().equals(",") ? wholeHead(text, tokens, first, np) : np;
        if (whole == np && titleWords(tokens, first, at) && isName(tokens, at, np.end())) {
            // "Coast guard commander Pieter Molnar said", "Dr. Helena Sorvik, head of …, said": titles before the name.
            String role = np.role() == null || np.role().isEmpty()
                    ? text.substring(tokens.get(first).start(), tokens.get(at - 1).end()) : np.role();
            return new SpeakerMention(np.name(), text.substring(tokens.get(first).start(), np.end()),
                    tokens.get(first).start(), np.end(), role, np.how());
        }
        return whole == np ? null : whole;
    }

    /**
     * Whether the tokens from {@code first} to the name at {@code name} are a title it carries: a few
     * words, the first capitalised, the period of an abbreviation only last ("Deputy mayor", "Coast guard
     * commander", "Dr."), none a verb, function word, time, adverb, pronoun, determiner or number ("In
     * March Olsen said" has no title).
     */
    private boolean titleWords(List<Token> tokens, int first, int name) {
        if (name - first > settings.titleWordsBeforeName() + 1 || name <= first) {
            return false;
        }
        for (int k = first; k < name; k++) {
            Token token = tokens.get(k);
            if (!token.isWord()) {
                if (!(token.surface().equals(".") && k > first && tokens.get(k - 1).isCapitalised() && k == name - 1)) {
                    return false;
                }
                continue;
            }
            String word = token.surface();
            if (SpeechCues.isCue(token) || SpeechCues.isVerb(word) || SpeechCues.isFunctionWord(word) || SpeechCues.isParticle(word)
                    || SpeechCues.isTimeWord(word) || SpeechCues.isAdverb(word) || SpeechCues.isPronoun(word)
                    || SpeechCues.isDeterminer(word) || token.isNumber()) {
                return false;
            }
        }
        return tokens.get(first).isCapitalised();
    }

    /** Whether the tokens from {@code from} to offset {@code end} are a name: capitalised words, no determiner or time. */
    private static boolean isName(List<Token> tokens, int from, int end) {
        for (int k = from; k < tokens.size() && tokens.get(k).end() <= end; k++) {
            Token token = tokens.get(k);
            if (token.isWord() && (!token.isCapitalised() && !SpeechCues.isParticle(token.surface())
                    || SpeechCues.isDeterminer(token.surface()) || SpeechCues.isTimeWord(token.surface()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens are words (and the marks inside names and abbreviations), with no speech cue among them. */
    private static boolean plainWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            boolean allowed = token.isWord() ? !SpeechCues.isCue(token) : MARKS_INSIDE_NAMES.contains(token.surface());
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words before the comma say when or how ("Recently,", "In March,"), not what the
     * sentence is about: then in "Recently, Olsen said, nearly forty villages …" what was said follows.
     */
    private static boolean adverbialLead(List<Token> tokens, int comma) {
        Token opening = tokens.get(0);
        return SpeechCues.isFunctionWord(opening.surface()) || comma == 1 && SpeechCues.isAdverb(opening.surface());
    }

    /**
     * After a name opening the sentence and a role set off by commas ("Dr. Helena Sorvik, head of the
     * emergency department at the town hospital, said"), where the verb may stand: the token after the
     * role's closing comma; else -1. The role is as long as an apposition may be, so the verb may stand
     * later than {@link QuoteSettings#reportedMaxVerbPosition()} allows an opening lead.
     */
    private int afterOpeningApposition(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && k < settings.fullNameMaxWords() + 2 && (tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                || tokens.get(k).is(".") && k > 0)) {
            k++;
        }
        if (k < 2 || k >= tokens.size() || !tokens.get(k).is(",")) {
            return -1;
        }
        for (int close = k + 1; close < tokens.size() && close - k <= settings.roleMaxTokens() + 1; close++) {
            if (tokens.get(close).is(",")) {
                return close + 1;
            }
            if (!tokens.get(close).isWord() && !MARKS_INSIDE_NAMES.contains(tokens.get(close).surface())) {
                return -1;
            }
        }
        return -1;
    }

    /** Where "on (the) condition of anonymity" starts after a speech verb, or -1. */
    private static int anonymityClause(List<Token> tokens) {
        for (int k = 2; k + 3 < tokens.size(); k++) {
            int condition = tokens.get(k).is("on") ? (tokens.get(k + 1).is("the") ? k + 2 : k + 1) : -1;
            if (condition > 0 && condition + 2 < tokens.size() && tokens.get(condition).is("condition")
                    && tokens.get(condition + 1).is("of") && tokens.get(condition + 2).is("anonymity")
                    && SpeechCues.isCue(tokens.get(k - 1))) {
                return k;
            }
        }
        return -1;
    }

    /** Where a time said between subject and verb starts ("on Friday said", "Friday said"), or {@code verb}. */
    private static int timeBefore(List<Token> tokens, int verb) {
        int k = verb;
        if (k - 1 >= 1 && tokens.get(k - 1).isWord() && SpeechCues.isTimeWord(tokens.get(k - 1).surface())) {
            k--;
            if (k - 1 >= 1 && tokens.get(k - 1).is("on")) {
                k--;
            }
        }
        return k;
    }

    /** After a time said with the verb ("said Friday", "said on Friday"), or {@code from}. */
    private static int skipTime(List<Token> tokens, int from) {
        int k = from;
        if (k < tokens.size() && tokens.get(k).is("on") && k + 1 < tokens.size()
                && SpeechCues.isTimeWord(tokens.get(k + 1).surface())) {
            return k + 2;
        }
        if (k < tokens.size() && tokens.get(k).isWord() && SpeechCues.isTimeWord(tokens.get(k).surface())) {
            return k + 1;
        }
        return k;
    }

    private static int indexStartingAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == offset) {
                return k;
            }
        }
        return -1;
    }

    private static int indexEndingAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() == offset) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    /**
     * The subject from {@code first} when the mention completes a phrase headed there ("a representative
     * of the port authority": the representative spoke, not the authority); otherwise the mention.
     */
    private SpeakerMention wholeHead(String text, List<Token> tokens, int first, SpeakerMention mention) {
        int at = indexStartingAt(tokens, mention.start());
        if (at - 1 > first && tokens.get(at - 1).isWord() && HEAD_PREPOSITIONS.contains(tokens.get(at - 1).folded())
                && at - first - 1 <= settings.reportedMaxLeadTokens() && plainWords(tokens, first, at - 1)) {
            return NounPhrases.mention(text, tokens, first, indexEndingAt(tokens, mention.end()) + 1, "", mention.how());
        }
        return mention;
    }

    /** After "told" and its object ("told the Coastal Gazette"), where the sentence should end; else {@code offset}. */
    private int afterToldObject(List<Token> tokens, int offset, String cue) {
        if (!cue.equalsIgnoreCase("told") && !cue.equalsIgnoreCase("tells")) {
            return offset;
        }
        int end = offset;
        int words = 0;
        for (Token token : tokens) {
            if (token.start() >= offset && token.isWord() && words < settings.toldObjectMaxWords()) {
                words++;
                end = token.end();
            } else if (token.start() >= offset) {
                break;
            }
        }
        return end;
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

    /**
     * Whether the quotes found in a sentence are all partial quotes inside it: "Brandt said there would
     * be no cooperation because the auditors insisted on publishing their “biased” findings" is
     * Brandt's reported speech, whatever verb stands nearest the quoted words.
     */
    private static boolean onlyPartialQuotesWithin(List<Quote> quotes, int from, int to) {
        boolean any = false;
        for (Quote quote : quotes) {
            if (quote.start() < to && quote.end() > from) {
                if (quote.kind() != QuoteKind.REPORTED || quote.start() < from || quote.end() > to) {
                    return false;
                }
                any = true;
            }
        }
        return any;
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
