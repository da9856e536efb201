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

    @Test
    void aMultiByteLegacyDeclarationOverValidUtf8IsNotBelieved() {
        String page = "<html><head><meta http-equiv=\"content-type\" content=\"text/html;charset=GB2312\"/>"
                + "<title>\u6e2f\u53e3\u65b0\u95fb</title></head><body><p>\u6e21\u8f6e\u4eca\u5929\u6062\u590d\u8fd0\u884c\u3002</p></body></html>";
        assertThat(Charsets.detect(page.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(StandardCharsets.UTF_8);
        // The same page truly in GB2312 is read as GB2312.
        Charset gb2312 = Charset.forName("GB2312");
        assertThat(Charsets.detect(page.getBytes(gb2312), null)).isEqualTo(gb2312);
    }
}
