package dev.corroborate.cluster;

import dev.corroborate.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the clustering needs of an article besides its id, headline, outlet and time: its feature
 * counts ({@link EventFeatures}), its lead's details and its {@link FollowUps.Lead}, and how it wrote
 * the names whose spelling capitalising would not give back. Kept in the store beside the article's
 * place ({@link #encode()}), it lets an incremental run restore every placed article into its event
 * without reading or tokenizing its text again; {@code header} need not hold the text. Immutable,
 * but for its vector, made ahead of its turn and held until it is placed ({@link TermWeighting#prepare}).
 */
public final class KeptArticle {

    /** Gives back what is kept of an article by id (the run's own ids: never {@code null}). */
    @FunctionalInterface
    public interface Lookup {
        KeptArticle find(String articleId);
    }

    /** Marks a name written so that capitalising its folded form gives it back (the common case). */
    private static final String PLAIN_FORM = "";

    final Article header;
    final Map<String, Double> counts;
    final Set<String> identity;
    final FollowUps.Lead lead;
    /**
     * The names this article wrote at least once in a form of their own ("McDonald", "NASA"): each
     * with how it wrote the name each time, in order, repeats of the same form one after the other
     * made one ({@link #PLAIN_FORM} for a plain capitalised form). Names it wrote only plainly are not
     * listed: their counts' {@code N:} keys say that it wrote them.
     */
    final Map<String, List<String>> nameForms;
    /** Its vector as {@link TermWeighting#prepare} made it, and under which version of the frequencies; null once used. */
    Weighed weighed;
    int weighedAt;

    KeptArticle(Article header, Map<String, Double> counts, Set<String> identity, FollowUps.Lead lead,
                Map<String, List<String>> nameForms) {
        this.header = header;
        this.counts = counts;
        this.identity = identity;
        this.lead = lead;
        this.nameForms = nameForms;
    }

    /** Lets go of the vector made ahead ({@link TermWeighting#prepare}) once the article is placed or restored. */
    void release() {
        weighed = null;
    }

    public String id() {
        return header.id();
    }

    /** The feature keys (terms, {@code N:} names, {@code #} numbers, {@code Y} years) the article counts once in the document frequencies. */
    public Set<String> terms() {
        return counts.keySet();
    }

    /**
     * A text form of what is kept (not of the header): one line each for the counts, the lead's
     * details, the lead's words, its pending words, its follow-ups and its name forms; fields apart
     * by tabs. Features are words of the tokenizer and never hold a tab, a newline or a unit separator.
     * Counts in the order the article's own map gives them, so that a decoded map is walked as the
     * original (sums of floating-point numbers depend on the order).
     */
    public String encode() {
        StringBuilder out = new StringBuilder(counts.size() * 12);
        boolean first = true;
        for (Map.Entry<String, Double> count : counts.entrySet()) {
            if (!first) {
                out.append('\t');
            }
            first = false;
            double value = count.getValue();
            // Counts are sums of whole weights: written whole, they are shorter and read back faster.
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                out.append(count.getKey()).append('\t').append((long) value);
            } else {
                out.append(count.getKey()).append('\t').append(value);
            }
        }
        out.append('\n');
        words(out, identity).append('\n');
        words(out, lead.terms()).append('\n');
        words(out, lead.pending()).append('\n');
        first = true;
        for (FollowUps.FollowUp followUp : lead.followUps()) {
            if (!first) {
                out.append('\t');
            }
            first = false;
            out.append(String.join(" ", new TreeSet<>(followUp.earlier()))).append('\u001f')
                    .append(String.join(" ", new TreeSet<>(followUp.action())));
        }
        out.append('\n');
        first = true;
        for (Map.Entry<String, List<String>> name : new java.util.TreeMap<>(nameForms).entrySet()) {
            if (!first) {
                out.append('\t');
            }
            first = false;
            out.append(name.getKey());
            for (String form : name.getValue()) {
                out.append('\u001f').append(form);
            }
        }
        return out.toString();
    }

    private static StringBuilder words(StringBuilder out, Set<String> words) {
        return out.append(String.join("\t", new TreeSet<>(words)));
    }

    /**
     * What {@link #encode()} wrote, for the article {@code header} stands for.
     *
     * @throws IllegalArgumentException when {@code encoded} is not such a text
     */
    public static KeptArticle decode(Article header, String encoded) {
        String[] lines = encoded.split("\n", -1);
        if (lines.length != 6) {
            throw new IllegalArgumentException("the kept features of article " + header.id() + " have "
                    + lines.length + " lines, not 6");
        }
        // Default capacity, filled in the kept order: the map is walked as the one described was.
        Map<String, Double> counts = new HashMap<>();
        String line = lines[0];
        // Read by hand, not split: every placed article's counts are read on every run.
        for (int at = 0; at < line.length(); ) {
            int tab = line.indexOf('\t', at);
            if (tab < 0) {
                throw new IllegalArgumentException("the kept counts of article " + header.id() + " are cut short");
            }
            int end = line.indexOf('\t', tab + 1);
            if (end < 0) {
                end = line.length();
            }
            counts.put(line.substring(at, tab), number(line, tab + 1, end));
            at = end + 1;
        }
        List<FollowUps.FollowUp> followUps = new ArrayList<>();
        if (!lines[4].isEmpty()) {
            for (String field : lines[4].split("\t", -1)) {
                int at = field.indexOf('\u001f');
                followUps.add(new FollowUps.FollowUp(spaced(field.substring(0, at)), spaced(field.substring(at + 1))));
            }
        }
        Map<String, List<String>> nameForms = new HashMap<>();
        if (!lines[5].isEmpty()) {
            for (String field : lines[5].split("\t", -1)) {
                String[] parts = field.split("\u001f", -1);
                nameForms.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        }
        FollowUps.Lead lead = new FollowUps.Lead(tabbed(lines[2]), tabbed(lines[3]), List.copyOf(followUps));
        return new KeptArticle(header, counts, tabbed(lines[1]), lead, nameForms);
    }

    /** The count written from {@code from} to {@code to}: a whole number read digit by digit, or a decimal one. */
    private static double number(String line, int from, int to) {
        long whole = 0;
        boolean negative = from < to && line.charAt(from) == '-';
        int start = negative ? from + 1 : from;
        if (start == to || to - start > 15) {
            return Double.parseDouble(line.substring(from, to));
        }
        for (int i = start; i < to; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return Double.parseDouble(line.substring(from, to));
            }
            whole = whole * 10 + (c - '0');
        }
        return negative ? -(double) whole : (double) whole;
    }

    private static Set<String> tabbed(String line) {
        return line.isEmpty() ? new TreeSet<>() : new TreeSet<>(List.of(line.split("\t", -1)));
    }

    private static Set<String> spaced(String field) {
        return field.isEmpty() ? new TreeSet<>() : new TreeSet<>(List.of(field.split(" ", -1)));
    }

    /** A name's forms as {@link EventFeatures} saw them, one after the other: {@code null} for a plain one. */
    static Map<String, List<String>> ownNameForms(Map<String, List<String>> seen) {
        Map<String, List<String>> own = new HashMap<>();
        seen.forEach((name, forms) -> {
            if (forms.stream().anyMatch(java.util.Objects::nonNull)) {
                List<String> condensed = new ArrayList<>();
                for (String form : forms) {
                    String kept = form == null ? PLAIN_FORM : form;
                    if (condensed.isEmpty() || !condensed.get(condensed.size() - 1).equals(kept)) {
                        condensed.add(kept);
                    }
                }
                own.put(name, List.copyOf(condensed));
            }
        });
        return own;
    }

    /**
     * Tells {@code note} how this article wrote each of its names, in the order counting it in does
     * ({@link TermWeighting#countKept}): the name's feature and the form ({@code null} for a plain one),
     * once for each way it wrote the name in turn.
     */
    void forEachNote(java.util.function.BiConsumer<String, String> note) {
        for (String key : counts.keySet()) {
            if (key.startsWith("N:")) {
                List<String> forms = nameForms.get(key);
                if (forms == null) {
                    note.accept(key, null);
                } else {
                    for (String form : forms) {
                        note.accept(key, isPlain(form) ? null : form);
                    }
                }
            }
        }
    }

    /** Whether a kept form is {@link #PLAIN_FORM}. */
    static boolean isPlain(String form) {
        return form.isEmpty();
    }
}
