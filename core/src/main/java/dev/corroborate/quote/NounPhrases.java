package dev.corroborate.quote;

import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker's phrase next to a speech verb: a pronoun, a name with its titles, a description
 * ("the deputy minister"), or a name with its role in apposition ("X, a spokesman for Y,"), read
 * backwards from the verb, forwards from a cue ("said X", "according to X"), or as the subject of
 * the clause. Each phrase becomes a {@link SpeakerMention} whose offsets are the phrase's, with the
 * role split off the name. Returns {@code null} where no phrase reads as a speaker. Immutable and
 * thread-safe.
 */
final class NounPhrases {

    /** A relative clause that only links a name to its role: "who was", "who has been", "who serves as". */
    private static final Pattern RELATIVE_COPULA =
            Pattern.compile("(?:who|which)\\s+(?:is|was|are|were|has\\s+been|had\\s+been|served\\s+as|serves\\s+as)\\s+");


    /** Relative pronouns: the clause they open says something of the phrase before them, and is not part of it. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "whom", "whose", "which");

    /** Words that say what a speaker is not: "who is not affiliated with a campaign" gives no role. */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "never");

    /** Whether a lower-case word stands before the last capitalised run: "conservative activist Bob Klaus". */
    private static boolean hasTitleWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (tokens.get(k).isWord() && !tokens.get(k).isCapitalised() && !SpeechCues.isParticle(tokens.get(k).surface())) {
                return true;
            }
        }
        return false;
    }

    /** The possessive endings the tokenizer gives as tokens of their own. */
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("\u2019s", "'s");

    /** Whether the token is a relative pronoun ("who", "which"), which opens a clause about the phrase before it. */
    static boolean isRelative(Token token) {
        return RELATIVES.contains(token.folded());
    }

    /** A party and a state as American papers write them after a name: "R-Ky.", "D-N.Y.", "I-Vt". */
    private static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]{0,5}");

    private final QuoteSettings settings;

    NounPhrases(QuoteSettings settings) {
        this.settings = settings;
    }

    /**
     * All the words between a quote and its speech verb when they read as one name with its titles
     * ("Huckabee spokeswoman Alice Stewart"): no punctuation, no verb, a capital at the end.
     */
    SpeakerMention wholeNounPhrase(String text, List<Token> tokens, int from, int verb) {
        int end = verb;
        while (end - 1 > from && SpeechCues.isAdverb(tokens.get(end - 1).surface()) && !tokens.get(end - 1).isCapitalised()) {
            end--;
        }
        if (end - from < settings.wholePhraseMinTokens() || end - from > settings.wholePhraseMaxTokens()
                || !tokens.get(end - 1).isCapitalised()) {
            return null;
        }
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            boolean word = t.isWord() || t.surface().equals("(") || t.surface().equals(")") || t.surface().equals("-");
            if (!word || SpeechCues.isVerb(t.surface()) || SpeechCues.isPronoun(t.surface())) {
                return null;
            }
        }
        if (!tokens.get(from).isCapitalised() && !SpeechCues.isDeterminer(tokens.get(from).surface())
                && !startsAfterTitleWords(tokens, from, firstCapital(tokens, from, end))) {
            return null;
        }
        return mention(text, tokens, from, end, "", "X said");
    }

    private static int firstCapital(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (tokens.get(k).isCapitalised()) {
                return tokens.get(k).start();
            }
        }
        return tokens.get(end - 1).start();
    }

    /** Whether only a few lower-case title words ("former presidential candidate") come before the speaker. */
    boolean startsAfterTitleWords(List<Token> tokens, int first, int speakerStart) {
        int k = first;
        int words = 0;
        while (k < tokens.size() && tokens.get(k).start() < speakerStart) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalised() || SpeechCues.isVerb(t.surface())
                    || ++words > settings.titleWordsBeforeSpeaker()) {
                return false;
            }
            k++;
        }
        return true;
    }

    /**
     * The subject of the clause that holds {@code tokens[verb]}: the last name or description that
     * opens the sentence or follows a comma and is itself followed by a lower-case word, its verb.
     */
    SpeakerMention clauseSubject(String text, List<Token> tokens, int verb, String how) {
        SpeakerMention best = null;
        for (int p = 0; p < verb; p++) {
            if (p > 0 && !tokens.get(p - 1).surface().equals(",")) {
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
            if (after < verb && tokens.get(after).isWord() && !tokens.get(after).isCapitalised()
                    && !SpeechCues.isParticle(tokens.get(after).surface())) {
                best = np;
            }
        }
        return best;
    }

    /** The speaker ending right before {@code tokens[verb]}, starting no earlier than {@code floor}. */
    SpeakerMention backwardNounPhrase(String text, List<Token> tokens, int floor, int verb, String how) {
        int end = verb;
        while (end - 1 >= floor && tokens.get(end - 1).isWord() && SpeechCues.isAdverb(tokens.get(end - 1).surface())
                && !tokens.get(end - 1).isCapitalised()) {
            end--;
        }
        if (end - 1 < floor) {
            return null;
        }
        // "Sen. Claire Okafor (D-Mo.) said": the party and state in brackets are not part of the name.
        if (tokens.get(end - 1).surface().equals(")")) {
            int open = end - 2;
            while (open >= floor && end - open <= settings.bracketMaxTokens() && !tokens.get(open).surface().equals("(")) {
                open--;
            }
            if (open > floor && tokens.get(open).surface().equals("(") && tokens.get(open - 1).isWord()) {
                end = open;
            }
        }
        Token last = tokens.get(end - 1);
        if (last.surface().equals(",")) {
            return apposition(text, tokens, floor, end - 1, how);
        }
        if (!last.isWord()) {
            return null;
        }
        if (SpeechCues.isPronoun(last.surface())) {
            return mention(text, tokens, end - 1, end, "", how);
        }
        int start = end;
        boolean capital = false;
        boolean determiner = false;
        while (start - 1 >= floor && end - (start - 1) <= settings.backwardPhraseMaxTokens()) {
            Token t = tokens.get(start - 1);
            if (t.surface().equals("\u2019s") || t.surface().equals("'s")) {
                start--;
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            if (SpeechCues.isDeterminer(t.surface()) && !(t.isCapitalised() && capital && !t.is("the"))) {
                start--;
                determiner = true;
                break;
            }
            if (t.isCapitalised() || t.isNumber()) {
                capital = true;
                start--;
                continue;
            }
            if (SpeechCues.isParticle(t.surface()) && capital) {
                start--;
                continue;
            }
            if (!capital) {
                start--;
                continue;
            }
            break;
        }
        while (start < end && SpeechCues.isParticle(tokens.get(start).surface())) {
            start++;
        }
        if (start >= end || SpeechCues.isParticle(tokens.get(end - 1).surface())) {
            return null;
        }
        if (end - start == 1 && (SpeechCues.isDeterminer(tokens.get(start).surface())
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
    private SpeakerMention apposition(String text, List<Token> tokens, int floor, int comma, String how) {
        int open = comma - 1;
        while (open >= floor && !tokens.get(open).surface().equals(",")) {
            if (comma - open > settings.roleMaxTokens()
                    || !tokens.get(open).isWord() && !tokens.get(open).surface().equals("\u2019")) {
                if (!tokens.get(open).isWord() && !tokens.get(open).surface().equals("-") && !tokens.get(open).surface().equals(".")) {
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
        if (comma - open <= settings.partyAndStateMaxTokens() && PARTY_AND_STATE.matcher(between).matches()) {
            // "Mitch Dawson, R-Ky., said": the name is before the party and state.
            SpeakerMention name = backwardNounPhrase(text, tokens, floor, open, how);
            return name == null ? null : new SpeakerMention(name.name(), name.mention(), name.start(), name.end(),
                    between, how + " with a role");
        }
        if (!SpeechCues.isDeterminer(roleFirst.surface()) && roleFirst.isCapitalised()
                && !looksLikeRoleTitle(tokens, open + 1, comma)) {
            // "Her campaign manager, Robby Mook, said": the name is between the commas, the role before.
            SpeakerMention role = backwardNounPhrase(text, tokens, floor, open, how);
            SpeakerMention name = mention(text, tokens, open + 1, comma, "", how);
            return role == null ? null
                    : new SpeakerMention(name.name(), name.mention(), name.start(), name.end(), role.mention(), how + " with a role");
        }
        String role = withoutRelative(text.substring(roleFirst.start(), tokens.get(comma - 1).end()));
        if (RELATIVES.contains(roleFirst.folded()) && role.startsWith(roleFirst.surface())) {
            // "A senior official, who spoke on condition of anonymity, said": a relative clause that does not
            // say what the speaker is ("who was the deputy chair") is no role.
            role = "";
        }
        SpeakerMention name = backwardNounPhrase(text, tokens, floor, open, how);
        if (name == null) {
            return null;
        }
        return new SpeakerMention(name.name(), name.mention(), name.start(), name.end(), role, how + " with a role");
    }

    /** "who was the commission's deputy chair": the role is what follows the relative and its copula. */
    static String withoutRelative(String role) {
        Matcher m = RELATIVE_COPULA.matcher(role);
        return m.lookingAt() && m.end() < role.length() ? role.substring(m.end()) : role;
    }

    private static boolean looksLikeRoleTitle(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalised() && tokens.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** The speaker starting at {@code tokens[from]}: a pronoun, a name, or a determiner and its words. */
    SpeakerMention forwardNounPhrase(String text, List<Token> tokens, int from, String how) {
        if (from >= tokens.size() || !tokens.get(from).isWord()) {
            return null;
        }
        Token first = tokens.get(from);
        if (SpeechCues.isFunctionWord(first.surface()) && from + 1 < tokens.size()) {
            return forwardNounPhrase(text, tokens, from + 1, how);
        }
        if (first.is("that") || first.is("this") || first.is("what") || first.is("which")) {
            return null;
        }
        if (SpeechCues.isPronoun(first.surface())) {
            return mention(text, tokens, from, from + 1, "", how);
        }
        int end = from;
        if (SpeechCues.isDeterminer(first.surface())) {
            end++;
            while (end < tokens.size() && end - from < settings.descriptionMaxTokens() && tokens.get(end).isWord()
                    && !SpeechCues.isVerb(tokens.get(end).surface()) && !tokens.get(end).is("that")
                    // "a city official who spoke on condition of anonymity": the relative clause is about the speaker
                    && !RELATIVES.contains(tokens.get(end).folded())
                    && !(SpeechCues.isAdverb(tokens.get(end).surface()) && !tokens.get(end).isCapitalised())
                    && !(end + 1 < tokens.size() && tokens.get(end).surface().endsWith("ed")
                    && SpeechCues.isDeterminer(tokens.get(end + 1).surface()))
                    // "a letter verified by Reuters and three diplomats": "and" before a small word ends the phrase
                    && !((tokens.get(end).is("and") || tokens.get(end).is("or"))
                    && (end + 1 >= tokens.size() || !tokens.get(end + 1).isCapitalised()))) {
                end++;
            }
            // A name the description ends on is not cut in two: "a letter obtained by Meridian Press".
            while (end < tokens.size() && end - from < settings.forwardPhraseMaxTokens() && end > from + 1
                    && tokens.get(end - 1).isCapitalised() && tokens.get(end).isWord() && tokens.get(end).isCapitalised()) {
                end++;
            }
        } else {
            // "former Utah governor Michael Leavitt", "former secretary of state Ann Rusk", "9/11 widow Ann
            // Rusk": a few lower-case title words before a name.
            while (end < tokens.size() && end - from < settings.titleWordsBeforeName() && !tokens.get(end).isCapitalised()
                    && (tokens.get(end).isWord() || (tokens.get(end).is("/") && end > from))
                    && (!SpeechCues.isVerb(tokens.get(end).surface()) || (end > from && tokens.get(end - 1).is("of")))
                    && (!SpeechCues.isParticle(tokens.get(end).surface()) || (tokens.get(end).is("of") && end > from))) {
                end++;
            }
            if (end >= tokens.size() || !tokens.get(end).isCapitalised() || !tokens.get(end).isWord()) {
                return null;
            }
            // A capitalised run, and again after one or two lower-case role words ("Ministry spokesman Oskar Lindqvist").
            while (true) {
                while (end < tokens.size() && end - from < settings.forwardPhraseMaxTokens() && tokens.get(end).isWord()
                        && (tokens.get(end).isCapitalised() || (SpeechCues.isParticle(tokens.get(end).surface())
                        && end + 1 < tokens.size() && tokens.get(end + 1).isCapitalised()))) {
                    end++;
                }
                int role = end;
                while (role < tokens.size() && role - end < settings.roleWordsBetweenNames()
                        && tokens.get(role).isWord() && !tokens.get(role).isCapitalised()
                        && !SpeechCues.isParticle(tokens.get(role).surface()) && !SpeechCues.isVerb(tokens.get(role).surface())
                        && !SpeechCues.isAdverb(tokens.get(role).surface())) {
                    role++;
                }
                if (role > end && role < tokens.size() && role - from < settings.forwardPhraseMaxTokens()
                        && tokens.get(role).isWord()
                        && tokens.get(role).isCapitalised()) {
                    end = role;
                    continue;
                }
                break;
            }
        }
        while (end > from + 1 && SpeechCues.isParticle(tokens.get(end - 1).surface())) {
            end--;
        }
        if (end == from) {
            return null;
        }
        String role = "";
        if (SpeechCues.isDeterminer(first.surface()) && how.equals("said X")) {
            // "said the lawyer, Carla Dunmore.": the description is the role of the name after it (not after
            // "according to the complaint, John Hale, …", where the name is whom the statement is about).
            int nameEnd = namedAfterComma(tokens, end);
            if (nameEnd > 0) {
                SpeakerMention name = mention(text, tokens, end + 1, nameEnd, "", how);
                return new SpeakerMention(name.name(), name.mention(), name.start(), name.end(),
                        text.substring(first.start(), tokens.get(end - 1).end()), how + " with a role");
            }
        }
        if (end + 1 < tokens.size() && tokens.get(end).surface().equals(",")) {
            Token next = tokens.get(end + 1);
            if (next.is("a") || next.is("an") || next.is("the")) {
                int roleEnd = end + 1;
                while (roleEnd < tokens.size() && roleEnd - end < settings.roleMaxTokens() && (tokens.get(roleEnd).isWord()
                        || tokens.get(roleEnd).surface().equals("-"))) {
                    roleEnd++;
                }
                role = text.substring(next.start(), tokens.get(roleEnd - 1).end());
            } else if (isRelative(next) && !hasTitleWords(tokens, from, end)) {
                // "said Mara Olsen, who was the commission's deputy chair": the role follows the copula.
                Matcher copula = RELATIVE_COPULA.matcher(text).region(next.start(), text.length());
                int roleStart = end + 1;
                while (copula.lookingAt() && roleStart < tokens.size() && tokens.get(roleStart).start() < copula.end()) {
                    roleStart++;
                }
                int roleEnd = roleStart;
                while (copula.lookingAt() && roleEnd < tokens.size() && roleEnd - roleStart < settings.roleMaxTokens()
                        && (tokens.get(roleEnd).isWord() || POSSESSIVES.contains(tokens.get(roleEnd).surface()))) {
                    roleEnd++;
                }
                if (roleEnd > roleStart && !SpeechCues.isAdverb(tokens.get(roleStart).surface())
                        && !NEGATIONS.contains(tokens.get(roleStart).folded())) {
                    role = text.substring(tokens.get(roleStart).start(), tokens.get(roleEnd - 1).end());
                }
            }
        }
        return mention(text, tokens, from, end, role, how);
    }

    /**
     * Where a name in apposition after a description ends ("the lawyer, Carla Dunmore." or "…, Carla
     * Dunmore, on Tuesday"), or -1: after the comma, two or more capitalised words (no time word or date)
     * closing the clause.
     */
    private static int namedAfterComma(List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).surface().equals(",")) {
            return -1;
        }
        int k = end + 1;
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isCapitalised()
                && !SpeechCues.isTimeWord(tokens.get(k).surface()) && !isDate(tokens, k)
                && !SpeechCues.isDeterminer(tokens.get(k).surface())) {
            k++;
        }
        boolean closes = k == tokens.size() || !tokens.get(k).isWord();
        return k - (end + 1) >= 2 && closes ? k : -1;
    }

    /** "March 3", "Sept. 12": a month's name or abbreviation before a number ("Jan Holm", "Theresa May" are names). */
    private static boolean isDate(List<Token> tokens, int k) {
        int next = k + 1 < tokens.size() && tokens.get(k + 1).is(".") ? k + 2 : k + 1;
        return next < tokens.size() && tokens.get(next).isNumber() && isMonth(tokens.get(k).surface());
    }

    private static boolean isMonth(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            String name = month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT);
            if (name.equals(lower) || lower.length() >= 3 && name.startsWith(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Articles of the languages whose nouns before a name come with one: alone before a name, they are no role. */
    private static final java.util.Set<String> ARTICLES = dev.corroborate.text.WordLists.set(NounPhrases.class, "articles.txt");

    static SpeakerMention mention(String text, List<Token> tokens, int from, int to, String role, String how) {
        // "But Sanders", "If Cruz", "Thanks Sarah": a capitalised small word opening the sentence is not a name.
        while (from < to - 1 && tokens.get(from).isCapitalised() && SpeechCues.opensSentenceNotName(tokens.get(from).surface())) {
            from++;
        }
        // "ministry spokesman Oskar Lindqvist", "Huckabee spokeswoman Alice Stewart": the name is the
        // capitalised words after the last lower-case word, the words before them the role.
        int firstCapital = from;
        if (!SpeechCues.isDeterminer(tokens.get(from).surface())) {
            for (int k = from; k < to - 1; k++) {
                Token t = tokens.get(k);
                if (t.isWord() && !t.isCapitalised() && !SpeechCues.isParticle(t.surface())) {
                    firstCapital = k + 1;
                }
            }
        }
        if (firstCapital > from && firstCapital < to - 1 && role.isEmpty()) {
            role = text.substring(tokens.get(from).start(), tokens.get(firstCapital - 1).end());
            if (ARTICLES.contains(role.toLowerCase(java.util.Locale.ROOT))) {
                // "die Abgeordnete Mara Velt", "la ministre Anne Roy": an article alone is no role.
                role = "";
            }
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

    /** Whether a speaker mention is followed by punctuation or by nothing (the quote). */
    static boolean endsAtPunctuation(List<Token> tokens, SpeakerMention np) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= np.end()) {
                return !tokens.get(k).isWord();
            }
        }
        return true;
    }
}
