package dev.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "LUNMOUTH (Meridian Press) – The ministry wrote to the commission. | LUNMOUTH | -      | Meridian Press | The ministry",
        "LUNMOUTH, Feb 3 (Meridian Press) - The ministry wrote.               | LUNMOUTH | Feb 3  | Meridian Press | The ministry",
        "NEW HAVEN, March 14, 2026 (AP) — Officials said.                     | NEW HAVEN | March 14, 2026 | AP    | Officials",
        "(AP) — Officials said on Monday.                                     | -        | -      | AP             | Officials",
        "PELLHAM, Vastria, March 8 (Northwind Press) – Divers searched.        | 'PELLHAM, Vastria' | March 8 | Northwind Press | Divers",
        "BRANFORD, Conn. (AP) — The ferry resumed service.                    | 'BRANFORD, Conn.' | - | AP             | The ferry",
        "Kessel (dpa) - Die Brücke ist wieder offen.                          | Kessel   | -      | dpa            | Die Brücke",
        "LUNMOUTH — The ferry resumed service.                                | LUNMOUTH | -      | -              | The ferry",
        "KESSARY: According to a letter seen by reporters, the plan stalled.  | KESSARY  | -      | -              | According",
    })
    void datelinesAndAgenciesAreFoundAndTheBodyStartsAfterThem(String paragraph, String place, String date,
            String agency, String bodyStart) {
        Datelines.Dateline found = Datelines.find(paragraph.strip()).orElseThrow();
        assertThat(found.place()).isEqualTo(place);
        assertThat(found.date()).isEqualTo(date);
        assertThat(found.agency()).isEqualTo(agency);
        assertThat(paragraph.strip().substring(found.end())).startsWith(bodyStart);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BREAKING: The ferry has resumed service.", "The ministry (which declined to comment) said nothing.",
        "UPDATE — The vote was postponed.", "Residents of nearly 40 villages complained."})
    void ordinaryOpeningsAreNotDatelines(String paragraph) {
        assertThat(Datelines.find(paragraph)).isEmpty();
    }

    @Test
    void aDatelineNeedsTextAfterIt() {
        assertThat(Datelines.find("LUNMOUTH — ")).isEmpty();
    }
}
