package dev.corroborate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    private static String printed(String text) {
        StringWriter target = new StringWriter();
        PrintWriter out = TerminalText.escaping(new PrintWriter(target));
        out.print(text);
        out.flush();
        return target.toString();
    }

    @Test
    void normalTextInAnyScriptPassesUnchangedLineEndsIncluded() {
        String text = "Quay reopens — «vite» „schnell“ 東京 مرحبا שלום नमस्ते 👩‍👩‍👧 café\n\nSecond paragraph ¶ …\n";
        assertThat(printed(text)).isEqualTo(text);
    }

    @Test
    void controlAndBidirectionalCharactersAreShownEscaped() {
        assertThat(printed("a\u202Eb\u202Cc")).isEqualTo("a\\u202Eb\\u202Cc");
        assertThat(printed("\u001B[31mred\u0007")).isEqualTo("\\u001B[31mred\\u0007");
        assertThat(printed("\u2066x\u2069\u200E\u200F\u061C")).isEqualTo("\\u2066x\\u2069\\u200E\\u200F\\u061C");
        assertThat(printed("tab\there\rcr\u0085\u009B\u007F\u2028\u2029"))
                .isEqualTo("tab\\u0009here\\u000Dcr\\u0085\\u009B\\u007F\\u2028\\u2029");
    }
}
