package dev.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTimeTest {

    @ParameterizedTest
    @CsvSource({
        "2026-02-03,                    DAY,    2026-02-03",
        "2026-02,                       MONTH,  2026-02",
        "2026,                          YEAR,   2026",
        "2026-02-03T09:12,              MINUTE, 2026-02-03T09:12",
        "2026-02-03 09:12:30,           SECOND, 2026-02-03T09:12:30",
        "2026-02-03T09:12:30Z,          SECOND, 2026-02-03T09:12:30Z",
        "2026-02-03T09:12:30.250+01:00, SECOND, 2026-02-03T09:12:30+01:00",
        "2026-02-03T09:12:30+0530,      SECOND, 2026-02-03T09:12:30+05:30",
    })
    void parsesTheContractFormsAndKeepsTheirPrecision(String text, Precision precision, String iso) {
        PublishedTime time = PublishedTime.parse(text).orElseThrow();
        assertThat(time.precision()).isEqualTo(precision);
        assertThat(time.iso()).isEqualTo(iso);
        assertThat(PublishedTime.requireParse(time.iso())).isEqualTo(time);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-13-01", "2026-02-30", "03/02/2026", "2026-02-03T25:00"})
    void refusesWhatIsNotATime(String text) {
        assertThat(PublishedTime.parse(text)).isEmpty();
    }

    @Test
    void ordersByTheStatedOffsetAndReadsAMissingOneAsUtc() {
        PublishedTime withOffset = PublishedTime.parse("2026-02-03T16:05:00+01:00").orElseThrow();
        PublishedTime noOffset = PublishedTime.parse("2026-02-03T15:05:00").orElseThrow();
        assertThat(withOffset.instant()).isEqualTo(Instant.parse("2026-02-03T15:05:00Z"));
        assertThat(noOffset.instant()).isEqualTo(withOffset.instant());
        assertThat(withOffset.offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(noOffset.offset()).isNull();
        assertThat(noOffset.offsetDateTime()).isEmpty();
    }

    @Test
    void theStoredFormIsReadAsThePatternReadsIt() {
        java.util.Random random = new java.util.Random(17);
        String template = "2026-02-28T23:59:59Z";
        String alphabet = "0123456789-:TZ +x\u0663";
        for (int i = 0; i < 200_000; i++) {
            char[] chars = template.toCharArray();
            // mostly digits changed (impossible months, days, hours included), sometimes any character
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                int at = random.nextInt(chars.length);
                chars[at] = random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10));
            }
            String text = new String(chars);
            assertThat(PublishedTime.parse(text)).as(text).isEqualTo(PublishedTime.parseByPattern(text));
        }
        assertThat(PublishedTime.parse(template)).isEqualTo(PublishedTime.parseByPattern(template)).isPresent();
        assertThat(PublishedTime.parse("2026-02-30T10:00:00Z")).isEmpty();
    }
}
