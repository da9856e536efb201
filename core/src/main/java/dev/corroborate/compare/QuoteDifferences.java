package dev.corroborate.compare;

import static dev.corroborate.compare.EventText.quoted;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.model.Discrepancy.Kind;
import dev.corroborate.model.Discrepancy.Verdict;
import dev.corroborate.model.FoundQuote;
import dev.corroborate.model.QuoteGroupSummary;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.EditDistance;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.Token;
import dev.corroborate.text.WordAlignment;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the quote stage's results say about an event's differences: the wording of one statement
 * across its articles (once per statement of a quote group that drifts, with every article's wording: a wording
 * that is a stretch of another's is compatible, a changed word conflicts), and the name forms of
 * one speaker (the people the quote stage resolved as one: two spellings of the full name are one
 * name spelled two ways). Stateless.
 */
final class QuoteDifferences {

    private static final int MAX_CHANGES_SHOWN = 6;
    /** Two wordings are one statement reworded when their common words are at least this share of the shorter. */
    private static final double MIN_SHARED = 0.5;

    private QuoteDifferences() {
    }

    /** One discrepancy per quote group with members in two articles or more whose wordings differ. */
    static List<Discrepancy> wordings(EventText event) {
        Map<String, QuoteGroupSummary> groups = new LinkedHashMap<>();
        for (QuoteGroupSummary group : event.event().groups()) {
            groups.put(group.id(), group);
        }
        // Groups in the order the event first quotes them, not by id: the comparison reads a group id for
        // equality only, so a group named anew (its id is its first member's, anywhere in the corpus) changes nothing.
        Map<String, List<int[]>> members = new LinkedHashMap<>();
        for (int article = 0; article < event.size(); article++) {
            for (int q = 0; q < event.quotes(article).size(); q++) {
                FoundQuote quote = event.quotes(article).get(q);
                QuoteGroupSummary group = quote.groupId() == null ? null : groups.get(quote.groupId());
                // A group without drift is quoted alike everywhere (or holds one article): nothing to report.
                if (group != null && !group.drift().isEmpty()) {
                    members.computeIfAbsent(quote.groupId(), k -> new ArrayList<>()).add(new int[] {article, q});
                }
            }
        }
        List<Discrepancy> found = new ArrayList<>();
        for (List<int[]> group : members.values()) {
            for (List<Quoted> statement : statements(group, event)) {
                Discrepancy discrepancy = wording(statement, event);
                if (discrepancy != null) {
                    found.add(discrepancy);
                }
            }
        }
        return found;
    }

    /** One member of a quote group: its article, its words between quotation marks, and its value. */
    private record Quoted(int article, List<Token> words, Discrepancy.Value value) {
    }

    /**
     * The group's quotes split by the statement they quote: each joins the first statement whose first
     * quote shares {@link #MIN_SHARED} of its words or more with it. A group may hold quotes of several
     * statements of one speaker (the quote stage groups a passage with its parts); each statement's
     * wordings are compared among themselves, never with another statement's.
     */
    private static List<List<Quoted>> statements(List<int[]> group, EventText event) {
        List<List<Quoted>> statements = new ArrayList<>();
        for (int[] member : group) {
            FoundQuote quote = event.quotes(member[0]).get(member[1]);
            List<int[]> pieces = quotedPieces(quote.quote().text());
            int start = quote.quote().start() + pieces.get(0)[0];
            int end = quote.quote().start() + pieces.get(pieces.size() - 1)[1];
            // The words between quotation marks only: a quote joined across its attribution leaves the attribution out.
            List<Token> words = new ArrayList<>();
            for (int[] piece : pieces) {
                words.addAll(Tokenizer.WORDS.tokens(event.text(member[0]), quote.quote().start() + piece[0],
                        quote.quote().start() + piece[1]));
            }
            Quoted quoted = new Quoted(member[0], words, event.value(member[0], start, end, folded(words)));
            List<Quoted> into = null;
            for (List<Quoted> statement : statements) {
                if (sharedShare(statement.get(0).words(), words) >= MIN_SHARED) {
                    into = statement;
                    break;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                statements.add(into);
            }
            into.add(quoted);
        }
        return statements;
    }

    private static Discrepancy wording(List<Quoted> statement, EventText event) {
        Set<Integer> articles = new LinkedHashSet<>();
        Map<String, List<Token>> wordings = new LinkedHashMap<>();
        List<Discrepancy.Value> values = new ArrayList<>();
        for (Quoted quoted : statement) {
            articles.add(quoted.article());
            wordings.putIfAbsent(quoted.value().normalized(), quoted.words());
            values.add(quoted.value());
        }
        if (articles.size() < 2 || wordings.size() < 2) {
            return null;
        }
        List<List<Token>> distinct = new ArrayList<>(wordings.values());
        // The fullest wording first: a part quoted word for word is a part of it, whichever article came first.
        int fullest = 0;
        for (int i = 1; i < distinct.size(); i++) {
            fullest = distinct.get(i).size() > distinct.get(fullest).size() ? i : fullest;
        }
        distinct.add(0, distinct.remove(fullest));
        List<Token> reference = distinct.get(0);
        Set<String> changes = new LinkedHashSet<>();
        boolean contained = true;
        Set<String> parts = new java.util.HashSet<>(); // the wordings that are a part of the reference, word for word
        for (List<Token> other : distinct.subList(1, distinct.size())) {
            if (sharedShare(reference, other) < MIN_SHARED) {
                // Wordings that share less than this are not one statement reworded: nothing to compare.
                return null;
            }
            boolean part = isStretchOf(folded(other), folded(reference)) || isStretchOf(folded(reference), folded(other));
            contained &= part;
            if (part) {
                // A part of the statement quoted word for word: no change of wording ("… → ∅" is what it left out).
                parts.add(folded(other));
                continue;
            }
            for (WordAlignment.Change change : WordAlignment.between(reference, other)) {
                changes.add(words(reference, change.fromA(), change.toA()) + " \u2192 " + words(other, change.fromB(), change.toB()));
            }
        }
        if (contained) {
            return event.discrepancy(Kind.QUOTE_WORDING, Verdict.COMPATIBLE, values,
                    "the same statement, quoted in full in one article and in part in another");
        }
        List<String> shown = new ArrayList<>(changes).subList(0, Math.min(MAX_CHANGES_SHOWN, changes.size()));
        return event.discrepancy(Kind.QUOTE_WORDING, Verdict.CONFLICT, values,
                "the same statement quoted in " + (wordings.size() - parts.size()) + " wordings: " + String.join("; ", shown)
                        + (changes.size() > shown.size() ? "; \u2026" : "")
                        + (parts.isEmpty() ? "" : "; " + quotingPart(statement, parts)));
    }

    /** "2 articles quote a part of it word for word": the articles whose wording is one of {@code parts}. */
    private static String quotingPart(List<Quoted> statement, Set<String> parts) {
        long articles = statement.stream().filter(q -> parts.contains(folded(q.words()))).map(Quoted::article).distinct().count();
        return articles + (articles == 1 ? " article quotes" : " articles quote") + " a part of it word for word";
    }

    /** One discrepancy per person the quote stage resolved whose full name is spelled two ways or more. */
    static List<Discrepancy> speakerNames(EventText event, ComparisonSettings settings) {
        // People in the order the event first quotes them, not by id (read for equality only, as a group's).
        Map<String, Map<String, List<Discrepancy.Value>>> forms = new LinkedHashMap<>();
        for (int article = 0; article < event.size(); article++) {
            for (FoundQuote quote : event.quotes(article)) {
                SpeakerMention speaker = quote.quote().speaker();
                if (quote.speakerId() == null || speaker == null || speaker.end() > event.text(article).length()) {
                    continue;
                }
                List<String> words = nameWords(speaker.name());
                // The full name as the article writes it: the mention itself, or where the article first names the
                // person it resolved a surname or "he" to. A name of one word says nothing of spelling.
                int start = event.text(article).substring(speaker.start(), speaker.end()).equals(speaker.name())
                        ? speaker.start() : event.text(article).indexOf(speaker.name());
                if (words.size() < 2 || start < 0) {
                    continue;
                }
                String form = String.join(" ", words);
                List<Discrepancy.Value> values = forms.computeIfAbsent(quote.speakerId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(form, k -> new ArrayList<>());
                String articleId = event.articleId(article);
                if (values.stream().noneMatch(v -> v.articleId().equals(articleId))) {
                    values.add(event.value(article, start, start + speaker.name().length(), form));
                }
            }
        }
        List<Discrepancy> found = new ArrayList<>();
        for (Map<String, List<Discrepancy.Value>> all : forms.values()) {
            // Only the forms that are another's spelling variant: "Mr. Hale" and "Tom Hale" are fewer names, not another spelling.
            Map<String, List<Discrepancy.Value>> person = new LinkedHashMap<>();
            for (String a : all.keySet()) {
                for (String b : all.keySet()) {
                    if (!a.equals(b) && spellingVariants(List.of(a.split(" ")), List.of(b.split(" ")), settings)) {
                        person.put(a, all.get(a));
                    }
                }
            }
            Set<String> articles = new LinkedHashSet<>();
            person.values().forEach(values -> values.forEach(v -> articles.add(v.articleId())));
            if (person.size() < 2 || articles.size() < 2) {
                continue;
            }
            List<Discrepancy.Value> values = new ArrayList<>();
            person.values().forEach(values::addAll);
            List<String> written = new ArrayList<>();
            for (List<Discrepancy.Value> side : person.values()) {
                written.add(quoted(side.get(0).text()));
            }
            found.add(event.discrepancy(Kind.NAME, Verdict.CONFLICT, values, "one person, resolved as one speaker by the "
                    + "quotes and roles they share, spelled " + person.size() + " ways: " + String.join(", ", written)));
        }
        return found;
    }

    /**
     * Whether every word of the shorter name has an equal or closely spelled counterpart in the longer,
     * in order, and one at least is spelled differently ("Mara Olsen", "Mara Olssen").
     */
    static boolean spellingVariants(List<String> a, List<String> b, ComparisonSettings settings) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        int at = 0;
        boolean differs = false;
        for (String written : shorter) {
            String word = LightStemmer.withoutPossessive(written);
            int found = -1;
            for (int k = at; k < longer.size() && found < 0; k++) {
                String other = LightStemmer.withoutPossessive(longer.get(k));
                // "Foods" and "Food": a plural or a possessive, not another spelling.
                if (other.equals(word) || other.equals(word + "s") || word.equals(other + "s")) {
                    found = k;
                } else if (other.charAt(0) == word.charAt(0)
                        && Math.min(other.length(), word.length()) >= settings.minSpellingLetters()
                        && EditDistance.between(other, word) <= settings.maxSpellingEdits()) {
                    found = k;
                    differs = true;
                }
            }
            if (found < 0) {
                return false;
            }
            at = found + 1;
        }
        return differs;
    }

    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (Token token : Tokenizer.WORDS.tokens(name)) {
            // neither a role nor a title: "Dr. Nadia Ferraux" is spelled as "Nadia Ferraux" is
            if (!SentenceDifferences.ROLES.contains(token.folded()) && !SentenceDifferences.TITLES.contains(token.folded())) {
                words.add(token.folded());
            }
        }
        return words;
    }

    /**
     * The stretches of a quote's text between quotation marks, as offsets into it; the whole text when
     * it holds none (reported speech).
     */
    static List<int[]> quotedPieces(String text) {
        List<int[]> pieces = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean straight = c == '"';
            // `` and '' are the opening and closing marks of texts typed for old typesetting.
            boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c && (c == '`' || c == '\'');
            if (open < 0 && (c == '\u201C' || c == '\u00AB' || straight || doubled && c == '`')) {
                open = i + (doubled ? 2 : 1);
                i += doubled ? 1 : 0;
            } else if (open >= 0 && (c == '\u201D' || c == '\u00BB' || straight || doubled && c == '\'')) {
                if (i > open) {
                    pieces.add(new int[] {open, i});
                }
                open = -1;
                i += doubled ? 1 : 0;
            }
        }
        if (open >= 0 && open < text.length()) {
            pieces.add(new int[] {open, text.length()});
        }
        return pieces.isEmpty() ? List.of(new int[] {0, text.length()}) : pieces;
    }

    private static double sharedShare(List<Token> a, List<Token> b) {
        // The words of the first outside every changed stretch are the words both share, in order.
        int shared = a.size();
        for (WordAlignment.Change change : WordAlignment.between(a, b)) {
            shared -= change.toA() - change.fromA();
        }
        int shorter = Math.min(a.size(), b.size());
        return shorter == 0 ? 0 : (double) shared / shorter;
    }

    private static String folded(List<Token> words) {
        StringBuilder folded = new StringBuilder();
        for (Token word : words) {
            folded.append(word.folded()).append(' ');
        }
        return folded.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isStretchOf(String part, String whole) {
        return (" " + whole + " ").contains(" " + part + " ");
    }

    private static String words(List<Token> words, int from, int to) {
        return from == to ? "\u2205" : folded(words.subList(from, to));
    }
}
