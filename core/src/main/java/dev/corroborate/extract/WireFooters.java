package dev.corroborate.extract;

import dev.corroborate.text.WordCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closing lines a news agency puts under its own copy, which are not reporting: the credit
 * line ("(Reporting by A; Editing by B)", "Additional reporting by A. Writing by B"), the
 * standards footer ("Our Standards: The X Trust Principles.") and the terms on which others may
 * republish it ("Content created by X is available without charge to any news publisher…").
 * They are kept out of the text, and
 * they tell an agency's own copy from a republication of it: a text whose dateline credits an
 * agency and that carries one of them is the agency's. Stateless and thread-safe.
 */
final class WireFooters {

    /** At most this many closing paragraphs are looked at. */
    static final int SEARCH_LAST_PARAGRAPHS = 3;
    /** A footer is a line of at most this many words: a sentence of reporting is longer. */
    static final int MAX_WORDS = 30;

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^\\(?\\s*(additional\\s+)?reporting\\s+by\\s+[^()]+?(;|\\.|,|\\s+and)?\\s*"
                    + "((writing|written|editing|edited)\\s+by\\s+[^()]+)?\\)?\\.?$");
    private static final Pattern STANDARDS = Pattern.compile("(?i)^(our\\s+(standards|criteria)\\s*:?\\s*)?(the\\s+)?"
            + "[\\p{L} .&-]{0,60}trust\\s+principles\\.?$");
    /** A republishing notice: republication, and what it licenses or requires. */
    private static final Pattern REPUBLISHING = Pattern.compile("(?i)(?=.*\\b(republish\\w*|reprint\\w*|syndicat\\w*))"
            + "(?=.*\\b(content|articles?|stories|licen[cs]\\w*|permission|logo|without charge|free of charge)\\b).*");
    /** A republishing notice is at most this many words. */
    static final int NOTICE_MAX_WORDS = 90;
    private static final Pattern REPORTERS = Pattern.compile("(?i)^\\(?\\s*reporting\\s+by\\s+([^;.()]+)");

    /**
     * What the closing lines hold: the paragraphs without them, the lines removed (in text order),
     * the reporters named by the credit line, and the agency named by the standards footer (null
     * when there is none).
     */
    record Found(List<String> paragraphs, List<String> removed, List<String> reporters, String standardsFooter) {
        Found {
            paragraphs = List.copyOf(paragraphs);
            removed = List.copyOf(removed);
            reporters = List.copyOf(reporters);
        }

        /** Whether a credit line or a standards footer was found. */
        boolean any() {
            return !removed.isEmpty();
        }
    }

    private WireFooters() {
    }

    /** Finds and removes the footers among the last paragraphs; never removes the only paragraph. */
    static Found strip(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs);
        List<String> removed = new ArrayList<>();
        List<String> reporters = new ArrayList<>();
        String standards = null;
        int from = Math.max(1, paragraphs.size() - SEARCH_LAST_PARAGRAPHS);
        for (int i = paragraphs.size() - 1; i >= from; i--) {
            String line = paragraphs.get(i).strip();
            int words = WordCount.splitLength(line);
            if (words > NOTICE_MAX_WORDS) {
                continue;
            }
            if (words > MAX_WORDS) {
                if (!REPUBLISHING.matcher(line).matches()) {
                    continue;
                }
            } else if (CREDIT_LINE.matcher(line).matches()) {
                Matcher names = REPORTERS.matcher(line);
                if (names.find() && !line.toLowerCase(Locale.ROOT).startsWith("additional")) {
                    List<String> named = new ArrayList<>();
                    for (String name : names.group(1).split("\\s*(,|\\band\\b)\\s*")) {
                        if (!name.isBlank()) {
                            named.add(name.strip());
                        }
                    }
                    reporters.addAll(0, named);
                }
            } else if (STANDARDS.matcher(line).matches()) {
                standards = line;
            } else {
                continue;
            }
            removed.add(0, paragraphs.get(i));
            kept.remove(i);
        }
        return new Found(kept, removed, reporters, standards);
    }

    /** Whether a standards footer names this agency ("Thomson Reuters Trust Principles" names Reuters). */
    static boolean names(String footer, String agency) {
        if (footer == null || agency == null) {
            return false;
        }
        String words = " " + footer.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return words.contains(" " + agency.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
    }
}
