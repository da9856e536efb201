package dev.corroborate.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corroborate.model.Quote;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings records: the extractor follows its settings, and impossible settings are refused. */
class QuoteSettingsTest {

    /** {@code settings} with one component changed, through the canonical constructor. */
    private static QuoteSettings with(QuoteSettings settings, String component, Object value) throws Exception {
        RecordComponent[] components = QuoteSettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(settings);
            found |= components[i].getName().equals(component);
        }
        assertThat(found).as("component %s", component).isTrue();
        Constructor<QuoteSettings> canonical = QuoteSettings.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(values);
    }

    @Test
    void theDefaultConstructorUsesTheDefaults() {
        String text = "\u201CThe ferry will run again on Monday,\u201D Mira Castell said. Tomas Berg said that the "
                + "harbour would stay closed until the storm had passed.";
        assertThat(new QuoteExtractor().extract(text)).isEqualTo(new QuoteExtractor(QuoteSettings.DEFAULTS).extract(text));
    }

    @Test
    void anUnattributedQuoteNeedsTheWordsTheSettingsAskFor() throws Exception {
        // Eight words, alone in its paragraph, with no speaker: kept at the default of eight words.
        String text = "The council met on Tuesday.\n\n\u201CEvery ferry on the island will run again.\u201D";
        List<Quote> byDefault = new QuoteExtractor().extract(text);
        assertThat(byDefault).hasSize(1);
        assertThat(byDefault.get(0).speaker()).isNull();

        QuoteExtractor stricter = new QuoteExtractor(with(QuoteSettings.DEFAULTS, "minWordsWithoutCue", 9));
        assertThat(stricter.extract(text)).isEmpty();
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> with(QuoteSettings.DEFAULTS, "directClauseQuotedShare", 1.5))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(QuoteSettings.DEFAULTS, "window", 0))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteGroupingSettings(3, 0.5, 5, 1.4, 0.3, 400, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpeakerSettings(3000, 0, 1, 2, 3, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
