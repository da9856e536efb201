package dev.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what a scraper picked up with a plain-text article: ad markers, share and comment
 * prompts, sign-up boxes, photo captions with their credits, logo lines, temperatures, and inline
 * "(RELATED: ...)" links. Every rule looks at the line itself (its words, its length, how it ends),
 * never at which site it came from. Stateless and thread-safe.
 */
public final class PlainTextCleaner {

    /** What is left, and how many paragraphs went. */
    public record Cleaned(List<String> paragraphs, int removed) {
        public Cleaned {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private static final Pattern AD_MARKER = Pattern.compile(
            "(?i)[-–—•*·\\s]*(advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklame|"
                    + "annons|sponsored( content)?|paid content|ad)[-–—•*·\\s]*");
    private static final Pattern SHARE_OR_COMMENT = Pattern.compile(
            "(?i)(share( this( article| story)?)?( on \\w+)?|tweet|print( this)?|e-?mail|facebook|twitter|x|whatsapp|linkedin|"
                    + "telegram|reddit|pinterest|flipboard|copy link|copied|leave a (reply|comment)|\\d+ comments?|comments?|"
                    + "post a comment|show comments|view comments)\\s*[:.!]?");
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)(your email address will not be published|required fields are marked|join the (conversation|discussion)|"
                    + "(register|sign up|subscribe|log in)( now| today| here)?\\b.{0,80}(access|newsletter|free|unlimited|"
                    + "subscri|account|comment)|get the latest .{0,40}(in your inbox|newsletter)|"
                    + "this site is protected by recaptcha|we use cookies|accept (all )?cookies|"
                    + "please let us know if you're having issues with comment|all content created by|"
                    + "(this (article|story) )?(was )?(originally )?(re)?published with permission|"
                    + "(also read|read also|see also|related|read more)\\s*:).*");
    private static final Pattern NAVIGATION_LABEL = Pattern.compile(
            "(?i)(must read|read more|read next|related( stories| articles| content| news)?|recommended( for you)?|"
                    + "more from [\\p{L} ]{1,30}|most (read|popular)|trending( now)?|you may also like|font size:?|"
                    + "listen to (this )?(article|story).{0,20}|\\d+ min(ute)?s? read|up next|skip to content|"
                    + "top stories|latest news|back to top)\\s*[:.]?");
    private static final Pattern TEMPERATURE = Pattern.compile("-?\\d{1,3}([.,]\\d)?\\s*°?\\s*[CF]");
    /** A caption ends with a picture credit: "REUTERS/Name", "Name / AFP", "(AP Photo/Name)", "Photo: Name". */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?i).*(\\b(reuters|afp|ap photo|epa|xinhua|getty images|shutterstock|anadolu|dpa|imago|ap)\\s*/\\s*[\\p{L} .'-]{2,40}"
                    + "|/\\s*(afp|ap|reuters|getty images|epa|dpa|xinhua|imago)|\\bvia (reuters|afp|ap|getty images)"
                    + "|\\b(photo|foto|image|picture|credit|bild)"
                    + "( credit)?\\s*:\\s*[\\p{L} .'/-]{2,60})\\)?\\s*\\.?");
    /** A line that is only a picture credit: "Fabrice COFFRINI / AFP", "(REUTERS/Thomas Peter)". */
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "(?i)\\(?((the )?associated press|reuters|afp|getty images|epa|ap photo"
                    + "|[\\p{L} .'-]{0,40}\\s*/\\s*(afp|ap|reuters|getty images|epa|dpa|xinhua|imago|anadolu)"
                    + "|(reuters|afp|ap photo|ap|epa|getty images)\\s*/\\s*[\\p{L} .'-]{2,40})\\)?");
    /** Longer lines are reporting, whatever they contain (a caption of 60 words is about 500 characters). */
    private static final int MAX_BOILERPLATE_CHARS = 600;
    private static final Pattern INLINE_RELATED = Pattern.compile("\\s*\\((RELATED|READ MORE|SEE ALSO|WATCH):[^)]{0,200}\\)");
    private static final Pattern TRAILING_READ_MORE = Pattern.compile("\\s+Read more\\s*$");

    private PlainTextCleaner() {
    }

