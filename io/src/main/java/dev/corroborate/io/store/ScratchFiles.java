package dev.corroborate.io.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The scratch files a run makes in the data directory (set-aside sketches, placed articles, index pages). */
final class ScratchFiles {

    private ScratchFiles() {
    }

    /**
     * Deletes the files named {@code prefix*suffix} in {@code dataDir}: what a run that died left there (a
     * writer holds the folder's lock, so no other run's file is deleted). {@code what} names them in an error.
     */
    static void deleteLeft(Path dataDir, String prefix, String suffix, String what) {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(dataDir, prefix + "*" + suffix)) {
            for (Path stale : left) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException e) {
            throw new StoreException("could not delete the " + what + " an earlier run left in " + dataDir + ": " + e, e);
        }
    }
}
