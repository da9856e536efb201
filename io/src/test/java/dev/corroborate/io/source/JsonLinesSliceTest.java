package dev.corroborate.io.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.extract.ArticleAssembler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A JSONL file read in slices gives what a reading of the whole file gives, wherever the cuts fall. */
class JsonLinesSliceTest {

    private final SourceReader reader = new SourceReader(new ArticleAssembler(), new SourceLimits(1 << 20, 400));

    @Test
    void slicesCutAnywhereGiveTheWholeFilesReading() throws IOException {
        Random random = new Random(7);
        for (int file = 0; file < 40; file++) {
            byte[] bytes = fictionalFile(random);
            List<String> whole = wholeReading(bytes);
            for (int cuts = 1; cuts <= 6; cuts++) {
                List<Long> bounds = new ArrayList<>(List.of(0L, (long) bytes.length));
                for (int c = 1; c < cuts; c++) {
                    bounds.add((long) random.nextInt(bytes.length + 1));
                }
                bounds.sort(null);
                assertThat(slicedReading(bytes, bounds)).as("file %d cut at %s", file, bounds).isEqualTo(whole);
            }
            // every single-byte cut, once per file
            for (int at = 1; at < bytes.length; at++) {
                assertThat(slicedReading(bytes, List.of(0L, (long) at, (long) bytes.length)))
                        .as("file %d cut at %d", file, at).isEqualTo(whole);
            }
        }
    }

    @Test
    void theCountsSayWhetherTheFileHoldsARecord() throws IOException {
        byte[] blanks = "\n  \n\r\n\t\n".getBytes(StandardCharsets.UTF_8);
        JsonLinesSlice.Count count = reader.countJsonLines(new ByteArrayInputStream(blanks),
                new JsonLinesSlice(0, blanks.length, 0));
        assertThat(count).isEqualTo(new JsonLinesSlice.Count(4, 0));
        byte[] one = "\n{\"id\":\"a\",\"text\":\"The ferry runs again.\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.countJsonLines(new ByteArrayInputStream(one, 2, one.length - 2), new JsonLinesSlice(3, one.length, 0)))
                .as("a slice starting inside the last line holds none of it")
                .isEqualTo(new JsonLinesSlice.Count(0, 0));
        assertThat(reader.countJsonLines(new ByteArrayInputStream(one, 0, one.length), new JsonLinesSlice(1, one.length, 0)))
                .isEqualTo(new JsonLinesSlice.Count(1, 1));
    }

    @Test
    void aSliceIsOrdered() {
        assertThatThrownBy(() -> new JsonLinesSlice(10, 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> wholeReading(byte[] bytes) {
        Collected collected = new Collected();
        reader.read("feed.jsonl", new ByteArrayInputStream(bytes), collected);
        return describe(collected);
    }

    /** Counts every slice, then reads each after the lines of those before it, as the Spark job does. */
    private List<String> slicedReading(byte[] bytes, List<Long> bounds) throws IOException {
        List<JsonLinesSlice> slices = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            slices.add(new JsonLinesSlice(bounds.get(i), bounds.get(i + 1), 0));
        }
        long lines = 0;
        long records = 0;
        Collected collected = new Collected();
        List<JsonLinesSlice> numbered = new ArrayList<>();
        for (JsonLinesSlice slice : slices) {
            numbered.add(slice.after(lines));
            JsonLinesSlice.Count count = reader.countJsonLines(from(bytes, slice), slice);
            lines += count.lines();
            records += count.records();
        }
        for (JsonLinesSlice slice : numbered) {
            reader.readJsonLines("feed.jsonl", from(bytes, slice), slice, collected);
        }
        List<String> described = describe(collected);
        if (records == 0) {
            described.add("(no record)");
        }
        return described;
    }

    private static InputStream from(byte[] bytes, JsonLinesSlice slice) {
        int start = (int) slice.streamStart();
        return new ByteArrayInputStream(bytes, start, bytes.length - start);
    }

    private static List<String> describe(Collected collected) {
        List<String> described = new ArrayList<>();
        for (Collected.Item item : collected.items) {
            String label = item.label();
            if (label.startsWith("skipped:empty file")) {
                described.add("(no record)");
                continue;
            }
            described.add(item.origin() + " " + item.extraction());
        }
        return described;
    }

    /** Lines of every kind a reader meets: records, blank lines, CRLF, a BOM, bad UTF-8, bad JSON, a line too long. */
    private static byte[] fictionalFile(Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        int lines = 1 + random.nextInt(12);
        String[] places = {"harbour", "ferry", "library", "bridge", "market"};
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(8)) {
                case 0 -> out.write("   ".getBytes(StandardCharsets.UTF_8));
                case 1 -> out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'});
                case 2 -> out.write("{\"id\": \"broken\", \"text\": ".getBytes(StandardCharsets.UTF_8));
                case 3 -> out.write(("{\"id\":\"long" + i + "\",\"text\":\"" + "word ".repeat(120) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
                default -> {
                    String place = places[random.nextInt(places.length)];
                    out.write(("{\"id\":\"a" + i + "\",\"outlet\":\"Shore News\",\"title\":\"The " + place
                            + " reopens\",\"text\":\"The " + place + " reopened on Monday after repairs.\"}")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            if (i + 1 < lines || random.nextBoolean()) {
                out.write(random.nextInt(3) == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
            }
        }
        return out.toByteArray();
    }
}
