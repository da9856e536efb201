package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.quote.GenderEvidence.Gender;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a speaker mention within its article: a pronoun or a description ("the spokesman")
 * takes the name of the nearest named speaker or the name that opens a sentence before it, but not
 * a person the article gives the other gender ({@link GenderEvidence}: "she" after a man named with
 * "he said" or "Mr."), and a surname takes the fullest name the article gives it ("Marc Brafman"
 * for "Brafman"). The mention keeps its words and offsets; its name and evidence change. Immutable
 * and thread-safe.
 */
final class MentionResolver {

    /** "the spokesman", "the minister": nouns that end a description standing for a named person. */
    private static final Set<String> PERSON_NOUNS = WordLists.set(MentionResolver.class, "person-nouns.txt");

    /** Determiners that introduce someone not named before. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some", "several", "two", "three", "many");

    private final QuoteSettings settings;

    MentionResolver(QuoteSettings settings) {
        this.settings = settings;
    }

    /**
     * The article's tokens, made once per article and only when a surname needs its full name, and
     * what it says of its people's gender, made once and only when a pronoun needs it. Not
     * thread-safe.
     */
    static final class ArticleWords {
        private final String text;
        private List<Token> tokens;
        private GenderEvidence genders;

        ArticleWords(String text) {
            this.text = text;
        }

        List<Token> get() {
            if (tokens == null) {
                tokens = Tokenizer.PROSE.tokens(text);
            }
            return tokens;
        }

        GenderEvidence genders() {
            if (genders == null) {
                genders = new GenderEvidence(text);
            }
            return genders;
        }
    }

    /**
     * The most people (distinct names) a pronoun is weighed against, the nearest first: past someone of
     * the other gender it looks on for a person known to be of its own; a long interview of one person
     * is one of them. The walk itself is bounded too ({@link #MAX_STEPS}), for a long article.
     */
    private static final int MAX_CANDIDATES = 30;

    /** The most speakers and written names a pronoun's walk reads. */
    private static final int MAX_STEPS = 1_000;

    /** A word after a possessive that names something of the possessor's, not a person ("Ylva Moberg's Harbour Board"). */
    private static final Set<String> ORGANISATION_NOUNS = WordLists.set(MentionResolver.class, "organisation-nouns.txt");

    /**
     * Words of an office or a party that stand before a name in a sentence's subject but are not titles
     * of the name itself ("Senate Majority Leader Mitch McConnell", "House Intelligence Republican Mike
     * Pompeo"): the name opening a sentence is what follows the last of them, as it is after a title.
     */
    private static final Set<String> OFFICE_WORDS = WordLists.set(MentionResolver.class, "office-words.txt");

    /** "That's", "Let's": a word and "is" or "us", not a possessive. */
    private static final Set<String> CONTRACTIONS = WordLists.set(MentionResolver.class, "contractions.txt");

    /**
     * A pronoun or a description ("the spokesman") takes the name of the nearest named speaker
     * before it (a pronoun also the nearest name opening a sentence), but not a person the article
     * gives the other gender; a surname takes the fullest name that ends with it earlier in the text.
     */
    SpeakerMention resolve(String text, ArticleWords allWords, SpeakerMention mention, List<Quote> earlier,
                           int quoteStart) {
        String words = mention.mention();
        String first = words.split("\\s+")[0];
        boolean pronoun = SpeechCues.isPronoun(words);
        // "the spokesman" stands for someone named before; "a spokesman" brings in someone new.
        boolean description = !pronoun && SpeechCues.isDeterminer(first) && !INDEFINITE.contains(first.toLowerCase(Locale.ROOT))
                && isPersonDescription(words);
        if (pronoun || description) {
            return compatible(words) ? referent(text, allWords, mention, earlier, quoteStart, pronoun) : mention;
        }
        // "Envoy Lin": the title is not part of the name; the surname is resolved as "Lin" would be.
        String[] parts = words.split("\\s+");
        int titles = 0;
        while (titles < parts.length - 1 && NameForms.isTitle(parts[titles])) {
            titles++;
        }
        if (titles == parts.length - 1) {
            words = parts[titles];
        }
        if (isName(words) && !words.contains(" ")) {
            String full = fullNameEndingWith(text, allWords.get(), words, mention.start());
            if (full != null) {
                return withName(mention, full, "surname of " + full);
            }
        }
        return mention;
    }

