package dev.corroborate.quote;

import dev.corroborate.model.Quote;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a speaker mention within its article: a pronoun or a description ("the spokesman")
 * takes the name of the nearest named speaker or the name that opens a sentence before it, but not
 * a person the article gives the other gender ({@link Gender}: "she" after a man named with "he
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

    /** The article's tokens, made once per article and only when a surname needs its full name. Not thread-safe. */
    static final class ArticleWords {
        private final String text;
        private List<Token> tokens;

        ArticleWords(String text) {
            this.text = text;
        }

        List<Token> get() {
            if (tokens == null) {
                tokens = Tokenizer.PROSE.tokens(text);
            }
            return tokens;
        }
    }

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
            SpeakerMention named = null;
            boolean passedTheOtherGender = false;
            for (int k = earlier.size() - 1; k >= 0 && named == null; k--) {
                SpeakerMention candidate = earlier.get(k).speaker();
                if (candidate != null && isName(candidate.name()) && compatible(words)) {
                    Gender known = wanted == null ? null : Gender.known(text, candidate.name(), earlier);
                    if (Gender.contradicts(wanted, known)) {
                        passedTheOtherGender = true;
                    } else if (!passedTheOtherGender || known == wanted) {
                        named = candidate;
                    }
                }
            }
            Token[] near = pronoun && compatible(words)
                    ? nearestNameBefore(text, Math.min(quoteStart, mention.start()), wanted, earlier) : null;
            if (near != null && (named == null || near[0].start() > named.start())) {
                String name = text.substring(near[0].start(), near[1].end());
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

    /**
     * The nearest two-word capitalised name before {@code before}, outside quotation marks, that the
     * article does not give the other gender than {@code wanted} (past one it does, only a name it
     * gives {@code wanted}): its first and last token.
     */
    private Token[] nearestNameBefore(String text, int before, Gender wanted, List<Quote> earlier) {
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
            if (!quoted[k] && opensSentence && t.isCapitalised() && p.isCapitalised() && t.isWord() && p.isWord()
                    && !SpeechCues.isDeterminer(p.surface()) && !SpeechCues.opensSentenceNotName(p.surface())
                    && !SpeechCues.isPronoun(p.surface())
                    && text.substring(p.end(), t.start()).indexOf('\n') < 0) {
                Gender known = wanted == null ? null : Gender.known(text, text.substring(p.start(), t.end()), earlier);
                if (Gender.contradicts(wanted, known)) {
                    passedTheOtherGender = true;
                } else if (!passedTheOtherGender || known == wanted) {
                    return new Token[] {p, t};
                }
            }
        }
        return null;
    }

    /**
     * What an article says of a person's gender, from its own words only: a pronoun already resolved
     * to the person ("he said" after their name) or a title before the surname ("Mr. Brun", "Ms.
     * Sved"; a title names only a surname, so it speaks for everyone of that surname). No list of
     * first names: a name alone says nothing. Evidence both ways says nothing too.
     */
    enum Gender {
        MALE, FEMALE;

        private static final List<String> MALE_TITLES = List.of("Mr. ", "Mr ");
        private static final List<String> FEMALE_TITLES = List.of("Mrs. ", "Mrs ", "Ms. ", "Ms ", "Miss ");

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

        /** The gender the article gives the person of this name (see {@link #sameName}), or null when it gives none or both. */
        static Gender known(String text, String name, List<Quote> earlier) {
            String surname = surname(name);
            if (surname.isEmpty()) {
                return null;
            }
            boolean male = titled(text, surname, MALE_TITLES);
            boolean female = titled(text, surname, FEMALE_TITLES);
            for (Quote quote : earlier) {
                SpeakerMention speaker = quote.speaker();
                if (speaker != null && sameName(name, speaker.name())) {
                    Gender said = ofPronoun(speaker.mention());
                    male |= said == MALE;
                    female |= said == FEMALE;
                }
            }
            return male == female ? null : male ? MALE : FEMALE;
        }

        /**
         * "Harald Brun" and "Brun" are one name, "Ivanka Trump" and "Donald Trump" are not: a
         * surname alone stands for any full name ending with it.
         */
        private static boolean sameName(String one, String other) {
            String a = one.strip();
            String b = other.strip();
            if (a.indexOf(' ') >= 0 && b.indexOf(' ') >= 0) {
                return a.equalsIgnoreCase(b);
            }
            return surname(a).equals(surname(b));
        }

        private static String surname(String name) {
            String trimmed = name.strip();
            int space = trimmed.lastIndexOf(' ');
            return space < 0 ? trimmed : trimmed.substring(space + 1);
        }

        /** Whether the text writes the surname, as a whole word, right after one of the titles. */
        private static boolean titled(String text, String surname, List<String> titles) {
            for (String title : titles) {
                String written = title + surname;
                for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
                    int after = at + written.length();
                    boolean wordBefore = at > 0 && Character.isLetter(text.charAt(at - 1));
                    if (!wordBefore && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
