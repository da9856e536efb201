package dev.corroborate.bench;

import dev.corroborate.model.Quote;
import dev.corroborate.model.QuoteKind;
import dev.corroborate.quote.QuoteExtractor;
import dev.corroborate.quote.SaidWords;
import dev.corroborate.text.TextSpan;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Where an article's text admits each controlled edit of the perturbation benchmark
 * ({@link PerturbationCorpus}): numbers that count something (not years, days of a month, times,
 * thousands groups or model numbers), dates written as a month and a day, weekdays, the surname of
 * a named speaker, a pronoun the quote stage resolved to a named speaker, a modal or auxiliary
 * that a "not" can follow, a "not" that can go, a verb with a plain opposite, a word inside a
 * direct quote that has a synonym, and the speech verb "said" of a quote. Words come from
 * {@link Tokenizer#PROSE} and speakers and quotes from the product's {@link QuoteExtractor}, so a
 * site is what the text layer reads, not what a pattern guesses. Apart from the quote-wording
 * edit, no site lies inside a direct quote (an edit there would change the quote's wording too).
 *
 * <p>Each site is drawn with the caller's {@link Random} (the replacement value, the variant), so
 * the same text and seed give the same sites. Stateless apart from the extractor; thread-safe.
 */
final class PerturbationSites {

    /** One place and the replacements that make the edit there, in text order, never overlapping. */
    record Site(PerturbationCorpus.Form form, List<Replacement> replacements, boolean inQuote) {
    }

    /** Write {@code with} in place of the text at {@code at}. */
    record Replacement(TextSpan at, String with) {
    }

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /** The abbreviations a month is written with, before their period, by month; May has none. */
    static final Map<String, String> MONTH_ABBREVIATIONS = Map.ofEntries(Map.entry("Jan", "January"),
            Map.entry("Feb", "February"), Map.entry("Mar", "March"), Map.entry("Apr", "April"),
            Map.entry("Jun", "June"), Map.entry("Jul", "July"), Map.entry("Aug", "August"), Map.entry("Sept", "September"), Map.entry("Sep", "September"),
            Map.entry("Oct", "October"), Map.entry("Nov", "November"), Map.entry("Dec", "December"));
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    private static final List<String> HEDGES = List.of("nearly", "about", "approximately", "roughly", "around");
    /**
     * Words before a number that make it approximate or a bound ("more than 50", "up to 16"): 50
     * and 75 after them need not conflict, so such a number is never the one changed.
     */
    private static final Set<String> BOUNDS = Set.of("about", "around", "nearly", "almost", "approximately", "roughly",
            "some", "over", "than", "least", "most", "to", "up", "under", "between", "below", "above", "within",
            "estimated");
    /** Words before a number that a hedge cannot follow: a bound, part of a name or range, an article. */
    private static final Set<String> NOT_BEFORE_HEDGED = java.util.stream.Stream.concat(BOUNDS.stream(),
            Set.of("just", "only", "exactly", "no", "top", "and", "or", "of", "from", "a", "an").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "can", "may", "might", "must");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "were", "are", "has", "have", "had");
    private static final Set<String> BEFORE_NOT = Set.of("will", "would", "could", "should", "can", "may", "might",
            "must", "is", "was", "were", "are", "has", "have", "had", "did", "does", "do");
    /** Words a modal never follows as a verb: "the will", "a can", "his will". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "that", "free", "own", "good", "political");
    /** Verbs with a plain opposite: the statement with one is the negation of the statement with the other. */
    private static final Map<String, String> OPPOSITES = Map.ofEntries(Map.entry("confirmed", "denied"),
            Map.entry("denied", "confirmed"), Map.entry("confirms", "denies"), Map.entry("denies", "confirms"),
            Map.entry("accepted", "rejected"), Map.entry("rejected", "accepted"), Map.entry("approved", "rejected"),
            Map.entry("agreed", "refused"), Map.entry("refused", "agreed"));
    private static final Set<String> MALE = Set.of("he", "his", "him");
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Map<String, List<String>> SPEECH_VERB_CHANGES = Map.of(
            "said", List.of("claimed", "insisted", "admitted", "alleged"),
            "says", List.of("claims", "insists", "admits"));
    /** One-letter and transliteration spellings of one name: each pair applies left to right inside the name. */
    private static final String[][] RESPELLINGS = {{"ph", "f"}, {"ck", "k"}, {"ll", "l"}, {"nn", "n"}, {"tt", "t"},
        {"ss", "s"}, {"rr", "r"}, {"ff", "f"}, {"ei", "ie"}, {"ie", "ei"}, {"ou", "u"}, {"sch", "sh"}, {"sh", "sch"},
        {"son", "sen"}, {"sen", "son"}, {"y", "i"}, {"ov", "off"}, {"ii", "i"}, {"ee", "i"}, {"c", "k"}};

    private final QuoteExtractor quotes = new QuoteExtractor();
    private final Map<String, String> synonyms;

    /** @param synonyms single words and a word each can be replaced with in a quote, folded */
    PerturbationSites(Map<String, String> synonyms) {
        this.synonyms = synonyms;
    }

    /** Every site of {@code text}, by kind of edit in {@link PerturbationCorpus.Form} order, then by offset. */
    List<Site> find(String text, Random random) {
        List<Token> tokens = Tokenizer.PROSE.tokens(text);
        List<Quote> found = quotes.extract(text);
        List<TextSpan> direct = new ArrayList<>();
        List<TextSpan> anyQuote = new ArrayList<>();
        for (Quote quote : found) {
            anyQuote.add(new TextSpan(quote.start(), quote.end()));
            if (quote.kind() == QuoteKind.DIRECT) {
                direct.add(new TextSpan(quote.start(), quote.end()));
            }
        }
        List<Site> sites = new ArrayList<>();
        numbers(text, tokens, direct, anyQuote, random, sites);
        dates(tokens, direct, anyQuote, random, sites);
        Set<String> surnames = namedSpeakers(text, tokens, found);
        names(text, tokens, surnames, direct, anyQuote, random, sites);
        pronouns(text, tokens, found, surnames, direct, sites);
        negations(text, tokens, direct, anyQuote, sites);
        quoteWords(tokens, found, random, sites);
        speechVerbs(text, found, random, sites);
        sites.sort(java.util.Comparator.comparing((Site s) -> s.form())
                .thenComparingInt(s -> s.replacements().get(0).at().start()));
        return sites;
    }

    private void numbers(String text, List<Token> tokens, List<TextSpan> direct, List<TextSpan> anyQuote, Random random,
            List<Site> sites) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.surface().matches("\\d{1,5}(\\.\\d{1,2})?") || inside(token, direct) || !countsSomething(tokens, i)) {
                continue;
            }
            boolean quoted = inside(token, anyQuote);
            boolean integer = token.surface().indexOf('.') < 0;
            double value = Double.parseDouble(token.surface());
            Token before = i > 0 ? tokens.get(i - 1) : null;
            boolean money = before != null && before.surface().matches("[$€£]") && before.end() == token.start();
            Token word = money ? (i > 1 ? tokens.get(i - 2) : null) : before; // the word before the figure
            if (word == null || !BOUNDS.contains(word.folded())) {
                sites.add(site(PerturbationCorpus.Form.NUMBER_CHANGED, token, changed(token.surface()), quoted));
            }
            if (integer && value >= 2 && value <= 20 && !money) {
                String written = NUMBER_WORDS.get((int) value);
                sites.add(site(PerturbationCorpus.Form.NUMBER_AS_WORDS, token,
                        token.opensSentence() ? upperFirst(written) : written, quoted));
            }
            Token anchor = money ? before : token;
            if (value >= 10 && !anchor.opensSentence() && (word == null || !NOT_BEFORE_HEDGED.contains(word.folded()))) {
                String hedge = HEDGES.get(random.nextInt(HEDGES.size()));
                sites.add(new Site(PerturbationCorpus.Form.NUMBER_HEDGED,
                        List.of(new Replacement(new TextSpan(anchor.start(), anchor.start()), hedge + " ")), quoted));
            }
        }
    }

    /**
     * Whether the number at {@code i} counts or measures something: not a year, a day of a month,
     * a clock time, part of a thousands group, range or score, nor a model or route number
     * ("Apollo 11", "No. 5").
     */
    private static boolean countsSomething(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.surface().matches("1[89]\\d\\d|20\\d\\d|0\\d+")) { // a year; a code or version ("09")
            return false;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (before != null && (before.isNumber() || before.end() == token.start() && !before.surface().matches("[$€£(]"))) {
            return false; // "0845 125 222", "hit.358": a phone number, a glued figure
        }
        Token afterNext = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        if (before != null && before.surface().equals(".") && i > 1 && Character.isDigit(lastChar(tokens.get(i - 2)))
                || after != null && after.surface().equals(".") && afterNext != null && afterNext.isNumber()
                || after != null && after.folded().matches("[ap]") && afterNext != null && afterNext.surface().equals(".")) {
            return false; // "6. 6-magnitude", "M7. 5", "11. 45 p. m.", "2 a. m.": a decimal or a time written with spaces
        }
        if (before != null && (anyCaseMonth(before) || before.surface().equals(".") && i > 1 && anyCaseMonth(tokens.get(i - 2))
                || before.surface().matches("[,:/\\-–#]") || before.is("No.") || before.isWord()
                && !before.surface().equals(before.folded()) && !before.opensSentence())) {
            return false;
        }
        if (after != null && (anyCaseMonth(after) || after.isNumber() || after.surface().matches("[:/\\-–]")
                || after.surface().equals(",") && i + 2 < tokens.size() && tokens.get(i + 2).surface().matches("\\d{3}")
                || after.folded().matches("a\\.?m\\.?|p\\.?m\\.?|gmt|bst|et|pt"))) {
            return false;
        }
        return after == null || after.start() > token.end() || after.surface().matches("[.,;)%]");
    }

    private static String changed(String number) {
        int decimals = number.indexOf('.') < 0 ? 0 : number.length() - number.indexOf('.') - 1;
        double value = Double.parseDouble(number);
        double other = value < 4 ? value + 2 : Math.round(value * 1.5 * Math.pow(10, decimals)) / Math.pow(10, decimals);
        return decimals == 0 ? Long.toString(Math.round(other)) : String.format(Locale.ROOT, "%." + decimals + "f", other);
    }

    private void dates(List<Token> tokens, List<TextSpan> direct, List<TextSpan> anyQuote, Random random,
            List<Site> sites) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (inside(token, direct)) {
                continue;
            }
            if (WEEKDAYS.contains(token.surface()) && !(i > 0 && tokens.get(i - 1).isCapitalised()
                    && tokens.get(i - 1).isWord() && !tokens.get(i - 1).opensSentence())) {
                List<String> others = new ArrayList<>(WEEKDAYS);
                others.remove(token.surface());
                sites.add(site(PerturbationCorpus.Form.WEEKDAY_CHANGED, token, others.get(random.nextInt(others.size())),
                        inside(token, anyQuote)));
                continue;
            }
            if (!isMonth(token)) {
                continue;
            }
            boolean abbreviated = !MONTHS.contains(token.surface());
            int dayAt = abbreviated ? i + 2 : i + 1;
            if (abbreviated && (i + 1 >= tokens.size() || !tokens.get(i + 1).surface().equals("."))) {
                continue;
            }
            String month = abbreviated ? MONTH_ABBREVIATIONS.get(token.surface()) : token.surface();
            boolean quoted = inside(token, anyQuote);
            if (dayAt < tokens.size() && isDay(tokens.get(dayAt))) { // "August 31", "Aug. 31", "June 7, 2013"
                Token day = tokens.get(dayAt);
                Token year = yearAfter(tokens, dayAt, true);
                if (year == null && !endsDate(tokens, dayAt)) {
                    continue;
                }
                sites.add(dayChanged(day, random, quoted));
                String rewritten = abbreviated || month.equals("May") || month.equals("June") || month.equals("July")
                        || random.nextBoolean()
                        ? day.surface() + " " + month + (year == null ? "" : " " + year.surface())
                        : abbreviationOf(month) + ". " + day.surface() + (year == null ? "" : ", " + year.surface());
                sites.add(new Site(PerturbationCorpus.Form.DATE_REWRITTEN, List.of(new Replacement(
                        new TextSpan(token.start(), (year == null ? day : year).end()), rewritten)), quoted));
            } else if (!abbreviated && i > 0 && isDay(tokens.get(i - 1))) { // "31 August", "7 June 2013"
                Token day = tokens.get(i - 1);
                Token year = yearAfter(tokens, i, false);
                if (year == null && !endsDate(tokens, i)) {
                    continue;
                }
                sites.add(dayChanged(day, random, quoted));
                sites.add(new Site(PerturbationCorpus.Form.DATE_REWRITTEN, List.of(new Replacement(
                        new TextSpan(day.start(), (year == null ? token : year).end()),
                        month + " " + day.surface() + (year == null ? "" : ", " + year.surface()))), quoted));
            }
        }
    }

    /** The year written after the date part at {@code i} (after a comma when {@code comma}), if the date ends there. */
    private static Token yearAfter(List<Token> tokens, int i, boolean comma) {
        int at = comma ? i + 2 : i + 1;
        if (at >= tokens.size() || comma && !tokens.get(i + 1).surface().equals(",")
                || !tokens.get(at).surface().matches("1[89]\\d\\d|20\\d\\d")) {
            return null;
        }
        return endsDate(tokens, at) ? tokens.get(at) : null;
    }

    private static Site dayChanged(Token day, Random random, boolean quoted) {
        int value = Integer.parseInt(day.surface());
        int other = value > 4 ? value - 1 - random.nextInt(3) : value + 1 + random.nextInt(3);
        return site(PerturbationCorpus.Form.DAY_CHANGED, day, Integer.toString(other), quoted);
    }

    /** Whether the date ends at token {@code i}: a number, a time or a range after it would make the rewrite unsafe. */
    private static boolean endsDate(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(i + 1);
        return after.surface().matches("[.,;:)]") || after.isWord() && !after.isNumber();
    }

    private static boolean isDay(Token token) {
        return token.surface().matches("[1-9]|[12]\\d|3[01]");
    }

    private static char lastChar(Token token) {
        return token.surface().charAt(token.surface().length() - 1);
    }

    /** A month however written ("AUGUST 2" in a dateline): its day is no count. */
    private static boolean anyCaseMonth(Token token) {
        String word = token.surface().length() < 2 ? token.surface()
                : token.surface().charAt(0) + token.surface().substring(1).toLowerCase(Locale.ROOT);
        return MONTHS.contains(word) || MONTH_ABBREVIATIONS.containsKey(word);
    }

    /** A month as a sentence writes it ("August", "Aug"): where a date can be edited. */
    private static boolean isMonth(Token token) {
        return MONTHS.contains(token.surface()) || MONTH_ABBREVIATIONS.containsKey(token.surface());
    }

    private static String abbreviationOf(String month) {
        return MONTH_ABBREVIATIONS.entrySet().stream().filter(e -> e.getValue().equals(month) && !e.getKey().equals("Sep"))
                .filter(e -> !e.getKey().equals("Jun") && !e.getKey().equals("Jul")) // "Jun." is not a newsroom's form
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /**
     * The surnames of the speakers the quote stage named with at least two capitalised words and
     * took for persons: given a role ("spokesman", "Lt."), or referred to by "he" or "she". An
     * organisation that speaks ("France Telecom said") has neither.
     */
    private static Set<String> namedSpeakers(String text, List<Token> tokens, List<Quote> found) {
        Set<String> persons = new java.util.HashSet<>();
        for (Quote quote : found) {
            if (quote.speaker() != null && (!quote.speaker().role().isBlank()
                    || MALE.contains(Tokenizer.fold(quote.speaker().mention())) || FEMALE.contains(Tokenizer.fold(quote.speaker().mention())))) {
                persons.add(quote.speaker().name());
            }
        }
        Set<String> lowerCaseWords = new java.util.HashSet<>();
        tokens.stream().filter(t -> t.isWord() && !t.isCapitalised()).forEach(t -> lowerCaseWords.add(t.folded()));
        Set<String> surnames = new LinkedHashSet<>();
        for (Quote quote : found) {
            if (quote.speaker() == null || !persons.contains(quote.speaker().name())) {
                continue;
            }
            String[] words = quote.speaker().name().split(" ");
            String last = words[words.length - 1];
            boolean named = words.length >= 2;
            for (String word : words) {
                named &= word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT));
            }
            if (named && last.length() >= 4 && last.chars().allMatch(Character::isLetter)
                    && !lowerCaseWords.contains(Tokenizer.fold(last))) { // "Police", "Ministry": a common word
                surnames.add(last);
            }
        }
        return surnames;
    }

    private static void names(String text, List<Token> tokens, Set<String> surnames, List<TextSpan> direct,
            List<TextSpan> anyQuote, Random random, List<Site> sites) {
        for (String surname : surnames) {
            List<Token> mentions = tokens.stream().filter(t -> t.surface().equals(surname)
                    || t.surface().startsWith(surname + "'") || t.surface().startsWith(surname + "\u2019")).toList();
            if (mentions.isEmpty() || mentions.stream().anyMatch(t -> inside(t, direct))) {
                continue; // a name inside a quote would change the quote's wording too
            }
            String variant = respelled(surname, random);
            if (variant == null) {
                continue;
            }
            List<Replacement> replacements = mentions.stream()
                    .map(t -> new Replacement(new TextSpan(t.start(), t.start() + surname.length()), variant)).toList();
            sites.add(new Site(PerturbationCorpus.Form.NAME_RESPELLED, replacements,
                    mentions.stream().anyMatch(t -> inside(t, anyQuote))));
        }
    }

    /** The surname spelled another way: a doubled letter single, a transliteration; null when no rule applies. */
    static String respelled(String surname, Random random) {
        List<String[]> rules = new ArrayList<>(List.of(RESPELLINGS));
        java.util.Collections.shuffle(rules, random);
        for (String[] rule : rules) {
            int at = surname.indexOf(rule[0], 1); // never the capital: the name stays a name
            if (at > 0) {
                return surname.substring(0, at) + rule[1] + surname.substring(at + rule[0].length());
            }
        }
        for (int i = surname.length() - 2; i > 0; i--) { // double the last consonant after a vowel
            if ("aeiou".indexOf(surname.charAt(i - 1)) >= 0 && "bdfglmnprst".indexOf(surname.charAt(i)) >= 0) {
                return surname.substring(0, i + 1) + surname.charAt(i) + surname.substring(i + 1);
            }
        }
        return null;
    }

    /**
     * Pronouns that stand for a named speaker: the mention the quote stage resolved to the speaker
     * ("he said"), and the first pronoun after the speaker's surname in a sentence, with no other
     * capitalised word in between.
     */
    private static void pronouns(String text, List<Token> tokens, List<Quote> found, Set<String> surnames,
            List<TextSpan> direct, List<Site> sites) {
        Set<Integer> taken = new java.util.HashSet<>();
        for (Quote quote : found) {
            var speaker = quote.speaker();
            if (speaker != null && speaker.name().contains(" ") && (MALE.contains(speaker.mention().toLowerCase(Locale.ROOT))
                    || FEMALE.contains(speaker.mention().toLowerCase(Locale.ROOT))) && speaker.start() >= 0
                    && taken.add(speaker.start())) {
                tokens.stream().filter(t -> t.start() == speaker.start()).findFirst()
                        .ifPresent(t -> sites.add(site(PerturbationCorpus.Form.PRONOUN_SWAPPED, t, otherGender(tokens, t), false)));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!surnames.contains(tokens.get(i).surface()) || inside(tokens.get(i), direct)) {
                continue;
            }
            for (int j = i + 1; j < tokens.size(); j++) {
                Token next = tokens.get(j);
                if (next.opensSentence() || next.surface().matches("[.!?\"“”]") || inside(next, direct)
                        || next.isWord() && next.isCapitalised()) {
                    break;
                }
                if (MALE.contains(next.folded()) || FEMALE.contains(next.folded())) {
                    if (taken.add(next.start())) {
                        sites.add(site(PerturbationCorpus.Form.PRONOUN_SWAPPED, next, otherGender(tokens, next), false));
                    }
                    break;
                }
            }
        }
    }

    /** "he" for "she", "her" for "his" and "him"; "her" becomes "his" before a word, "him" otherwise. */
    private static String otherGender(List<Token> tokens, Token pronoun) {
        String swapped = switch (pronoun.folded()) {
            case "he" -> "she";
            case "she" -> "he";
            case "his", "him" -> "her";
            default -> {
                int at = tokens.indexOf(pronoun);
                Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
                yield next != null && next.isWord() && !next.isCapitalised() ? "his" : "him";
            }
        };
        return pronoun.isCapitalised() ? upperFirst(swapped) : swapped;
    }

    private static void negations(String text, List<Token> tokens, List<TextSpan> direct, List<TextSpan> anyQuote,
            List<Site> sites) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = tokens.get(i + 1);
            Token before = i > 0 ? tokens.get(i - 1) : null;
            if (inside(token, direct) || !token.surface().equals(token.folded())) {
                continue;
            }
            boolean quoted = inside(token, anyQuote);
            boolean verbNext = next.isWord() && !next.isNumber() && next.surface().equals(next.folded())
                    && !next.folded().matches("not|never|n't|also|only|be|to");
            if (MODALS.contains(token.folded()) && verbNext
                    && (before == null || !DETERMINERS.contains(before.folded()))) {
                sites.add(inserted(token, token.folded().equals("can") ? "cannot" : token.surface() + " not", quoted));
            } else if (AUXILIARIES.contains(token.folded()) && verbNext && next.folded().matches("\\p{L}{3,}(ed|en)")) {
                sites.add(inserted(token, token.surface() + " not", quoted));
            } else if (BEFORE_NOT.contains(token.folded()) && next.is("not") && i + 2 < tokens.size()
                    && tokens.get(i + 2).isWord()) {
                sites.add(new Site(PerturbationCorpus.Form.NEGATION_REMOVED,
                        List.of(new Replacement(new TextSpan(token.start(), next.end()), token.surface())), quoted));
            } else if (token.folded().matches("pleaded|pleads") && next.is("guilty")) {
                sites.add(site(PerturbationCorpus.Form.NEGATION_INSERTED, next, "not guilty", quoted));
            } else if (OPPOSITES.containsKey(token.folded())) {
                sites.add(site(PerturbationCorpus.Form.VERB_REVERSED, token, OPPOSITES.get(token.folded()), quoted));
            }
        }
    }

    private static Site inserted(Token token, String with, boolean quoted) {
        return site(PerturbationCorpus.Form.NEGATION_INSERTED, token, with, quoted);
    }

    /** A word inside a direct quote of five words or more replaced with a synonym. */
    private void quoteWords(List<Token> tokens, List<Quote> found, Random random, List<Site> sites) {
        for (Quote quote : found) {
            if (quote.kind() != QuoteKind.DIRECT) {
                continue;
            }
            TextSpan attribution = attributionInside(quote);
            List<Token> inner = tokens.stream().filter(t -> t.isWord() && t.start() > quote.start() && t.end() < quote.end()
                    && (attribution == null || t.end() <= attribution.start() || t.start() >= attribution.end())).toList();
            // Only words between the quotation marks: a direct quote may hold some unquoted words of
            // its clause, and the word must occur once, so that the quoted one is the one swapped.
            Set<String> quotedWords = new java.util.HashSet<>();
            Tokenizer.PROSE.tokens(SaidWords.quoted(quote)).forEach(t -> quotedWords.add(t.folded()));
            List<Token> swappable = inner.stream().filter(t -> synonyms.containsKey(t.folded())
                    && quotedWords.contains(t.folded()) && inner.stream().filter(o -> o.folded().equals(t.folded())).count() == 1)
                    .toList();
            if (inner.size() < 5 || swappable.isEmpty()) {
                continue;
            }
            Token word = swappable.get(random.nextInt(swappable.size()));
            String synonym = synonyms.get(word.folded());
            sites.add(site(PerturbationCorpus.Form.QUOTE_WORD_SWAPPED, word,
                    word.isCapitalised() ? upperFirst(synonym) : synonym, true));
        }
    }

    /**
     * The attribution inside a direct quote broken by it ({@code "Yes," she said, "we will."}): from
     * the speaker's mention to the cue, whichever comes first, to whichever ends last; null when
     * neither lies inside the quote.
     */
    private static TextSpan attributionInside(Quote quote) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        if (quote.cueStart() > quote.start() && quote.cueEnd() < quote.end()) {
            start = quote.cueStart();
            end = quote.cueEnd();
        }
        var speaker = quote.speaker();
        if (speaker != null && speaker.start() > quote.start() && speaker.end() < quote.end()) {
            start = Math.min(start, speaker.start());
            end = Math.max(end, speaker.end());
        }
        return end < 0 ? null : new TextSpan(start, end);
    }

    /** The speech verb "said" or "says" of a quote given as another verb ("claimed", "insisted"). */
    private static void speechVerbs(String text, List<Quote> found, Random random, List<Site> sites) {
        for (Quote quote : found) {
            if (quote.cueStart() < 0 || quote.cueEnd() <= quote.cueStart()) {
                continue;
            }
            String cue = text.substring(quote.cueStart(), quote.cueEnd());
            List<String> others = SPEECH_VERB_CHANGES.get(cue);
            if (others != null) {
                sites.add(new Site(PerturbationCorpus.Form.SPEECH_VERB_CHANGED, List.of(new Replacement(
                        new TextSpan(quote.cueStart(), quote.cueEnd()), others.get(random.nextInt(others.size())))), false));
            }
        }
    }

    private static Site site(PerturbationCorpus.Form form, Token token, String with, boolean quoted) {
        return new Site(form, List.of(new Replacement(new TextSpan(token.start(), token.end()), with)), quoted);
    }

    private static boolean inside(Token token, List<TextSpan> spans) {
        for (TextSpan span : spans) {
            if (token.start() >= span.start() && token.end() <= span.end()) {
                return true;
            }
        }
        return false;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
