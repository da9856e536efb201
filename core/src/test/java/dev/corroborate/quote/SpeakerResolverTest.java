package dev.corroborate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.model.Speaker;
import dev.corroborate.model.SpeakerMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    private static int offset = 0;

    private static SpeakerResolver.Mention mention(String article, String story, String name, String role, String... groups) {
        offset += 10;
        return new SpeakerResolver.Mention(article, story, new SpeakerMention(name, name, offset, offset + name.length(),
                role, "X said"), Set.of(groups));
    }

    private static List<List<String>> people(List<SpeakerResolver.Mention> mentions) {
        SpeakerResolver.Resolution resolution = new SpeakerResolver().resolve(mentions);
        List<List<String>> people = new ArrayList<>();
        for (Speaker speaker : resolution.speakers()) {
            people.add(speaker.variants());
        }
        people.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return people;
    }

    @Test
    void transliterationVariantsWithASharedQuoteAreOnePerson() {
        var mentions = List.of(mention("a1", "s1", "Sun Weiyan", "spokesperson for the mission", "q1"),
                mention("a2", "s1", "Sun Wean", "", "q1"));
        SpeakerResolver.Resolution resolution = new SpeakerResolver().resolve(mentions);
        assertThat(resolution.speakers()).singleElement().satisfies(person -> {
            assertThat(person.variants()).containsExactly("Sun Wean", "Sun Weiyan");
            assertThat(person.roles()).containsExactly("spokesperson for the mission");
            assertThat(person.evidence()).singleElement().asString().contains("spelling variants").contains("a shared quote");
        });
    }

    @Test
    void twoLettersApartNeedASharedQuoteNotOnlyTheSameStory() {
        assertThat(people(List.of(mention("a1", "s1", "Sun Weiyan", ""), mention("a2", "s1", "Sun Wean", ""))))
                .hasSize(2);
    }

    @Test
    void differentGivenNamesStayApartEvenInOneStory() {
        assertThat(people(List.of(mention("a1", "s1", "John Smith", ""), mention("a2", "s1", "Jane Smith", ""))))
                .hasSize(2);
    }

    @Test
    void aNameWithAWordMoreNeedsSomethingThatTiesThem() {
        assertThat(people(List.of(mention("a1", "s1", "George Bush", ""), mention("a2", "s2", "George W. Bush", ""))))
                .hasSize(2);
        assertThat(people(List.of(mention("a1", "s1", "George Bush", ""), mention("a2", "s1", "George W. Bush", ""))))
                .hasSize(1);
    }

    @Test
    void surnameAloneJoinsTheFullNameOfTheSameStoryOnly() {
        assertThat(people(List.of(mention("a1", "s1", "Petra Lindgren", ""), mention("a2", "s1", "Lindgren", ""))))
                .containsExactly(List.of("Lindgren", "Petra Lindgren"));
        assertThat(people(List.of(mention("a1", "s1", "Petra Lindgren", ""), mention("a2", "s2", "Lindgren", ""))))
                .hasSize(2);
    }

    @Test
    void titlesAndAccentsDoNotMakeANewPerson() {
        assertThat(people(List.of(mention("a1", "s1", "Sen. Ana Núñez", ""), mention("a2", "s9", "Ana Nunez", ""))))
                .hasSize(1);
    }

    @Test
    void spellingVariantWithoutAnyTieStaysApart() {
        assertThat(people(List.of(mention("a1", "s1", "Oskar Lindqvist", ""), mention("a2", "s2", "Oskar Lindquist", ""))))
                .hasSize(2);
    }

    @Test
    void theSameDescriptionIsOneSourceOnlyWhenItIsQuotedAlike() {
        assertThat(people(List.of(mention("a1", "s1", "the letter", "", "q7"), mention("a2", "s2", "the letter", "", "q7"))))
                .hasSize(1);
        assertThat(people(List.of(mention("a1", "s1", "the letter", ""), mention("a2", "s2", "the letter", ""))))
                .hasSize(2);
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<SpeakerResolver.Mention> mentions = new ArrayList<>(List.of(
                mention("a1", "s1", "Sun Weiyan", "", "q1"), mention("a2", "s1", "Sun Wean", "", "q1"),
                mention("a3", "s1", "Sun", ""), mention("a4", "s2", "Kang Bo", ""), mention("a5", "s2", "Kang", ""),
                mention("a6", "s3", "Jane Smith", ""), mention("a7", "s3", "John Smith", "")));
        SpeakerResolver.Resolution first = new SpeakerResolver().resolve(mentions);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(mentions, random);
            assertThat(new SpeakerResolver().resolve(mentions)).isEqualTo(first);
        }
    }

    @Test
    void aSurnameAloneJoinsTheFullNameInTheSameStoryOrWithASharedQuote() {
        assertThat(people(List.of(mention("a1", "s1", "Maren Solberg", ""), mention("a2", "s2", "Solberg", "", "q7"),
                mention("a3", "s3", "Maren Solberg", "", "q7"))))
                .containsExactly(List.of("Maren Solberg", "Solberg"));
        // Neither the story nor a quote ties them: the surname stays apart.
        assertThat(people(List.of(mention("a1", "s1", "Maren Solberg", ""), mention("a2", "s2", "Solberg", ""))))
                .hasSize(2);
    }
}
