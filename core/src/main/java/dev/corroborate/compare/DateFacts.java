package dev.corroborate.compare;

import dev.corroborate.model.Discrepancy;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dates a sentence states, each as the range of days it allows, resolved against the article's
 * publication date when known: "August 31", "31 August 2022", "the end of August" (its 21st to last
 * day, {@code date-parts.txt}), "mid-August", "Monday" (the last Monday on or before publication, or
 * the next one when its clause, or one before it, looks ahead: {@code future-words.txt}), "yesterday", "last week",
 * "next month", "in 2021". Without a publication date, a weekday or a month without a year is kept
 * as its name and compared by name. Month and weekday names are in {@code calendar.txt}. Stateless;
 * thread-safe.
 */
final class DateFacts {

    private static final Map<String, int[]> CALENDAR = calendar();
    private static final List<String[]> PARTS = parts();
    private static final Set<String> FUTURE = WordLists.set(DateFacts.class, "future-words.txt");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "until", "of", "from");
    /** Weekdays and unresolved months are compared by name: far from any epoch day. */
    static final double NAMED = 1e9;

    private DateFacts() {
    }

    static boolean isMonth(String folded) {
        int[] entry = CALENDAR.get(stripPeriod(folded));
        return entry != null && entry[0] == 0;
    }

    /** Whether {@code folded} names a month or a weekday, in full or short ("Tuesday", "Aug."). */
    static boolean isCalendarWord(String folded) {
        return CALENDAR.containsKey(stripPeriod(folded));
    }

    /** Whether {@code folded} (without its period) is a short form of a month's name: "nov", "sept", not "may". */
    static boolean isMonthAbbreviation(String folded) {
        int[] entry = CALENDAR.get(folded);
        return entry != null && entry[0] == 0
                && !folded.equals(java.time.Month.of(entry[1]).name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The index of the token after the month at {@code i}, past the period of an abbreviation ("Nov. 19"):
     * {@link Tokenizer#PROSE} keeps that period a token of its own.
     */
    static int afterMonth(List<Token> tokens, int i) {
        int next = i + 1;
        if (next < tokens.size() && tokens.get(next).surface().equals(".")
                && tokens.get(next).start() == tokens.get(i).end() && isMonthAbbreviation(tokens.get(i).folded())) {
            next++;
        }
        return next;
    }

    /** Whether the token before {@code i} is a month, an abbreviated one's period passed over ("Aug. 9"). */
    static boolean monthBefore(List<Token> tokens, int i) {
        if (i > 0 && isMonth(tokens.get(i - 1).folded())) {
            return true;
        }
        return i > 1 && tokens.get(i - 1).surface().equals(".") && tokens.get(i - 1).start() == tokens.get(i - 2).end()
                && isMonthAbbreviation(tokens.get(i - 2).folded());
    }

    /** The dates {@code tokens} ({@link Tokenizer#PROSE}) state; {@code published} may be null. */
    static List<Fact> of(List<Token> tokens, LocalDate published) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String folded = stripPeriod(token.folded());
            String mid = folded.startsWith("mid-") ? folded.substring(4) : null;
            int[] entry = CALENDAR.get(mid != null ? mid : folded);
            if (entry != null && entry[0] == 0 && (token.isCapitalised() || mid != null)
                    && !(folded.equals("may") && !nextIsNumber(tokens, i))) {
                i = month(tokens, i, entry[1], mid != null, published, facts);
            } else if (entry != null && entry[0] == 1 && token.isCapitalised()) {
                facts.add(weekday(token, DayOfWeek.of(entry[1]), published, looksAhead(tokens, i)));
            } else if (published != null) {
                i = relative(tokens, i, published, facts);
            } else if (token.isNumber() && token.surface().matches("\\d{4}") && i > 0
                    && YEAR_PREPOSITIONS.contains(tokens.get(i - 1).folded())) {
                int year = Integer.parseInt(token.surface());
                facts.add(range(token.start(), token.end(), "year", token.surface(), LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), "a year"));
            }
        }
        return facts;
    }

    private static int month(List<Token> tokens, int i, int month, boolean mid, LocalDate published, List<Fact> facts) {
        int start = tokens.get(i).start();
        int end = tokens.get(i).end();
        int last = i;
        Integer day = null;
        Integer year = null;
        int after = afterMonth(tokens, i);
        if (after < tokens.size() && isDay(tokens.get(after))) {
            day = dayOf(tokens.get(after));
            end = tokens.get(after).end();
            last = after;
        } else if (i > 0 && isDay(tokens.get(i - 1))) {
            day = dayOf(tokens.get(i - 1));
            start = tokens.get(i - 1).start();
        }
        int y = last + 1;
        if (y < tokens.size() && tokens.get(y).surface().equals(",")) {
            y++;
        }
        if (y < tokens.size() && tokens.get(y).surface().matches("(18|19|20)\\d\\d")) {
            year = Integer.parseInt(tokens.get(y).surface());
            end = tokens.get(y).end();
            last = y;
        }
        int firstDay = 1;
        int lastDay = 31;
        String form = "a month";
        if (mid) {
            firstDay = 11;
            lastDay = 20;
            form = "a part of a month";
        } else if (day == null) {
            for (String[] part : PARTS) {
                String[] words = part[0].split(" ");
                if (NumberFacts.precededBy(tokens, i, words)) {
                    firstDay = Integer.parseInt(part[1]);
                    lastDay = Integer.parseInt(part[2]);
                    start = tokens.get(i - words.length).start();
                    form = "a part of a month";
                    break;
                }
            }
        } else {
            firstDay = day;
            lastDay = day;
            form = "a date";
        }
        if (year == null && published != null) {
            year = published.getYear();
            // "December 30" in a January article is last year's.
            if (month - published.getMonthValue() > 6) {
                year--;
            } else if (published.getMonthValue() - month > 6) {
                year++;
            }
        }
        if (year == null) {
            String name = "month " + month + (day == null ? "" : "-" + day);
            double key = NAMED + month * 100 + firstDay;
            facts.add(new Fact(Discrepancy.Kind.DATE, "date", start, end, name, key, NAMED + month * 100 + lastDay, form));
            return last;
        }
        YearMonth ym = YearMonth.of(year, month);
        int lastOfMonth = ym.lengthOfMonth();
        LocalDate from = ym.atDay(Math.min(firstDay, lastOfMonth));
        LocalDate to = ym.atDay(Math.min(lastDay, lastOfMonth));
        String text = from.equals(to) ? from.toString() : from + ".." + to;
        facts.add(range(start, end, "date", text, from, to, form));
        return last;
    }

    /** Marks that end a clause: a future word on the other side of one is about another verb. */
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "\u2013", "\u2014", "(", ")");

    /** Verbs in the past that do not end in "-ed" ({@code past-verbs.txt}): a clause holding one tells what happened. */
    private static final Set<String> PAST = WordLists.set(DateFacts.class, "past-verbs.txt");

    /** A clause of at most this many words before its comma is a fronted time ("On Friday,"), not a clause of its own. */
    private static final int FRONTED_WORDS = 3;

    /**
     * Whether the weekday at {@code i} looks ahead ({@code future-words.txt}): when its own clause does;
     * else not when its own clause has a verb in the past ("The wall will be rebuilt this summer, the
     * council decided on Friday": the Friday is behind the publication, whatever "will" says of the
     * summer); else when a clause before it does ("will open on Monday, and close on Friday"; "will run
     * on Monday, Tuesday and Wednesday"). A fronted time ("On Friday, the council will vote") is read
     * with the clause after it.
     */
    private static boolean looksAhead(List<Token> tokens, int i) {
        int from = i;
        while (from > 0 && !CLAUSE_MARKS.contains(tokens.get(from - 1).surface())) {
            from--;
        }
        int to = i + 1;
        while (to < tokens.size() && !CLAUSE_MARKS.contains(tokens.get(to).surface())) {
            to++;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            words += tokens.get(k).isWord() ? 1 : 0;
        }
        if (from == 0 && words <= FRONTED_WORDS && to < tokens.size()) {
            to++;
            while (to < tokens.size() && !CLAUSE_MARKS.contains(tokens.get(to).surface())) {
                to++;
            }
        }
        boolean past = false;
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).folded();
            if (FUTURE.contains(word)) {
                return true;
            }
            past |= PAST.contains(word) || word.length() > 4 && word.endsWith("ed") && k != i;
        }
        if (past) {
            return false;
        }
        for (int k = 0; k < from; k++) {
            if (FUTURE.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static Fact weekday(Token token, DayOfWeek day, LocalDate published, boolean future) {
        if (published == null) {
            double key = NAMED + 10_000 + day.getValue();
            return new Fact(Discrepancy.Kind.DATE, "date", token.start(), token.end(), day.name().toLowerCase(java.util.Locale.ROOT),
                    key, key, "a weekday");
        }
        LocalDate date = future ? published.with(TemporalAdjusters.nextOrSame(day))
                : published.with(TemporalAdjusters.previousOrSame(day));
        return range(token.start(), token.end(), "date", date.toString(), date, date, "a weekday");
    }

    private static int relative(List<Token> tokens, int i, LocalDate published, List<Fact> facts) {
        Token token = tokens.get(i);
        switch (token.folded()) {
            case "today", "tonight" -> facts.add(range(token.start(), token.end(), "date", published.toString(),
                    published, published, "a day relative to publication"));
            case "yesterday" -> facts.add(range(token.start(), token.end(), "date", published.minusDays(1).toString(),
                    published.minusDays(1), published.minusDays(1), "a day relative to publication"));
            case "tomorrow" -> facts.add(range(token.start(), token.end(), "date", published.plusDays(1).toString(),
                    published.plusDays(1), published.plusDays(1), "a day relative to publication"));
            case "last", "next", "this" -> {
                if (i + 1 >= tokens.size()) {
                    return i;
                }
                int sign = token.folded().equals("last") ? -1 : token.folded().equals("next") ? 1 : 0;
                Token unit = tokens.get(i + 1);
                LocalDate from;
                LocalDate to;
                if (unit.folded().equals("week")) {
                    from = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(sign);
                    to = from.plusDays(6);
                } else if (unit.folded().equals("month")) {
                    YearMonth ym = YearMonth.from(published).plusMonths(sign);
                    from = ym.atDay(1);
                    to = ym.atEndOfMonth();
                } else if (unit.folded().equals("year")) {
                    from = LocalDate.of(published.getYear() + sign, 1, 1);
                    to = LocalDate.of(published.getYear() + sign, 12, 31);
                } else {
                    return i;
                }
                facts.add(range(token.start(), unit.end(), "date", from + ".." + to, from, to,
                        "a period relative to publication"));
                return i + 1;
            }
            default -> {
                if (token.isNumber() && token.surface().matches("(18|19|20)\\d\\d") && i > 0
                        && YEAR_PREPOSITIONS.contains(tokens.get(i - 1).folded())) {
                    int year = Integer.parseInt(token.surface());
                    facts.add(range(token.start(), token.end(), "year", token.surface(), LocalDate.of(year, 1, 1),
                            LocalDate.of(year, 12, 31), "a year"));
                }
            }
        }
        return i;
    }

    private static Fact range(int start, int end, String slot, String normalized, LocalDate from, LocalDate to,
                              String form) {
        return new Fact(Discrepancy.Kind.DATE, slot, start, end, normalized, from.toEpochDay(), to.toEpochDay(), form);
    }

    private static boolean isDay(Token token) {
        return token.surface().matches("\\d{1,2}(st|nd|rd|th)?") && dayOf(token) >= 1 && dayOf(token) <= 31;
    }

    private static int dayOf(Token token) {
        return Integer.parseInt(token.surface().replaceAll("\\D", ""));
    }

    private static boolean nextIsNumber(List<Token> tokens, int i) {
        int after = afterMonth(tokens, i);
        return after < tokens.size() && isDay(tokens.get(after)) || i > 0 && isDay(tokens.get(i - 1));
    }

    private static String stripPeriod(String folded) {
        return folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
    }

    private static Map<String, int[]> calendar() {
        Map<String, int[]> calendar = new HashMap<>();
        for (String line : WordLists.list(DateFacts.class, "calendar.txt")) {
            String[] parts = line.split("\\s+");
            calendar.put(parts[0], new int[] {parts[1].equals("month") ? 0 : 1, Integer.parseInt(parts[2])});
        }
        return calendar;
    }

    private static List<String[]> parts() {
        List<String[]> parts = new ArrayList<>();
        for (String line : WordLists.list(DateFacts.class, "date-parts.txt")) {
            String[] words = line.split("\\s+");
            int n = words.length;
            parts.add(new String[] {String.join(" ", java.util.Arrays.copyOf(words, n - 2)), words[n - 2], words[n - 1]});
        }
        // Longest phrases first: "the end of" before "end of".
        parts.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return parts;
    }
}
