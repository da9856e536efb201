package dev.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {

    @Test
    void captionsEndingInACreditAreBoilerplateAndReportingIsNot() {
        assertThat(BoilerplateLines.isBoilerplate("Crews clear the quay after the storm. HARBOUR/Lena Vask")).isFalse();
        assertThat(BoilerplateLines.isBoilerplate("Crews clear the quay after the storm. Photo: Lena Vask")).isTrue();
        assertThat(BoilerplateLines.isBoilerplate("Crews clear the quay after the storm. REUTERS/Lena Vask")).isTrue();
        assertThat(BoilerplateLines.isBoilerplate("Crews cleared the quay on Tuesday, the council said.")).isFalse();
    }

    /** Pieces of lines, credits and their parts among them, so that many random lines are captions. */
    private static final String[] PIECES = {"Crews", " clear", " the quay", ".", " ", "  ", "/", " / ", ":", ": ", "via",
        "VIA ", "Via ", "via reuters", " via AP", "REUTERS", "Reuters/", "AFP", "afp", "AP Photo", "(AP Photo/Jon Hale)",
        "Photo", "photo credit", "Foto", "Image", " credit", "Lena Vask", "\"", "”", ")", "(", "-", "'", "é", "ı", "İ",
        "\u212A", "ſ", "v", "i", "a", "\t", "\n", "said", "getty images", "Getty Images", "x"};

    @Test
    void theCheapTestNeverRulesOutALineThePatternTakesForACaption() {
        Random random = new Random(41);
        int captions = 0;
        for (int run = 0; run < 200_000; run++) {
            StringBuilder line = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = line.toString();
            if (BoilerplateLines.creditAtEnd(text)) {
                captions++;
                assertThat(BoilerplateLines.mayEndWithCredit(text)).as("%s", text).isTrue();
            }
        }
        assertThat(captions).isGreaterThan(5_000);
    }
}
