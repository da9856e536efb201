package dev.corroborate.cluster;

/**
 * Where the clustering sets aside what it keeps of each article it places until refinement looks at
 * it again (its weighted vector, lead details and lead words: about 4 KB an article), so that a run
 * from scratch does not hold every article's beside the events: at a million articles that would be
 * about 4 GB at the story step's peak. Records are written once each, in the order the articles are
 * placed; refinement's first pass reads them back in that order, its later passes only the few whose
 * look must be taken again. Called on the clustering's thread only.
 */
public interface PlacedSpill {

    /** {@link #setAsideAt()} unless a spill says otherwise. */
    int SET_ASIDE_AT = 4_096;

    /** Writes {@code record}; returns where it starts, for {@link #read}. */
    long append(byte[] record);

    /** The {@code length} bytes written at {@code position} by {@link #append}. */
    byte[] read(long position, int length);

    /**
     * How many placed articles the clustering holds before it sets the next ones aside: a batch's
     * articles are held (it places few), a run over an archive sets nearly all aside.
     */
    default int setAsideAt() {
        return SET_ASIDE_AT;
    }
}
