package dev.corroborate.extract;

import dev.corroborate.text.TextNormalizer;
import dev.corroborate.text.WordCount;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a page's headline from what the page declares ({@code og:title}, the visible
 * {@code <h1>}, {@code twitter:title}, the JSON-LD headline, {@code <title>}). Each is first
 * stripped of the site's name ("Headline | Site", "Headline：Site"); then the declarations vote, and
 * a tie goes to the earlier one in that order. Measured on the Fundus dev half, og:title and the
 * {@code <h1>} agree with the editors' headline more often than JSON-LD, which is often an SEO variant.
 */
final class Titles {

    private static final ExtractionSettings.Headline SETTINGS = ExtractionSettings.DEFAULTS.headline();

    /** Separators with white space around them: "Headline | Site", "Headline - Site". */
    private static final Pattern SPACED_SEPARATOR = Pattern.compile(
            "\\s+(?:" + WordPatterns.anyOf(WordLists.list(Titles.class, "title-separators.txt")) + ")\\s+");
    /** Any run of separator characters, spaced or not, full-width included: "Headline：Site", "Headline-정치ㅣSite". */
    private static final Pattern ANY_SEPARATOR = Pattern.compile(
            "[\\s" + WordPatterns.characterClassOf(WordLists.list(Titles.class, "title-separator-marks.txt")) + "]+");

    private Titles() {
    }

    /**
     * @param h1s      the article's {@code <h1>}, then the page's first {@code <h1>} (either may be null)
     * @param declared og:title, twitter:title, JSON-LD headline, {@code <title>} (blank when absent)
     */
    static String choose(List<String> h1s, List<String> declared, String siteName) {
        List<String> stripped = new ArrayList<>();
        for (String title : declared) {
            stripped.add(title == null || title.isBlank() ? "" : stripSiteName(title, siteName));
        }
        String articleH1 = h1s.isEmpty() ? null : h1s.get(0);
        boolean onlyPageTitle = stripped.subList(0, stripped.size() - 1).stream().allMatch(String::isEmpty);
        String pageTitle = stripped.get(stripped.size() - 1);
        if (onlyPageTitle && articleH1 != null && !articleH1.isBlank() && looksLikeSiteName(pageTitle, articleH1)) {
            // A <title> that is only the site's name ("Portail Nord") says nothing about the article.
            return articleH1;
        }
        String h1 = null;
        for (String candidate : h1s) {
            if (candidate != null && !candidate.isBlank()
                    && stripped.stream().anyMatch(d -> !d.isEmpty() && similarity(candidate, d) >= SETTINGS.sameHeadline())) {
                h1 = candidate;
                break;
            }
        }
        List<String> ordered = new ArrayList<>();
        ordered.add(stripped.get(0));
        ordered.add(h1 == null ? "" : h1);
        ordered.addAll(stripped.subList(1, stripped.size()));
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String title : ordered) {
            if (!title.isBlank()) {
                votes.merge(key(title), 1, Integer::sum);
            }
        }
        int best = votes.values().stream().max(Integer::compare).orElse(0);
        for (String title : ordered) {
            if (!title.isBlank() && votes.get(key(title)) == best) {
                return title;
            }
        }
        for (String candidate : h1s) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate; // an <h1> no declaration confirms is still better than nothing
            }
        }
        return null;
    }

    private static boolean looksLikeSiteName(String pageTitle, String headline) {
        int words = TextNormalizer.wordCount(pageTitle);
        return pageTitle.isBlank() || (words <= SETTINGS.siteNameMaxWords() && TextNormalizer.wordCount(headline) > words + 1);
    }

    /** "Headline | Site" → "Headline"; a trailing site name with any separator goes. */
    static String stripSiteName(String title, String siteName) {
        String result = title.strip();
        String site = siteName == null ? "" : fold(siteName);
        for (int round = 0; round < SETTINGS.stripRounds(); round++) {
            String before = result;
            if (!site.isEmpty()) {
                result = stripTrailing(result, site);
                result = stripLeading(result, site);
            }
            // Without the site's name, only a short segment after " | " is taken for a site or section.
            String[] parts = result.split("\\s+\\|\\s+");
            if (parts.length > 1) {
                String last = parts[parts.length - 1];
                if (WordCount.splitLength(last) <= SETTINGS.siteSegmentMaxWords() && last.length() * 2 < result.length()) {
                    result = result.substring(0, result.length() - last.length()).replaceFirst("\\s+\\|\\s+$", "");
                }
            }
            if (result.equals(before)) {
                break;
            }
        }
        return result.isBlank() ? title : result;
    }

    private static String stripTrailing(String title, String site) {
        var matcher = ANY_SEPARATOR.matcher(title);
        int cut = -1;
        while (matcher.find()) {
            if (matcher.group().isBlank() || matcher.start() == 0) {
                continue; // plain spaces separate words, not a headline from a site name
            }
            String tail = fold(title.substring(matcher.end()));
            boolean namesSite = tail.equals(site) || tail.startsWith(site + " ")
                    || (tail.length() >= SETTINGS.partialSiteNameMinChars() && site.contains(tail));
            if (!tail.isEmpty() && namesSite && tail.length() < title.length() / 2 + 4) {
                cut = matcher.start();
                break;
            }
        }
        return cut > 0 ? title.substring(0, cut).strip() : title;
    }

    private static String stripLeading(String title, String site) {
        String[] parts = SPACED_SEPARATOR.split(title, 2);
        if (parts.length == 2 && fold(parts[0]).equals(site)) {
            return parts[1].strip();
        }
        return title;
    }

    private static String key(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Tells whether a text repeats one title; the title's trigrams are built once. */
    static final class Repeats {
        private final int length;
        private final Set<String> grams;

        Repeats(String title) {
            this.length = title == null ? 0 : title.length();
            this.grams = title == null ? Set.of() : trigrams(title);
        }

        /** The text is about as long as the title and shares most of its trigrams. */
        boolean test(String text, double threshold) {
            if (length == 0 || text.length() > length * SETTINGS.repeatMaxLengthRatio() || text.length() < length / 2) {
                return false;
            }
            return containment(grams, trigrams(text)) >= threshold;
        }
    }

    /** Containment of character trigrams: robust to added kickers and to scripts without spaces. */
    static double similarity(String a, String b) {
        return containment(trigrams(a), trigrams(b));
    }

    /** The share of the smaller set found in the larger; 0 when either is empty. */
    private static double containment(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        int shared = 0;
        for (String gram : smaller) {
            if (larger.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / smaller.size();
    }

    private static Set<String> trigrams(String text) {
        String folded = fold(text);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= folded.length(); i++) {
            grams.add(folded.substring(i, i + 3));
        }
        return grams;
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
