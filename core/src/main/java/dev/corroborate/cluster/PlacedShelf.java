package dev.corroborate.cluster;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The placed articles set aside in a {@link PlacedSpill} until refinement ({@link ClusterState#placed}):
 * each written as the numbers its features and words have in the clustering's {@link FeatureTable}
 * with its weights, and read back as the same vector, in the same order with the same doubles, and
 * the same lead (the table's strings), so refinement decides as if it had held them. What stays on
 * the heap is a position and a length an article. Not thread-safe: the clustering's thread only.
 */
final class PlacedShelf {

    /** Where an article's record was written. */
    record SetAside(long position, int length) implements PlacedArticles.Placed {
    }

    private final PlacedSpill spill;
    private final FeatureTable features;
    private int setAside;

    PlacedShelf(PlacedSpill spill, FeatureTable features) {
        this.spill = spill;
        this.features = features;
    }

    /** How many placed articles are held before the next ones are set aside. */
    int setAsideAt() {
        return spill.setAsideAt();
    }

    /** How many articles were set aside. */
    int setAside() {
        return setAside;
    }

    /** Writes the article out; what to read it back with. */
    SetAside setAside(PlacedArticles.PlacedArticle article) {
        PlacedVector vector = (PlacedVector) article.vector();
        FollowUps.Lead lead = article.lead();
        int size = 1 + (article.published() == null ? 0 : Long.BYTES + Integer.BYTES)
                + Integer.BYTES + vector.keyArray().length * (Integer.BYTES + Double.BYTES)
                + wordsSize(article.leadIdentity()) + wordsSize(lead.terms()) + wordsSize(lead.pending())
                + Integer.BYTES;
        for (FollowUps.FollowUp followUp : lead.followUps()) {
            size += wordsSize(followUp.earlier()) + wordsSize(followUp.action());
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        if (article.published() == null) {
            out.put((byte) 0);
        } else {
            out.put((byte) 1).putLong(article.published().getEpochSecond()).putInt(article.published().getNano());
        }
        String[] keys = vector.keyArray();
        double[] values = vector.weightArray();
        int[] numbers = vector.numbersIn(features);
        out.putInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.putInt(numbers != null ? numbers[i] : number(keys[i]));
        }
        for (double value : values) {
            out.putDouble(value);
        }
        putWords(out, article.leadIdentity());
        putWords(out, lead.terms());
        putWords(out, lead.pending());
        out.putInt(lead.followUps().size());
        for (FollowUps.FollowUp followUp : lead.followUps()) {
            putWords(out, followUp.earlier());
            putWords(out, followUp.action());
        }
        long position = spill.append(out.array());
        setAside++;
        return new SetAside(position, size);
    }

    /** The article as it was set aside. */
    PlacedArticles.PlacedArticle readBack(SetAside where) {
        byte[] record = spill.read(where.position(), where.length());
        if (record.length != where.length()) {
            throw new IllegalStateException("a placed article set aside at " + where.position() + " read back as "
                    + record.length + " bytes, not " + where.length());
        }
        ByteBuffer in = ByteBuffer.wrap(record);
        try {
            Instant published = in.get() == 0 ? null : Instant.ofEpochSecond(in.getLong(), in.getInt());
            int n = in.getInt();
            String[] keys = new String[n];
            int[] numbers = new int[n];
            for (int i = 0; i < n; i++) {
                numbers[i] = in.getInt();
                keys[i] = features.key(numbers[i]);
            }
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = in.getDouble();
            }
            Set<String> identity = SortedWords.ofSorted(words(in));
            Set<String> terms = SortedWords.ofSorted(words(in));
            Set<String> pending = SortedWords.ofSorted(words(in));
            int count = in.getInt();
            List<FollowUps.FollowUp> followUps = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Set<String> earlier = Set.of(words(in));
                followUps.add(new FollowUps.FollowUp(earlier, Set.of(words(in))));
            }
            if (in.hasRemaining()) {
                throw new IllegalStateException("a placed article set aside at " + where.position() + " has "
                        + in.remaining() + " bytes more than it was written with");
            }
            // With its numbers: refinement finds the strongest features' listings by them (CandidateIndex#strongest).
            return new PlacedArticles.PlacedArticle(PlacedVector.of(keys, values, numbers, features), published, identity,
                    new FollowUps.Lead(terms, pending, List.copyOf(followUps)));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("a placed article set aside at " + where.position()
                    + " does not read back as it was written: " + e, e);
        }
    }

    private int number(String word) {
        return features.number(word);
    }

    private static int wordsSize(Set<String> set) {
        return Integer.BYTES * (1 + set.size());
    }

    private void putWords(ByteBuffer out, Set<String> set) {
        out.putInt(set.size());
        for (String word : set) {
            out.putInt(number(word));
        }
    }

    private String[] words(ByteBuffer in) {
        String[] out = new String[in.getInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = features.key(in.getInt());
        }
        return out;
    }
}
