package dev.corroborate.io.query;

import dev.corroborate.io.store.ArticleStore;
import dev.corroborate.model.Speaker;
import dev.corroborate.text.WordLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code speakers} view: the people quoted, and apart from them the written sources quoted
 * ("the letter", "a letter obtained by Meridian Press"), which are no one; each with its roles
 * once, whatever their case ("Ministry spokesman" and "ministry spokesman" are one role). A speaker
 * known only by a description ("a commission official") is one per article, as the quote stage keeps
 * it: two of one description are told apart by the outlets that quote each. Not thread-safe.
 */
public final class SpeakerListing {

    /** The people and the written sources, each most quoted first as the store orders them. */
    public record Listing(List<Speaker> people, List<Speaker> writtenSources) {
        public Listing {
            people = List.copyOf(people);
            writtenSources = List.copyOf(writtenSources);
        }
    }

    /** The most outlets {@link #outlets} names before it counts the rest. */
    static final int OUTLETS_NAMED = 5;

    private static final Set<String> DOCUMENTS = WordLists.set(SpeakerListing.class, "written-sources.txt");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "another");

    private final ArticleStore store;

    public SpeakerListing(ArticleStore store) {
        this.store = store;
    }

    /** The speakers, split into people and written sources, with their roles told apart once each. */
    public Listing list(boolean variantsOnly) {
        List<Speaker> people = new ArrayList<>();
        List<Speaker> written = new ArrayList<>();
        for (Speaker speaker : store.speakers()) {
            if (variantsOnly && speaker.variants().size() <= 1) {
                continue;
            }
            Speaker shown = shown(speaker);
            (isWrittenSource(speaker.name()) ? written : people).add(shown);
        }
        return new Listing(people, written);
    }

    /**
     * For each of {@code speakers} known only by a description ({@link #isDescription}), the outlets whose articles
     * quote them, in one query: "an outlet unknown" for an article without one. Ask for the speakers shown, not all:
     * a description is one speaker per article.
     */
    public static Map<String, List<String>> quotedIn(ArticleStore store, List<Speaker> speakers) {
        List<String> described = speakers.stream().filter(s -> isDescription(s.name()) && !isWrittenSource(s.name()))
                .map(Speaker::id).toList();
        Map<String, List<String>> quotedIn = new LinkedHashMap<>();
        store.outletsQuoting(described).forEach((id, outlets) -> quotedIn.put(id,
                outlets.stream().map(outlet -> outlet == null ? "an outlet unknown" : outlet).toList()));
        return quotedIn;
    }

    /** Outlets for one line: the first {@value #OUTLETS_NAMED}, then how many more. */
    public static String outlets(List<String> outlets) {
        if (outlets.size() <= OUTLETS_NAMED) {
            return String.join(", ", outlets);
        }
        return String.join(", ", outlets.subList(0, OUTLETS_NAMED)) + " and " + (outlets.size() - OUTLETS_NAMED) + " more";
    }

    /** Whether a speaker's name is a description, not a name: it opens with a determiner ("a commission official"). */
    public static boolean isDescription(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length >= 2 && DETERMINERS.contains(words[0]);
    }

    /** A speaker as every view shows one: each role once, whatever its case. */
    public static Speaker shown(Speaker speaker) {
        return new Speaker(speaker.id(), speaker.name(), speaker.variants(), distinctRoles(speaker.roles()),
                speaker.quotes(), speaker.evidence());
    }

    /**
     * Whether a speaker's name is a document's: a determiner, then (after at most one other word, or
     * a possessive) a document noun as the head ("the letter", "the ministry's statement",
     * "a leaked memo").
     */
    public static boolean isWrittenSource(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2 || !DETERMINERS.contains(words[0])) {
            return false;
        }
        return DOCUMENTS.contains(words[1]) || (words.length > 2 && DOCUMENTS.contains(words[2]));
    }

    private static List<String> distinctRoles(List<String> roles) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String role : roles) {
            byKey.putIfAbsent(role.strip().toLowerCase(Locale.ROOT), role.strip());
        }
        return List.copyOf(byKey.values());
    }
}
