package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class SettingsTest {

    /** The defaults with one component changed, by its name. */
    static StoryClusterer.Settings defaultsWith(String component, Object value) {
        RecordComponent[] components = StoryClusterer.Settings.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                found |= components[i].getName().equals(component);
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(StoryClusterer.Settings.DEFAULTS);
            }
            assertThat(found).as("a component named " + component).isTrue();
            return StoryClusterer.Settings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDefaultsAreTheDocumentedValues() {
        StoryClusterer.Settings d = StoryClusterer.Settings.DEFAULTS;
        assertThat(d.eventThreshold()).isEqualTo(0.30);
        assertThat(d.partialBonus()).isEqualTo(0.15);
        assertThat(d.storyThreshold()).isEqualTo(0.10);
        assertThat(d.storyWindowDays()).isEqualTo(90);
        assertThat(d.mergeThreshold()).isEqualTo(0.06);
        assertThat(d.partialLinkThreshold()).isEqualTo(0.15);
        assertThat(d.mergeWindowDays()).isEqualTo(7);
        assertThat(d.mergeSpanDays()).isEqualTo(14);
        assertThat(d.minSharedDetails()).isEqualTo(2);
        assertThat(d.identityShare()).isEqualTo(0.7);
        assertThat(d.identityMinSize()).isEqualTo(3);
        assertThat(d.refineRounds()).isEqualTo(3);
        assertThat(d.backgroundDocuments()).isEqualTo(50);
        assertThat(d.idfFloor()).isEqualTo(0.5);
        assertThat(d.yearConflict()).isEqualTo(0.5);
        assertThat(d.maxCollected()).isEqualTo(400);
        assertThat(d.leadWords()).isEqualTo(80);
    }

    @Test
    void aLimitOfNothingIsRefusedWithItsName() {
        assertThatThrownBy(() -> defaultsWith("candidates", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("candidates");
    }
}
