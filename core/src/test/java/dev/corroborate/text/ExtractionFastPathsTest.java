package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts reading takes before a regex or a copy give what the full work gives. */
class ExtractionFastPathsTest {

    private static String random(Random random, List<String> pieces, int parts) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < parts; p++) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }

    @Test
    void aLineWithoutSlashColonOrViaIsNeverACaptionCredit() {
        List<String> pieces = new ArrayList<>(List.of("The ferry docked", " ", "  ", "/", " / ", ":", ": ", "via ", "VIA ",
                "Via", "vİa ", "Kit Marlow", ".", "(", ")", "credit", "\u00A0", "'", "-", "Jon Hale"));
        for (String list : List.of("caption-credit-agencies.txt", "caption-credit-agencies-after-slash.txt", "photo-credit-words.txt")) {
            for (String entry : WordLists.list(BoilerplateLines.class, list)) {
                pieces.add(entry);
                pieces.add(entry.toUpperCase(java.util.Locale.ROOT));
            }
        }
        pieces.addAll(List.of("reuters", "afp", "ap", "getty images"));
        Random random = new Random(43);
        int matched = 0;
        for (int round = 0; round < 30_000; round++) {
            String line = random(random, pieces, 1 + random.nextInt(6));
            boolean matches = BoilerplateLines.CREDIT_AT_END.matcher(line).matches();
            matched += matches ? 1 : 0;
            if (matches) {
                assertThat(BoilerplateLines.mayEndWithCredit(line)).as("[%s]", line).isTrue();
            }
        }
        assertThat(matched).as("lines the pattern took").isGreaterThan(500);
    }

    /** {@link TextNormalizer#lines} as it was, every character copied. */
    private static String linesCopied(String raw) {
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || Character.isISOControl(c)) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link TextNormalizer#foldSpaces} as it was, every character copied. */
    private static String foldedCopied(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void linesAndFoldedSpacesAreThoseOfCopyingEveryCharacter() {
        List<String> pieces = List.of("harbour", "Tolls", " ", "  ", "\n", "\r\n", "\r", "\t", "\u000B", "\u000C", "\u2028",
                "\u2029", "\u00A0", "\u2003", "\u200B", "\u2060", "\uFEFF", "\u00AD", "\u0000", "\u007F", "\u0085", "\u001C",
                "e\u0301", "\u00E9", ".", "\uD83D\uDE00", "~", "!");
        Random random = new Random(47);
        for (int round = 0; round < 50_000; round++) {
            String text = random(random, pieces, random.nextInt(round < 2_000 ? 3 : 10));
            assertThat(TextNormalizer.lines(text)).as("[%s]", text).isEqualTo(linesCopied(text));
            assertThat(TextNormalizer.foldSpaces(text)).as("[%s]", text).isEqualTo(foldedCopied(text));
        }
    }
}
