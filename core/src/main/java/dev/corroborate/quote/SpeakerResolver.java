package dev.corroborate.quote;

import dev.corroborate.model.Speaker;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.EditDistance;
import dev.corroborate.text.Fingerprint;
import dev.corroborate.text.LightStemmer;
import dev.corroborate.text.WordLists;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves the speakers of many articles into people: the same person under name variants
 * (spelling and transliteration variants, missing or extra given names, a surname alone, titles)
 * becomes one speaker, with the evidence; different people with similar names stay apart.
 *
 * <p>A spelling variant is one letter changed, added or removed; two when both names are given the
 * same quote. Names are compared after titles are removed and letters folded (accents, case). Two names are
 * one person when:
 * <ul>
 *   <li>they are equal after folding;</li>
 *   <li>one is the other's surname alone, and both speak in the same story or share a quote;</li>
 *   <li>they share a name word and every other word of the shorter has a close counterpart in the
 *       longer (the same initial, or a spelling within a small edit distance: "Sun Weiyan" and
 *       "Sun Wean"), and something else ties them: the same story, a shared role word, or a shared
 *       quote.</li>
 * </ul>
 * Given names that differ ("John Smith", "Jane Smith") keep two people apart even in one story.
 * Mentions with no name ("the spokesman" never resolved, "the letter") stay per article.
 *
 * <p>Deterministic and independent of input order. Not thread-safe.
 */
public final class SpeakerResolver {

    /** Marks left by taking accents apart, what separates name words, and the marks around a word. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern BETWEEN_WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.'-]+");
    private static final java.util.regex.Pattern AROUND_WORD = java.util.regex.Pattern.compile("^[.'-]+|[.'-]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** One speaker mention to resolve, with what ties it to others. */
    public record Mention(String articleId, String storyKey, SpeakerMention speaker, Set<String> quoteGroups) {
        String key() {
            return articleId + "#" + speaker.start();
        }
    }

    /** The people, and for each mention key ({@code articleId#start}) the id of its person. */
    public record Resolution(List<Speaker> speakers, Map<String, String> speakerOf) {
    }

    /** Titles and words around names that are not part of the name ("Sen.", "former", "spokesman"). */
    private static final Set<String> TITLES = WordLists.set(SpeakerResolver.class, "name-titles.txt");

    private final SpeakerSettings settings;

    /** A resolver with {@link SpeakerSettings#DEFAULTS}. */
    public SpeakerResolver() {
        this(SpeakerSettings.DEFAULTS);
    }

