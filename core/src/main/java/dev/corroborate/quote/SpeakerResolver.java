package dev.corroborate.quote;

import dev.corroborate.model.Speaker;
import dev.corroborate.model.SpeakerMention;
import dev.corroborate.text.Fingerprint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** One speaker mention to resolve, with what ties it to others. */
    public record Mention(String articleId, String storyKey, SpeakerMention speaker, Set<String> quoteGroups) {
        /** {@code articleId#start} of the speaker: what a resolution's {@code speakerOf} is keyed by. */
        public String key() {
            return articleId + "#" + speaker.start();
        }
    }

    /** The people, and for each mention key ({@code articleId#start}) the id of its person. */
    public record Resolution(List<Speaker> speakers, Map<String, String> speakerOf) {
    }

    /** Titles and words around names that are not part of the name ("Sen.", "former", "spokesman"). */

    private final SpeakerSettings settings;
    /** The rules that say whether two name forms are one person. */
    private final NameForms names;
    private final boolean everyPairOfABlock;

    /** A resolver with {@link SpeakerSettings#DEFAULTS}. */
    public SpeakerResolver() {
        this(SpeakerSettings.DEFAULTS);
    }

    public SpeakerResolver(SpeakerSettings settings) {
        this(settings, false);
    }

    /** With {@code everyPairOfABlock}, every pair of a block is compared ({@link TiedPairs}): what tests compare against. */
    SpeakerResolver(SpeakerSettings settings, boolean everyPairOfABlock) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.names = new NameForms(this.settings);
        this.everyPairOfABlock = everyPairOfABlock;
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
        List<NameForms.Identity> identities = new ArrayList<>();
        List<Integer> firstMention = new ArrayList<>();
        // A name's words taken once however many mentions give it (folding and splitting are most of a mention's cost).
        Map<String, List<String>> wordsOfName = new HashMap<>();
        // Each mention's name form by number, not by its key (a string a mention, 1.8 million at a million articles).
        int[] identityOfMention = new int[n];
        for (int i = 0; i < n; i++) {
            Mention mention = mentions.get(i);
            List<String> words = wordsOfName.computeIfAbsent(mention.speaker().name(), NameForms::nameWords);
            boolean named = isNamed(mention);
            String key = (named ? "" : mention.articleId() + "\u0000") + String.join(" ", words);
            Integer identity = identityOf.get(key);
            if (identity == null) {
                identity = identities.size();
                identityOf.put(key, identity);
                identities.add(new NameForms.Identity(mention.speaker().name(), words, named, new TreeSet<>(), new TreeSet<>(),
                        new TreeSet<>()));
                firstMention.add(i);
            }
            NameForms.Identity id = identities.get(identity);
            if (mention.storyKey() != null) {
                id.stories().add(mention.storyKey());
            }
            id.groups().addAll(mention.quoteGroups());
            if (!mention.speaker().role().isBlank()) {
                id.roles().add(mention.speaker().role());
            }
            identityOfMention[i] = identity;
            parent[i] = firstMention.get(identity);
        }
        identityOf.clear(); // the keys are not read again
        int m = identities.size();
        for (int k = 0; k < m; k++) {
            identities.set(k, compact(identities.get(k)));
        }
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
        // Only the pairs that share a story, a quote group or a role word: no other pair is one person.
        TiedPairs tied = new TiedPairs(names, identities, everyPairOfABlock);
        for (Map.Entry<String, List<Integer>> entry : byWord.entrySet()) {
            List<Integer> block = entry.getValue();
            int size = globalBlocks == null ? block.size() : globalBlocks.get(entry.getKey());
            if (size > settings.maxBlock()) {
                continue;
            }
            tied.forEach(block, (x, y) -> {
                int i = block.get(x);
                int j = block.get(y);
                if (find(identityParent, i) == find(identityParent, j)) {
                    return;
                }
                String why = names.samePerson(identities.get(i), identities.get(j));
                if (why != null) {
                    int root = union(identityParent, i, j);
                    if (!why.isEmpty()) {
                        identityEvidence.computeIfAbsent(root, r -> new ArrayList<>()).add(why);
                    }
                }
            });
        }
        // Back to mentions: each takes its identity's person, keyed by that person's first mention.
        Map<Integer, List<String>> evidence = new HashMap<>();
        for (int i = 0; i < n; i++) {
            parent[i] = firstMention.get(find(identityParent, identityOfMention[i]));
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
                    .max(Comparator.comparing((Map.Entry<String, Integer> e) -> wordsOfName.get(e.getKey()).size())
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
     * What a resolution keeps of one name form for the next run: its id ({@link #identityId} of its
     * key), its words (folded, titles removed), whether it is a name, the article a description is
     * scoped to ({@code null} for a name), and the id of its person.
     */
    public record KeptForm(String identity, List<String> words, boolean named, String scope, String speakerId) {
        /** The key that makes mentions one name form: the words, and a description's article. */
        public String key() {
            return (named ? "" : scope + "\u0000") + String.join(" ", words);
        }
    }

    /** A kept name form's id, words and whether it is a name: all {@link NameForms#namesCouldTie} reads. */
    public record KeptName(String identity, List<String> words, boolean named) {
    }

    /**
     * What {@link #revise} reads of the name forms and mentions a previous resolution kept, asked only
     * about the blocks, forms and people the changed mentions touch. A store implements it over
     * tables; {@link KeptFormsInMemory} over mentions in memory.
     */
    public interface KeptForms {
        /** The kept forms with these identity ids. */
        Map<String, KeptForm> forms(Collection<String> identities);

        /** The kept forms compared in each of these blocks ({@link #blocksOf}). */
        Map<String, List<KeptForm>> inBlocks(Collection<String> blocks);

        /**
         * The names of the kept forms in each of these blocks, without their people: what the search
         * for a changed form's candidates reads (the people of the few candidates are read after,
         * by {@link #forms}).
         */
        Map<String, KeptNames> namesInBlocks(Collection<String> blocks);

        /** How many kept forms each of these blocks holds; absent blocks hold none. */
        Map<String, Integer> blockSizes(Collection<String> blocks);

        /** Every kept form of these people. */
        List<KeptForm> ofPeople(Collection<String> speakerIds);

        /** The kept mentions of these forms, with the stories and quote groups kept for them. */
        List<Mention> mentionsOf(Collection<String> identities);
    }

    /**
     * What {@link #revise} resolved again: the people of the revisited name forms, with the person of
     * each of their mentions ({@code resolution}; a person's quotes count its mentions); every
     * revisited form that is new or has another person now, with its person ({@code forms}: the others
     * keep theirs); and the kept people those forms had
     * ({@code replaced}): the people that stand are the kept ones without these, plus the resolution's.
     * {@code moved}: the keys of the resolution's mentions whose form is among {@code forms} (a new form, or
     * one with another person now): every other mention has the person its form had, so only these
     * mentions' quotes change speaker.
     */
    public record Revision(Resolution resolution, List<KeptForm> forms, Set<String> replaced, Set<String> moved) {
    }

    /** The name form of a mention, with the person given. */
    public KeptForm formOf(Mention mention, String speakerId) {
        return formOf(mention, NameForms.nameWords(mention.speaker().name()), speakerId);
    }

    private static KeptForm formOf(Mention mention, List<String> words, String speakerId) {
        boolean named = isNamed(mention);
        KeptForm form = new KeptForm(null, words, named, named ? null : mention.articleId(), speakerId);
        return new KeptForm(identityId(form.key()), words, named, form.scope(), speakerId);
    }

    /** The blocks a kept name form is compared in. */
    public Set<String> blocksOf(KeptForm form) {
        return blockKeys(form.words());
    }

    /**
     * Resolves again only the people the {@code changed} mentions touch: the mentions new since the
     * kept resolution, and kept ones whose story or quote groups changed (with their values now).
     * Their name forms are changed, as are the kept forms of a block the new forms make too common
     * to compare; each changed form's kept person, and every kept person one of its forms ties to
     * (read from the forms of its blocks), are resolved again together with all their mentions (a tie
     * only depends on the two name forms, so unchanged forms tie as they did). Every other kept
     * person stands. Reads of {@code kept} only what these touch.
     */
    public Revision revise(List<Mention> changed, KeptForms kept) {
        Map<String, Mention> changedByKey = new HashMap<>();
        Map<String, KeptForm> changedForms = new java.util.TreeMap<>();
        Map<String, List<String>> wordsOfName = new HashMap<>();
        Map<Mention, String> formOfMention = new java.util.IdentityHashMap<>();
        for (Mention mention : changed) {
            changedByKey.put(mention.key(), mention);
            List<String> words = wordsOfName.computeIfAbsent(mention.speaker().name(), NameForms::nameWords);
            KeptForm form = formOf(mention, words, null);
            changedForms.putIfAbsent(form.identity(), form);
            formOfMention.put(mention, form.identity());
        }
        Map<String, KeptForm> known = new HashMap<>(kept.forms(changedForms.keySet()));
        // New forms add to their blocks' sizes: a block may become too common to compare.
        Map<String, Integer> added = new HashMap<>();
        Set<String> touchedBlocks = new java.util.TreeSet<>();
        for (KeptForm form : changedForms.values()) {
            for (String block : blocksOf(form)) {
                touchedBlocks.add(block);
                if (!known.containsKey(form.identity())) {
                    added.merge(block, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> keptSizes = new HashMap<>(kept.blockSizes(touchedBlocks));
        Set<String> dirty = new java.util.TreeSet<>(changedForms.keySet());
        List<String> crossed = new ArrayList<>();
        for (String block : added.keySet()) {
            int was = keptSizes.getOrDefault(block, 0);
            if (was <= settings.maxBlock() && was + added.get(block) > settings.maxBlock()) {
                crossed.add(block);
            }
        }
        kept.inBlocks(crossed).values().forEach(forms -> forms.forEach(form -> {
            known.putIfAbsent(form.identity(), form);
            dirty.add(form.identity());
        }));
        // The forms to resolve again: the changed ones with every form of their kept people.
        Map<String, KeptForm> redo = new java.util.TreeMap<>();
        Set<String> people = new java.util.TreeSet<>();
        for (String id : dirty) {
            KeptForm form = known.containsKey(id) ? known.get(id) : changedForms.get(id);
            redo.put(id, form);
            if (form.speakerId() != null) {
                people.add(form.speakerId());
            }
        }
        kept.ofPeople(people).forEach(form -> redo.putIfAbsent(form.identity(), form));
        // Each changed form against the forms of its blocks that are small enough to compare.
        Set<String> comparable = new java.util.TreeSet<>();
        for (String id : dirty) {
            for (String block : blocksOf(redo.get(id))) {
                if (keptSizes.getOrDefault(block, 0) + added.getOrDefault(block, 0) <= settings.maxBlock()) {
                    comparable.add(block);
                }
            }
        }
        // The blocks each changed form is compared in. A word's block is inside its prefix's (every form
        // holding the word holds its first letters), which comes first (the prefix keys sort first): when
        // that one is compared, every form of the word's block has been met already, so it is not read.
        Map<String, List<String>> visitedBlocks = new HashMap<>();
        Set<String> visited = new java.util.TreeSet<>();
        List<String> holdAllInOne = new ArrayList<>();
        for (String id : dirty) {
            KeptForm form = redo.get(id);
            if (!form.named() || form.words().size() == 1) {
                holdAllInOne.add(id);
                continue;
            }
            List<String> of = new ArrayList<>();
            for (String block : blocksOf(form)) {
                if (comparable.contains(block) && (block.startsWith("\u0000") || !comparable.contains(prefixBlock(block)))) {
                    of.add(block);
                }
            }
            visitedBlocks.put(id, of);
            visited.addAll(of);
        }
        // A description ties only to descriptions of the same words, which are in every one of its blocks;
        // a name of one word only to longer names ending with that word, which are in that word's block (and
        // so in its prefix's, which is comparable only when the word's is): one block holds all its
        // candidates (both of a one-word name's blocks do when comparable, the prefix's holding the word's). The
        // one read anyway for another form when there is one, else the smallest.
        for (String id : holdAllInOne) {
            KeptForm form = redo.get(id);
            String chosen = null;
            for (String block : blocksOf(form)) {
                if (!comparable.contains(block)) {
                    continue;
                }
                if (chosen == null || visited.contains(block) && !visited.contains(chosen)
                        || visited.contains(block) == visited.contains(chosen)
                        && blockSize(block, keptSizes, added) < blockSize(chosen, keptSizes, added)) {
                    chosen = block;
                }
            }
            List<String> of = chosen == null ? List.of() : List.of(chosen);
            visitedBlocks.put(id, of);
            visited.addAll(of);
        }
        // Each name's initials and word count are taken once however many changed forms read its block, and
        // a name is cut out of what the store hands over only when its initials pass.
        Map<String, KeptNames> blockNames = new HashMap<>(kept.namesInBlocks(visited));
        Set<String> redone = new HashSet<>(redo.keySet()); // asked for every form of every block: a hash look-up
        // Each changed form's candidates, on all cores (the names of its blocks are read, never written), then in
        // the order of the changed forms. The forms added in this run are all resolved again (they are changed
        // forms): only kept names are candidates, their people read after for the few that pass.
        List<List<String[]>> candidates = new ArrayList<>(dirty).parallelStream().map(id -> {
            KeptForm form = redo.get(id);
            long mine = initials(form.words());
            int size = form.words().size();
            List<String[]> of = new ArrayList<>();
            // Two forms sharing a word share its prefix block too: each pair compared once.
            Set<String> compared = new HashSet<>();
            for (String block : visitedBlocks.get(id)) {
                KeptNames in = blockNames.getOrDefault(block, KeptNames.none());
                for (int i = 0; i < in.size(); i++) {
                    // Each word of the shorter name matches a word of the longer with the same first letter, or
                    // the two cannot tie: most names of a block are turned down by their initials alone.
                    boolean shorter = size <= in.wordCount(i);
                    long theirs = in.initials(i);
                    if ((shorter ? mine & ~theirs : theirs & ~mine) != 0) {
                        continue;
                    }
                    KeptName other = in.name(i);
                    // The rest are turned down by their words before their evidence is gathered (the word check,
                    // like the tie, does not depend on the order of the two).
                    if (!redone.contains(other.identity()) && compared.add(other.identity())
                            && names.namesCouldTie(form.words(), form.named(), other.words(), other.named())) {
                        of.add(new String[] {id, other.identity()});
                    }
                }
            }
            return of;
        }).toList();
        Set<String> others = new java.util.TreeSet<>();
        candidates.forEach(of -> of.forEach(pair -> others.add(pair[1])));
        Map<String, KeptForm> otherForms = kept.forms(others);
        List<KeptForm[]> pairs = new ArrayList<>();
        candidates.forEach(of -> of.forEach(pair -> pairs.add(new KeptForm[] {redo.get(pair[0]), otherForms.get(pair[1])})));
        // The evidence of the forms in a pair: their mentions, the changed ones as they are now.
        Set<String> evidenceOf = new java.util.TreeSet<>();
        pairs.forEach(pair -> {
            evidenceOf.add(pair[0].identity());
            evidenceOf.add(pair[1].identity());
        });
        Map<String, List<Mention>> mentionsOfForm = mentionsByForm(kept.mentionsOf(evidenceOf), changed, changedByKey,
                formOfMention, wordsOfName);
        Map<String, NameForms.Identity> identities = new HashMap<>();
        for (KeptForm[] pair : pairs) {
            if (redo.containsKey(pair[1].identity())) {
                continue;
            }
            NameForms.Identity mine = identities.computeIfAbsent(pair[0].identity(), id -> identityOf(mentionsOfForm.get(id)));
            NameForms.Identity theirs = identities.computeIfAbsent(pair[1].identity(), id -> identityOf(mentionsOfForm.get(id)));
            if (names.samePerson(mine, theirs) != null) {
                kept.ofPeople(List.of(pair[1].speakerId())).forEach(form -> redo.putIfAbsent(form.identity(), form));
            }
        }
        // Every mention of the forms resolved again, with the sizes of every block they are compared in.
        List<String> keptRedo = new ArrayList<>();
        redo.values().forEach(form -> {
            if (form.speakerId() != null) {
                keptRedo.add(form.identity());
            }
        });
        List<Mention> again = new ArrayList<>();
        mentionsByForm(kept.mentionsOf(keptRedo), changed, changedByKey, formOfMention, wordsOfName).forEach((id, of) -> {
            if (redo.containsKey(id)) {
                again.addAll(of);
            }
        });
        Set<String> blocks = new java.util.TreeSet<>();
        redo.values().forEach(form -> blocks.addAll(blocksOf(form)));
        Map<String, Integer> sizes = new HashMap<>(kept.blockSizes(blocks));
        for (String block : blocks) {
            sizes.put(block, sizes.getOrDefault(block, 0) + added.getOrDefault(block, 0));
        }
        Resolution part = resolve(again, sizes);
        List<KeptForm> forms = new ArrayList<>();
        Map<String, String> personOfForm = new HashMap<>();
        Map<String, String> formOfKey = new HashMap<>();
        for (Mention mention : again) {
            KeptForm form = formOf(mention, wordsOfName.computeIfAbsent(mention.speaker().name(), NameForms::nameWords),
                    null);
            personOfForm.putIfAbsent(form.identity(), part.speakerOf().get(mention.key()));
            formOfKey.put(mention.key(), form.identity());
        }
        Set<String> replaced = new java.util.TreeSet<>();
        for (KeptForm form : redo.values()) {
            if (form.speakerId() != null) {
                replaced.add(form.speakerId());
            }
            String person = personOfForm.get(form.identity());
            if (!person.equals(form.speakerId())) {
                forms.add(new KeptForm(form.identity(), form.words(), form.named(), form.scope(), person));
            }
        }
        Set<String> movedForms = new HashSet<>();
        forms.forEach(form -> movedForms.add(form.identity()));
        Set<String> moved = new HashSet<>();
        formOfKey.forEach((key, form) -> {
            if (movedForms.contains(form)) {
                moved.add(key);
            }
        });
        return new Revision(part, List.copyOf(forms), java.util.Collections.unmodifiableSet(replaced),
                java.util.Collections.unmodifiableSet(moved));
    }

    /** Mentions by form id: the kept ones, each replaced by its changed version, and the changed ones of these forms. */
    private static Map<String, List<Mention>> mentionsByForm(List<Mention> keptMentions, List<Mention> changed,
                                                             Map<String, Mention> changedByKey, Map<Mention, String> formOfMention,
                                                             Map<String, List<String>> wordsOfName) {
        Map<String, List<Mention>> byForm = new HashMap<>();
        Set<String> forms = new HashSet<>();
        for (Mention mention : keptMentions) {
            if (changedByKey.containsKey(mention.key())) {
                continue;
            }
            String form = formOf(mention, wordsOfName.computeIfAbsent(mention.speaker().name(), NameForms::nameWords),
                    null).identity();
            forms.add(form);
            byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(mention);
        }
        for (Mention mention : changed) {
            byForm.computeIfAbsent(formOfMention.get(mention), f -> new ArrayList<>()).add(mention);
        }
        byForm.replaceAll((form, of) -> inKeyOrder(of));
        return byForm;
    }

    /**
     * As {@link #resolve(List)} over {@code all} mentions, resolving again only what changed since
     * {@code previous}, the resolution of {@code before} ({@link #revise} over forms and mentions kept
     * in memory). The result equals {@link #resolve(List)}'s, speakers in its order.
     */
    public Resolution resolve(List<Mention> all, List<Mention> before, Resolution previous) {
        Map<String, Mention> was = new HashMap<>();
        before.forEach(mention -> was.put(mention.key(), mention));
        List<Mention> changed = new ArrayList<>();
        for (Mention mention : all) {
            if (!mention.equals(was.get(mention.key()))) {
                changed.add(mention);
            }
        }
        Revision revision = revise(changed, new KeptFormsInMemory(this, before, previous));
        // The kept people that stand, with the revised ones, in resolve(List)'s order.
        // As a store keeps them: a kept mention keeps the person it had unless it moved (its form has another
        // person now), a new mention takes its own; so the comparison with resolving everything checks the moves.
        Map<String, String> speakerOf = new HashMap<>(previous.speakerOf());
        revision.resolution().speakerOf().forEach((key, person) -> {
            if (revision.moved().contains(key) || !speakerOf.containsKey(key)) {
                speakerOf.put(key, person);
            }
        });
        List<Mention> sorted = inKeyOrder(all);
        Map<String, Integer> mentionsOf = new HashMap<>();
        Map<String, String> firstKeyOf = new HashMap<>();
        for (Mention mention : sorted) {
            String person = speakerOf.get(mention.key());
            mentionsOf.merge(person, 1, Integer::sum);
            firstKeyOf.putIfAbsent(person, mention.key());
        }
        List<Speaker> speakers = new ArrayList<>(revision.resolution().speakers());
        for (Speaker person : previous.speakers()) {
            if (!revision.replaced().contains(person.id())) {
                speakers.add(new Speaker(person.id(), person.name(), person.variants(), person.roles(),
                        mentionsOf.get(person.id()), person.evidence()));
            }
        }
        speakers.sort(Comparator.comparing((Speaker s) -> -s.quotes()).thenComparing(Speaker::name)
                .thenComparing(s -> firstKeyOf.get(s.id())));
        return new Resolution(List.copyOf(speakers), Map.copyOf(speakerOf));
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
    private static NameForms.Identity identityOf(List<Mention> mentions) {
        Mention first = mentions.get(0);
        NameForms.Identity identity = new NameForms.Identity(first.speaker().name(), NameForms.nameWords(first.speaker().name()), isNamed(first),
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

    /**
     * The same name form, its sets of none or one (most forms: one story, no quote group, one role at
     * most) held as the immutable ones, which cost nothing or a few bytes where a tree set is some 100:
     * about 0.2 GB over the 865,000 forms of a million articles. A larger set stays sorted.
     */
    private static NameForms.Identity compact(NameForms.Identity form) {
        return new NameForms.Identity(form.name(), form.words(), form.named(), compact(form.stories()),
                compact(form.groups()), compact(form.roles()));
    }

    private static Set<String> compact(Set<String> sorted) {
        return switch (sorted.size()) {
            case 0 -> Set.of();
            case 1 -> Set.of(sorted.iterator().next());
            default -> sorted;
        };
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

    /** The first letters of a name's words as bits (by the low six bits of each letter: equal letters, equal bits). */
    static long initials(List<String> words) {
        long bits = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                bits |= 1L << (word.charAt(0) & 63);
            }
        }
        return bits;
    }

    /** How many forms a block holds with the forms this run adds. */
    private static int blockSize(String block, Map<String, Integer> keptSizes, Map<String, Integer> added) {
        return keptSizes.getOrDefault(block, 0) + added.getOrDefault(block, 0);
    }

    /** The block of a word's first letters ({@link #blockKeys}). */
    private String prefixBlock(String word) {
        return "\u0000" + word.substring(0, Math.min(settings.blockPrefixLetters(), word.length()));
    }

    private static boolean isNamed(Mention mention) {
        String name = mention.speaker().name();
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && !SpeechCues.isPronoun(name)
                && !SpeechCues.isDeterminer(firstWord(name));
    }

    /**
     * The name up to its first white space (regex {@code \s}: space, tab, line breaks, form feed), the
     * first piece a split at {@code \s+} gives: the name starts with a capital, never a space.
     */
    private static String firstWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            switch (name.charAt(i)) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                    return name.substring(0, i);
                }
                default -> {
                }
            }
        }
        return name;
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
