package dev.corroborate.cluster;

import dev.corroborate.model.PublishedTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What restoring an event needs, kept so that a later run puts the event back with one read instead
 * of re-joining its articles one by one: its articles in the order they came, its sum and lead-word
 * counts (the floats as they are, to the bit), its lead details, follow-ups, label with its score,
 * span and outlets, and, for each of its articles' turns, the index listings that article's join
 * made and how it wrote its names (what a restore must do at that turn, between other events'
 * articles). It is exactly the state joining those articles from empty in that order gives under the
 * weights it was made with ({@link EventState#replayable}); it is valid only while those weights are
 * (the store forgets every kept event when it forgets the frozen weights) and for the same articles
 * in the same order ({@link #members()}, which the restoring run compares with its own). Binary form
 * ({@link #encode()}): a version, then each part with its length. Immutable.
 */
public final class KeptEvent {

    /** The form's version: raise it when the parts or their meaning change (older forms are then not read). */
    private static final int FORM = 1;

    final List<String> members;
    private final String[] sumKeys;
    private final float[] sumValues;
    /** The lead-word counts as arrays (an event kept by this run), or {@code null} when decoded from a form: */
    private final String[] leadTermKeys;
    private final float[] leadTermValues;
    /**
     * the lead-word counts as {@link #decode} found them in its form: {@code leadSize} entries from {@code leadFrom} to
     * {@code leadTo} of {@code form}, read only when the restored event's leads are first asked about
     * ({@link LeadWordCounts#ofForm}), and written back as they are.
     */
    private final byte[] form;
    private final int leadFrom;
    private final int leadTo;
    private final int leadSize;
    private final String[] identityKeys;
    private final int[] identityCounts;
    private final String label;
    private final double labelScore;
    private final boolean labelIsDate;
    private final PublishedTime first;
    private final PublishedTime last;
    private final List<String> outlets;
    private final List<String> pending;
    private final List<String> earlier;
    private final List<List<FollowUps.FollowUp>> followUps;
    /** The listings of each article's turn: {@code listingsAt[k]} are the features the k-th article's join listed. */
    final List<List<String>> listingsAt;
    /** The name notes of each article's turn ({@link EventState.NameNote}, the ordinal left out). */
    final List<List<EventState.NameNote>> notesAt;

    private KeptEvent(List<String> members, String[] sumKeys, float[] sumValues, String[] leadTermKeys,
                      float[] leadTermValues, String[] identityKeys, int[] identityCounts, String label,
                      double labelScore, boolean labelIsDate, PublishedTime first, PublishedTime last,
                      List<String> outlets, List<String> pending, List<String> earlier,
                      List<List<FollowUps.FollowUp>> followUps, List<List<String>> listingsAt,
                      List<List<EventState.NameNote>> notesAt) {
        this(members, sumKeys, sumValues, leadTermKeys, leadTermValues, null, 0, 0, 0, identityKeys, identityCounts,
                label, labelScore, labelIsDate, first, last, outlets, pending, earlier, followUps, listingsAt, notesAt);
    }

    private KeptEvent(List<String> members, String[] sumKeys, float[] sumValues, String[] leadTermKeys,
                      float[] leadTermValues, byte[] form, int leadFrom, int leadTo, int leadSize,
                      String[] identityKeys, int[] identityCounts, String label,
                      double labelScore, boolean labelIsDate, PublishedTime first, PublishedTime last,
                      List<String> outlets, List<String> pending, List<String> earlier,
                      List<List<FollowUps.FollowUp>> followUps, List<List<String>> listingsAt,
                      List<List<EventState.NameNote>> notesAt) {
        this.form = form;
        this.leadFrom = leadFrom;
        this.leadTo = leadTo;
        this.leadSize = leadSize;
        this.members = members;
        this.sumKeys = sumKeys;
        this.sumValues = sumValues;
        this.leadTermKeys = leadTermKeys;
        this.leadTermValues = leadTermValues;
        this.identityKeys = identityKeys;
        this.identityCounts = identityCounts;
        this.label = label;
        this.labelScore = labelScore;
        this.labelIsDate = labelIsDate;
        this.first = first;
        this.last = last;
        this.outlets = outlets;
        this.pending = pending;
        this.earlier = earlier;
        this.followUps = followUps;
        this.listingsAt = listingsAt;
        this.notesAt = notesAt;
    }

    /** The event's articles in the order they came: a run restores it whole only when its own are these, in this order. */
    public List<String> members() {
        return members;
    }

    /** What is kept of {@code event} (its features' numbers those of {@code features}), which must be {@link EventState#replayable} and hold articles. */
    static KeptEvent of(EventState event, FeatureTable features) {
        if (!event.replayable || event.articles.isEmpty()) {
            throw new IllegalArgumentException("event " + event.id + " is not what joining its articles in order gives");
        }
        CompactVector sum = (CompactVector) event.sum;
        int size = event.articles.size();
        List<List<String>> listingsAt = new ArrayList<>(size);
        List<List<EventState.NameNote>> notesAt = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            listingsAt.add(new ArrayList<>());
            notesAt.add(new ArrayList<>());
        }
        for (int k = 0; k < event.listingCount(); k++) {
            listingsAt.get(event.listingOrdinal(k)).add(features.key(event.listingFeature(k)));
        }
        for (EventState.NameNote note : event.nameNotes) {
            notesAt.get(note.ordinal()).add(note);
        }
        String[] identityKeys = event.leadIdentity.sortedWords();
        float[] counted = event.leadIdentity.sortedCounts();
        int[] identityCounts = new int[identityKeys.length];
        for (int k = 0; k < identityKeys.length; k++) {
            identityCounts[k] = (int) counted[k];
        }
        return new KeptEvent(List.copyOf(event.articles), CompactVector.keys(sum), CompactVector.values(sum),
                event.leadTerms.sortedWords(), event.leadTerms.sortedCounts(), identityKeys, identityCounts,
                event.label, event.labelScore, event.labelIsDate, event.span.first, event.span.last,
                List.copyOf(event.outlets), sorted(event.pending), sorted(event.earlier), event.followUps, listingsAt,
                notesAt);
    }

    /**
     * Puts the kept state into {@code event} (empty, just started): everything but the index
     * listings, which the restore posts at each article's turn, as joining does.
     */
    void install(EventState event, FeatureTable dictionary) {
        event.articles.addAll(members);
        CompactVector sum = CompactVector.of(sumKeys, sumValues, dictionary);
        event.sum = sum;
        event.centroid = CompactVector.normalized(sum);
        event.leadTerms = form == null ? LeadWordCounts.of(leadTermKeys, leadTermValues)
                : LeadWordCounts.ofForm(form, leadFrom, leadSize);
        String[] identity = new String[identityKeys.length];
        float[] counted = new float[identityKeys.length];
        for (int k = 0; k < identityKeys.length; k++) {
            identity[k] = dictionary.intern(identityKeys[k]);
            counted[k] = identityCounts[k];
            if (identityKeys[k].startsWith("Y")) {
                event.yearsNamed++;
            }
        }
        event.leadIdentity = LeadWordCounts.of(identity, counted);
        event.label = label;
        event.labelScore = labelScore;
        event.labelIsDate = labelIsDate;
        event.span.widen(first);
        event.span.widen(last);
        for (String outlet : outlets) {
            event.outlets.add(dictionary.intern(outlet));
        }
        event.pending = pending.isEmpty() ? Set.of() : new HashSet<>(pending);
        event.earlier = earlier.isEmpty() ? Set.of() : new HashSet<>(earlier);
        event.followUps = followUps;
        for (int k = 0; k < listingsAt.size(); k++) {
            for (String key : listingsAt.get(k)) {
                int feature = dictionary.number(key);
                event.listed.add(feature);
                event.addListing(k, feature);
            }
        }
        for (List<EventState.NameNote> notes : notesAt) {
            event.nameNotes.addAll(notes);
        }
        event.replayable = true;
    }

    private static List<String> sorted(Collection<String> words) {
        return List.copyOf(new TreeSet<>(words));
    }

    /** The binary form {@link #decode} reads. */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 64 * members.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORM);
            strings(out, members);
            vector(out, sumKeys, sumValues);
            if (form == null) {
                vector(out, leadTermKeys, leadTermValues);
            } else {
                out.writeInt(leadSize);
                out.write(form, leadFrom, leadTo - leadFrom);
            }
            out.writeInt(identityKeys.length);
            for (int k = 0; k < identityKeys.length; k++) {
                out.writeUTF(identityKeys[k]);
                out.writeInt(identityCounts[k]);
            }
            out.writeUTF(label);
            out.writeDouble(labelScore);
            out.writeBoolean(labelIsDate);
            time(out, first);
            time(out, last);
            strings(out, outlets);
            strings(out, pending);
            strings(out, earlier);
            out.writeInt(followUps.size());
            for (List<FollowUps.FollowUp> ofOne : followUps) {
                out.writeInt(ofOne.size());
                for (FollowUps.FollowUp followUp : ofOne) {
                    strings(out, sorted(followUp.earlier()));
                    strings(out, sorted(followUp.action()));
                }
            }
            for (int k = 0; k < members.size(); k++) {
                strings(out, listingsAt.get(k));
                List<EventState.NameNote> notes = notesAt.get(k);
                out.writeInt(notes.size());
                for (EventState.NameNote note : notes) {
                    out.writeUTF(note.name());
                    out.writeBoolean(note.form() != null);
                    if (note.form() != null) {
                        out.writeUTF(note.form());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a kept event to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * What {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when {@code form} is not a kept event of this form
     */
    public static KeptEvent decode(byte[] form) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(form);
        try (DataInputStream in = new DataInputStream(bytes)) {
            int version = in.readInt();
            if (version != FORM) {
                throw new IllegalArgumentException("a kept event of form " + version + ", not " + FORM);
            }
            List<String> members = strings(in);
            int sumSize = in.readInt();
            String[] sumKeys = new String[sumSize];
            float[] sumValues = new float[sumSize];
            vector(in, sumKeys, sumValues);
            int leadSize = in.readInt();
            // Checked here, where an unreadable form is re-joined, not at install; read when first used.
            int leadFrom = form.length - bytes.available();
            int leadTo = LeadWordCounts.checkForm(form, leadFrom, leadSize);
            in.skipNBytes(leadTo - leadFrom);
            int identitySize = in.readInt();
            String[] identityKeys = new String[identitySize];
            int[] identityCounts = new int[identitySize];
            for (int k = 0; k < identitySize; k++) {
                identityKeys[k] = in.readUTF();
                identityCounts[k] = in.readInt();
            }
            String label = in.readUTF();
            double labelScore = in.readDouble();
            boolean labelIsDate = in.readBoolean();
            PublishedTime first = time(in);
            PublishedTime last = time(in);
            List<String> outlets = strings(in);
            List<String> pending = strings(in);
            List<String> earlier = strings(in);
            int followUpLists = in.readInt();
            List<List<FollowUps.FollowUp>> followUps = new ArrayList<>(followUpLists);
            for (int k = 0; k < followUpLists; k++) {
                int size = in.readInt();
                List<FollowUps.FollowUp> ofOne = new ArrayList<>(size);
                for (int f = 0; f < size; f++) {
                    ofOne.add(new FollowUps.FollowUp(new TreeSet<>(strings(in)), new TreeSet<>(strings(in))));
                }
                followUps.add(List.copyOf(ofOne));
            }
            List<List<String>> listingsAt = new ArrayList<>(members.size());
            List<List<EventState.NameNote>> notesAt = new ArrayList<>(members.size());
            for (int k = 0; k < members.size(); k++) {
                listingsAt.add(strings(in));
                int notes = in.readInt();
                List<EventState.NameNote> at = new ArrayList<>(notes);
                for (int n = 0; n < notes; n++) {
                    String name = in.readUTF();
                    at.add(new EventState.NameNote(k, name, in.readBoolean() ? in.readUTF() : null));
                }
                notesAt.add(at);
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("a kept event with bytes left over");
            }
            return new KeptEvent(members, sumKeys, sumValues, null, null, form, leadFrom, leadTo, leadSize, identityKeys,
                    identityCounts, label,
                    labelScore, labelIsDate, first, last, outlets, pending, earlier, List.copyOf(followUps), listingsAt,
                    notesAt);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a kept event: " + e.getMessage(), e);
        }
    }

    private static void strings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static void vector(DataOutputStream out, String[] keys, float[] values) throws IOException {
        out.writeInt(keys.length);
        for (int k = 0; k < keys.length; k++) {
            out.writeUTF(keys[k]);
            out.writeFloat(values[k]);
        }
    }

    private static void vector(DataInputStream in, String[] keys, float[] values) throws IOException {
        for (int k = 0; k < keys.length; k++) {
            keys[k] = in.readUTF();
            values[k] = in.readFloat();
        }
    }

    private static void time(DataOutputStream out, PublishedTime time) throws IOException {
        out.writeBoolean(time != null);
        if (time != null) {
            out.writeUTF(time.iso());
        }
    }

    private static PublishedTime time(DataInputStream in) throws IOException {
        return in.readBoolean() ? PublishedTime.requireParse(in.readUTF()) : null;
    }
}
