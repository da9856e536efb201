package dev.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An event while the clustering runs: its articles, the sum of their vectors and its centroid (both
 * cut to the strongest features), its label, time span and outlets, the features it is listed under
 * in the {@link CandidateIndex}, and how many of its articles' leads name each detail. Events are
 * numbered in the order they started; an event emptied by a join or a move keeps its number. Not
 * thread-safe.
 */
final class EventState {

    final int number;
    final String id;
    /** The number of its storyline. */
    int story;
    final List<String> articles = new ArrayList<>();
    Map<String, Double> sum = CompactVector.EMPTY;
    Map<String, Double> centroid = CompactVector.EMPTY;
    String label = "";
    double labelScore = -1;
    boolean labelIsDate;
    final Span span = new Span();
    final Set<String> outlets = new TreeSet<>();
    /** The numbers of the features it is listed under in the index ({@link FeatureTable}); listings are never taken back. */
    final IntSet indexed = new IntSet();
    /**
     * How many members name each detail in their lead ({@link EventFeatures#leadIdentity}), counted in
     * place as the lead words are: folded into two arrays once the event goes quiet ({@link QuietEvents}),
     * not a hash map's entry a detail for as long as the run lasts.
     */
    LeadWordCounts leadIdentity = LeadWordCounts.empty();
    /** How many different years {@link #leadIdentity} holds, kept so placement need not look. */
    int yearsNamed;
    /**
     * How many members' leads name each word ({@link FollowUps.Lead#terms}), counted in place (kept up
     * by {@link ClusterState}, which holds the shared strings).
     */
    LeadWordCounts leadTerms = LeadWordCounts.empty();
    /**
     * The words its members' leads tell as still to come ({@link FollowUps.Lead#pending}), the
     * earlier happenings they put their actions after, and the follow-ups they tell (one list for
     * each member whose lead tells any). Most events have none: made on the first.
     */
    Set<String> pending = Set.of();
    Set<String> earlier = Set.of();
    List<List<FollowUps.FollowUp>> followUps = List.of();

    /**
     * Whether this event is what joining its articles one by one in the order they came, from empty,
     * gives (so {@link KeptEvent} may keep it for a later run to put back instead of re-joining them):
     * true when started or cleared, false once a merge adds to it or an article joins before one that
     * came after it, until {@link #clear()}.
     */
    boolean replayable = true;

    /** Whether it was put back whole from a {@link KeptEvent} and nothing has changed it since. */
    boolean asKept;

    /**
     * Whether it was put back whole and its members' kept assignments are not read yet (read before
     * anything changes it: {@link ClusterState#restoreTurn}); only while {@link #asKept}.
     */
    boolean assignmentsUnread;

    /**
     * The index listings joining its articles from empty made, in order (what a restore must post
     * again, at each article's turn), each the article's place among this event's (high half) and the
     * feature's number ({@link FeatureTable}, low half); {@link #indexed} also holds listings made
     * before a clear. Longs, not a record each: a hundred thousand events hold millions.
     */
    private long[] listings = NO_LISTINGS;
    private int listingCount;
    private static final long[] NO_LISTINGS = new long[0];
    /** The numbers of the features of the listings. */
    final IntSet listed = new IntSet();

    /** Keeps that joining its {@code ordinal}-th article listed it under feature {@code feature} (first since a clear). */
    void addListing(int ordinal, int feature) {
        if (listingCount == listings.length) {
            listings = java.util.Arrays.copyOf(listings, Math.max(8, listingCount * 2));
        }
        listings[listingCount++] = ((long) ordinal << 32) | (feature & 0xffffffffL);
    }

    /** How many listings joining its articles from empty made. */
    int listingCount() {
        return listingCount;
    }

    /** The place among this event's articles of the article whose join made the {@code k}-th listing. */
    int listingOrdinal(int k) {
        return (int) (listings[k] >>> 32);
    }

    /** The number of the feature of the {@code k}-th listing. */
    int listingFeature(int k) {
        return (int) listings[k];
    }

    /**
     * How one of its articles wrote a name ({@code form} {@code null} for plainly), in the order
     * joining told it ({@link KeptArticle#forEachNote}): what a restore must tell the name forms again
     * at each article's turn. Of a run of plain notes of one name only the first and last are kept:
     * those between change nothing whatever other events note between them.
     */
    record NameNote(int ordinal, String name, String form) {
    }

    List<NameNote> nameNotes = new ArrayList<>();
    /** Per name: where its last note is in {@link #nameNotes}, and how many plain notes it ends a run of. */
    private Map<String, int[]> nameRuns = new HashMap<>();

