package dev.corroborate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.quote.SpeakerResolver.KeptName;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeptNamesTest {

    /** The names as the store packs them: "Nidentity words" a line. */
    private static String pack(List<KeptName> names) {
        List<String> lines = new ArrayList<>();
        for (KeptName name : names) {
            lines.add((name.named() ? "1" : "0") + name.identity() + " " + String.join(" ", name.words()));
        }
        return String.join("\n", lines);
    }

    @Test
    void packedNamesAreCutOutAsGivenWithTheirInitialsAndWordCounts() {
        List<KeptName> names = List.of(new KeptName("a1f", List.of("sun", "weiyan"), true),
                new KeptName("b20", List.of("the", "spokesman"), false), new KeptName("c3", List.of(), true),
                new KeptName("d4", List.of("lindqvist"), true));
        KeptNames packed = KeptNames.packed(pack(names));
        KeptNames whole = KeptNames.of(names);
        assertThat(packed.size()).isEqualTo(4);
        for (int i = 0; i < names.size(); i++) {
            assertThat(packed.name(i)).isEqualTo(names.get(i));
            assertThat(packed.wordCount(i)).isEqualTo(names.get(i).words().size()).isEqualTo(whole.wordCount(i));
            assertThat(packed.initials(i)).isEqualTo(SpeakerResolver.initials(names.get(i).words()))
                    .isEqualTo(whole.initials(i));
        }
        assertThat(packed.initials(0)).isEqualTo((1L << ('s' & 63)) | (1L << ('w' & 63)));
        assertThat(KeptNames.packed("").size()).isZero();
        assertThat(KeptNames.none().size()).isZero();
    }

    @Test
    void wordsAreSplitAsStringSplitSplitsThem() {
        // Empty words inside a name count, trailing ones do not, and give no initial.
        KeptNames packed = KeptNames.packed("1x a  b\n0y c  \n1z  ");
        assertThat(packed.name(0).words()).containsExactly("a", "", "b");
        assertThat(packed.wordCount(0)).isEqualTo(3);
        assertThat(packed.initials(0)).isEqualTo((1L << ('a' & 63)) | (1L << ('b' & 63)));
        assertThat(packed.name(1)).isEqualTo(new KeptName("y", List.of("c"), false));
        assertThat(packed.wordCount(1)).isEqualTo(1);
        assertThat(packed.name(2).words()).isEmpty();
        assertThat(packed.wordCount(2)).isZero();
        assertThat(packed.initials(2)).isZero();
    }

    @Test
    void randomBlocksReadTheSamePackedOrWhole() {
        Random random = new Random(17);
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789.'-";
        for (int round = 0; round < 200; round++) {
            List<KeptName> names = new ArrayList<>();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                List<String> words = new ArrayList<>();
                int w = random.nextInt(5);
                for (int j = 0; j < w; j++) {
                    StringBuilder word = new StringBuilder();
                    int length = 1 + random.nextInt(9);
                    for (int c = 0; c < length; c++) {
                        word.append(letters.charAt(random.nextInt(letters.length())));
                    }
                    words.add(word.toString());
                }
                names.add(new KeptName(Integer.toHexString(random.nextInt()), List.copyOf(words), random.nextBoolean()));
            }
            KeptNames packed = KeptNames.packed(pack(names));
            KeptNames whole = KeptNames.of(names);
            assertThat(packed.size()).isEqualTo(n).isEqualTo(whole.size());
            for (int i = n - 1; i >= 0; i--) {
                assertThat(packed.initials(i)).isEqualTo(whole.initials(i));
                assertThat(packed.wordCount(i)).isEqualTo(whole.wordCount(i));
                assertThat(packed.name(i)).isEqualTo(whole.name(i)).isSameAs(packed.name(i));
            }
        }
    }
}
