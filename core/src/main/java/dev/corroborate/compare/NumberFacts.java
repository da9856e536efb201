package dev.corroborate.compare;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The numbers a sentence states, with what they count and how they are hedged: "nearly 100
 * countries", "nine people", "1,200 troops", "2.5 million dollars", "40 percent". Digits and numbers
 * written out ({@code number-words.txt}, {@code number-scales.txt}) are read alike; a hedge before the
 * number ({@code hedges.txt}) widens it into a range ({@link ComparisonSettings#approximate()},
 * {@link ComparisonSettings#nearly()}) or a bound. What it counts is the next word, stemmed. Years,
 * ordinals, days of a month and numbers inside words ("COVID-19") are left to {@link DateFacts} or
 * out. Stateless; thread-safe.
 */
final class NumberFacts {

    private static final Map<String, Long> WORDS = values("number-words.txt");
    private static final Map<String, Long> SCALES = values("number-scales.txt");
    private static final List<String[]> HEDGES = hedges();
    private static final Set<String> DIMENSION = Set.of("x", "×", "by");
    private static final Set<String> PERCENT = Set.of("percent", "per", "%", "pct");
    private static final Set<String> NOT_UNITS = Set.of("of", "to", "and", "or", "in", "on", "at", "the", "a", "an",
            "for", "from", "by", "with", "than", "as", "who", "that", "which", "were", "was", "are", "is", "have",
            "had", "has", "said", "say", "says");

    private final ComparisonSettings settings;

    NumberFacts(ComparisonSettings settings) {
        this.settings = settings;
    }

    /** The numbers {@code tokens} ({@link Tokenizer#PROSE}, of {@code text}) state, in text order. */
    List<Fact> of(String text, List<Token> tokens) {
        List<Fact> facts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = parse(tokens, i, text, facts);
            i = Math.max(end, i + 1);
        }
        return facts;
    }

    /** Reads a number starting at token {@code i}; returns the index after it (or {@code i} when none starts there). */
    private int parse(List<Token> tokens, int i, String text, List<Fact> facts) {
        Token first = tokens.get(i);
        double value;
        int next;
        String form;
        if (first.isNumber()) {
            String digits = first.surface().replace(",", "");
            next = i + 1;
            // "1,200": the tokenizer leaves the comma and the group after it apart.
            while (next + 1 < tokens.size() && tokens.get(next).surface().equals(",")
                    && tokens.get(next).start() == tokens.get(next - 1).end()
                    && tokens.get(next + 1).start() == tokens.get(next).end()
                    && tokens.get(next + 1).surface().matches("\\d{3}")) {
                digits += tokens.get(next + 1).surface();
                next += 2;
            }
            if (!digits.matches("\\d+(\\.\\d+)?") || isYear(digits) && !isDimension(tokens, i, next)
                    || isPartOfWord(text, first)
                    || DateFacts.monthBefore(tokens, i) || DateFacts.isMonth(word(tokens, next))) {
                return next;
            }
            value = Double.parseDouble(digits);
            form = "in digits";
        } else if (WORDS.containsKey(first.folded()) || isCompoundNumber(first.folded())) {
            value = wordValue(first.folded());
            next = i + 1;
            form = "in words";
        } else {
            return i;
        }
        while (next < tokens.size() && SCALES.containsKey(tokens.get(next).folded())) {
            value *= SCALES.get(tokens.get(next).folded());
            next++;
        }
        String unit = "";
        int unitEnd = next;
        if (next < tokens.size() && tokens.get(next).isWord() && !NOT_UNITS.contains(tokens.get(next).folded())) {
            unit = LightStemmer.stem(tokens.get(next).folded());
            if (PERCENT.contains(tokens.get(next).folded())) {
                unit = "percent";
            }
        } else if (next < tokens.size() && tokens.get(next).surface().equals("%")) {
            unit = "percent";
        }
        String hedge = "";
        int start = first.start();
        for (String[] entry : HEDGES) {
            String[] words = entry[0].split(" ");
            if (precededBy(tokens, i, words)) {
                hedge = entry[1];
                start = tokens.get(i - words.length).start();
                break;
            }
        }
        int end = tokens.get(next - 1).end();
        double[] range = range(hedge, value);
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        String normalized = (hedge.isEmpty() ? "" : hedgeLabel(hedge) + " ") + number;
        facts.add(new Fact(Discrepancy.Kind.NUMBER, unit, start, end, normalized, range[0], range[1],
                hedge.isEmpty() ? form : form + ", hedged"));
        return Math.max(next, unitEnd);
    }

    private double[] range(String hedge, double x) {
        return switch (hedge) {
            case "around" -> new double[] {x * (1 - settings.approximate()), x * (1 + settings.approximate())};
            case "nearly" -> new double[] {x * (1 - settings.nearly()), x};
            case "above" -> new double[] {Math.nextUp(x), Double.MAX_VALUE};
            case "at_least" -> new double[] {x, Double.MAX_VALUE};
            case "below" -> new double[] {0, Math.nextDown(x)};
            case "at_most" -> new double[] {0, x};
            default -> new double[] {x, x};
        };
    }

    private static String hedgeLabel(String hedge) {
        return switch (hedge) {
            case "around" -> "about";
            case "above" -> "more than";
            case "at_least" -> "at least";
            case "below" -> "fewer than";
            case "at_most" -> "at most";
            default -> hedge;
        };
    }

    /** Whether the tokens just before token {@code i} are {@code words}, folded. */
    static boolean precededBy(List<Token> tokens, int i, String[] words) {
        if (i < words.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(i - words.length + k).folded().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the number is one side of a dimension, "1920 x 1200" or "720 by 360": then a number
     * in the range of years is a measure, not a year.
     */
    private static boolean isDimension(List<Token> tokens, int i, int next) {
        boolean before = i >= 2 && DIMENSION.contains(tokens.get(i - 1).folded()) && tokens.get(i - 2).isNumber();
        boolean after = next + 1 < tokens.size() && DIMENSION.contains(tokens.get(next).folded())
                && tokens.get(next + 1).isNumber();
        return before || after;
    }

    private static boolean isYear(String digits) {
        if (!digits.matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= 1800 && year <= 2100;
    }

    /** "COVID-19", "G20", "3rd", "4:26": digits joined to letters, hyphens or colons are names, ordinals or times, not counts. */
    private static boolean isPartOfWord(String text, Token token) {
        boolean before = token.start() > 0 && (Character.isLetter(text.charAt(token.start() - 1))
                || text.charAt(token.start() - 1) == '-');
        boolean after = token.end() < text.length() && Character.isLetter(text.charAt(token.end()));
        // "4:26 pm", "2:1": times and scores are not counts.
        before |= token.start() > 0 && text.charAt(token.start() - 1) == ':';
        after |= token.end() < text.length() && text.charAt(token.end()) == ':';
        return before || after || !token.surface().chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }

    private static boolean isCompoundNumber(String folded) {
        int dash = folded.indexOf('-');
        return dash > 0 && WORDS.containsKey(folded.substring(0, dash)) && WORDS.containsKey(folded.substring(dash + 1));
    }

    private static double wordValue(String folded) {
        int dash = folded.indexOf('-');
        if (dash > 0) {
            return WORDS.get(folded.substring(0, dash)) + WORDS.get(folded.substring(dash + 1));
        }
        return WORDS.get(folded);
    }

    /** Whether a folded word only links a number to its sentence ("of", "was", "said"): it says not what is counted. */
    static boolean isFunctionWord(String folded) {
        return NOT_UNITS.contains(folded);
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).folded() : "";
    }

    private static Map<String, Long> values(String list) {
        Map<String, Long> values = new HashMap<>();
        for (String line : WordLists.list(NumberFacts.class, list)) {
            String[] parts = line.split("\\s+");
            values.put(parts[0].toLowerCase(Locale.ROOT), Long.parseLong(parts[1]));
        }
        return values;
    }

    private static List<String[]> hedges() {
        List<String[]> hedges = new ArrayList<>();
        for (String line : WordLists.list(NumberFacts.class, "hedges.txt")) {
            int last = line.lastIndexOf(' ');
            hedges.add(new String[] {line.substring(0, last), line.substring(last + 1)});
        }
        return hedges;
    }
}
