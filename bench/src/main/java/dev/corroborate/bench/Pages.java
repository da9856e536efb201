package dev.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Loads a folder of *.html and *.html.gz pages, sorted by name, for the benchmarks. */
final class Pages {

    private Pages() {
    }

    /** The page files of a folder, sorted by name. */
    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?")).sorted().toList();
        }
    }

    /** A page's bytes, gunzipped when its name ends in .gz. */
    static byte[] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        }
    }

    /** Every page of a folder, loaded. */
    static List<byte[]> load(Path folder) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (Path file : list(folder)) {
            pages.add(read(file));
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no .html or .html.gz pages in " + folder);
        }
        return pages;
    }
}
