package dev.corroborate.reuse;

import dev.corroborate.model.Article;
import dev.corroborate.model.PublishedTime;
import dev.corroborate.model.ReuseLink;
import dev.corroborate.text.Token;
import dev.corroborate.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds the pairs of articles that may derive from each other, as articles are added in order
 * (earliest first): pairs that share much of their text (one-permutation MinHash signatures of
 * 5-word shingles, LSH with 32 bands of 2 rows: a pair of Jaccard 0.3 meets with probability
 * 0.95); pairs that share most of their content words (signatures of the words of four letters or
 * more, 32 bands of 3 rows: rewrites keep the words and lose the phrases), checked against the
 * whole compact signature and, when both times are known, within 14 days; pairs that share two
 * winnowed fingerprint (an excerpt of a few sentences, too small a part of a long article for
 * any band to match); and pairs where one article names another's outlet or agency (candidates
 * for {@code cites}: the names of all articles are registered first, so a mention is found
 * whichever article comes first; an outlet with many articles gives the few closest in subject).
 * Holds the indexes, a compact signature, a time and a few names per article, never their texts.
 * Not thread-safe; deterministic (chunks use other threads internally and give the same answer).
 */
public final class ReuseDetector {

    static final long NO_TIME = Long.MIN_VALUE;
    /** The detector runs on the defaults: sketches are made on any thread, before any detector exists. */
    static final DetectorSettings SKETCHES = DetectorSettings.DEFAULTS;

    // Immutable, so sketches can be made on many threads; sketches are made with the default sizes,
    // which every detector's indexes are built to match.
    private static final MinHash SHINGLE_HASH = new MinHash(SKETCHES.shingleHashes(), 42);
    private static final MinHash WORD_HASH = new MinHash(SKETCHES.wordHashes(), 43);

    /** Stateless band-key makers of the indexes' shapes. */
    static final LshIndex SHINGLE_BANDS = new LshIndex(SKETCHES.shingleBands(),
            SKETCHES.shingleHashes() / SKETCHES.shingleBands());
    static final LshIndex WORD_BANDS = new LshIndex(SKETCHES.wordBands(), SKETCHES.wordHashes() / SKETCHES.wordBands());

    final LshIndex index;
    final LshIndex wordIndex;
    final FingerprintIndex excerptIndex;
    private final PairClassifier classifier;
    final List<String> ids = new ArrayList<>();
    final Map<String, List<String>> byName = new HashMap<>();
    private final Map<String, Long> publishedSeconds = new HashMap<>();
    final Map<String, Integer> indexOf = new HashMap<>();
    /** The compact content-word signatures of the added articles, by number. */
    private final CompactWordSketches wordSketches = new CompactWordSketches(SKETCHES.wordHashes());
    /** Publication times (epoch seconds, or {@link #NO_TIME}) of the added articles, by number. */
    long[] times = new long[1 << 10];

    /**
     * What the indexes need of one article, computed without touching the detector (so on any
     * thread): its id and time, its shingle and content-word signatures, its winnowed fingerprints,
     * and which outlet or agency names its text holds ({@code names} answers for a folded name).
     */
    public record Sketch(String id, PublishedTime published, long[] signature, long[] wordSignature, long[] fingerprints,
                         Predicate<String> names) {

        /** The sketch an earlier run kept, with the names its text holds. */
        static Sketch of(String id, PublishedTime published, KeptSketch kept, Set<String> names) {
            return new Sketch(id, published, kept.signature(), kept.wordSignature(), kept.fingerprints(), names::contains);
        }
    }

    public ReuseDetector(PairClassifier classifier) {
        this(classifier, TableSpace.HEAP);
    }

    /** A detector whose indexes keep their postings in {@code space}. */
    public ReuseDetector(PairClassifier classifier, TableSpace space) {
        this.classifier = classifier;
        this.index = new LshIndex(SKETCHES.shingleBands(), SKETCHES.shingleHashes() / SKETCHES.shingleBands(), space);
        this.wordIndex = new LshIndex(SKETCHES.wordBands(), SKETCHES.wordHashes() / SKETCHES.wordBands(), space);
        this.excerptIndex = new FingerprintIndex(SKETCHES.excerptMaxPostings(), SKETCHES.excerptMinShared(), space);
    }

    public ReuseDetector() {
        this(new PairClassifier());
    }

