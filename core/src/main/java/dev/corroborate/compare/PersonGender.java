package dev.corroborate.compare;

import static dev.corroborate.compare.EventText.quoted;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Discrepancy.Kind;
import dev.corroborate.model.Discrepancy.Verdict;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.StopWords;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gender each article gives a named person, over the whole event: a pronoun or a gendered word
 * ({@code gender-words.txt}) outside quotes is given to the person a sentence names before it when
 * the sentence names only that one (so an ambiguous "he" counts for no one), a title ("Mr") or a
 * gendered role ("spokeswoman") to the name right after it. People are known by their surname
 * (the last word of a speaker's name, or of a name after a role written as a title) and by the
 * titles written with their names ("High Commissioner Ann Reyes" makes the High Commissioner and
 * Reyes one person). A person one article gives a gender and another article the other gender is
 * a conflict, with every article on each side. Linear in the event's words. Stateless.
 */
final class PersonGender {

    /**
     * A run of capitalised words that names a person: where, and the keys it is known by (its
     * surnames first, then the titles in it as {@code role:word}).
     */
    private record Mention(int start, int end, int firstToken, Set<String> keys, String text) {
    }

    private static final Set<String> CONNECTORS = Set.of("for", "of", "de", "van", "von", "al", "bin");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.");

    private PersonGender() {
    }

    /** The surnames of the event's people: of its speakers, and of names written after a title. */
    static Set<String> people(EventText event) {
        Set<String> people = new TreeSet<>();
        for (int article = 0; article < event.size(); article++) {
            for (FoundQuote quote : event.quotes(article)) {
                if (quote.quote().speaker() != null && !quote.quote().speaker().name().isEmpty()
                        && Character.isUpperCase(quote.quote().speaker().name().charAt(0))) {
                    List<String> words = QuoteDifferences.nameWords(quote.quote().speaker().name());
                    if (!words.isEmpty() && !PRONOUNS.contains(words.get(words.size() - 1))) {
                        people.add(words.get(words.size() - 1));
                    }
                }
            }
            for (int index = 0; index < event.sentences(article).size(); index++) {
                for (List<Token> run : event.runs(article, index, PersonGender::runs)) {
                    // A title then a name: "High Commissioner Ann Reyes", "Minister Tom Hale".
                    for (int i = 0; i + 2 < run.size(); i++) {
                        if (SentenceDifferences.ROLES.contains(run.get(i).folded())
                                && !SentenceDifferences.ROLES.contains(run.get(run.size() - 1).folded())
                                && !CONNECTORS.contains(run.get(i + 1).folded())) {
                            people.add(word(run.get(run.size() - 1)));
                            break;
                        }
                    }
                }
            }
        }
        // Asked for every capitalised word of the event: answered by hash (only membership is read).
        return new HashSet<>(people);
    }

    /**
     * The gender differences of the event's people: within aligned sentences ({@code statementOf}: "article:
     * sentence index" to its statement) first, where an article giving the person both genders in the statement
     * takes no side; across statements (an article saying "his post" where the others say "her") only when no
     * statement shows a difference.
     */
    static List<Discrepancy> of(EventText event, Set<String> people, Map<String, Integer> statementOf) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> titled = new TreeMap<>();
        List<List<List<Mention>>> mentions = new ArrayList<>();
        List<List<List<Token>>> sentences = new ArrayList<>();
        List<List<List<Integer>>> runEnds = new ArrayList<>();
        for (int article = 0; article < event.size(); article++) {
            String text = event.text(article);
            List<List<Mention>> articleMentions = new ArrayList<>();
            List<List<Token>> articleSentences = new ArrayList<>();
            List<List<Integer>> articleRunEnds = new ArrayList<>();
            for (int index = 0; index < event.sentences(article).size(); index++) {
                List<Token> tokens = event.prose(article, index);
                List<Mention> found = new ArrayList<>();
                List<Integer> ends = new ArrayList<>();
                for (List<Token> run : event.runs(article, index, PersonGender::runs)) {
                    ends.add(run.get(run.size() - 1).end());
                    Mention mention = mention(run, tokens, people, text);
                    if (mention != null) {
                        found.add(mention);
                        String first = mention.keys().iterator().next();
                        for (String key : mention.keys()) {
                            if (key.startsWith("role:")) {
                                titled.computeIfAbsent(key, k -> new TreeSet<>());
                            } else {
                                union(parent, first, key);
                            }
                        }
                        for (String key : mention.keys()) {
                            if (key.startsWith("role:") && !first.startsWith("role:")) {
                                titled.get(key).add(find(parent, first));
                            }
                        }
                    }
                }
                articleMentions.add(found);
                articleSentences.add(tokens);
                articleRunEnds.add(ends);
            }
            mentions.add(articleMentions);
            sentences.add(articleSentences);
            runEnds.add(articleRunEnds);
        }
        // A title written with one person's name only, all over the event, is that person's when written alone.
        for (Map.Entry<String, Set<String>> title : titled.entrySet()) {
            if (title.getValue().size() == 1) {
                union(parent, title.getKey(), title.getValue().iterator().next());
            }
        }
        // person -> statement -> gender -> article -> first evidence
        Map<String, Map<Integer, Map<String, Map<Integer, Discrepancy.Value>>>> evidence = new TreeMap<>();
        Map<String, String> display = new HashMap<>();
        for (int article = 0; article < event.size(); article++) {
            for (int s = 0; s < sentences.get(article).size(); s++) {
                List<Token> tokens = sentences.get(article).get(s);
                List<Mention> found = mentions.get(article).get(s);
                for (int i = 0; i < tokens.size(); i++) {
                    Token token = tokens.get(i);
                    String gender = SentenceDifferences.GENDER.get(token.folded());
                    if (gender == null || event.insideQuote(article, token.start())) {
                        continue;
                    }
                    Mention person;
                    if (PRONOUNS.contains(token.folded())) {
                        person = onlyBefore(found, token.start(), parent);
                        // Another name between the person and the pronoun ("Page's director Ann Holt ... his") may be
                        // whom it stands for: the pronoun counts only when the last name before it is the person's.
                        if (person != null && lastRunEndBefore(runEnds.get(article).get(s), token.start()) != person.end()) {
                            person = null;
                        }
                    } else {
                        person = nextOrOnlyBefore(found, i, token.start(), parent, TITLES.contains(token.folded()));
                        // "Ann Reyes's case ..., Tom Hale, a spokeswoman": a role noun after a name is that name's.
                        if (person != null && person.start() < token.start()
                                && lastRunEndBefore(runEnds.get(article).get(s), token.start()) != person.end()) {
                            person = null;
                        }
                    }
                    if (person == null) {
                        continue;
                    }
                    String key = find(parent, person.keys().iterator().next());
                    display.merge(key, person.text(), (a, b) -> b.length() > a.length() ? b : a);
                    // A sentence no other article states is its own statement (negative numbers, one per sentence).
                    Integer statement = statementOf.getOrDefault(article + ":" + s, -1 - (article * 100_000 + s));
                    evidence.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(statement, k -> new TreeMap<>())
                            .computeIfAbsent(gender, k -> new TreeMap<>())
                            .putIfAbsent(article, event.value(article, token.start(), token.end(), gender));
                }
            }
        }
        List<Discrepancy> found = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Map<String, Map<Integer, Discrepancy.Value>>>> entry : evidence.entrySet()) {
            // The statements where the outlets give the person different genders, their evidence together.
            Map<Integer, Discrepancy.Value> male = new TreeMap<>();
            Map<Integer, Discrepancy.Value> female = new TreeMap<>();
            for (Map<String, Map<Integer, Discrepancy.Value>> byGender : entry.getValue().values()) {
                Map<Integer, Discrepancy.Value> m = byGender.getOrDefault("male", Map.of());
                Map<Integer, Discrepancy.Value> f = byGender.getOrDefault("female", Map.of());
                // In one statement, an article giving the person both genders ("his sister after she ...") is no side.
                Set<Integer> onlyMale = new TreeSet<>(m.keySet());
                onlyMale.removeAll(f.keySet());
                Set<Integer> onlyFemale = new TreeSet<>(f.keySet());
                onlyFemale.removeAll(m.keySet());
                if (!onlyMale.isEmpty() && !onlyFemale.isEmpty()) {
                    m.forEach(male::putIfAbsent);
                    f.forEach(female::putIfAbsent);
                }
            }
            if (male.isEmpty()) {
                // No statement where the outlets differ: the genders given in different statements.
                for (Map<String, Map<Integer, Discrepancy.Value>> byGender : entry.getValue().values()) {
                    byGender.forEach((gender, values) -> values.forEach((article, value) ->
                            (gender.equals("male") ? male : female).putIfAbsent(article, value)));
                }
            }
            if (!apart(male.keySet(), female.keySet())) {
                continue;
            }
            List<Discrepancy.Value> values = new ArrayList<>(male.values());
            values.addAll(female.values());
            found.add(event.discrepancy(Kind.GENDER, Verdict.CONFLICT, values, quoted(display.get(entry.getKey()))
                    + " is given a man's words (" + words(male) + ") in " + male.size() + " article"
                    + (male.size() == 1 ? "" : "s") + " and a woman's (" + words(female) + ") in " + female.size()));
        }
        return found;
    }

    /**
     * Whether one article gives one gender and another article the other, and the articles do not all give
     * the same: an article's own "his" and "her" (of the person and of someone else near) that every other
     * article repeats is no difference between outlets.
     */
    private static boolean apart(Set<Integer> male, Set<Integer> female) {
        boolean crossed = false;
        for (int a : male) {
            for (int b : female) {
                crossed |= a != b;
            }
        }
        return crossed && !(male.equals(female));
    }

    private static String words(Map<Integer, Discrepancy.Value> values) {
        Set<String> words = new LinkedHashSet<>();
        values.values().forEach(v -> words.add(quoted(v.text())));
        return String.join(", ", words);
    }

    /** The one person the sentence names before {@code offset}, or {@code null} when none or several. */
    private static Mention onlyBefore(List<Mention> mentions, int offset, Map<String, String> parent) {
        Mention last = null;
        Set<String> people = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            if (mention.end() <= offset) {
                last = mention;
                people.add(find(parent, mention.keys().iterator().next()));
            }
        }
        return people.size() == 1 ? last : null;
    }

    /** "Mr Hale", "spokeswoman Ann Reyes": the name right after; otherwise as a pronoun. */
    private static Mention nextOrOnlyBefore(List<Mention> mentions, int index, int offset, Map<String, String> parent,
                                            boolean title) {
        for (Mention mention : mentions) {
            if (mention.firstToken() == index + 1 || mention.firstToken() == index + 2 && mention.start() > offset) {
                return mention;
            }
        }
        // A title ("Mr.") is the next name's, never an earlier one's.
        return title ? null : onlyBefore(mentions, offset, parent);
    }

    private static int lastRunEndBefore(List<Integer> ends, int offset) {
        int last = -1;
        for (int end : ends) {
            if (end <= offset) {
                last = end;
            }
        }
        return last;
    }

    /** Runs of capitalised words, with "for" and "of" inside them, a sentence's common first word left out. */
    private static List<List<Token>> runs(List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : null;
            boolean capital = token != null && token.isWord() && token.isCapitalised()
                    && !(token.opensSentence() && isCommon(token.folded()));
            boolean connector = token != null && !run.isEmpty() && CONNECTORS.contains(token.folded())
                    && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised();
            if (capital || connector) {
                run.add(token);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        return runs;
    }

    private static boolean isCommon(String folded) {
        return folded.length() <= 3 || StopWords.COMMON.contains(folded) || PRONOUNS.contains(folded);
    }

    private static Mention mention(List<Token> run, List<Token> tokens, Set<String> people, String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (Token token : run) {
            if (people.contains(word(token))) {
                keys.add(word(token));
            }
        }
        for (Token token : run) {
            if (SentenceDifferences.ROLES.contains(token.folded())) {
                keys.add("role:" + token.folded());
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        Token first = run.get(0);
        Token last = run.get(run.size() - 1);
        return new Mention(first.start(), last.end(), tokens.indexOf(first), keys, text.substring(first.start(), last.end()));
    }

    private static String word(Token token) {
        String folded = LightStemmer.withoutPossessive(token.folded());
        return folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
    }

    private static String find(Map<String, String> parent, String key) {
        String at = key;
        while (parent.containsKey(at) && !parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // The smaller key is the root, so the result does not depend on the order of unions.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
