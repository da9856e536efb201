package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String PAGE = "<html><head>%s<title>Café on the quay</title></head><body><p>“Open all winter”</p></body></html>";

    @Test
    void theMetaTagIsBelievedWhenTheBytesAgree() {
        byte[] bytes = String.format(PAGE, "<meta charset=\"windows-1252\">").getBytes(WINDOWS_1252);
        assertThat(Charsets.detect(bytes, null)).isEqualTo(WINDOWS_1252);
    }

    @Test
    void aMetaTagClaimingUtf8OverLegacyBytesIsNotBelieved() {
        byte[] bytes = String.format(PAGE, "<meta charset=\"utf-8\">").getBytes(WINDOWS_1252);
        assertThat(Charsets.detect(bytes, null)).isEqualTo(WINDOWS_1252);
        assertThat(new HtmlExtractor().extract(bytes, null).title()).isEqualTo("Café on the quay");
    }

    @Test
    void aSingleByteDeclarationOverValidUtf8IsNotBelieved() {
        byte[] bytes = String.format(PAGE, "").getBytes(StandardCharsets.UTF_8);
        assertThat(Charsets.detect(bytes, "iso-8859-1")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAnyDeclarationTheBytesDecide() {
        assertThat(Charsets.detect(String.format(PAGE, "").getBytes(StandardCharsets.UTF_8), null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Charsets.detect(String.format(PAGE, "").getBytes(WINDOWS_1252), null)).isEqualTo(WINDOWS_1252);
    }

    @Test
    void aByteOrderMarkWins() {
        byte[] utf16 = ("\uFEFF" + String.format(PAGE, "<meta charset=\"windows-1252\">")).getBytes(StandardCharsets.UTF_16LE);
        assertThat(Charsets.detect(utf16, "utf-8")).isEqualTo(StandardCharsets.UTF_16LE);
    }
}