    /**
     * Drops what replaying its articles needs (its listings and name notes by article) and marks it not
     * {@link #replayable} (as a merge makes an event): an event gone quiet long before the articles now placed
     * ({@link QuietEvents}) is most likely not kept whole for a later run,
     * which then restores its articles one by one, to the same event. {@link #clear()} starts them again.
     */
    void forgetReplay() {
        replayable = false;
        listings = NO_LISTINGS;
        listingCount = 0;
        listed.clear();
        nameNotes = new ArrayList<>(0);
        nameRuns = new HashMap<>(0);
    }

    /** Keeps an article's note of a name ({@code ordinal}: the article's place among this event's). */
    void note(int ordinal, String name, String form) {
        int[] run = nameRuns.get(name);
        if (form == null && run != null && run[1] >= 2) {
            nameNotes.set(run[0], new NameNote(ordinal, name, null));
            return;
        }
        nameNotes.add(new NameNote(ordinal, name, form));
        if (run == null) {
            run = new int[2];
            nameRuns.put(name, run);
        }
        run[0] = nameNotes.size() - 1;
        run[1] = form == null ? run[1] + 1 : 0;
    }

    EventState(int number, String id) {
        this.number = number;
        this.id = id;
    }

    /** Counts an article's lead details in; a detail new to this event is held as {@code features}' string. */
    void addLeadDetails(Set<String> identity, FeatureTable features) {
        for (String detail : identity) {
            if (detail.startsWith("Y") && !leadIdentity.contains(detail)) {
                yearsNamed++;
            }
        }
        leadIdentity.add(identity, features);
    }

    /** Counts in what an article's lead tells as still to come and the follow-ups it tells (its words: {@link ClusterState}). */
    void addLead(FollowUps.Lead lead) {
        if (!lead.pending().isEmpty()) {
            pending = union(pending, lead.pending());
        }
        if (!lead.followUps().isEmpty()) {
            List<List<FollowUps.FollowUp>> more = new ArrayList<>(followUps);
            more.add(lead.followUps());
            followUps = more;
            earlier = union(earlier, FollowUps.earlier(lead));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * Takes over the lead details and follow-ups of {@code other}, which is left with none (nor lead
     * words: {@link ClusterState#merge} adds them to this event's).
     */
    void takeLeadDetails(EventState other) {
        other.leadIdentity.forEach((detail, count) -> {
            if (detail.startsWith("Y") && !leadIdentity.contains(detail)) {
                yearsNamed++;
            }
        });
        // Their strings are the table's already (counted in with it): taken as they are.
        leadIdentity.addAll(other.leadIdentity, null);
        other.leadIdentity = LeadWordCounts.empty();
        other.yearsNamed = 0;
        if (!other.pending.isEmpty()) {
            pending = union(pending, other.pending);
        }
        if (!other.followUps.isEmpty()) {
            earlier = union(earlier, other.earlier);
            List<List<FollowUps.FollowUp>> more = new ArrayList<>(followUps);
            more.addAll(other.followUps);
            followUps = more;
        }
        other.leadTerms = LeadWordCounts.empty();
        other.pending = Set.of();
        other.earlier = Set.of();
        other.followUps = List.of();
    }

    /** How many of an article's lead details this event's leads name. */
    int sharedDetails(Set<String> identity) {
        int shared = 0;
        for (String detail : identity) {
            if (leadIdentity.contains(detail)) {
                shared++;
            }
        }
        return shared;
    }

    /** How many details both events' leads name. */
    int sharedDetails(EventState other) {
        LeadWordCounts small = leadIdentity.size() <= other.leadIdentity.size() ? leadIdentity : other.leadIdentity;
        LeadWordCounts large = small == leadIdentity ? other.leadIdentity : leadIdentity;
        int[] shared = {0};
        small.forEach((detail, count) -> {
            if (large.contains(detail)) {
                shared[0]++;
            }
        });
        return shared[0];
    }

    /** Forgets its articles and everything they made; the number, id, storyline and index listings stay. */
    void clear() {
        articles.clear();
        sum = CompactVector.EMPTY;
        centroid = CompactVector.EMPTY;
        leadIdentity = LeadWordCounts.empty();
        yearsNamed = 0;
        leadTerms = LeadWordCounts.empty();
        pending = Set.of();
        earlier = Set.of();
        followUps = List.of();
        outlets.clear();
        span.clear();
        label = "";
        labelScore = -1;
        labelIsDate = false;
        replayable = true;
        asKept = false;
        listings = NO_LISTINGS;
        listingCount = 0;
        listed.clear();
        nameNotes.clear();
        nameRuns.clear();
    }
}