    /**
     * Cleans the paragraphs of one article; {@code title} helps spot a repeated headline. A
     * {@code scraped} text (a plain-text file) also loses repeated short paragraphs, which in a
     * scrape are captions and teasers shown twice; in a page's main text they may be deliberate.
     */
    public static Cleaned clean(List<String> paragraphs, String title, boolean scraped) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> headlineRepeats = new ArrayList<>();
        int removed = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            // The same short paragraph twice is a repeated caption or teaser, not reporting.
            boolean repeated = scraped && paragraph.split("\\s+").length <= 60 && !seen.add(paragraph);
            if (repeated || isBoilerplate(paragraph)) {
                removed++;
                continue;
            }
            if (i < 4 && repeatsTitle(paragraph, title)) {
                headlineRepeats.add(paragraph);
                removed++;
                continue;
            }
            String inline = TRAILING_READ_MORE.matcher(INLINE_RELATED.matcher(paragraph).replaceAll("")).replaceAll("").strip();
            if (inline.isEmpty()) {
                removed++;
            } else {
                kept.add(inline);
            }
        }
        // The last line of a scrape, short and not a sentence, is a tagline or sign-off ("X English Edition").
        if (scraped && kept.size() > 1) {
            String last = kept.get(kept.size() - 1);
            if (last.split("\\s+").length <= 8 && !last.matches(".*[.!?\"”»)]$")) {
                kept.remove(kept.size() - 1);
                removed++;
            }
        }
        if (kept.isEmpty() && !headlineRepeats.isEmpty()) {
            // A brief whose text is its headline: the headline is all the article says, so it stays.
            return new Cleaned(headlineRepeats, removed - headlineRepeats.size());
        }
        return new Cleaned(kept, removed);
    }

    /** Blanks the boilerplate lines of a scraped text, before lines are joined into paragraphs. */
    public static List<String> blankBoilerplateLines(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                kept.add(line);
                continue;
            }
            boolean standalone = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
            if (CREDIT_ONLY.matcher(line.strip()).matches()) {
                kept.add("");
                // The credit closes a caption that began on the line above it.
                int previous = kept.size() - 2;
                if (previous >= 0 && !kept.get(previous).isBlank() && kept.get(previous).split("\\s+").length <= 40) {
                    kept.set(previous, "");
                }
            } else if (isBoilerplate(line) || (standalone && isLabel(line))) {
                kept.add("");
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    /** One or two words on a line of their own, with no sentence punctuation: an image label or a menu item. */
    private static boolean isLabel(String line) {
        String stripped = line.strip();
        return stripped.split("\\s+").length <= 2 && !stripped.matches(".*[.!?:;\"”»]$");
    }

    /**
     * The outlet a scraped text names in its masthead: a short line "Harbour Daily logo" (the alt
     * text of the site's logo image) among the first lines. Null when there is none.
     */
    public static String outletNamedByLogo(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 20); i++) {
            String line = lines.get(i).strip();
            if (line.toLowerCase(Locale.ROOT).endsWith(" logo") && dev.corroborate.text.TextNormalizer.wordCount(line) <= 8) {
                String name = line.substring(0, line.length() - 5).strip();
                return name.isEmpty() ? null : name;
            }
        }
        return null;
    }

    /** Whether one line or paragraph is boilerplate by its own evidence. */
    public static boolean isBoilerplate(String paragraph) {
        String line = paragraph.strip();
        if (line.length() > MAX_BOILERPLATE_CHARS) {
            return false; // every rule below is about short lines; long ones are never tested
        }
        int words = dev.corroborate.text.TextNormalizer.wordCount(line);
        if (words > 60) {
            return false;
        }
        if (AD_MARKER.matcher(line).matches() || TEMPERATURE.matcher(line).matches()) {
            return true;
        }
        if (words <= 8 && (SHARE_OR_COMMENT.matcher(line).matches() || NAVIGATION_LABEL.matcher(line).matches())) {
            return true;
        }
        if (words <= 40 && PROMPT.matcher(line).matches()) {
            return true;
        }
        if (words <= 8 && line.toLowerCase(Locale.ROOT).endsWith(" logo")) {
            return true;
        }
        // A caption: ends with a picture credit and is not a long paragraph of reporting.
        return words <= 60 && CREDIT_AT_END.matcher(line).matches() && !line.endsWith("\"") && !line.endsWith("”");
    }

    private static boolean repeatsTitle(String paragraph, String title) {
        return title != null && !title.isBlank() && paragraph.length() < title.length() * 1.5
                && Titles.similarity(paragraph, title) >= 0.8;
    }
}
