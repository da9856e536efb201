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
        assertThat(table.find("harbour")).isNull();
        assertThat(table.intern(harbour)).isSameAs(harbour);
        assertThat(table.intern(new String("harbour"))).isSameAs(harbour);
        FeatureTable.Feature ferry = table.feature("ferry");
        assertThat(ferry.number).isEqualTo(1);
        assertThat(table.byNumber(0).key).isSameAs(harbour);
        assertThat(table.byNumber(1)).isSameAs(ferry);
        assertThat(table.find("ferry")).isSameAs(ferry);
        assertThat(table.size()).isEqualTo(2);
        assertThatThrownBy(() -> table.byNumber(2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("2");
    }

    @Test
    void threadsAskingAtOnceGetOneFeatureAndOneNumberEach() {
        FeatureTable table = new FeatureTable();
        List<String> keys = IntStream.range(0, 20_000).mapToObj(i -> "w" + (i % 5_000)).toList();
        keys.parallelStream().forEach(table::feature);
        assertThat(table.size()).isEqualTo(5_000);
        for (int number = 0; number < 5_000; number++) {
            FeatureTable.Feature feature = table.byNumber(number);
            assertThat(feature.number).isEqualTo(number);
            assertThat(table.find(feature.key)).isSameAs(feature);
        }
    }
}
