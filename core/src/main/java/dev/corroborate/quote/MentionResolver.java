package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a speaker mention within its article: a pronoun or a description ("the spokesman")
 * takes the name of the nearest named speaker or the name that opens a sentence before it, but not
 * a person the article gives the other gender ({@link GenderEvidence}: "she" after a man named with "he
 * said" or "Mr."), and a surname takes the fullest name the article gives it ("Marc Brafman" for
 * "Brafman"). The mention
 * keeps its words and offsets; its name and evidence change. Immutable and thread-safe.
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
     * the surnames it writes after a title, found once and only when a pronoun needs a gender. Not
     * thread-safe.
     */
    static final class ArticleWords {
        private final String text;
        private List<Token> tokens;
        private Map<String, Integer> titledSurnames;

        ArticleWords(String text) {
            this.text = text;
        }

        List<Token> get() {
            if (tokens == null) {
                tokens = Tokenizer.PROSE.tokens(text);
            }
            return tokens;
        }

        /** Each surname written after "Mr." ({@link Gender#MALE}'s bit) or "Mrs.", "Ms.", "Miss" ({@link Gender#FEMALE}'s). */
        Map<String, Integer> titledSurnames() {
            if (titledSurnames == null) {
                titledSurnames = new HashMap<>();
                Matcher title = TITLED_SURNAME.matcher(text);
                while (title.find()) {
                    Gender gender = title.group(1).equals("Mr") ? Gender.MALE : Gender.FEMALE;
                    titledSurnames.merge(title.group(2), gender.bit, (a, b) -> a | b);
                }
            }
            return titledSurnames;
        }
    }

    /** The most capitalised words read as one run opening a sentence ("Former Hewlett-Packard CEO Carly Fiorina"). */
    private static final int MAX_NAME_RUN = 6;

    /** "Mr. Brun", "Ms Sved": a title of gender and the capitalised word after it. */
    private static final Pattern TITLED_SURNAME = Pattern.compile("(?<!\\p{L})(Mr|Mrs|Ms|Miss)\\.? (\\p{Lu}[\\p{L}'\u2019-]*)");

    /**
     * A pronoun or a description ("the spokesman") takes the name of the nearest named speaker
     * before it; a surname takes the fullest name that ends with it earlier in the text.
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
            // "she" is not the man named just before when the article already says he is a man; and past
            // him, the nearest name is a guess the pronoun no longer supports: only someone the article
            // says is a woman is taken (left unresolved otherwise, rather than given to a stranger).
            Gender wanted = pronoun ? Gender.ofPronoun(words) : null;
            GenderEvidence genders = wanted == null ? GenderEvidence.NONE : new GenderEvidence(allWords.titledSurnames(), earlier);
            SpeakerMention named = null;
            boolean passedTheOtherGender = false;
            for (int k = earlier.size() - 1; k >= 0 && named == null; k--) {
                SpeakerMention candidate = earlier.get(k).speaker();
                if (candidate != null && isName(candidate.name()) && compatible(words)) {
                    Gender known = genders.of(candidate.name());
                    if (Gender.contradicts(wanted, known)) {
                        passedTheOtherGender = true;
                    } else if (!passedTheOtherGender || known == wanted) {
                        named = candidate;
                    }
                }
            }
            NameSpan near = pronoun && compatible(words)
                    ? nearestNameBefore(text, Math.min(quoteStart, mention.start()), wanted, genders) : null;
            if (near != null && (named == null || near.start() > named.start())) {
                String name = text.substring(near.start(), near.end());
                return withName(mention, name, "refers to " + name + ", the name before it");
            }
            if (named != null) {
                return withName(mention, named.name(), "refers to " + named.name() + ", the speaker before");
            }
            return mention;
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
     * The nearest name of two words or more that opens a sentence before {@code before}, outside
     * quotation marks, that the article does not give the other gender than {@code wanted} (past one
     * it does, only a name it gives {@code wanted}).
     */
    private NameSpan nearestNameBefore(String text, int before, Gender wanted, GenderEvidence genders) {
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
        boolean passedTheOtherGender = false;
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
                Gender known = genders.of(text.substring(name.start(), name.end()));
                if (Gender.contradicts(wanted, known)) {
                    passedTheOtherGender = true;
                } else if (!passedTheOtherGender || known == wanted) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean capitalisedWordsOnOneLine(String text, Token previous, Token next) {
        return previous.isWord() && next.isWord() && previous.isCapitalised() && next.isCapitalised()
                && text.substring(previous.end(), next.start()).indexOf('\n') < 0;
    }

    /**
     * The name in the run of capitalised words from {@code tokens[first]}: the words after its last
     * title when two or more are left ("Carly Fiorina" of "Former Hewlett-Packard CEO Carly
     * Fiorina", "Jeb Bush" of "Former Florida Gov. Jeb Bush"), the whole run otherwise ("President
     * Obama"); without a possessive's "'s" ("Suu Kyi" of "Suu Kyi's party").
     */
    private NameSpan nameOpening(String text, List<Token> tokens, boolean[] quoted, int first) {
        int last = first + 1;
        while (last + 1 < tokens.size() && !quoted[last + 1] && last + 1 - first < MAX_NAME_RUN
                && capitalisedWordsOnOneLine(text, tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        int afterTitles = first;
        for (int k = first; k <= last; k++) {
            if (NameForms.isTitle(tokens.get(k).surface())) {
                afterTitles = k + 1;
            }
        }
        int start = last - afterTitles + 1 >= 2 ? tokens.get(afterTitles).start() : tokens.get(first).start();
        int end = tokens.get(last).end();
        String lastWord = tokens.get(last).surface();
        if (lastWord.length() > 2 && (lastWord.endsWith("'s") || lastWord.endsWith("\u2019s"))) {
            end -= 2;
        }
        return new NameSpan(start, end);
    }

    /** A pronoun's gender: "he" male, "she" female. */
    enum Gender {
        MALE(1), FEMALE(2);

        /** This gender's bit in a person's evidence (both bits: the article says both, so nothing). */
        final int bit;

        Gender(int bit) {
            this.bit = bit;
        }

        /** "he" male, "she" female; any other pronoun none. */
        static Gender ofPronoun(String pronoun) {
            return switch (pronoun.toLowerCase(Locale.ROOT)) {
                case "he" -> MALE;
                case "she" -> FEMALE;
                default -> null;
            };
        }

        /** Whether a person the article gives {@code known} cannot be what a pronoun wanting {@code wanted} stands for. */
        static boolean contradicts(Gender wanted, Gender known) {
            return wanted != null && known != null && wanted != known;
        }
    }

    /**
     * What an article says of its people's gender before a quote, from its own words only: a
     * pronoun already resolved to the person ("he said" after their name) or a title before the
     * surname ("Mr. Brun", "Ms. Sved"; a title names only a surname, so it speaks for everyone of
     * that surname). No list of first names: a name alone says nothing, nor does evidence both ways.
     * Made once a pronoun, so that a long article's pronouns cost its quotes once each, not squared.
     */
    static final class GenderEvidence {

        static final GenderEvidence NONE = new GenderEvidence(Map.of(), List.of());

        private final Map<String, Integer> titledSurnames;
        /** By full name (two words or more, lower case): what pronouns resolved to that name say. */
        private final Map<String, Integer> byFullName = new HashMap<>();
        /** By surname: what pronouns resolved to a name of one word say, and to any name of that surname. */
        private final Map<String, Integer> byOneWordName = new HashMap<>();
        private final Map<String, Integer> bySurname = new HashMap<>();

        GenderEvidence(Map<String, Integer> titledSurnames, List<Quote> earlier) {
            this.titledSurnames = titledSurnames;
            for (Quote quote : earlier) {
                SpeakerMention speaker = quote.speaker();
                Gender said = speaker == null ? null : Gender.ofPronoun(speaker.mention());
                if (said != null) {
                    String name = speaker.name().strip();
                    String surname = surname(name);
                    bySurname.merge(surname, said.bit, (a, b) -> a | b);
                    if (name.indexOf(' ') >= 0) {
                        byFullName.merge(name.toLowerCase(Locale.ROOT), said.bit, (a, b) -> a | b);
                    } else {
                        byOneWordName.merge(surname, said.bit, (a, b) -> a | b);
                    }
                }
            }
        }

        /**
         * The gender the article gives the person of this name, or null when it gives none or both.
         * "Harald Brun" and "Brun" are one name, "Ivanka Trump" and "Donald Trump" are not: a surname
         * alone stands for any full name ending with it.
         */
        Gender of(String name) {
            String trimmed = name.strip();
            String surname = surname(trimmed);
            if (surname.isEmpty()) {
                return null;
            }
            int bits = titledSurnames.getOrDefault(surname, 0);
            if (trimmed.indexOf(' ') >= 0) {
                bits |= byFullName.getOrDefault(trimmed.toLowerCase(Locale.ROOT), 0) | byOneWordName.getOrDefault(surname, 0);
            } else {
                bits |= bySurname.getOrDefault(surname, 0);
            }
            return bits == Gender.MALE.bit ? Gender.MALE : bits == Gender.FEMALE.bit ? Gender.FEMALE : null;
        }

        private static String surname(String name) {
            int space = name.lastIndexOf(' ');
            return space < 0 ? name : name.substring(space + 1);
        }
    }
}
