package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.quote.Tokens.Token;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the quotes of one article and who said them.
 *
 * <p>Direct quotes are the spans between quotation marks ({@link QuotationMarks}); a quote broken
 * by its attribution ({@code "Yes," she said, "we will."}) is one quote. The speaker comes from
 * the words around the quote, tried in this order: the attribution right after it ({@code ", X
 * said"}, {@code ", said X"}), the attribution before it in the same sentence ({@code X said:},
 * {@code according to X,}, {@code X says the plan is "dead"}), a paragraph ending in a colon
 * that introduces it, a signature ({@code "..." ― Name}), the subject of the sentence whose speech
 * verb has no speaker of its own, and finally the previous quote's speaker when the quote opens
 * the next paragraph and nothing else is said; such a continuation is part of the previous quote.
 * A clause after a speech verb (or its "that") counts as a direct quote when quoted words are at
 * least half of it, and as reported speech holding a partial quote otherwise. A short quoted term
 * with no speech around it is a scare quote or a title and is not reported. Pronouns, "the
 * spokesman" and surnames are resolved to the fullest compatible name the article gave before.
 * Reported speech ({@code X said that ...}) outside quotation marks is the second kind.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteExtractor {

    /** Quoted spans shorter than this, with no speech around them, are scare quotes or titles. */
    static final int MIN_WORDS_WITHOUT_CUE = 8;
    /** How many of the reporter's words before a quote can belong to the quoted clause. */
    static final int LEAD_IN_WORDS = 4;
    /** A clause whose quoted words make less than this share of it is reported speech holding a partial quote. */
    static final double SHARE = 0.5;
    /** Attributions are looked for this far (in characters) around a quote. */
    private static final int WINDOW = 240;

    /** The article's tokens, made once per article and only when a surname needs its full name. */
    private static final class AllWords {
        private final String text;
        private List<Token> tokens;

        AllWords(String text) {
            this.text = text;
        }

        List<Token> get() {
            if (tokens == null) {
                tokens = Tokens.of(text, 0, text.length());
            }
            return tokens;
        }
    }

    public List<Quote> extract(String text) {
        AllWords allWords = new AllWords(text);
        List<Joined> spans = join(text, QuotationMarks.find(text));
        List<Quote> quotes = new ArrayList<>();
        Attribution previous = null;
        int previousEnd = -1;
        int consumedUntil = -1;
        for (Joined joined : spans) {
            QuotationMarks.Span span = joined.span();
            if (span.start() < consumedUntil) {
                continue;
            }
            Attribution attribution = joined.inner() != null ? joined.inner() : attribute(text, span);
            int words = wordCount(text, span.start(), span.end());
            boolean continues = false;
            if (attribution == null && previous != null && followsClosely(text, previousEnd, span.start())
                    && words >= MIN_WORDS_WITHOUT_CUE) {
                attribution = previous.continued();
                continues = true;
            }
            if (attribution == null && (words < MIN_WORDS_WITHOUT_CUE || !readsAsSpeech(text, span))) {
                continue;
            }
            if (attribution == null) {
                // Unattributed and inside a sentence of the reporter's: a title or a borrowed phrase.
                int sentence = sentenceStart(text, span.start());
                int clauseEnd = clauseEnd(text, span.end());
                if (quotedChars(text, sentence, clauseEnd) * 2 < clauseEnd - sentence) {
                    continue;
                }
            }
            if (attribution != null && attribution.mention == null && words < 3) {
                continue;
            }
            if (attribution != null && words < 3 && !attribution.adjacent) {
                continue;
            }
            SpeakerMention speaker = attribution == null || attribution.mention == null ? null
                    : resolve(text, allWords, attribution.mention, quotes, span.start());
            QuoteKind kind = QuoteKind.DIRECT;
            int start = span.start();
            int end = span.end();
            if (attribution != null && attribution.contentFrom() >= 0 && attribution.contentFrom() < span.start()) {
                // Words of the reporter's own before the quote: reported speech holding a partial quote
                // when most of the clause is not quoted, a direct quote introduced in the clause otherwise.
                int clauseEnd = closesItsClause(text, span) ? span.end() : clauseEnd(text, span.end());
                // The share counts the whole clause after the verb (or its "that"), not only the lead-in kept in the quote.
                int shareFrom = afterThat(text, attribution.contentFrom(), span.start());
                start = shareFrom > attribution.contentFrom() ? shareFrom : leadIn(text, attribution.contentFrom(), span.start());
                boolean mostlyQuoted = quotedChars(text, shareFrom, clauseEnd) >= SHARE * (clauseEnd - shareFrom);
                if (!mostlyQuoted) {
                    kind = QuoteKind.REPORTED;
                    end = clauseEnd;
                    // Quoted words further on in the clause are part of this reported speech, not quotes of their own.
                    consumedUntil = end;
                } else {
                    // 'a "serial liar" who is "utterly amoral," a "bully"': the quote runs to the clause's last quoted words.
                    end = Math.max(end, lastQuotedEnd(text, span.end(), clauseEnd));
                    consumedUntil = end;
                }
            }
            boolean introduced = attribution != null && attribution.cueEnd() <= span.start()
                    && wordCount(text, attribution.cueEnd(), span.start()) == 0;
            if (kind == QuoteKind.DIRECT && words < 8 && !introduced && embedded(text, span)) {
                // A few quoted words in the middle of the reporter's sentence: a partial quote.
                kind = QuoteKind.REPORTED;
            }
            Quote last = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
            if (continues && kind == QuoteKind.DIRECT && last != null && last.kind() == QuoteKind.DIRECT
                    && last.end() == previousEnd && QuotationMarks.find(text.substring(last.end(), start)).isEmpty()) {
                // The statement goes on after its attribution, in the same paragraph or the next: one quote.
                quotes.set(quotes.size() - 1, new Quote(last.kind(), last.start(), end, text.substring(last.start(), end),
                        last.speaker(), last.cue(), last.cueStart(), last.cueEnd()));
                previousEnd = end;
                continue;
            }
            quotes.add(new Quote(kind, start, end, text.substring(start, end),
                    speaker, attribution == null ? "" : attribution.cue(text),
                    attribution == null ? -1 : attribution.cueStart, attribution == null ? -1 : attribution.cueEnd));
            if (attribution != null && attribution.mention != null) {
                previous = attribution;
                previousEnd = span.end();
            }
        }
        quotes.addAll(reportedSpeech(text, quotes));
        quotes.sort(java.util.Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return List.copyOf(quotes);
    }

    // ---- reported speech

    /**
     * Reported speech in sentences with no quotation marks: {@code X said (that) CLAUSE},
     * {@code CLAUSE, X said.} and {@code According to X, CLAUSE}. Only the speech verbs that
     * always report speech count ("said", "told", "argued"; not "called" or "described").
     */
    private static List<Quote> reportedSpeech(String text, List<Quote> direct) {
        List<Quote> reported = new ArrayList<>();
        int sentenceFrom = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean boundary = i == n || text.charAt(i) == '\n' || endsSentenceAt(text, i);
            if (!boundary) {
                continue;
            }
            int from = sentenceFrom;
            int to = i;
            sentenceFrom = i + 1;
            if (to - from < 20 || overlapsAny(direct, from, to) || hasQuotationMark(text, from, to)) {
                continue;
            }
            Quote quote = reportedIn(text, from, to);
            if (quote != null) {
                reported.add(quote);
            }
        }
        return reported;
    }

    private static Quote reportedIn(String text, int from, int to) {
        List<Token> tokens = Tokens.of(text, from, to);
        if (tokens.size() < 6) {
            return null;
        }
        // According to X, CLAUSE
        if (tokens.get(0).is("according") && tokens.get(1).is("to")) {
            SpeakerMention np = forwardNounPhrase(text, tokens, 2, "according to X");
            int comma = indexOf(tokens, ",", 2);
            if (np != null && comma > 0 && comma + 4 < tokens.size()) {
                return reportedQuote(text, tokens.get(comma + 1).start(), to, np, tokens.get(0).start(), tokens.get(1).end());
            }
            return null;
        }
        // CLAUSE, X said.
        int lastComma = -1;
        for (int k = tokens.size() - 1; k > 0; k--) {
            if (tokens.get(k).text().equals(",")) {
                lastComma = k;
                break;
            }
        }
        if (lastComma >= 5 && tokens.size() - lastComma <= 10) {
            Attribution tail = attributionIn(text, tokens.get(lastComma).start(), to);
            if (tail != null && tail.mention() != null && SpeechCues.alwaysReports(text.substring(tail.cueStart(), tail.cueEnd()))) {
                return reportedQuote(text, tokens.get(0).start(), tokens.get(lastComma - 1).end(), tail.mention(),
                        tail.cueStart(), tail.cueEnd());
            }
        }
        // X said (that) CLAUSE: the subject opens the sentence.
        for (int v = 1; v < Math.min(tokens.size() - 4, 14); v++) {
            Token verb = tokens.get(v);
            if (!SpeechCues.isCue(verb) || !SpeechCues.alwaysReports(verb.text())) {
                continue;
            }
            SpeakerMention np = backwardNounPhrase(text, tokens, 0, v, "X said");
            if (np == null || np.start() != tokens.get(0).start()) {
                return null;
            }
            int clause = v + 1;
            if (verb.is("told") || verb.is("tells") || verb.is("told")) {
                while (clause < tokens.size() && tokens.get(clause).isWord() && !tokens.get(clause).is("that")
                        && clause - v <= 3) {
                    clause++;
                }
            }
            while (clause < tokens.size() && (tokens.get(clause).is("that") || tokens.get(clause).text().equals(","))) {
                clause++;
            }
            if (tokens.size() - clause < 4) {
                return null;
            }
            return reportedQuote(text, tokens.get(clause).start(), to, np, verb.start(), verb.end());
        }
        return null;
    }

    private static Quote reportedQuote(String text, int start, int end, SpeakerMention speaker, int cueStart, int cueEnd) {
        while (end > start && (Tokens.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return new Quote(QuoteKind.REPORTED, start, end, text.substring(start, end), speaker,
                text.substring(cueStart, cueEnd), cueStart, cueEnd);
    }

    private static int indexOf(List<Token> tokens, String text, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(text)) {
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

    /** What an attribution found: the speaker's words and the cue. */
    private record Attribution(SpeakerMention mention, int cueStart, int cueEnd, boolean adjacent, int contentFrom) {
        Attribution(SpeakerMention mention, int cueStart, int cueEnd, boolean adjacent) {
            this(mention, cueStart, cueEnd, adjacent, -1);
        }

        Attribution continued() {
            return new Attribution(mention == null ? null : new SpeakerMention(mention.name(), mention.mention(),
                    mention.start(), mention.end(), mention.role(), "continues the previous speaker"),
                    cueStart, cueEnd, false);
        }

        String cue(String text) {
            return cueStart < 0 ? "" : text.substring(cueStart, cueEnd);
        }
    }

    // ---- spans

    /** A quote made of one or more quoted spans of one paragraph, with the attribution found between them. */
    private record Joined(QuotationMarks.Span span, Attribution inner) {
    }

    /**
     * {@code "Yes," she said. "We will."} is one quote: quoted spans of one paragraph joined by
     * nothing but their attribution, or by nothing at all.
     */
    private static List<Joined> join(String text, List<QuotationMarks.Span> spans) {
        List<Joined> joined = new ArrayList<>();
        for (QuotationMarks.Span span : spans) {
            if (!joined.isEmpty()) {
                Joined last = joined.get(joined.size() - 1);
                if (last.span().closed() && last.span().end() <= span.start()) {
                    String gap = text.substring(last.span().end(), span.start());
                    if (gap.indexOf('\n') < 0 && gap.length() <= 260) {
                        Attribution between = gap.isBlank() ? null : attributionIn(text, last.span().end(), span.start());
                        boolean interrupted = between != null && between.mention() != null
                                && breaksOff(text, last.span()) && oneSentence(text, last.span().end(), span.start())
                                && after(text, span) == null && !startsASecondStatement(text, last.span().end(), span.start());
                        if (gap.isBlank() || interrupted) {
                            QuotationMarks.Span both = new QuotationMarks.Span(last.span().start(), span.end(), span.closed());
                            joined.set(joined.size() - 1, new Joined(both, last.inner() != null ? last.inner() : between));
                            continue;
                        }
                    }
                }
            }
            joined.add(new Joined(span, null));
        }
        return joined;
    }

    /**
     * Whether the words between two quotes start a second statement rather than interrupt the first:
     * {@code she said, adding that "..."} or {@code she said, adding later, "..."}.
     */
    private static boolean startsASecondStatement(String text, int from, int to) {
        for (Token token : Tokens.of(text, from, to)) {
            if (token.is("that") || (token.text().endsWith("ing") && SpeechCues.isCue(token))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quote stops mid-sentence, as it does before its attribution: {@code "Yes," she said}. */
    private static boolean breaksOff(String text, QuotationMarks.Span span) {
        int i = span.end() - 1;
        while (i > span.start() && (QuotationMarks.isMark(text.charAt(i)) || Tokens.isSpace(text.charAt(i)))) {
            i--;
        }
        char last = text.charAt(i);
        if (last == ',' || last == '?' || last == '!' || last == '\u2014' || last == '-' || last == '\u2013') {
            return true;
        }
        int after = span.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after < text.length() && text.charAt(after) == ',';
    }

    /** Whether a stretch of text holds no sentence end before its own last character. */
    private static boolean oneSentence(String text, int from, int to) {
        int last = to - 1;
        while (last > from && Tokens.isSpace(text.charAt(last))) {
            last--;
        }
        for (int i = from; i < last; i++) {
            char c = text.charAt(i);
            if (endsSentenceAt(text, i)) {
                return false;
            }
        }
        return true;
    }

    // ---- attribution

    private static Attribution attribute(String text, QuotationMarks.Span span) {
        Attribution after = after(text, span);
        if (after != null) {
            return after;
        }
        Attribution before = before(text, span.start());
        if (before != null && before.mention() != null) {
            return before;
        }
        Attribution colon = colonIntroduction(text, span.start());
        if (colon != null) {
            return colon;
        }
        Attribution previous = previousSentence(text, span.start());
        if (previous != null) {
            return previous;
        }
        Attribution signed = signature(text, span.end());
        if (signed != null || before == null) {
            return signed;
        }
        // "Moore thanked him for saying \"...\"": speech with no speaker next to its verb; the subject of the sentence said it.
        int from = sentenceStart(text, span.start());
        List<Token> tokens = Tokens.of(text, from, span.start());
        int verb = 0;
        while (verb < tokens.size() && tokens.get(verb).start() < before.cueStart()) {
            verb++;
        }
        SpeakerMention subject = clauseSubject(text, tokens, verb, "X ... said");
        return subject == null ? before
                : new Attribution(subject, before.cueStart(), before.cueEnd(), before.adjacent(), before.contentFrom());
    }

    /**
     * A quote that opens a sentence right after a sentence ending in its attribution, in the same
     * paragraph: {@code Dianne Bystrom agreed. "Mainstream Republicans are ..."}. The attribution
     * sentence ends with the speech verb and at most a few words ("in an interview").
     */
    private static Attribution previousSentence(String text, int quoteStart) {
        int i = quoteStart - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Tokens.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 1 || text.charAt(i) != '.') {
            return null;
        }
        int sentenceStart = sentenceStart(text, i);
        List<Token> tokens = Tokens.of(text, sentenceStart, i);
        for (int v = tokens.size() - 1; v >= 0 && tokens.size() - v <= 7; v--) {
            Token token = tokens.get(v);
            if (!(SpeechCues.isCue(token) || (SpeechCues.isVerbAfterQuote(token.text()) && !token.isCapitalized())
                    || token.is("agreed") || token.is("added"))) {
                continue;
            }
            SpeakerMention np = wholeNounPhrase(text, tokens, 0, v);
            if (np == null) {
                np = backwardNounPhrase(text, tokens, 0, v, "X said");
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

    /**
     * A quote signed with a dash and a name that ends the line, on the quote's line or the next:
     * {@code "..." ― Clinton}.
     */
    private static Attribution signature(String text, int quoteEnd) {
        int i = quoteEnd;
        while (i < text.length() && Tokens.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.substring(quoteEnd, i).indexOf('\n') != text.substring(quoteEnd, i).lastIndexOf('\n')
                || !isDash(text.charAt(i))) {
            return null;
        }
        int lineEnd = text.indexOf('\n', i);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - i > 80) {
            return null;
        }
        List<Token> tokens = Tokens.of(text, i + 1, lineEnd);
        SpeakerMention np = tokens.isEmpty() ? null : forwardNounPhrase(text, tokens, 0, "signed - X");
        if (np == null || !Character.isUpperCase(np.name().charAt(0))) {
            return null;
        }
        // The name must end the line: "— and then he left." is the reporter's sentence going on.
        for (Token t : tokens) {
            if (t.start() >= np.end() && (t.isWord() || !".,".contains(t.text()))) {
                return null;
            }
        }
        return new Attribution(np, i, i + 1, true);
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2014' || c == '\u2013' || c == '\u2015';
    }

    /** {@code ", X said"} or {@code ", said X"} right after the quote. */
    private static Attribution after(String text, QuotationMarks.Span span) {
        int from = span.end();
        int to = sentenceEnd(text, from);
        return attributionIn(text, from, to);
    }

    /**
     * An attribution that starts at {@code from}: optional commas or dashes, then either a speech verb
     * followed by the speaker, or the speaker followed by a speech verb.
     */
    private static Attribution attributionIn(String text, int from, int to) {
        List<Token> tokens = Tokens.of(text, from, Math.min(to, from + WINDOW));
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).isWord()) {
            String t = tokens.get(i).text();
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
            SpeakerMention np = forwardNounPhrase(text, tokens, i + 2, "according to X");
            return np == null ? null : new Attribution(np, first.start(), tokens.get(i + 1).end(), true);
        }
        if (first.is("and") || first.is("but") || first.is("while") || first.is("or")) {
            // '"...," and he said he hoped': a clause of its own, about something else.
            return null;
        }
        boolean quoteEndsSentence = endsSentence(text, from);
        // "said X" (not "dismissing it": after an -ing verb comes its object, not the speaker)
        if (SpeechCues.isCue(first) && !first.text().endsWith("ing")) {
            SpeakerMention np = forwardNounPhrase(text, tokens, i + 1, "said X");
            // A weak verb ("reported", "read") attributes only when the speaker closes the sentence: ", reported Reuters."
            boolean weakOk = !SpeechCues.isWeakVerb(first.text()) || punctuationAt(tokens, i + 1)
                    || (np != null && Character.isUpperCase(np.mention().charAt(0)) && endsAtPunctuation(tokens, np));
            return np == null || !weakOk ? null : new Attribution(np, first.start(), first.end(), true);
        }
        // X [adverbs] said
        int limit = Math.min(tokens.size(), i + 30);
        for (int v = i + 1; v < limit; v++) {
            Token token = tokens.get(v);
            if (!token.isWord() && !",.'\u2019()-".contains(token.text())) {
                break;
            }
            boolean cue = SpeechCues.isCue(token) || (SpeechCues.isVerbAfterQuote(token.text()) && !token.isCapitalized());
            if (cue && quoteEndsSentence && introducesNextQuote(text, tokens, v)) {
                // '"..." He added, "..."': the verb belongs to the quote that follows.
                return null;
            }
            if (cue && (!SpeechCues.isWeakVerb(token.text()) || punctuationAt(tokens, v + 1))) {
                SpeakerMention np = wholeNounPhrase(text, tokens, i, v);
                if (np == null) {
                    np = backwardNounPhrase(text, tokens, i, v, "X said");
                }
                if (np == null && v == i + 1 && SpeechCues.isAuxiliary(tokens.get(i).text())) {
                    // "», a dit Claire Morel": an auxiliary, the verb, then the speaker.
                    np = forwardNounPhrase(text, tokens, v + 1, "said X");
                    if (np != null) {
                        return new Attribution(np, tokens.get(i).start(), token.end(), true);
                    }
                }
                // After a quote that ends its sentence, "Trump said." still attributes it, but
                // "Kasich said he would ..." is the next sentence, about something else.
                boolean nextSentence = quoteEndsSentence && Character.isUpperCase(np == null ? 'a' : np.mention().charAt(0))
                        && (wordsToSentenceEnd(tokens, v + 1) > 5 || opensAClause(tokens, v + 1));
                if (np != null && startsAfterTitleWords(tokens, i, np.start()) && !nextSentence) {
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
        while (i < text.length() && Tokens.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() && QuotationMarks.openerAt(text, i) > 0;
    }

    /**
     * The attribution before a quote, in its sentence: {@code X said:}, {@code according to X,},
     * or a speech verb whose clause holds a partial quote.
     */
    private static Attribution before(String text, int quoteStart) {
        int from = sentenceStart(text, quoteStart);
        if (from >= quoteStart) {
            return null;
        }
        List<Token> tokens = Tokens.of(text, from, quoteStart);
        Attribution unnamed = null;
        for (int v = tokens.size() - 1; v >= 0; v--) {
            Token token = tokens.get(v);
            if (!token.isWord()) {
                continue;
            }
            if (token.is("according") && v + 1 < tokens.size() && tokens.get(v + 1).is("to")) {
                SpeakerMention np = forwardNounPhrase(text, tokens, v + 2, "according to X");
                if (np != null) {
                    return new Attribution(np, token.start(), tokens.get(v + 1).end(), false);
                }
            }
            if (SpeechCues.isCue(token) && !readsAsNoun(tokens, v)) {
                boolean coordinated = v > 0 && (tokens.get(v - 1).is("and") || tokens.get(v - 1).is("but"));
                boolean participle = token.text().endsWith("ing");
                SpeakerMention np = participle || coordinated
                        ? clauseSubject(text, tokens, v, participle ? "X ..., saying" : "X ... and said")
                        : backwardNounPhrase(text, tokens, 0, v, "X said");
                if (np == null && participle && v > 0 && tokens.get(v - 1).isWord() && tokens.get(v - 1).isCapitalized()) {
                    // "footage of Mara Quist asking, ...": the name right before the participle.
                    np = backwardNounPhrase(text, tokens, 0, v, "X saying");
                }
                if (np == null) {
                    // "..., said X:" and "told X, \"...\"" read the other way.
                    np = forwardNounPhrase(text, tokens, v + 1, "said X");
                    if (np != null && (!followsSentenceStartOrComma(tokens, v) || !endsAtPunctuation(tokens, np))) {
                        // Not "said Republicans are engaged in ...": there the words are the subject of what was said.
                        np = null;
                    }
                }
                if (np != null || (unnamed == null && !SpeechCues.isWeakVerb(token.text()))) {
                    int wordsBetween = 0;
                    for (int k = v + 1; k < tokens.size(); k++) {
                        if (tokens.get(k).isWord()) {
                            wordsBetween++;
                        }
                    }
                    boolean adjacent = wordsBetween <= 3;
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

    /**
     * All the words between a quote and its speech verb when they read as one name with its titles
     * ("Huckabee spokeswoman Alice Stewart"): no punctuation, no verb, a capital at the end.
     */
    private static SpeakerMention wholeNounPhrase(String text, List<Token> tokens, int from, int verb) {
        int end = verb;
        while (end - 1 > from && SpeechCues.isAdverb(tokens.get(end - 1).text()) && !tokens.get(end - 1).isCapitalized()) {
            end--;
        }
        if (end - from < 2 || end - from > 8 || !tokens.get(end - 1).isCapitalized()) {
            return null;
        }
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            boolean word = t.isWord() || t.text().equals("(") || t.text().equals(")") || t.text().equals("-");
            if (!word || SpeechCues.isVerb(t.text()) || SpeechCues.isPronoun(t.text())) {
                return null;
            }
        }
        if (!tokens.get(from).isCapitalized() && !SpeechCues.isDeterminer(tokens.get(from).text())
                && !startsAfterTitleWords(tokens, from, firstCapital(tokens, from, end))) {
            return null;
        }
        return mention(text, tokens, from, end, "", "X said");
    }

    private static int firstCapital(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (tokens.get(k).isCapitalized()) {
                return tokens.get(k).start();
            }
        }
        return tokens.get(end - 1).start();
    }

    /** Whether only a few lower-case title words ("former presidential candidate") come before the speaker. */
    private static boolean startsAfterTitleWords(List<Token> tokens, int first, int speakerStart) {
        int k = first;
        int words = 0;
        while (k < tokens.size() && tokens.get(k).start() < speakerStart) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized() || SpeechCues.isVerb(t.text()) || ++words > 4) {
                return false;
            }
            k++;
        }
        return true;
    }

    /** How many words follow {@code tokens[from]} up to the end of its sentence. */
    private static int wordsToSentenceEnd(List<Token> tokens, int from) {
        int words = 0;
        for (int k = from; k < tokens.size(); k++) {
            String t = tokens.get(k).text();
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                break;
            }
            if (tokens.get(k).isWord()) {
                words++;
            }
        }
        return words;
    }

    /** Whether the quote that closes at {@code end} closes a sentence: {@code "We will."}. */
    private static boolean endsSentence(String text, int end) {
        int i = end - 1;
        while (i > 0 && QuotationMarks.isMark(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '.';
    }

    /**
     * The subject of the clause that holds {@code tokens[verb]}: the last name or description that
     * opens the sentence or follows a comma and is itself followed by a lower-case word, its verb.
     */
    private static SpeakerMention clauseSubject(String text, List<Token> tokens, int verb, String how) {
        SpeakerMention best = null;
        for (int p = 0; p < verb; p++) {
            if (p > 0 && !tokens.get(p - 1).text().equals(",")) {
                continue;
            }
            SpeakerMention np = forwardNounPhrase(text, tokens, p, how);
            if (np == null) {
                continue;
            }
            int after = p;
            while (after < tokens.size() && tokens.get(after).start() < np.end()) {
                after++;
            }
            if (!np.role().isEmpty() && after < verb && tokens.get(after).is(",")) {
                // "Dean, a former party chairman, poked at ...": the verb comes after the role's closing comma.
                int roleEnd = after + 1;
                while (roleEnd < verb && !tokens.get(roleEnd).is(",")) {
                    roleEnd++;
                }
                after = roleEnd + 1;
            }
            if (after < verb && tokens.get(after).isWord() && !tokens.get(after).isCapitalized()
                    && !SpeechCues.isParticle(tokens.get(after).text())) {
                best = np;
            }
        }
        return best;
    }

    /** Whether the words from {@code tokens[k]} open a clause of their own: a name, a pronoun or "that". */
    private static boolean opensAClause(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.is("that") || SpeechCues.isPronoun(t.text()) || (t.isCapitalized() && !SpeechCues.isFunctionWord(t.text()));
    }

    /** Whether the words before a speech verb make it a noun: "the state", "Kim's mental state", "the Xinjiang report". */
    private static boolean readsAsNoun(List<Token> tokens, int v) {
        if (SpeechCues.isVerbOnly(tokens.get(v).text()) || v == 0) {
            return false;
        }
        Token before = tokens.get(v - 1);
        if (SpeechCues.isDeterminer(before.text()) || before.is("\u2019s") || before.is("'s")) {
            return true;
        }
        if (v >= 2 && before.isWord() && SpeechCues.isWeakVerb(tokens.get(v).text())
                && SpeechCues.isDeterminer(tokens.get(v - 2).text()) && !SpeechCues.isAdverb(before.text())) {
            return true; // "the Xinjiang report", "the annual report"
        }
        return v >= 2 && before.isWord() && !before.isCapitalized() && !SpeechCues.isAdverb(before.text())
                && (tokens.get(v - 2).is("\u2019s") || tokens.get(v - 2).is("'s"));
    }

    /** Whether a speaker mention is followed by punctuation or by nothing (the quote). */
    private static boolean endsAtPunctuation(List<Token> tokens, SpeakerMention np) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= np.end()) {
                return !tokens.get(k).isWord();
            }
        }
        return true;
    }

    private static boolean punctuationAt(List<Token> tokens, int k) {
        return k >= tokens.size() || (!tokens.get(k).isWord() && ".,:;".contains(tokens.get(k).text()));
    }

    private static boolean followsSentenceStartOrComma(List<Token> tokens, int v) {
        return v == 0 || tokens.get(v - 1).text().equals(",");
    }

    /** {@code X continued:} closing the previous paragraph introduces a quote that opens the next. */
    private static Attribution colonIntroduction(String text, int quoteStart) {
        Attribution label = nameWithColon(text, quoteStart);
        if (label != null) {
            return label;
        }
        int i = quoteStart - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Tokens.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || (text.charAt(i) != '\n' && text.charAt(i) != ':')) {
            return null;
        }
        while (i >= 0 && Tokens.isSpace(text.charAt(i))) {
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
        int from = sentenceStart(text, i);
        List<Token> tokens = Tokens.of(text, from, i);
        SpeakerMention subject = tokens.isEmpty() ? null : forwardNounPhrase(text, tokens, 0, "X ...:");
        if (subject == null || tokens.size() < 2) {
            return null;
        }
        return new Attribution(subject, i, i + 1, false);
    }

    /** "Bush: \"The mission is to destroy ...\"": one to four capitalised words and a colon right before the quote. */
    private static Attribution nameWithColon(String text, int quoteStart) {
        int from = Math.max(0, quoteStart - 60);
        List<Token> tokens = Tokens.of(text, from, quoteStart);
        int colon = tokens.size() - 1;
        if (colon < 1 || !tokens.get(colon).text().equals(":")) {
            return null;
        }
        int start = colon;
        while (start - 1 >= 0 && colon - start < 4 && tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalized()
                && !SpeechCues.isFunctionWord(tokens.get(start - 1).text())) {
            start--;
        }
        if (start == colon) {
            return null;
        }
        // The name must open its sentence or line: "… said. Bush:" or a new paragraph.
        if (start > 0) {
            String before = tokens.get(start - 1).text();
            boolean boundary = ".!?\u201D\"".contains(before)
                    || text.substring(tokens.get(start - 1).end(), tokens.get(start).start()).indexOf('\n') >= 0;
            if (!boundary) {
                return null;
            }
        } else if (from > 0 && text.substring(Math.max(0, from - 2), tokens.get(0).start()).indexOf('\n') < 0
                && !Character.isWhitespace(text.charAt(from - 1))) {
            return null;
        }
        SpeakerMention name = mention(text, tokens, start, colon, "", "X: \"...\"");
        return new Attribution(name, tokens.get(colon).start(), tokens.get(colon).end(), true);
    }

    // ---- noun phrases

    /** The speaker ending right before {@code tokens[verb]}, starting no earlier than {@code floor}. */
    private static SpeakerMention backwardNounPhrase(String text, List<Token> tokens, int floor, int verb, String how) {
        int end = verb;
        while (end - 1 >= floor && tokens.get(end - 1).isWord() && SpeechCues.isAdverb(tokens.get(end - 1).text())
                && !tokens.get(end - 1).isCapitalized()) {
            end--;
        }
        if (end - 1 < floor) {
            return null;
        }
        // "Sen. Claire Okafor (D-Mo.) said": the party and state in brackets are not part of the name.
        if (tokens.get(end - 1).text().equals(")")) {
            int open = end - 2;
            while (open >= floor && end - open <= 6 && !tokens.get(open).text().equals("(")) {
                open--;
            }
            if (open > floor && tokens.get(open).text().equals("(") && tokens.get(open - 1).isWord()) {
                end = open;
            }
        }
        Token last = tokens.get(end - 1);
        if (last.text().equals(",")) {
            return apposition(text, tokens, floor, end - 1, how);
        }
        if (!last.isWord()) {
            return null;
        }
        if (SpeechCues.isPronoun(last.text())) {
            return mention(text, tokens, end - 1, end, "", how);
        }
        int start = end;
        boolean capital = false;
        boolean determiner = false;
        while (start - 1 >= floor && end - (start - 1) <= 7) {
            Token t = tokens.get(start - 1);
            if (t.text().equals("\u2019s") || t.text().equals("'s")) {
                start--;
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            if (SpeechCues.isDeterminer(t.text()) && !(t.isCapitalized() && capital && !t.is("the"))) {
                start--;
                determiner = true;
                break;
            }
            if (t.isCapitalized() || Character.isDigit(t.text().charAt(0))) {
                capital = true;
                start--;
                continue;
            }
            if (SpeechCues.isParticle(t.text()) && capital) {
                start--;
                continue;
            }
            if (!capital) {
                start--;
                continue;
            }
            break;
        }
        while (start < end && SpeechCues.isParticle(tokens.get(start).text())) {
            start++;
        }
        if (start >= end || SpeechCues.isParticle(tokens.get(end - 1).text())) {
            return null;
        }
        if (end - start == 1 && (SpeechCues.isDeterminer(tokens.get(start).text())
                || tokens.get(start).is("who") || tokens.get(start).is("which"))) {
            return null;
        }
        // Lowercase words count only when a determiner opens them ("the judge") or they are one word ("officials").
        if (!capital && !determiner && end - start > 1) {
            start = end - 1;
        }
        if (!capital && !determiner && start > floor) {
            Token before = tokens.get(start - 1);
            if (before.isWord()) {
                return null;
            }
        }
        return mention(text, tokens, start, end, "", how);
    }

    /** {@code X, a spokesman for Y, said}: the speaker is X and the role the words between the commas. */
    private static SpeakerMention apposition(String text, List<Token> tokens, int floor, int comma, String how) {
        int open = comma - 1;
        while (open >= floor && !tokens.get(open).text().equals(",")) {
            if (comma - open > 12 || !tokens.get(open).isWord() && !tokens.get(open).text().equals("\u2019")) {
                if (!tokens.get(open).isWord() && !tokens.get(open).text().equals("-") && !tokens.get(open).text().equals(".")) {
                    return null;
                }
            }
            open--;
        }
        if (open < floor || open + 1 >= comma) {
            return null;
        }
        Token roleFirst = tokens.get(open + 1);
        String between = text.substring(roleFirst.start(), tokens.get(comma - 1).end());
        if (comma - open <= 4 && PARTY_AND_STATE.matcher(between).matches()) {
            // "Mitch Dawson, R-Ky., said": the name is before the party and state.
            SpeakerMention name = backwardNounPhrase(text, tokens, floor, open, how);
            return name == null ? null : new SpeakerMention(name.name(), name.mention(), name.start(), name.end(),
                    between, how + " with a role");
        }
        if (!SpeechCues.isDeterminer(roleFirst.text()) && roleFirst.isCapitalized()
                && !looksLikeRoleTitle(tokens, open + 1, comma)) {
            // "Her campaign manager, Robby Mook, said": the name is between the commas, the role before.
            SpeakerMention role = backwardNounPhrase(text, tokens, floor, open, how);
            SpeakerMention name = mention(text, tokens, open + 1, comma, "", how);
            return role == null ? null
                    : new SpeakerMention(name.name(), name.mention(), name.start(), name.end(), role.mention(), how + " with a role");
        }
        String role = text.substring(roleFirst.start(), tokens.get(comma - 1).end());
        SpeakerMention name = backwardNounPhrase(text, tokens, floor, open, how);
        if (name == null) {
            return null;
        }
        return new SpeakerMention(name.name(), name.mention(), name.start(), name.end(), role, how + " with a role");
    }

    /** A party and a state as American papers write them after a name: "R-Ky.", "D-N.Y.", "I-Vt". */
    private static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]{0,5}");

    private static boolean looksLikeRoleTitle(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized() && tokens.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** The speaker starting at {@code tokens[from]}: a pronoun, a name, or a determiner and its words. */
    private static SpeakerMention forwardNounPhrase(String text, List<Token> tokens, int from, String how) {
        if (from >= tokens.size() || !tokens.get(from).isWord()) {
            return null;
        }
        Token first = tokens.get(from);
        if (SpeechCues.isFunctionWord(first.text()) && from + 1 < tokens.size()) {
            return forwardNounPhrase(text, tokens, from + 1, how);
        }
        if (first.is("that") || first.is("this") || first.is("what") || first.is("which")) {
            return null;
        }
        if (SpeechCues.isPronoun(first.text())) {
            return mention(text, tokens, from, from + 1, "", how);
        }
        int end = from;
        if (SpeechCues.isDeterminer(first.text())) {
            end++;
            while (end < tokens.size() && end - from < 8 && tokens.get(end).isWord()
                    && !SpeechCues.isVerb(tokens.get(end).text()) && !tokens.get(end).is("that")
                    && !(SpeechCues.isAdverb(tokens.get(end).text()) && !tokens.get(end).isCapitalized())
                    && !(end + 1 < tokens.size() && tokens.get(end).text().endsWith("ed")
                    && SpeechCues.isDeterminer(tokens.get(end + 1).text()))
                    // "a letter verified by Reuters and three diplomats": "and" before a small word ends the phrase
                    && !((tokens.get(end).is("and") || tokens.get(end).is("or"))
                    && (end + 1 >= tokens.size() || !tokens.get(end + 1).isCapitalized()))) {
                end++;
            }
        } else {
            // "former Utah governor Michael Leavitt", "former secretary of state Ann Rusk", "9/11 widow Ann
            // Rusk": a few lower-case title words before a name.
            while (end < tokens.size() && end - from < 5 && !tokens.get(end).isCapitalized()
                    && (tokens.get(end).isWord() || (tokens.get(end).is("/") && end > from))
                    && (!SpeechCues.isVerb(tokens.get(end).text()) || (end > from && tokens.get(end - 1).is("of")))
                    && (!SpeechCues.isParticle(tokens.get(end).text()) || (tokens.get(end).is("of") && end > from))) {
                end++;
            }
            if (end >= tokens.size() || !tokens.get(end).isCapitalized() || !tokens.get(end).isWord()) {
                return null;
            }
            // A capitalised run, and again after one or two lower-case role words ("Ministry spokesman Oskar Lindqvist").
            while (true) {
                while (end < tokens.size() && end - from < 9 && tokens.get(end).isWord()
                        && (tokens.get(end).isCapitalized() || (SpeechCues.isParticle(tokens.get(end).text())
                        && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalized()))) {
                    end++;
                }
                int role = end;
                while (role < tokens.size() && role - end < 2 && tokens.get(role).isWord() && !tokens.get(role).isCapitalized()
                        && !SpeechCues.isParticle(tokens.get(role).text()) && !SpeechCues.isVerb(tokens.get(role).text())
                        && !SpeechCues.isAdverb(tokens.get(role).text())) {
                    role++;
                }
                if (role > end && role < tokens.size() && role - from < 9 && tokens.get(role).isWord()
                        && tokens.get(role).isCapitalized()) {
                    end = role;
                    continue;
                }
                break;
            }
        }
        while (end > from + 1 && SpeechCues.isParticle(tokens.get(end - 1).text())) {
            end--;
        }
        if (end == from) {
            return null;
        }
        String role = "";
        if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
            Token next = tokens.get(end + 1);
            if (next.is("a") || next.is("an") || next.is("the")) {
                int roleEnd = end + 1;
                while (roleEnd < tokens.size() && roleEnd - end < 12 && (tokens.get(roleEnd).isWord()
                        || tokens.get(roleEnd).text().equals("-"))) {
                    roleEnd++;
                }
                role = text.substring(next.start(), tokens.get(roleEnd - 1).end());
            }
        }
        return mention(text, tokens, from, end, role, how);
    }

    private static SpeakerMention mention(String text, List<Token> tokens, int from, int to, String role, String how) {
        // "But Sanders", "If Cruz", "Thanks Sarah": a capitalised small word opening the sentence is not a name.
        while (from < to - 1 && tokens.get(from).isCapitalized() && SpeechCues.opensSentenceNotName(tokens.get(from).text())) {
            from++;
        }
        // "ministry spokesman Oskar Lindqvist", "Huckabee spokeswoman Alice Stewart": the name is the
        // capitalised words after the last lower-case word, the words before them the role.
        int firstCapital = from;
        if (!SpeechCues.isDeterminer(tokens.get(from).text())) {
            for (int k = from; k < to - 1; k++) {
                Token t = tokens.get(k);
                if (t.isWord() && !t.isCapitalized() && !SpeechCues.isParticle(t.text())) {
                    firstCapital = k + 1;
                }
            }
        }
        if (firstCapital > from && firstCapital < to - 1 && role.isEmpty()) {
            role = text.substring(tokens.get(from).start(), tokens.get(firstCapital - 1).end());
            SpeakerMention name = mention(text, tokens, firstCapital, to, "", how);
            return new SpeakerMention(name.name(), text.substring(tokens.get(from).start(), name.end()),
                    tokens.get(from).start(), name.end(), role, how);
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String words = text.substring(start, end);
        if (words.endsWith("\u2019s") || words.endsWith("'s")) {
            words = words.substring(0, words.length() - 2);
            end -= 2;
        }
        return new SpeakerMention(words, words, start, end, role, how);
    }

    // ---- resolution within the article

    /**
     * A pronoun or a description ("the spokesman") takes the name of the nearest named speaker
     * before it; a surname takes the fullest name that ends with it earlier in the text.
     */
    private static SpeakerMention resolve(String text, AllWords allWords, SpeakerMention mention, List<Quote> earlier,
                                          int quoteStart) {
        String words = mention.mention();
        String first = words.split("\\s+")[0];
        boolean pronoun = SpeechCues.isPronoun(words);
        boolean description = !pronoun && SpeechCues.isDeterminer(first) && isPersonDescription(words);
        if (pronoun || description) {
            SpeakerMention named = null;
            for (int k = earlier.size() - 1; k >= 0 && named == null; k--) {
                SpeakerMention candidate = earlier.get(k).speaker();
                if (candidate != null && isName(candidate.name()) && compatible(words)) {
                    named = candidate;
                }
            }
            Token[] near = pronoun && compatible(words) ? nearestNameBefore(text, Math.min(quoteStart, mention.start())) : null;
            if (near != null && (named == null || near[0].start() > named.start())) {
                String name = text.substring(near[0].start(), near[1].end());
                return withName(mention, name, "refers to " + name + ", the name before it");
            }
            if (named != null) {
                return withName(mention, named.name(), "refers to " + named.name() + ", the speaker before");
            }
            return mention;
        }
        if (isName(words) && !words.contains(" ")) {
            String full = fullNameEndingWith(text, allWords.get(), words, mention.start());
            if (full != null) {
                return withName(mention, full, "surname of " + full);
            }
        }
        return mention;
    }

    /** The mention under the name it refers to, with the reason added to its evidence. */
    private static SpeakerMention withName(SpeakerMention mention, String fullName, String why) {
        return new SpeakerMention(fullName, mention.mention(), mention.start(), mention.end(), mention.role(),
                mention.how() + "; " + why);
    }

    /** "the spokesman", "the minister": a description that can stand for a named person ("the letter" cannot). */
    private static boolean isPersonDescription(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (String role : PERSON_NOUNS) {
            if (lower.endsWith(" " + role)) {
                return true;
            }
        }
        return false;
    }

    /** "the spokesman", "the minister": nouns that end a description standing for a named person. */
    private static final java.util.Set<String> PERSON_NOUNS = WordLists.set(QuoteExtractor.class, "person-nouns.txt");

    private static boolean compatible(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return !(lower.equals("i") || lower.equals("we") || lower.equals("you") || lower.equals("it") || lower.equals("they"));
    }

    private static boolean isName(String words) {
        return !words.isEmpty() && Character.isUpperCase(words.charAt(0)) && !SpeechCues.isPronoun(words)
                && !SpeechCues.isDeterminer(words.split("\\s+")[0]);
    }

    /**
     * The fullest name the article gives a one-word mention: a run of two to four capitalised words
     * that ends with it ("Marc Brafman" for "Brafman") or, as family names come first in some
     * languages, starts with it ("Sun Weiyan" for "Sun"). Runs before the mention are preferred, the
     * nearest first; a run that ends with it beats one that starts with it.
     */
    private static String fullNameEndingWith(String text, List<Token> tokens, String surname, int before) {
        String ending = null;
        String starting = null;
        boolean endingBefore = false;
        boolean startingBefore = false;
        int k = 0;
        while (k < tokens.size()) {
            if (!tokens.get(k).isWord() || !tokens.get(k).isCapitalized() || SpeechCues.isDeterminer(tokens.get(k).text())
                    || SpeechCues.opensSentenceNotName(tokens.get(k).text())) {
                k++;
                continue;
            }
            int end = k;
            while (end < tokens.size() && end - k < 4 && tokens.get(end).isWord() && tokens.get(end).isCapitalized()
                    && (end == k || text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).indexOf('\n') < 0)) {
                end++; // a name does not run over a line break ("... X.\n\nSexton said")
            }
            if (end - k >= 2) {
                String first = tokens.get(k).text();
                String last = tokens.get(end - 1).text();
                String run = text.substring(tokens.get(k).start(), tokens.get(end - 1).end());
                boolean isBefore = tokens.get(k).start() < before;
                if (last.equals(surname) && (ending == null || isBefore || !endingBefore)) {
                    ending = run;
                    endingBefore = isBefore;
                } else if (first.equals(surname) && (starting == null || isBefore || !startingBefore)) {
                    starting = run;
                    startingBefore = isBefore;
                }
            }
            k = Math.max(end, k + 1);
        }
        return ending != null ? ending : starting;
    }

    /** The nearest two-word capitalised name before {@code before}, outside quotation marks: its first and last token. */
    /** Whether {@code tokens[k]} opens a sentence: nothing before it, a sentence end, or a line break. */
    private static boolean startsSentenceAt(String text, List<Token> tokens, int k) {
        return k - 1 < 0 || ".!?\u201D\"".contains(tokens.get(k - 1).text())
                || text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).indexOf('\n') >= 0;
    }

    private static Token[] nearestNameBefore(String text, int before) {
        int from = Math.max(0, before - 400);
        List<Token> tokens = Tokens.of(text, from, before);
        boolean[] quoted = new boolean[tokens.size()];
        for (QuotationMarks.Span span : QuotationMarks.find(text.substring(from, before))) {
            for (int k = 0; k < tokens.size(); k++) {
                int at = tokens.get(k).start() - from;
                if (at >= span.start() && at < span.end()) {
                    quoted[k] = true;
                }
            }
        }
        for (int k = tokens.size() - 1; k > 0; k--) {
            Token t = tokens.get(k);
            Token p = tokens.get(k - 1);
            // A subject: the name opens its sentence ("Oskar Lindqvist, a spokesman, confirmed ...").
            boolean opensSentence = startsSentenceAt(text, tokens, k - 1)
                    // "But Ines Okafor did not stop there."
                    || (k - 2 >= 0 && SpeechCues.opensSentenceNotName(tokens.get(k - 2).text())
                    && startsSentenceAt(text, tokens, k - 2));
            if (!quoted[k] && opensSentence && t.isCapitalized() && p.isCapitalized() && t.isWord() && p.isWord()
                    && !SpeechCues.isDeterminer(p.text()) && !SpeechCues.opensSentenceNotName(p.text())
                    && !SpeechCues.isPronoun(p.text())
                    && text.substring(p.end(), t.start()).indexOf('\n') < 0) {
                return new Token[] {p, t};
            }
        }
        return null;
    }

    // ---- text geometry

    /** Whether the quote ends with its own punctuation, which ends the clause that holds it. */
    private static boolean closesItsClause(String text, QuotationMarks.Span span) {
        int i = span.end() - 1;
        while (i > span.start() && QuotationMarks.isMark(text.charAt(i))) {
            i--;
        }
        char c = text.charAt(i);
        return c == ',' || c == '.' || c == '!' || c == '?';
    }

    /**
     * Where the clause that leads into a quote starts when no "that" marks it: after the cue, but no
     * more than {@value #LEAD_IN_WORDS} words before the quote, since words further back ("Sunday at
     * a rally") describe the occasion rather than what was said.
     */
    private static int leadIn(String text, int contentFrom, int quoteStart) {
        List<Token> words = Tokens.of(text, contentFrom, quoteStart);
        int counted = 0;
        for (int k = words.size() - 1; k >= 0; k--) {
            if (words.get(k).isWord()) {
                counted++;
                if (counted == LEAD_IN_WORDS) {
                    return Math.max(contentFrom, words.get(k).start());
                }
            }
        }
        return contentFrom;
    }

    /** Where what was said starts: after the last "that" between the speech verb and the quote, or right after the verb. */
    private static int afterThat(String text, int contentFrom, int quoteStart) {
        List<Token> words = Tokens.of(text, contentFrom, quoteStart);
        for (int k = words.size() - 1; k >= 0; k--) {
            if (words.get(k).is("that") && k + 1 < words.size()) {
                return words.get(k + 1).start();
            }
        }
        return contentFrom;
    }

    /** The end of the clause a quote closes: the end of its sentence, without the final period. */
    private static int clauseEnd(String text, int from) {
        List<Token> following = Tokens.of(text, from, Math.min(text.length(), from + 12));
        if (!following.isEmpty() && (following.get(0).is("and") || following.get(0).is("but") || following.get(0).is("or"))) {
            return from;
        }
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u2014' || c == '(') {
                break;
            }
            if (c == '\n' || endsSentenceAt(text, i) || (c == ';' && (i + 1 >= text.length() || Tokens.isSpace(text.charAt(i + 1))))) {
                break;
            }
            if (QuotationMarks.openerAt(text, i) > 0) {
                List<QuotationMarks.Span> next = QuotationMarks.find(text.substring(i, Math.min(text.length(), i + WINDOW * 4)));
                if (!next.isEmpty() && next.get(0).start() == 0) {
                    i += Math.max(1, next.get(0).end());
                    continue;
                }
            }
            i++;
        }
        return i;
    }

    /** Whether the reporter's words surround a quote in its sentence: six or more before it, four or more after. */
    private static boolean embedded(String text, QuotationMarks.Span span) {
        int before = wordCount(text, sentenceStart(text, span.start()), span.start());
        if (before < 6) {
            return false;
        }
        int last = span.end() - 1;
        while (last > span.start() && QuotationMarks.isMark(text.charAt(last))) {
            last--;
        }
        if (text.charAt(last) == '.') {
            // The quote ends its sentence: what follows is the next one.
            return false;
        }
        int end = span.end();
        while (end < text.length() && text.charAt(end) != '\n' && !endsSentenceAt(text, end)) {
            end++;
        }
        return wordCount(text, span.end(), end) >= 4;
    }

    /** The end of the last quoted span between {@code from} and {@code to}, or {@code from}. */
    private static int lastQuotedEnd(String text, int from, int to) {
        int last = from;
        for (QuotationMarks.Span span : QuotationMarks.find(text.substring(from, to))) {
            last = from + span.end();
        }
        return last;
    }

    private static int quotedChars(String text, int from, int to) {
        int quoted = 0;
        for (QuotationMarks.Span span : QuotationMarks.find(text.substring(from, to))) {
            quoted += span.end() - span.start();
        }
        return quoted;
    }

    private static boolean readsAsSpeech(String text, QuotationMarks.Span span) {
        String inner = QuotationMarks.strip(text.substring(span.start(), span.end()));
        return inner.indexOf(' ') > 0 || wordCount(inner, 0, inner.length()) >= MIN_WORDS_WITHOUT_CUE;
    }

    /**
     * Whether a quote follows the previous attributed one closely enough to continue it: in the
     * same paragraph, or opening the next paragraph when the previous one ended with its quote's
     * sentence.
     */
    private static boolean followsClosely(String text, int previousEnd, int start) {
        if (previousEnd < 0 || start < previousEnd) {
            return false;
        }
        String gap = text.substring(previousEnd, start);
        int breakAt = gap.indexOf('\n');
        if (breakAt < 0) {
            return gap.length() <= 200;
        }
        String rest = gap.substring(breakAt);
        if (!rest.isBlank()) {
            return false;
        }
        String tail = gap.substring(0, breakAt).strip();
        return tail.length() <= 120 && (tail.isEmpty() || tail.endsWith("."));
    }

    /** Words, counting two Chinese, Japanese or Korean characters as one, since those scripts do not space words. */
    private static int wordCount(String text, int from, int to) {
        int words = 0;
        int ideographs = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isUnspacedScript(c)) {
                ideographs++;
                in = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words + ideographs / 2;
    }

    private static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** Where the sentence holding {@code at} starts: after . ! ? followed by space, a line break, or a closing mark with a period. */
    static int sentenceStart(String text, int at) {
        int floor = Math.max(0, at - WINDOW);
        for (int i = at - 1; i > floor; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (i + 1 < at && endsSentenceAt(text, i)) {
                return i + 1;
            }
            if ((c == '\u201D' || c == '"') && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return floor;
    }

    /** Whether a sentence ends at {@code i}: a full stop, ! or ? followed by space, not closing an abbreviation ("Sen."). */
    private static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Tokens.isSpace(text.charAt(i + 1)))
                && !abbreviationBefore(text, i);
    }

    private static boolean abbreviationBefore(String text, int period) {
        if (text.charAt(period) != '.') {
            return false;
        }
        int s = period;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, period).toLowerCase(Locale.ROOT);
        return word.length() == 1 || Tokens.isAbbreviation(word);
    }

    static int sentenceEnd(String text, int at) {
        int ceiling = Math.min(text.length(), at + WINDOW);
        for (int i = at; i < ceiling; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (endsSentenceAt(text, i)) {
                return i + 1;
            }
            if (QuotationMarks.openerAt(text, i) > 0 && i > at + 1) {
                return i;
            }
        }
        return ceiling;
    }
}