    /**
     * Bytes held by the indexes' arrays (their capacity: they grow by doubling), by index: for the
     * memory figures of the scale benchmark.
     */
    public Map<String, Long> indexBytes() {
        Map<String, Long> bytes = new java.util.LinkedHashMap<>();
        bytes.put("shingle bands", index.bytes());
        bytes.put("word bands", wordIndex.bytes());
        bytes.put("excerpt fingerprints", excerptIndex.bytes());
        return bytes;
    }

    /** First pass: makes an article's outlet and agency known, so that texts naming them find it. */
    public void registerNames(Article article) {
        registerNames(article.id(), article.outlet(), article.agency(), article.published());
    }

    /** As {@link #registerNames(Article)}, from what is known of an article without its text. */
    public void registerNames(String id, String outlet, String agency, PublishedTime published) {
        registerName(id, outlet);
        registerName(id, agency);
        if (published != null) {
            publishedSeconds.put(id, published.instant().getEpochSecond());
        }
    }

    /** Files the article under one name (its outlet or agency) as written, when the name counts. */
    private void registerName(String id, String name) {
        if (name == null) {
            return;
        }
        // Names are few and articles many: each name as written is stripped and folded once.
        List<String> members = membersByWritten.get(name);
        if (members == null) {
            String stripped = name.strip();
            members = stripped.length() >= 3 ? byName.computeIfAbsent(stripped.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    : NOT_A_NAME;
            membersByWritten.put(name, members);
        }
        if (members != NOT_A_NAME && (members.isEmpty() || !members.get(members.size() - 1).equals(id))) {
            members.add(id);
        }
    }

    /** The member lists of {@link #byName} by each name as written ({@link #NOT_A_NAME} for one too short to count). */
    private final Map<String, List<String>> membersByWritten = new HashMap<>();
    private static final List<String> NOT_A_NAME = List.of();

    /** The registered names (folded) that {@code names} says a text holds, sorted: what a kept sketch remembers. */
    List<String> registeredNames(Predicate<String> names) {
        return byName.keySet().stream().filter(names).sorted().toList();
    }

    /** Articles sketched and classified together on all cores. */
    static int chunkSize() {
        return SKETCHES.chunk();
    }

    /** Every registered name, folded. */
    Set<String> registeredNames() {
        return java.util.Collections.unmodifiableSet(byName.keySet());
    }

    /** What shapes every sketch: the detector's settings and the hash seeds, for a settings stamp. */
    static String sketchSettings() {
        return SKETCHES + " seeds 42 43";
    }

    /** The sketch of an article. Thread-safe. */
    public static Sketch sketch(Article article) {
        List<Token> words = Tokenizer.WORDS.tokens(article.text());
        long[] shingles = Shingles.of(words, SKETCHES.shingleWords());
        String folded = article.text().toLowerCase(Locale.ROOT);
        return new Sketch(article.id(), article.published(), SHINGLE_HASH.signature(Shingles.distinct(shingles)),
                WORD_HASH.signature(Shingles.contentWords(words)), FingerprintIndex.fingerprints(shingles), holding(folded));
    }

    /**
     * Whether the folded text holds a (folded) name, as {@code folded.contains(name)} says: a text is
     * asked of every registered name and holds few, so its trigrams (as they stand, hashed into
     * {@link Citations#TRIGRAM_BITS} bits, one pass) rule out a name with a trigram it lacks before
     * any scan; a name it holds is never ruled out (its trigrams are the text's).
     */
    static Predicate<String> holding(String folded) {
        long[] bits = new long[Citations.TRIGRAM_BITS / 64];
        char[] chars = folded.toCharArray();
        for (int i = 2; i < chars.length; i++) {
            int bit = Citations.trigramBit(chars[i - 2], chars[i - 1], chars[i]);
            bits[bit >>> 6] |= 1L << bit;
        }
        return name -> {
            for (int i = 2; i < name.length(); i++) {
                int bit = Citations.trigramBit(name.charAt(i - 2), name.charAt(i - 1), name.charAt(i));
                if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                    return false;
                }
            }
            return folded.contains(name);
        };
    }

    /**
     * Second pass: adds an article; returns the ids it should be compared with: earlier articles
     * that share text or words with it, and registered articles whose outlet or agency it names
     * (the ones closest in time). A pair may come back from both sides; callers compare each pair once.
     */
    public List<String> add(Article article) {
        return add(sketch(article));
    }

