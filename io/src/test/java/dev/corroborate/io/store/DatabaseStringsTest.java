package dev.corroborate.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Database#strings} reads plain arrays by hand and the rest with Jackson: both as Jackson reads them. */
class DatabaseStringsTest {

    private static final String ALPHABET = "ab ,[]\"\\\n\t\u00e9\u4e2d\uD83D\uDE00:{}";

    @Test
    void readsWhatItWroteAsJacksonReadsIt() throws Exception {
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            List<String> strings = new ArrayList<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) {
                    // mostly plain letters, so the hand-read path is taken often
                    s.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : 'x');
                }
                strings.add(s.toString());
            }
            String json = Database.json(strings);
            List<String> read = Database.strings(json);
            assertThat(read).as(json).isEqualTo(strings)
                    .isEqualTo(Database.JSON.readValue(json, new TypeReference<List<String>>() { }));
        }
    }

    @Test
    void arraysItCannotReadByHandGoToJackson() {
        assertThat(Database.strings("[ \"a\" , \"b\" ]")).containsExactly("a", "b");
        assertThat(Database.strings("[]")).isEmpty();
        assertThat(Database.strings("[\"a\\\"b\"]")).containsExactly("a\"b");
        assertThatThrownBy(() -> Database.strings("[\"a\",]")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Database.strings("[1,\"a\"")).isInstanceOf(StoreException.class);
    }
}
