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
 * takes the name of the nearest named speaker or the name that opens a sentence before it, and a
 * surname takes the fullest name the article gives it ("Marc Brafman" for "Brafman"). The mention
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

    /** The nearest two-word capitalised name before {@code before}, outside quotation marks: its first and last token. */
    private Token[] nearestNameBefore(String text, int before) {
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
                return new Token[] {p, t};
            }
        }
        return null;
    }
}
