package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import dev.corroborate.quote.GenderEvidence.Gender;
import java.util.ArrayList;
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
     * The most candidates a pronoun is weighed against, the nearest first: past someone of the other
     * gender it looks on for a person known to be of its own, and in a long article that walk is bounded.
     */
    private static final int MAX_CANDIDATES = 30;

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
        for (int looked = 0; looked < MAX_CANDIDATES; looked++) {
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
     * before {@code before}, outside quotation marks, the nearest first.
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
                names.add(nameOpening(text, tokens, quoted, k - 1));
            }
        }
        return names;
    }

    private static boolean capitalisedWordsOnOneLine(String text, Token previous, Token next) {
        return previous.isWord() && next.isWord() && previous.isCapitalised() && next.isCapitalised()
                && text.substring(previous.end(), next.start()).indexOf('\n') < 0;
    }

    /**
     * The name in the run of capitalised words from {@code tokens[first]}: the words after its last
     * title when two or more are left ("Ylva Moberg" of "Former Deputy Mayor Ylva Moberg", "Barack
     * Obama" of "President Barack Obama"), the whole run otherwise ("President Obama"); at most
     * {@link QuoteSettings#fullNameMaxWords()} words, the last ones. The run ends before a speech
     * verb or a time word ("Harald Brun Says Ferry Money Is Gone", "Lena Varga Tuesday opened"). A
     * possessive in it names whose the rest is: two words or more after it are the person ("Ada
     * Fisher" of "North Carolina's Ada Fisher"), fewer are the possessor's ("Suu Kyi" of "Suu Kyi's
     * Party"), without its "'s".
     */
    private NameSpan nameOpening(String text, List<Token> tokens, boolean[] quoted, int first) {
        int last = first + 1;
        while (last + 1 < tokens.size() && !quoted[last + 1] && capitalisedWordsOnOneLine(text, tokens.get(last), tokens.get(last + 1))
                && !SpeechCues.isVerb(tokens.get(last + 1).surface()) && !SpeechCues.isTimeWord(tokens.get(last + 1).surface())) {
            last++;
        }
        for (int k = last - 1; k >= first; k--) {
            if (isPossessive(tokens.get(k).surface())) {
                if (last - k >= 2) {
                    first = k + 1;
                } else {
                    last = k;
                }
                break;
            }
        }
        int afterTitles = first;
        for (int k = first; k <= last; k++) {
            if (NameForms.isTitle(tokens.get(k).surface())) {
                afterTitles = k + 1;
            }
        }
        int from = last - afterTitles + 1 >= 2 ? afterTitles : first;
        from = Math.max(from, last - settings.fullNameMaxWords() + 1);
        int end = tokens.get(last).end();
        if (isPossessive(tokens.get(last).surface())) {
            end -= 2;
        }
        return new NameSpan(tokens.get(from).start(), end);
    }

    private static boolean isPossessive(String word) {
        return word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
    }

}
