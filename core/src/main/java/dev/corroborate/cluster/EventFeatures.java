package dev.corroborate.cluster;

import dev.corroborate.cluster.StoryClusterer.Settings;
import dev.corroborate.model.Article;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import dev.corroborate.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an article is about, as weighted features: its words ({@link Tokenizer#COMPOUND_WORDS},
 * folded, without a possessive {@code 's}), the names it gives (capitalised words that do not open
 * a sentence, counted again as {@code N:name}), its numbers ({@code #26})
 * and years ({@code Y2011}). The headline and the first {@link Settings#leadWords()} words weigh
 * {@link Settings#leadWeight()} times as much: that is where a news article says what happened.
 * Stop words ({@code stop-words.txt}) are dropped; days and months ({@code calendar-words.txt}) are
 * never names. Weights are raw counts; {@link TermWeighting} turns them into TF-IDF vectors.
 * Immutable and thread-safe.
 */
final class EventFeatures {

    /** Words that say nothing about which happening an article reports. */
    private static final Set<String> STOP = WordLists.set(EventFeatures.class, "stop-words.txt");

    /** Capitalised, but not names: they say when, not who or where. */
    private static final Set<String> CALENDAR = WordLists.set(EventFeatures.class, "calendar-words.txt");

    private final Settings settings;

    EventFeatures(Settings settings) {
        this.settings = settings;
    }

    /** "Harwick": a capital, then only small letters (or no letters at all). */
    private static boolean isCapitalisedOnly(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCapitals(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1;
    }

    /** The article's features and their weights. */
    Map<String, Double> of(Article article) {
        return of(article.title(), article.text(), false, null, null, null);
    }

    /**
     * The article's features, and in {@code seen} how it wrote each name each time, in order: its
     * own form, or {@code null} when capitalising the folded name gives it back (what
     * {@link #noteForm} is told, so that a kept article can tell it again: {@link KeptArticle}).
     */
    Map<String, Double> of(Article article, Map<String, String> nameForms, Map<String, List<String>> seen) {
        return of(article.title(), article.text(), false, nameForms, seen, null);
    }

    /**
     * {@link #of(Article, Map, Map)}, adding the article's {@link #leadIdentity} to {@code identity}:
     * one reading of the text for both (the lead's details are what its first words give).
     */
    Map<String, Double> of(Article article, Map<String, String> nameForms, Map<String, List<String>> seen,
                           Set<String> identity) {
        return of(article.title(), article.text(), false, nameForms, seen, identity);
    }

    /**
     * The names, numbers and years of the headline and the lead: the details that tell one
     * happening from another of the same kind (the fire in Harwick from
     * the fire in Dunmore, 23 arrests from 26). Years are among them, as {@code Y2011}.
     */
    Set<String> leadIdentity(Article article) {
        Set<String> identity = new TreeSet<>();
        for (String key : of(article.title(), article.text(), true, null, null, null).keySet()) {
            addIfDetail(identity, key);
        }
        return identity;
    }

    /** Adds {@code key} to a lead's {@code identity} when it is a name, a number or a year. */
    private static void addIfDetail(Set<String> identity, String key) {
        if (key.startsWith("N:") || key.startsWith("#") || key.startsWith("Y")) {
            identity.add(key);
        }
    }

    /**
     * {@link #of(Article)}, noting in {@code nameForms} how a name is written when capitalising it
     * would not give it back ({@code N:mcdonald} as "McDonald"): the first such way seen, unless it
     * was all capitals and a later way is not.
     */
    Map<String, Double> of(Article article, Map<String, String> nameForms) {
        return of(article.title(), article.text(), false, nameForms, null, null);
    }

    /**
     * Notes that a name was written as {@code form} ({@code null}: plainly capitalised) in
     * {@code nameForms}: the first own form seen is kept, unless it was all capitals and a later own
     * form is not; a plain form after an all-capitals one drops it.
     */
    static void noteForm(Map<String, String> nameForms, String name, String form) {
        if (form != null) {
            nameForms.merge(name, form, (known, later) -> isAllCapitals(known) && !isAllCapitals(later) ? later : known);
        } else if (nameForms.containsKey(name) && isAllCapitals(nameForms.get(name))) {
            nameForms.remove(name);
        }
    }

    /**
     * The features of the headline and text ({@code leadOnly}: of the lead only); with an
     * {@code identity}, the details of the lead are added to it as {@link #leadIdentity} gives them.
     */
    private Map<String, Double> of(String title, String text, boolean leadOnly, Map<String, String> nameForms,
                                   Map<String, List<String>> seen, Set<String> identity) {
        Map<String, Double> features = new HashMap<>();
        String all = title.isEmpty() ? text : title + "\n" + text;
        int word = 0;
        for (Token t : Tokenizer.COMPOUND_WORDS.tokens(all)) {
            String token = t.surface();
            String lower = LightStemmer.withoutPossessive(t.folded());
            if (leadOnly && word >= settings.leadWords()) {
                break;
            }
            boolean lead = word++ < settings.leadWords();
            double weight = lead ? settings.leadWeight() : 1;
            boolean sentenceStart = t.opensSentence();
            if (lower.length() < 2 || STOP.contains(lower)) {
                continue;
            }
            if (t.isNumber()) {
                boolean year = lower.length() == 4 && (lower.startsWith("19") || lower.startsWith("20"))
                        && lower.chars().allMatch(Character::isDigit);
                String key = year ? "Y" + lower : "#" + lower;
                features.merge(key, weight * (year ? settings.yearWeight() : settings.numberWeight()), Double::sum);
                if (lead && identity != null) {
                    addIfDetail(identity, key);
                }
                continue;
            }
            if (lead && identity != null) {
                addIfDetail(identity, lower);
            }
            if (t.isCapitalised() && !sentenceStart && !CALENDAR.contains(lower)) {
                String name = "N:" + lower;
                features.merge(name, weight * settings.nameWeight(), Double::sum);
                if (lead && identity != null) {
                    addIfDetail(identity, name);
                }
                if (nameForms != null || seen != null) {
                    String written = token.length() > lower.length() ? token.substring(0, lower.length()) : token;
                    // Only forms that capitalising the lower-cased word would not give back are kept.
                    String form = isCapitalisedOnly(written) ? null : written;
                    if (nameForms != null) {
                        noteForm(nameForms, name, form);
                    }
                    if (seen != null) {
                        seen.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(form);
                    }
                }
            }
            features.merge(lower, weight, Double::sum);
        }
        return features;
    }
}
