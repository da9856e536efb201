package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void oneEntryAFeatureNumberedAsTheyCame() {
        FeatureTable table = new FeatureTable();
        String harbour = new String("harbour");
        assertThat(table.find("harbour")).isEqualTo(FeatureTable.ABSENT);
        assertThat(table.intern(harbour)).isSameAs(harbour);
        assertThat(table.intern(new String("harbour"))).isSameAs(harbour);
        int ferry = table.number("ferry");
        assertThat(ferry).isEqualTo(1);
        assertThat(table.key(0)).isSameAs(harbour);
        assertThat(table.key(1)).isEqualTo("ferry");
        assertThat(table.find("ferry")).isEqualTo(1);
        assertThat(table.size()).isEqualTo(2);
        assertThatThrownBy(() -> table.key(2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("2");
        assertThatThrownBy(() -> table.key(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void documentCountsByNumber() {
        FeatureTable table = new FeatureTable();
        int tide = table.number("tide");
        int moon = table.number("moon");
        table.addDocuments(tide, 1);
        table.addDocuments(tide, 2);
        table.setDocuments(moon, 7);
        assertThat(table.documents(tide)).isEqualTo(3);
        assertThat(table.documents(moon)).isEqualTo(7);
        assertThat(table.documents(table.number("reef"))).isZero();
    }

    @Test
    void manyFeaturesOverSeveralPagesAndGrowthsKeepTheirNumbersAndCounts() {
        FeatureTable table = new FeatureTable();
        // More than a page of strings (16,384) and a table grown many times; keys alike, as names and numbers are.
        for (int i = 0; i < 100_000; i++) {
            assertThat(table.number("n" + i)).isEqualTo(i);
            table.addDocuments(i, i % 7);
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(table.find("n" + i)).isEqualTo(i);
            assertThat(table.key(i)).isEqualTo("n" + i);
            assertThat(table.documents(i)).isEqualTo(i % 7);
        }
        assertThat(table.find("n100000")).isEqualTo(FeatureTable.ABSENT);
        assertThat(table.size()).isEqualTo(100_000);
    }

    @Test
    void threadsAskingAtOnceGetOneFeatureAndOneNumberEach() {
        FeatureTable table = new FeatureTable();
        List<String> keys = IntStream.range(0, 200_000).mapToObj(i -> "w" + (i % 50_000)).toList();
        // Each thread checks what it was given against what it looks up while others add.
        keys.parallelStream().forEach(key -> {
            int number = table.number(key);
            assertThat(table.key(number)).isEqualTo(key);
            assertThat(table.find(key)).isEqualTo(number);
        });
        assertThat(table.size()).isEqualTo(50_000);
        for (int number = 0; number < 50_000; number++) {
            String key = table.key(number);
            assertThat(table.find(key)).isEqualTo(number);
            assertThat(table.intern(new String(key))).isSameAs(key);
        }
    }
}
