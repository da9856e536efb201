package dev.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An event's lead details: counted per detail, years counted once each, taken over whole by a merge. */
class EventStateTest {

    private static Map<String, Integer> details(EventState event) {
        Map<String, Integer> out = new HashMap<>();
        event.leadIdentity.forEach(out::put);
        return out;
    }

    @Test
    void leadDetailsAreCountedYearsOnceEachAndAMergeTakesThemOver() {
        FeatureTable features = new FeatureTable();
        EventState harwick = new EventState(0, "ev-1");
        harwick.addLeadDetails(Set.of("N:harwick", "#23", "Y2011"), features);
        harwick.addLeadDetails(Set.of("N:harwick", "Y2012"), features);
        assertThat(details(harwick)).isEqualTo(Map.of("N:harwick", 2, "#23", 1, "Y2011", 1, "Y2012", 1));
        assertThat(harwick.yearsNamed).isEqualTo(2);
        assertThat(harwick.sharedDetails(Set.of("N:harwick", "#9"))).isEqualTo(1);

        EventState dunmore = new EventState(1, "ev-2");
        dunmore.addLeadDetails(Set.of("Y2011", "N:dunmore", "Y2013"), features);
        assertThat(harwick.sharedDetails(dunmore)).isEqualTo(1);
        assertThat(dunmore.sharedDetails(harwick)).isEqualTo(1);

        harwick.takeLeadDetails(dunmore);
        assertThat(details(harwick)).isEqualTo(
                Map.of("N:harwick", 2, "#23", 1, "Y2011", 2, "Y2012", 1, "N:dunmore", 1, "Y2013", 1));
        assertThat(harwick.yearsNamed).isEqualTo(3);
        assertThat(details(dunmore)).isEmpty();
        assertThat(dunmore.yearsNamed).isZero();

        // Gone quiet: folded into arrays, the same counts; still counted on after.
        harwick.leadIdentity.compact();
        harwick.addLeadDetails(Set.of("N:harwick", "Y2014"), features);
        assertThat(details(harwick)).containsEntry("N:harwick", 3).containsEntry("Y2014", 1).hasSize(7);
        assertThat(harwick.yearsNamed).isEqualTo(4);
        // A detail new to the event is held as the table's string.
        assertThat(harwick.leadIdentity.sortedWords()).allSatisfy(word -> assertThat(features.intern(new String(word))).isSameAs(word));

        harwick.clear();
        assertThat(details(harwick)).isEmpty();
        assertThat(harwick.yearsNamed).isZero();
    }
}