    /**
     * The named speakers before the mention and, for a pronoun, the names opening a sentence before
     * it, walked together from the nearest. "she" is not the man named just before when the article
     * already says he is a man (a pronoun resolved to him, "Mr."); and past him, the nearest name is
     * a guess the pronoun no longer supports: only someone the article says is a woman is taken, or
     * none (the pronoun stays unresolved rather than go to a stranger).
     */
    private SpeakerMention referent(String text, ArticleWords allWords, SpeakerMention mention, List<Quote> earlier,
                                    int quoteStart, boolean pronoun) {
        Gender wanted = pronoun ? Gender.ofPronoun(mention.mention()) : null;
        GenderEvidence.Known genders = wanted == null ? null : allWords.genders().before(quoteStart, earlier);
        List<NameSpan> openings = pronoun ? namesOpeningSentences(text, Math.min(quoteStart, mention.start())) : List.of();
        int speaker = earlier.size() - 1;
        int opening = 0;
        boolean passedTheOtherGender = false;
        Set<String> judged = new HashSet<>();
        for (int step = 0; step < MAX_STEPS && judged.size() <= MAX_CANDIDATES; step++) {
            while (speaker >= 0 && (earlier.get(speaker).speaker() == null || !isName(earlier.get(speaker).speaker().name()))) {
                speaker--;
            }
            SpeakerMention named = speaker >= 0 ? earlier.get(speaker).speaker() : null;
            NameSpan written = opening < openings.size() ? openings.get(opening) : null;
            if (named == null && written == null) {
                break;
            }
            boolean nameBefore = written != null && (named == null || written.start() > named.start());
            String name = nameBefore ? text.substring(written.start(), written.end()) : named.name();
            judged.add(name);
            Gender known = genders == null ? null : genders.of(name);
            if (Gender.contradicts(wanted, known)) {
                passedTheOtherGender = true;
            } else if (!passedTheOtherGender || known == wanted) {
                return withName(mention, name, nameBefore ? "refers to " + name + ", the name before it"
                        : "refers to " + name + ", the speaker before");
            }
            if (nameBefore) {
                opening++;
            } else {
                speaker--;
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

    private static boolean compatible(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return !(lower.equals("i") || lower.equals("we") || lower.equals("you") || lower.equals("it") || lower.equals("they"));
    }

    private static boolean isName(String words) {
        return !words.isEmpty() && Character.isUpperCase(words.charAt(0)) && !SpeechCues.isPronoun(words)
                && !SpeechCues.isDeterminer(words.split("\\s+")[0]);
    }

    /**
     * The fullest name the article gives a one-word mention: a run of
     * {@link QuoteSettings#fullNameMinWords()} to {@link QuoteSettings#fullNameMaxWords()} capitalised
     * words that ends with it ("Marc Brafman" for "Brafman") or, as family names come first in some
     * languages, starts with it ("Sun Weiyan" for "Sun"). Runs before the mention are preferred, the
     * nearest first; a run that ends with it beats one that starts with it.
     */
    private String fullNameEndingWith(String text, List<Token> tokens, String surname, int before) {
        String ending = null;
        String starting = null;
        boolean endingBefore = false;
        boolean startingBefore = false;
        int k = 0;
        while (k < tokens.size()) {
            if (!tokens.get(k).isWord() || !tokens.get(k).isCapitalised() || SpeechCues.isDeterminer(tokens.get(k).surface())
                    || SpeechCues.opensSentenceNotName(tokens.get(k).surface())) {
                k++;
                continue;
            }
            int end = k;
            while (end < tokens.size() && end - k < settings.fullNameMaxWords()
                    && tokens.get(end).isWord() && tokens.get(end).isCapitalised()
                    && (end == k || text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).indexOf('\n') < 0)) {
                end++; // a name does not run over a line break ("... X.\n\nSexton said")
            }
            int from = k;
            while (from < end && NameForms.isTitle(tokens.get(from).surface())) {
                from++; // "Envoy Lin" is a title and a surname, not a full name
            }
            if (end - from >= settings.fullNameMinWords()) {
                String first = tokens.get(from).surface();
                String last = tokens.get(end - 1).surface();
                String run = text.substring(tokens.get(from).start(), tokens.get(end - 1).end());
                boolean isBefore = tokens.get(from).start() < before;
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

    /** Whether {@code tokens[k]} opens a sentence: nothing before it, a sentence end, or a line break. */
    private static boolean startsSentenceAt(String text, List<Token> tokens, int k) {
        return k - 1 < 0 || ".!?\u201D\"".contains(tokens.get(k - 1).surface())
                || text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).indexOf('\n') >= 0;
    }

    /** Where a name is written: {@code text.substring(start, end)}. */
    record NameSpan(int start, int end) {
    }

    /**
     * The names of two words or more that open a sentence within {@link QuoteSettings#nearestNameChars()}
     * before {@code before}, outside quotation marks, the nearest first; also a name after the title
     * words that open its sentence when a speech verb follows it ("Coast guard commander Pieter Molnar said").
     */
    private List<NameSpan> namesOpeningSentences(String text, int before) {
        int from = Math.max(0, before - settings.nearestNameChars());
        List<Token> tokens = Tokenizer.PROSE.tokens(text, from, before);
        boolean[] quoted = new boolean[tokens.size()];
        for (QuotationMarks.Span span : QuotationMarks.find(text.substring(from, before))) {
            for (int k = 0; k < tokens.size(); k++) {
                int at = tokens.get(k).start() - from;
                if (at >= span.start() && at < span.end()) {
                    quoted[k] = true;
                }
            }
        }
        List<NameSpan> names = new ArrayList<>();
        for (int k = tokens.size() - 1; k > 0; k--) {
            Token t = tokens.get(k);
            Token p = tokens.get(k - 1);
            // A subject: the name opens its sentence ("Oskar Lindqvist, a spokesman, confirmed ...").
            boolean opensSentence = startsSentenceAt(text, tokens, k - 1)
                    // "But Ines Okafor did not stop there."
                    || (k - 2 >= 0 && SpeechCues.opensSentenceNotName(tokens.get(k - 2).surface())
                    && startsSentenceAt(text, tokens, k - 2));
            if (!quoted[k] && opensSentence && capitalisedWordsOnOneLine(text, p, t)
                    && !SpeechCues.isDeterminer(p.surface()) && !SpeechCues.opensSentenceNotName(p.surface())
                    && !SpeechCues.isPronoun(p.surface())) {
                NameSpan name = nameOpening(text, tokens, quoted, k - 1);
                if (name != null) {
                    names.add(name);
                }
            }
            // "Coast guard commander Pieter Molnar said …": lower-case title words between the opening and the name.
            int title = k - 1;
            while (title > 0 && title >= k - TITLE_WORDS_AT_OPENING && tokens.get(title - 1).isWord()
                    && !tokens.get(title - 1).isCapitalised() && !SpeechCues.isFunctionWord(tokens.get(title - 1).surface())
                    && !SpeechCues.isVerb(tokens.get(title - 1).surface()) && !SpeechCues.isParticle(tokens.get(title - 1).surface())) {
                title--;
            }
            if (title < k - 1 && title > 0 && !quoted[k] && capitalisedWordsOnOneLine(text, p, t)
                    && tokens.get(title - 1).isWord() && tokens.get(title - 1).isCapitalised()
                    && startsSentenceAt(text, tokens, title - 1) && !SpeechCues.isDeterminer(tokens.get(title - 1).surface())
                    && !SpeechCues.opensSentenceNotName(tokens.get(title - 1).surface())) {
                NameSpan name = nameOpening(text, tokens, quoted, k - 1);
                if (name != null && speaksNext(tokens, name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Whether a speech verb follows the name ("… Pieter Molnar said"): the subject of what was said, not any capitalised words. */
    private static boolean speaksNext(List<Token> tokens, NameSpan name) {
        for (Token token : tokens) {
            if (token.start() >= name.end()) {
                return SpeechCues.isCue(token);
            }
        }
        return false;
    }

    /** The most lower-case title words between a sentence's first word and the name it opens with. */
    private static final int TITLE_WORDS_AT_OPENING = 3;

    private static boolean capitalisedWordsOnOneLine(String text, Token previous, Token next) {
        return previous.isWord() && next.isWord() && previous.isCapitalised() && next.isCapitalised()
                && text.substring(previous.end(), next.start()).indexOf('\n') < 0;
    }

    /**
     * The name in the run of capitalised words from {@code tokens[first]}, or null when it holds none:
     * the words after its last title or office word when two or more are left ("Ylva Moberg" of
     * "Former Deputy Mayor Ylva Moberg", "Barack Obama" of "President Barack Obama", "Mitch McConnell"
     * of "Senate Majority Leader Mitch McConnell"), the whole run otherwise ("President Obama"); a run
     * longer than {@link QuoteSettings#fullNameMaxWords()} (a headline in title case) gives its first
     * two words, as a name opens it. The run ends before a capitalised small word ("Lena
     * Varga On Monday") or a time word ("Lena Varga Tuesday"), and before a speech verb that more
     * capitalised words follow ("Harald Brun Says Ferry Money Is Gone"; "Kwame Anthony Read opened" is
     * a name). A possessive in it says whose the rest is: the possessor's when the rest is one word or
     * ends with an organisation ("Suu Kyi" of "Suu Kyi's Party", "Ylva Moberg" of "Ylva Moberg's Harbour
     * Board"), the person after it otherwise ("Ada Fisher" of "North Carolina's Ada Fisher"); a name of
     * one word or a title alone is none ("Germany" of "Germany's Merkel").
     */
    private NameSpan nameOpening(String text, List<Token> tokens, boolean[] quoted, int first) {
        if (isContraction(tokens.get(first).surface())) {
            first++; // "That's Hillary Clinton ..."
        }
        int last = first + 1;
        if (last >= tokens.size() || !capitalisedWordsOnOneLine(text, tokens.get(first), tokens.get(last))) {
            return null;
        }
        while (last + 1 < tokens.size() && !quoted[last + 1] && capitalisedWordsOnOneLine(text, tokens.get(last), tokens.get(last + 1))
                && !endsRunBefore(text, tokens, last + 1)) {
            last++;
        }
        for (int k = last - 1; k >= first; k--) {
            if (isPossessive(tokens.get(k).surface())) {
                boolean organisation = ORGANISATION_NOUNS.contains(tokens.get(last).surface().toLowerCase(Locale.ROOT));
                if (last - k >= 2 && !organisation) {
                    first = k + 1;
                } else {
                    last = k;
                }
                break;
            }
        }
        int afterTitles = first;
        for (int k = first; k <= last; k++) {
            String word = tokens.get(k).surface();
            if (NameForms.isTitle(word) || OFFICE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                afterTitles = k + 1;
            }
        }
        int from = last - afterTitles + 1 >= 2 ? afterTitles : first;
        if (last - from + 1 > settings.fullNameMaxWords()) {
            last = from + 1;
        }
        int end = tokens.get(last).end();
        if (isPossessive(tokens.get(last).surface())) {
            end -= 2;
        }
        // One word is left only of a possessor ("Germany" of "Germany's Merkel", "Mayor" of "Mayor's Office"): no name.
        return last == from ? null : new NameSpan(tokens.get(from).start(), end);
    }

    /** Whether the run of capitalised words ends before {@code tokens[next]}. */
    private static boolean endsRunBefore(String text, List<Token> tokens, int next) {
        String word = tokens.get(next).surface();
        if (SpeechCues.isFunctionWord(word) || SpeechCues.opensSentenceNotName(word) || SpeechCues.isTimeWord(word)) {
            return true;
        }
        return SpeechCues.isVerb(word) && next + 1 < tokens.size()
                && capitalisedWordsOnOneLine(text, tokens.get(next), tokens.get(next + 1));
    }

    /** "Moberg's", "Moberg\u2019s"; not "That's" or "Let's". */
    private static boolean isPossessive(String word) {
        return endsWithApostropheS(word) && !isContraction(word);
    }

    private static boolean isContraction(String word) {
        return endsWithApostropheS(word) && CONTRACTIONS.contains(word.substring(0, word.length() - 2).toLowerCase(Locale.ROOT));
    }

    private static boolean endsWithApostropheS(String word) {
        return word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
    }

}