    /** As {@link #add(Article)}, with the sketch made beforehand. */
    public List<String> add(Sketch sketch) {
        return addAll(List.of(sketch)).get(0);
    }

    /**
     * Adds articles in order; returns, for each, the ids to compare it with, as {@link #add(Article)}
     * would one by one. The three indexes are independent, so the shingle and fingerprint indexes
     * take the chunk on one thread while the content-word index takes it on this one; each still
     * sees the articles in order, so the answer is the same as adding them one at a time. The
     * content-word matches are then checked against each article's whole signature on the common
     * pool, which reads only what the lookups left.
     */
    public List<List<String>> addAll(List<Sketch> sketches) {
        return addAll(sketches, true).stream().map(Proposed::all).toList();
    }

    /**
     * What {@link #addAll(List, boolean)} proposes for one article: every id to compare it with, in
     * the order {@link #addAll(List)} gives them, and those the indexes proposed (earlier articles
     * sharing text or words), as opposed to those only a named outlet or agency proposed.
     */
    record Proposed(List<String> all, Set<String> byIndex) {
    }

    /**
     * As {@link #addAll(List)}; without {@code indexCandidates} the articles are filed in the indexes
     * but only the name candidates are looked up (for a run that already knows what the indexes
     * proposed for these articles, as an incremental run does for the archive it replays): the
     * indexes end in the same state either way.
     */
    List<Proposed> addAll(List<Sketch> sketches, boolean indexCandidates) {
        int first = ids.size();
        int n = sketches.size();
        for (int k = 0; k < n; k++) {
            Sketch sketch = sketches.get(k);
            indexOf.put(sketch.id(), first + k);
            ids.add(sketch.id());
            keepWordSketch(first + k, sketch.wordSignature());
            if (first + k == times.length) {
                times = java.util.Arrays.copyOf(times, times.length * 2);
            }
            times[first + k] = sketch.published() == null ? NO_TIME : sketch.published().instant().getEpochSecond();
            timeOrder.note(times[first + k]);
        }
        int[][] shingleCandidates = new int[n][];
        int[][] excerptCandidates = new int[n][];
        int[][] wordCandidates = new int[n][];
        int[] none = new int[0];
        java.util.concurrent.CompletableFuture<Void> text = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int k = 0; k < n; k++) {
                shingleCandidates[k] = indexCandidates ? index.candidates(sketches.get(k).signature()) : none;
                index.add(sketches.get(k).signature());
                excerptCandidates[k] = indexCandidates ? excerptIndex.candidates(sketches.get(k).fingerprints()) : none;
                excerptIndex.add(sketches.get(k).fingerprints());
            }
        });
        for (int k = 0; k < n; k++) {
            if (!indexCandidates) {
                wordIndex.add(sketches.get(k).wordSignature());
                wordCandidates[k] = none;
                continue;
            }
            // Content-word candidates are kept only within the rewrite window: in feed order a bucket's
            // walk stops at its first article older than that, not at the thousandth of a common key.
            long when = times[first + k];
            wordWindow.check(sketches.get(k).id(), when, timeOrder.holds());
            int[] found = when != NO_TIME && timeOrder.holds()
                    ? wordIndex.candidatesSince(sketches.get(k).wordSignature(), times, when - SKETCHES.rewriteWindowSeconds())
                    : wordIndex.candidates(sketches.get(k).wordSignature());
            wordIndex.add(sketches.get(k).wordSignature());
            wordCandidates[k] = found;
        }
        if (indexCandidates) {
            // Each article's band matches checked against its whole signature on the pool's threads as
            // they come free: the lookups above must take the articles in order, this need not (it reads
            // only the signatures and times filed before the loop), and it was more than half of this
            // thread's part of a chunk (a run from scratch of 100,000 articles checks some 36 million).
            java.util.stream.IntStream.range(0, n).parallel().forEach(k -> wordCandidates[k] = closeWordCandidates(
                    wordCandidates[k], CompactWordSketches.pack(sketches.get(k).wordSignature()), times[first + k]));
        }
        text.join();
        List<Proposed> result = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Sketch sketch = sketches.get(k);
            Set<String> candidates = new LinkedHashSet<>();
            for (int candidate : shingleCandidates[k]) {
                candidates.add(ids.get(candidate));
            }
            for (int candidate : wordCandidates[k]) {
                candidates.add(ids.get(candidate));
            }
            for (int candidate : excerptCandidates[k]) {
                candidates.add(ids.get(candidate));
            }
            candidates.remove(sketch.id());
            Set<String> byIndex = Set.copyOf(candidates);
            addNameCandidates(sketch, candidates);
            candidates.remove(sketch.id());
            result.add(new Proposed(new ArrayList<>(candidates), byIndex));
        }
        return result;
    }

    /**
     * Of the content-word index's candidates {@code found} of an article published {@code when},
     * those kept: within the rewrite window, and agreeing enough with its compact signature. (The
     * loops over an article's candidates and names are methods of their own: in {@link #addAll}
     * they made the JIT compile all of it, lambdas and all, twice per batch.)
     */
    private int[] closeWordCandidates(int[] found, long[] compactWords, long when) {
        int kept = 0;
        for (int candidate : found) {
            // A band can match by chance between articles of one subject; a rewrite keeps most
            // of its source's words (the whole signature says which), and follows its source
            // within days: an archive holds years of articles on every subject.
            boolean apart = when != NO_TIME && times[candidate] != NO_TIME
                    && Math.abs(when - times[candidate]) > SKETCHES.rewriteWindowSeconds();
            if (!apart && wordSketches.agreement(compactWords, candidate) >= SKETCHES.wordAgreement() * wordSketches.positions()) {
                found[kept++] = candidate;
            }
        }
        return java.util.Arrays.copyOf(found, kept);
    }

    /** Adds to {@code candidates} the closest articles of each registered name the sketched text holds. */
    private void addNameCandidates(Sketch sketch, Set<String> candidates) {
        for (Map.Entry<String, List<String>> entry : byName.entrySet()) {
            if (sketch.names().test(entry.getKey())) {
                candidates.addAll(closestInTopic(entry.getValue(), sketch));
            }
        }
    }

    /**
     * Of the articles of a named outlet, the few most likely meant: those published within the
     * window of the naming article (all recent ones when it has no time; at most the last
     * {@link DetectorSettings#nameScan()} added), ranked by the estimated overlap of their content words with it.
     */
    private List<String> closestInTopic(List<String> members, Sketch sketch) {
        return closestInTopic(members, sketch, Integer.MAX_VALUE);
    }

    /** As {@link #closestInTopic(List, Sketch)}, the articles filed at {@code before} or later ranked as if not yet filed. */
    private List<String> closestInTopic(List<String> members, Sketch sketch, int before) {
        if (members.size() <= SKETCHES.nameCandidates()) {
            return members;
        }
        List<String> near = near(members, sketch);
        long[] mine = CompactWordSketches.pack(sketch.wordSignature());
        List<String> ranked = new ArrayList<>(near);
        Map<String, Integer> agreement = new HashMap<>();
        for (String member : near) {
            Integer index = indexOf.get(member);
            agreement.put(member, index == null || index >= before ? -1 : wordSketches.agreement(mine, index));
        }
        ranked.sort(java.util.Comparator.comparingInt((String m) -> -agreement.get(m)).thenComparing(m -> m));
        return ranked.size() <= SKETCHES.nameCandidates() ? ranked : ranked.subList(0, SKETCHES.nameCandidates());
    }

    /**
     * The articles a kept article's text naming {@code name} proposes, as its turn in a run from
     * scratch proposed them: the article at kept feed position {@code position}, so the articles
     * filed after its chunk rank as not yet filed. For a batch whose new articles of that name come
     * near a kept article naming it ({@link LinkFinder}): call after the batch's articles are added
     * and {@link #fileNamedMembers} filed what the ranking compares.
     */
    List<String> nameCandidatesAsAdded(Sketch sketch, int position, String name) {
        List<String> members = byName.getOrDefault(name, List.of());
        int chunkEnd = (position / chunkSize() + 1) * chunkSize();
        List<String> candidates = new ArrayList<>(closestInTopic(members, sketch, chunkEnd));
        candidates.remove(sketch.id());
        return candidates;
    }

    /** The articles of a named outlet {@link #closestInTopic} ranks: those near the naming article in time, latest first. */
    List<String> near(List<String> members, Sketch sketch) {
        Long when = sketch.published() == null ? null : sketch.published().instant().getEpochSecond();
        List<String> near = new ArrayList<>();
        for (int m = members.size() - 1; m >= 0 && near.size() < SKETCHES.nameScan(); m--) {
            String member = members.get(m);
            Long time = publishedSeconds.get(member);
            if (when == null || time == null || Math.abs(time - when) <= SKETCHES.nameWindowSeconds()) {
                near.add(member);
            }
        }
        return near;
    }

    /**
     * Makes this (new) detector stand for one that had the first {@code keptIds.size()} articles of
     * the feed added, their names registered already: the indexes count them, but hold only what
     * {@link #fileKept} files from a kept index, the keys later articles look up. The batch's
     * articles then see the indexes a run from scratch would show them. {@code laterMove}: the kept
     * index numbers more kept articles than {@code keptIds}, those after them in its feed coming again
     * after a batch's first new article (so at other places): {@link #fileKept} files only the
     * postings before them, and the batch adds them again as it goes.
     */
    void restore(List<String> keptIds, boolean laterMove) {
        keptBefore = laterMove ? keptIds.size() : Integer.MAX_VALUE;
        if (!ids.isEmpty()) {
            throw new IllegalStateException("restore a new detector only");
        }
        int n = keptIds.size();
        times = new long[Math.max(times.length, Integer.highestOneBit(Math.max(n, 1)) * 2)];
        for (int i = 0; i < n; i++) {
            String id = keptIds.get(i);
            indexOf.put(id, i);
            ids.add(id);
            Long seconds = publishedSeconds.get(id);
            times[i] = seconds == null ? NO_TIME : seconds;
            timeOrder.note(times[i]);
        }
        index.restore(n);
        wordIndex.restore(n);
        excerptIndex.restore(n);
        keptCount = n;
    }

    /** Whether the times came in the feed's order, so a content-word lookup may stop at the rewrite window. */
    private final FeedTimeOrder timeOrder = new FeedTimeOrder();

    /** Where a restored batch's content-word lookups begin in the kept feed ({@link #expectNew}). */
    WordWindow wordWindow = WordWindow.WHOLE;

    /**
     * Tells a restored detector the times of the articles the batch will add, in feed order
     * ({@code null} unknown), before any is filed: when all are known and keep the
     * feed's order, no lookup of theirs keeps a content-word candidate older than the rewrite window
     * before the first of them ({@link LshIndex#candidatesSince}), so the kept content-word postings
     * older than that are left in the store.
     */
    void expectNew(List<PublishedTime> published) {
        long[] newTimes = published.stream().mapToLong(time -> time == null ? NO_TIME : time.instant().getEpochSecond()).toArray();
        wordWindow = WordWindow.of(timeOrder, times, keptCount, newTimes, SKETCHES.rewriteWindowSeconds());
    }

    /** How many kept articles {@link #restore} stands for (0 unless restored). */
    int keptCount;
    /** The kept feed position from which the kept index's postings are not filed ({@link #restore(List, boolean)}). */
    int keptBefore = Integer.MAX_VALUE;
    /** What is filed from a kept index into this restored detector. */
    private final KeptFiling keptFiling = new KeptFiling(this);

    /** Files from {@code kept} what adding {@code sketches} will look up ({@link KeptFiling#fileKept}). */
    void fileKept(List<Sketch> sketches, KeptIndex kept) {
        keptFiling.fileKept(sketches, kept);
    }

    /** Files from {@code kept} what ranking the names of {@code named} compares ({@link KeptFiling#fileNamedMembers}). */
    void fileNamedMembers(Map<Sketch, Set<String>> named, KeptIndex kept) {
        keptFiling.fileNamedMembers(named, kept);
    }

    /** Keeps a kept article's compact content-word signature, as {@link #addAll} keeps a new one's. */
    void keepKeptWords(int index, short[] compact) {
        keepCompactWords(index, compact);
    }


    /** The registered articles of a name (folded), in feed order; empty when none. */
    List<String> members(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The publication time of a registered article, in epoch seconds, or {@code null} when unknown. */
    Long publishedSeconds(String id) {
        return publishedSeconds.get(id);
    }

    /** The low 16 bits of each value: enough to estimate Jaccard (b-bit MinHash), a quarter of the memory. */
    static short[] compact(long[] signature) {
        short[] compact = new short[signature.length];
        for (int i = 0; i < signature.length; i++) {
            compact[i] = (short) signature[i];
        }
        return compact;
    }

    private void keepCompactWords(int index, short[] compact) {
        wordSketches.put(index, CompactWordSketches.pack(compact));
    }

    private void keepWordSketch(int index, long[] wordSignature) {
        wordSketches.put(index, CompactWordSketches.pack(wordSignature));
    }

    /** The articles a reuse run covers: walked in a stable order (earliest first), and found by id. */
    public interface Corpus {
        void forEach(Consumer<Article> action);

        /** The article with this id; it must be one {@link #forEach} gives. */
        Article require(String id);

        /**
         * The articles with these ids, by id; each must be one {@link #forEach} gives. The default
         * asks {@link #require} of each; a corpus that reads many at once for less overrides it.
         */
        default Map<String, Article> requireAll(java.util.Collection<String> ids) {
            Map<String, Article> found = new HashMap<>();
            for (String id : ids) {
                found.put(id, require(id));
            }
            return found;
        }
    }

    /**
     * Every reuse link among the articles of {@code corpus}: names registered in a first walk, then
     * each article compared with the candidates the indexes propose, each pair once. Holds the
     * signatures, never all texts; looks texts up by id.
     */
    public static List<ReuseLink> findLinks(Corpus corpus) {
        return LinkFinder.findLinks(corpus, null).links();
    }

    /** The classifier's own measures of an article, for {@link #classify(ReuseText, ReuseText)}. Thread-safe. */
    ReuseText prepare(Article article) {
        return classifier.prepare(article);
    }

    /** The derivation between two prepared articles, if any. Thread-safe. */
    Optional<ReuseLink> classify(ReuseText a, ReuseText b) {
        return classifier.classify(a, b);
    }

    /**
     * The keys under which the shingle index files a sketch, one per band; for a run that groups
     * articles by band key instead of holding the index (the Spark job). Thread-safe.
     */
    public static long[] shingleBandKeys(Sketch sketch) {
        return shingleBandKeys(sketch.signature());
    }

    /** As {@link #shingleBandKeys}, for the content-word index. Thread-safe. */
    public static long[] wordBandKeys(Sketch sketch) {
        return wordBandKeys(sketch.wordSignature());
    }

    static long[] shingleBandKeys(long[] signature) {
        return SHINGLE_BANDS.bandKeys(signature);
    }

    static long[] wordBandKeys(long[] wordSignature) {
        return WORD_BANDS.bandKeys(wordSignature);
    }

    /**
     * The compact content-word signature the detector keeps of each article (the low 16 bits of
     * each value), for {@link #agreement(short[], short[])} and {@link #keepsWordCandidate}.
     */
    public static short[] compactWords(Sketch sketch) {
        return compact(sketch.wordSignature());
    }

    /** How many positions of two compact content-word signatures are equal. */
    public static int agreement(short[] mine, short[] theirs) {
        int equal = 0;
        for (int i = 0; i < mine.length; i++) {
            if (mine[i] == theirs[i]) {
                equal++;
            }
        }
        return equal;
    }

    /**
     * Whether a content-word band match is kept as a candidate, as {@link #addAll} decides: the two
     * are within the rewrite window when both times are known ({@code null} when unknown), and the
     * whole compact signatures agree enough.
     */
    public static boolean keepsWordCandidate(short[] mine, Long mySeconds, short[] theirs, Long theirSeconds) {
        boolean apart = mySeconds != null && theirSeconds != null
                && Math.abs(mySeconds - theirSeconds) > SKETCHES.rewriteWindowSeconds();
        return !apart && agreement(mine, theirs) >= SKETCHES.wordAgreement() * mine.length;
    }

    /** The derivation between two articles, if any. Thread-safe. */
    public Optional<ReuseLink> classify(Article a, Article b) {
        return classifier.classify(a, b);
    }

    /** The place of an added article in the order of adding. */
    int order(String id) {
        return indexOf.get(id);
    }

    /** How many positions of two added articles' compact content-word signatures are equal. */
    int wordAgreement(String a, String b) {
        return wordSketches.agreement(indexOf.get(a), indexOf.get(b));
    }

    /** How many articles were added. */
    public int size() {
        return ids.size();
    }
}
