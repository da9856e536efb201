package dev.corroborate.reuse;

import java.util.List;

/**
 * Where a run sets aside the sketches it is to keep as it makes them, so that a long run does not hold
 * every article's sketch (about 2 KB: signatures and fingerprints) beside its indexes until its end:
 * at a million articles that would be about 2 GB more at the reuse step's peak. {@link LinkFinder.Found#sketches}
 * then holds only those made after the last were set aside; whoever keeps the run's sketches keeps
 * those set aside first, in the order they came, then the found ones, as if the run had held them all.
 */
public interface SketchSpill {

    /** {@link #setAsideAt()} unless a spill says otherwise. */
    int SET_ASIDE_AT = 4_096;

    /** Takes these sketches to keep, in the order they were made. Called on the run's thread, between chunks. */
    void setAside(List<KeptSketch> sketches);

    /**
     * How many sketches to keep the run holds before it sets them aside (it looks at the start of each
     * chunk, so it may hold a chunk's or a batch window's more): a few chunks' worth by default, so one
     * write takes many. Whoever keeps them reads them all back then, when the indexes are gone.
     */
    default int setAsideAt() {
        return SET_ASIDE_AT;
    }
}