    public SpeakerResolver(SpeakerSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /**
     * The mentions that carry one name form: every mention of a name ("Sun Weiyan") across articles,
     * or of a description ("the letter") within one article. Variants are compared between these,
     * with the stories, quote groups and roles of all their mentions as evidence.
     */
    private record Identity(String name, List<String> words, boolean named, Set<String> stories,
                            Set<String> groups, Set<String> roles) {
    }

    public Resolution resolve(List<Mention> input) {
        return resolve(input, null);
    }

    /**
     * Resolves {@code input}; with {@code globalBlocks}, a block of name forms is too common to compare
     * all by its size there (the mentions being part of a larger set), not by its size here.
     */
    private Resolution resolve(List<Mention> input, Map<String, Integer> globalBlocks) {
        List<Mention> mentions = inKeyOrder(input);
        int n = mentions.size();
        int[] parent = new int[n];
        // Equal name forms are one identity outright, so even the commonest name costs no comparisons.
        Map<String, Integer> identityOf = new HashMap<>();
        List<Identity> identities = new ArrayList<>();
        List<Integer> firstMention = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Mention mention = mentions.get(i);
            List<String> words = nameWords(mention.speaker().name());
            boolean named = isNamed(mention);
            String key = (named ? "" : mention.articleId() + "\u0000") + String.join(" ", words);
            Integer identity = identityOf.get(key);
            if (identity == null) {
                identity = identities.size();
                identityOf.put(key, identity);
                identities.add(new Identity(mention.speaker().name(), words, named, new TreeSet<>(), new TreeSet<>(),
                        new TreeSet<>()));
                firstMention.add(i);
            }
            Identity id = identities.get(identity);
            if (mention.storyKey() != null) {
                id.stories().add(mention.storyKey());
            }
            id.groups().addAll(mention.quoteGroups());
            if (!mention.speaker().role().isBlank()) {
                id.roles().add(mention.speaker().role());
            }
            parent[i] = firstMention.get(identity);
        }
        int m = identities.size();
        int[] identityParent = new int[m];
        for (int k = 0; k < m; k++) {
            identityParent[k] = k;
        }
        // In identity order, so the evidence of a person joined several times reads the same whichever
        // other people are resolved with it.
        Map<Integer, List<String>> identityEvidence = new TreeMap<>();
        // Block by every name word and its first letters, so only names sharing one are compared.
        Map<String, List<Integer>> byWord = new TreeMap<>();
        for (int k = 0; k < m; k++) {
            for (String key : blockKeys(identities.get(k).words())) {
                byWord.computeIfAbsent(key, w -> new ArrayList<>()).add(k);
            }
        }
        for (Map.Entry<String, List<Integer>> entry : byWord.entrySet()) {
            List<Integer> block = entry.getValue();
            int size = globalBlocks == null ? block.size() : globalBlocks.get(entry.getKey());
            if (size > settings.maxBlock()) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    if (find(identityParent, i) == find(identityParent, j)) {
                        continue;
                    }
                    String why = samePerson(identities.get(i), identities.get(j));
                    if (why != null) {
                        int root = union(identityParent, i, j);
                        if (!why.isEmpty()) {
                            identityEvidence.computeIfAbsent(root, r -> new ArrayList<>()).add(why);
                        }
                    }
                }
            }
        }
        // Back to mentions: each takes its identity's person, keyed by that person's first mention.
        Map<Integer, List<String>> evidence = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int identity = identityOf.get(keyOf(mentions.get(i)));
            parent[i] = firstMention.get(find(identityParent, identity));
        }
        for (Map.Entry<Integer, List<String>> e : identityEvidence.entrySet()) {
            evidence.computeIfAbsent(firstMention.get(find(identityParent, e.getKey())), r -> new ArrayList<>())
                    .addAll(e.getValue());
        }
        Map<Integer, List<Integer>> people = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            people.computeIfAbsent(parent[i], r -> new ArrayList<>()).add(i);
        }
        List<Speaker> speakers = new ArrayList<>();
        Map<String, String> speakerOf = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> person : people.entrySet()) {
            List<Integer> members = person.getValue();
            Map<String, Integer> variantCounts = new TreeMap<>();
            Set<String> roles = new TreeSet<>();
            for (int i : members) {
                variantCounts.merge(mentions.get(i).speaker().name(), 1, Integer::sum);
                String role = mentions.get(i).speaker().role();
                if (!role.isBlank()) {
                    roles.add(role);
                }
            }
            String name = variantCounts.entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<String, Integer> e) -> nameWords(e.getKey()).size())
                            .thenComparing(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            String id = id(mentions.get(members.get(0)).key());
            List<String> why = evidence.getOrDefault(person.getKey(), List.of());
            speakers.add(new Speaker(id, name, List.copyOf(variantCounts.keySet()), List.copyOf(roles), members.size(),
                    List.copyOf(new LinkedHashSet<>(why))));
            for (int i : members) {
                speakerOf.put(mentions.get(i).key(), id);
            }
        }
        speakers.sort(Comparator.comparing((Speaker s) -> -s.quotes()).thenComparing(Speaker::name));
        return new Resolution(List.copyOf(speakers), Map.copyOf(speakerOf));
    }

    /**
     * What a resolution keeps of one name form for the next run: the fingerprint of everything that
     * ties it to others (its mentions with their names, roles, stories and quote groups) and the id of
     * its person.
     */
    public record KeptIdentity(String fingerprint, String speakerId) {
    }

    /**
     * A resolution with what to keep for the next one: each name form's {@link KeptIdentity}, by
     * {@link #identityId} of its key; {@code revisited}, how many name forms were resolved again.
     */
    public record Incremental(Resolution resolution, Map<String, KeptIdentity> identities, int revisited) {
    }

    /**
     * As {@link #resolve(List)}, resolving again only the people a changed name form could touch:
     * a name form is changed when it is new, when its fingerprint differs from the one {@code kept}
     * for it, or when a block it is compared in became too common to compare; then its kept person,
     * and every kept person one of its name forms ties to, are resolved again together (a tie only
     * depends on the two name forms, so unchanged forms tie as they did). The others keep their kept
     * person from {@code keptPeople} (by id). The result equals {@link #resolve(List)}'s, speakers in
     * its order. With nothing kept, everything is resolved.
     */
    public Incremental resolve(List<Mention> input, Map<String, KeptIdentity> kept, Map<String, Speaker> keptPeople) {
        List<Mention> mentions = inKeyOrder(input);
        Map<String, List<Mention>> byIdentity = new java.util.LinkedHashMap<>();
        // Each mention's name form and each form's stored id, made once (names are folded by regular expressions).
        Map<Mention, String> formOf = new java.util.IdentityHashMap<>();
        // keyOf by name: whether it is a name, and its words (most names recur across many mentions)
        Map<String, String> namedWords = new HashMap<>();
        Map<String, String> unnamedWords = new HashMap<>();
        // Each distinct name folded once: for its form here and for its blocks below.
        Map<String, List<String>> wordsOfName = new HashMap<>();
        for (Mention mention : mentions) {
            String name = mention.speaker().name();
            String form;
            if (namedWords.containsKey(name)) {
                form = namedWords.get(name);
            } else if (unnamedWords.containsKey(name)) {
                form = mention.articleId() + "\u0000" + unnamedWords.get(name);
            } else {
                // As keyOf(mention), the name folded once.
                List<String> words = nameWords(name);
                wordsOfName.put(name, words);
                String joined = String.join(" ", words);
                boolean isNamed = isNamed(mention);
                (isNamed ? namedWords : unnamedWords).put(name, joined);
                form = isNamed ? joined : mention.articleId() + "\u0000" + joined;
            }
            formOf.put(mention, form);
            byIdentity.computeIfAbsent(form, k -> new ArrayList<>()).add(mention);
        }
        Map<String, String> ids = new HashMap<>();
        byIdentity.keySet().forEach(form -> ids.put(form, identityId(form)));
        List<String> keys = new ArrayList<>(byIdentity.keySet());
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> fingerprints = new HashMap<>();
        Map<String, Set<String>> blocksOf = new HashMap<>();
        Map<String, List<String>> wordsOf = new HashMap<>();
        Map<String, Integer> blockSizes = new HashMap<>();
        Map<String, Integer> keptBlockSizes = new HashMap<>();
        for (String key : keys) {
            order.put(key, order.size());
            List<Mention> of = byIdentity.get(key);
            fingerprints.put(key, fingerprint(key, of));
            List<String> words = wordsOfName.get(of.get(0).speaker().name());
            wordsOf.put(key, words);
            Set<String> blocks = blockKeys(words);
            blocksOf.put(key, blocks);
            boolean wasKept = kept.containsKey(ids.get(key));
            for (String block : blocks) {
                blockSizes.merge(block, 1, Integer::sum);
                if (wasKept) {
                    keptBlockSizes.merge(block, 1, Integer::sum);
                }
            }
        }
        Map<String, List<String>> formsOfPerson = new HashMap<>();
        for (String key : keys) {
            KeptIdentity was = kept.get(ids.get(key));
            if (was != null) {
                formsOfPerson.computeIfAbsent(was.speakerId(), p -> new ArrayList<>()).add(key);
            }
        }
        Set<String> changed = new java.util.LinkedHashSet<>();
        for (String key : keys) {
            KeptIdentity was = kept.get(ids.get(key));
            boolean dirty = was == null || !was.fingerprint().equals(fingerprints.get(key))
                    || !keptPeople.containsKey(was.speakerId());
            for (String block : blocksOf.get(key)) {
                dirty |= blockSizes.get(block) > settings.maxBlock()
                        && keptBlockSizes.getOrDefault(block, 0) <= settings.maxBlock();
            }
            if (dirty) {
                changed.add(key);
            }
        }
        Set<String> redo = new HashSet<>();
        java.util.function.Consumer<String> redoPerson = person -> formsOfPerson.getOrDefault(person, List.of()).forEach(redo::add);
        for (String key : changed) {
            redo.add(key);
            KeptIdentity was = kept.get(ids.get(key));
            if (was != null) {
                redoPerson.accept(was.speakerId());
            }
        }
        if (!changed.isEmpty() && redo.size() < keys.size()) {
            // The kept people a changed name form ties to are resolved with it. Forms by their index in
            // keys: a changed form meets up to maxBlock forms in each of its blocks, so the loop is kept to arrays.
            int forms = keys.size();
            boolean[] redone = new boolean[forms];
            redo.forEach(key -> redone[order.get(key)] = true);
            Map<String, List<Integer>> members = new HashMap<>();
            for (int k = 0; k < forms; k++) {
                for (String block : blocksOf.get(keys.get(k))) {
                    if (blockSizes.get(block) <= settings.maxBlock()) {
                        members.computeIfAbsent(block, b -> new ArrayList<>()).add(k);
                    }
                }
            }
            List<List<String>> words = new ArrayList<>(forms);
            keys.forEach(key -> words.add(wordsOf.get(key)));
            Boolean[] named = new Boolean[forms];
            Identity[] identities = new Identity[forms];
            // comparedWith[j] == i: forms i and j were compared already (two forms sharing a word share its prefix block too).
            int[] comparedWith = new int[forms];
            java.util.Arrays.fill(comparedWith, -1);
            for (String key : changed) {
                int i = order.get(key);
                for (String block : blocksOf.get(key)) {
                    for (int j : members.getOrDefault(block, List.of())) {
                        if (redone[j] || comparedWith[j] == i) {
                            continue;
                        }
                        comparedWith[j] = i;
                        if (named[i] == null) {
                            named[i] = isNamed(byIdentity.get(key).get(0));
                        }
                        if (named[j] == null) {
                            named[j] = isNamed(byIdentity.get(keys.get(j)).get(0));
                        }
                        int a = Math.min(i, j);
                        int b = Math.max(i, j);
                        // Most forms of a block cannot tie by their words: turned down before their evidence is gathered.
                        if (!namesCouldTie(words.get(a), named[a], words.get(b), named[b])) {
                            continue;
                        }
                        if (identities[a] == null) {
                            identities[a] = identityOf(byIdentity.get(keys.get(a)));
                        }
                        if (identities[b] == null) {
                            identities[b] = identityOf(byIdentity.get(keys.get(b)));
                        }
                        if (samePerson(identities[a], identities[b]) != null) {
                            for (String form : formsOfPerson.getOrDefault(kept.get(ids.get(keys.get(j))).speakerId(), List.of())) {
                                if (redo.add(form)) {
                                    redone[order.get(form)] = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        List<Mention> again = new ArrayList<>();
        for (Mention mention : mentions) {
            if (redo.contains(formOf.get(mention))) {
                again.add(mention);
            }
        }
        Resolution part = redo.size() == keys.size() ? resolve(mentions, null) : resolve(again, blockSizes);
        Map<String, String> speakerOf = new HashMap<>(part.speakerOf());
        Map<String, Integer> mentionsOf = new HashMap<>();
        Map<String, String> firstKeyOf = new HashMap<>();
        for (Mention mention : mentions) {
            String key = mention.key();
            String person = speakerOf.computeIfAbsent(key, k -> kept.get(ids.get(formOf.get(mention))).speakerId());
            mentionsOf.merge(person, 1, Integer::sum);
            firstKeyOf.putIfAbsent(person, key);
        }
        List<Speaker> speakers = new ArrayList<>(part.speakers());
        Set<String> redone = new HashSet<>();
        part.speakers().forEach(speaker -> redone.add(speaker.id()));
        for (String person : mentionsOf.keySet()) {
            if (!redone.contains(person)) {
                Speaker was = keptPeople.get(person);
                speakers.add(new Speaker(was.id(), was.name(), was.variants(), was.roles(), mentionsOf.get(person),
                        was.evidence()));
            }
        }
        speakers.sort(Comparator.comparing((Speaker s) -> -s.quotes()).thenComparing(Speaker::name)
                .thenComparing(s -> firstKeyOf.get(s.id())));
        Map<String, KeptIdentity> keep = new HashMap<>();
        for (String key : keys) {
            keep.put(ids.get(key), new KeptIdentity(fingerprints.get(key), speakerOf.get(byIdentity.get(key).get(0).key())));
        }
        return new Incremental(new Resolution(List.copyOf(speakers), Map.copyOf(speakerOf)), keep, redo.size());
    }

    /** The mentions sorted by key, each key made once (not once per comparison), equal keys in input order. */
    private static List<Mention> inKeyOrder(List<Mention> input) {
        List<Map.Entry<String, Mention>> keyed = new ArrayList<>(input.size());
        for (Mention mention : input) {
            keyed.add(Map.entry(mention.key(), mention));
        }
        keyed.sort(Map.Entry.comparingByKey());
        List<Mention> sorted = new ArrayList<>(keyed.size());
        keyed.forEach(entry -> sorted.add(entry.getValue()));
        return sorted;
    }

    /** A name form's mentions (in key order) as the resolver compares them. */
    private static Identity identityOf(List<Mention> mentions) {
        Mention first = mentions.get(0);
        Identity identity = new Identity(first.speaker().name(), nameWords(first.speaker().name()), isNamed(first),
                new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (Mention mention : mentions) {
            if (mention.storyKey() != null) {
                identity.stories().add(mention.storyKey());
            }
            identity.groups().addAll(mention.quoteGroups());
            if (!mention.speaker().role().isBlank()) {
                identity.roles().add(mention.speaker().role());
            }
        }
        return identity;
    }

    private static String fingerprint(String key, List<Mention> mentions) {
        StringBuilder text = new StringBuilder(key);
        for (Mention mention : mentions) {
            text.append('\u0001').append(mention.key()).append('\u0002').append(mention.storyKey())
                    .append('\u0002').append(mention.speaker()).append('\u0002').append(new TreeSet<>(mention.quoteGroups()));
        }
        return hex(text.toString(), 16);
    }

    /** A short, stable id of a name form's key (which may hold characters a store keeps badly). */
    public static String identityId(String key) {
        return hex(key, 12);
    }

    private static String hex(String text, int bytes) {
        return Fingerprint.sha256Hex(text, bytes);
    }

    /** The blocks a name form is compared in: each of its words and each word's first letters. */
    private Set<String> blockKeys(List<String> words) {
        Set<String> keys = new TreeSet<>();
        for (String word : words) {
            keys.add(word);
            // Spelling variants rarely change the first three letters ("Lindqvist", "Lindquist").
            keys.add("\u0000" + word.substring(0, Math.min(settings.blockPrefixLetters(), word.length())));
        }
        return keys;
    }

    private static String keyOf(Mention mention) {
        return (isNamed(mention) ? "" : mention.articleId() + "\u0000") + String.join(" ", nameWords(mention.speaker().name()));
    }

    /** Why two name forms are one person, or {@code null}. */
    private String samePerson(Identity a, Identity b) {
        List<String> wa = a.words();
        List<String> wb = b.words();
        if (!namesCouldTie(wa, a.named(), wb, b.named())) {
            return null;
        }
        Set<String> sharedGroups = new TreeSet<>(a.groups());
        sharedGroups.retainAll(b.groups());
        if (!a.named() || !b.named()) {
            // "the letter" is one source in one article, or across articles that quote the same words from it.
            if (a.named() != b.named() || !wa.equals(wb) || sharedGroups.isEmpty()) {
                return null;
            }
            return "\u201C" + a.name() + "\u201D quoted with the same words in several articles";
        }
        Set<String> sharedStories = new TreeSet<>(a.stories());
        sharedStories.retainAll(b.stories());
        boolean sameStory = !sharedStories.isEmpty();
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        String shortName = shorter == wa ? a.name() : b.name();
        String longName = shorter == wa ? b.name() : a.name();
        if (shorter.size() == 1) {
            if ((sameStory || !sharedGroups.isEmpty()) && longer.size() > 1 && longer.get(longer.size() - 1).equals(shorter.get(0))) {
                return "\u201C" + shortName + "\u201D is the surname of \u201C" + longName + "\u201D"
                        + (sameStory ? " in the same story" : ", with a shared quote");
            }
            return null;
        }
        // The same statement attributed to both is strong evidence: it allows a looser spelling.
        int tolerance = sharedGroups.isEmpty() ? settings.spellingTolerance() : settings.sharedQuoteSpellingTolerance();
        int exact = 0;
        int variants = 0;
        int k = 0;
        for (String word : shorter) {
            int found = -1;
            for (int m = k; m < longer.size(); m++) {
                if (longer.get(m).equals(word)) {
                    found = m;
                    exact++;
                    break;
                }
                if (closeSpelling(word, longer.get(m), tolerance)) {
                    found = m;
                    variants++;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            k = found + 1;
        }
        if (exact == 0 && sharedGroups.isEmpty()) {
            // "Oscar Lindquist" and "Oskar Lindqvist" share no word as written: only the same quote ties them.
            return null;
        }
        List<String> ties = new ArrayList<>();
        if (sameStory) {
            ties.add("the same story");
        }
        if (!sharedGroups.isEmpty()) {
            ties.add("a shared quote");
        }
        if (sharedRole(a.roles(), b.roles())) {
            ties.add("a shared role");
        }
        if (ties.isEmpty()) {
            // "George Bush" and "George W. Bush" may be two people: a variant needs something more.
            return null;
        }
        String tie = String.join(" and ", ties);
        if (variants == 0) {
            return "\u201C" + shortName + "\u201D is \u201C" + longName + "\u201D with fewer names, with " + tie;
        }
        return "\u201C" + a.name() + "\u201D and \u201C" + b.name() + "\u201D are spelling variants, with " + tie;
    }

    /**
     * Whether the words alone let {@link #samePerson} tie two name forms (given in its order): false
     * only when it would return {@code null} whatever the stories, quote groups and roles, so the
     * pairs of a block are mostly turned down before their evidence is gathered. The words are
     * matched with the looser of the two spelling tolerances: what fails with it fails with either.
     */
    private boolean namesCouldTie(List<String> wa, boolean namedA, List<String> wb, boolean namedB) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        if (!namedA || !namedB) {
            return namedA == namedB && wa.equals(wb);
        }
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        if (shorter.size() == 1) {
            return longer.size() > 1 && longer.get(longer.size() - 1).equals(shorter.get(0));
        }
        int tolerance = Math.max(settings.spellingTolerance(), settings.sharedQuoteSpellingTolerance());
        int k = 0;
        for (String word : shorter) {
            int found = -1;
            for (int m = k; m < longer.size(); m++) {
                if (longer.get(m).equals(word) || closeSpelling(word, longer.get(m), tolerance)) {
                    found = m;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            k = found + 1;
        }
        return true;
    }

    private boolean sharedRole(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (sharedRoleWord(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNamed(Mention mention) {
        String name = mention.speaker().name();
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !SpeechCues.isPronoun(name)
                && !SpeechCues.isDeterminer(SPACES.split(name)[0]);
    }

    /**
     * The same initial, or the same first letter, at least {@link SpeakerSettings#minSpellingLetters()}
     * letters, and at most {@code tolerance} letters changed, added or removed.
     */
    boolean closeSpelling(String a, String b, int tolerance) {
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        if (a.charAt(0) != b.charAt(0) || Math.min(a.length(), b.length()) < settings.minSpellingLetters()
                || Math.abs(a.length() - b.length()) > tolerance) { // the distance is at least the difference in length
            return false;
        }
        return EditDistance.between(a, b) <= tolerance;
    }

    private boolean sharedRoleWord(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return false;
        }
        Set<String> words = new TreeSet<>(nameWordsOf(a.toLowerCase(Locale.ROOT)));
        words.retainAll(nameWordsOf(b.toLowerCase(Locale.ROOT)));
        words.removeIf(w -> w.length() < settings.minRoleWordLetters() || w.equals("former"));
        return !words.isEmpty();
    }

    /** Whether a word is a title or a word around names ("Ambassador", "Sen.", "former"), not part of a name. */
    static boolean isTitle(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        return TITLES.contains(folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded);
    }

    /** The words of a name, folded, titles and possessives removed. */
    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (String word : nameWordsOf(name)) {
            if (!TITLES.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    // The patterns compiled once: this runs for every mention of every run (String.replaceAll and split compile theirs each call).
    private static List<String> nameWordsOf(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        for (String word : BETWEEN_WORDS.split(folded)) {
            word = AROUND_WORD.matcher(word).replaceAll("");
            word = LightStemmer.withoutPossessive(word);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        int root = Math.min(ra, rb);
        parent[Math.max(ra, rb)] = root;
        return root;
    }

    static String id(String key) {
        return "sp-" + Fingerprint.sha256Hex(key, 6);
    }
}
