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
    void aCapitalisedDescriptionStaysPerArticleWhateverWhiteSpaceFollowsItsDeterminer() {
        for (String space : List.of(" ", "\t", "\n", "\r\n", "  ")) {
            String description = "The" + space + "letter";
            assertThat(people(List.of(mention("a1", "s1", description, ""), mention("a2", "s2", description, ""))))
                    .as("'%s'", description).hasSize(2);
        }
        // A space that is not white space to the name check (no-break) leaves one word, not a determiner: a name.
        String name = "The\u00A0letter";
        assertThat(people(List.of(mention("a1", "s1", name, ""), mention("a2", "s2", name, "")))).hasSize(1);
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

    @Test
    void resolvingAgainWhatChangedGivesTheResolutionOfEverything() {
        resolvingAgainEqualsResolvingEverything(new SpeakerResolver(), 29);
    }

    @Test
    void resolvingAgainEqualsResolvingEverythingWhenNewFormsMakeABlockTooCommon() {
        // A ceiling of four forms a block: new forms push blocks over it, so their kept forms are revisited.
        resolvingAgainEqualsResolvingEverything(new SpeakerResolver(new SpeakerSettings(4, 3, 1, 2, 3, 4)), 31);
    }

    private static void resolvingAgainEqualsResolvingEverything(SpeakerResolver resolver, long seed) {
        // Fictional names with variants, surnames alone and shared words, so people tie across runs.
        String[] names = {"Maren Solberg", "Solberg", "Maren Sohlberg", "Ilse Marrow", "Marrow", "Ilse Marow",
            "Tomas Quell", "Quell", "Thomas Quell", "Tomas Quill", "Edda Vantreck", "Vantreck", "Edda M. Vantreck",
            "Jon Solberg", "the harbour guild", "the letter"};
        String[] roles = {"", "", "spokeswoman for the guild", "roads engineer", "chair of the keepers"};
        Random random = new Random(seed);
        for (int round = 0; round < 80; round++) {
            List<SpeakerResolver.Mention> old = new ArrayList<>();
            int articles = 4 + random.nextInt(12);
            for (int a = 0; a < articles; a++) {
                for (int m = 0; m < 1 + random.nextInt(3); m++) {
                    old.add(mention("a" + a, "s" + random.nextInt(4), names[random.nextInt(names.length)],
                            roles[random.nextInt(roles.length)], random.nextInt(3) == 0 ? "q" + random.nextInt(3) : "x"));
                }
            }
            SpeakerResolver.Resolution first = resolver.resolve(old);

            // New articles, and old mentions whose story changed (events joined) or that joined a quote group.
            List<SpeakerResolver.Mention> all = new ArrayList<>();
            for (SpeakerResolver.Mention mention : old) {
                if (random.nextInt(8) == 0) {
                    mention = new SpeakerResolver.Mention(mention.articleId(), "s" + random.nextInt(4), mention.speaker(),
                            random.nextBoolean() ? mention.quoteGroups() : Set.of("q" + random.nextInt(3)));
                }
                all.add(mention);
            }
            for (int a = articles; a < articles + 1 + random.nextInt(4); a++) {
                all.add(mention("a" + a, "s" + random.nextInt(5), names[random.nextInt(names.length)],
                        roles[random.nextInt(roles.length)], random.nextInt(3) == 0 ? "q" + random.nextInt(3) : "x"));
            }
            SpeakerResolver.Resolution again = resolver.resolve(all, old, first);
            assertThat(again).as("round " + round).isEqualTo(resolver.resolve(all));
        }
    }

    /**
     * Blocks of many forms (a shared surname, shared first letters), with spelling variants, surnames
     * alone, descriptions, roles, stories and quote groups drawn at random: comparing only the pairs
     * that share a story, a quote group or a role word gives the people, variants and evidence that
     * comparing every pair of each block gives.
     */
    @Test
    void onlyThePairsThatShareATieGiveWhatEveryPairGives() {
        String[] given = {"Anna", "Anne", "Ana", "Bob", "Rob", "Carla", "Karla", "Dmitri", "Dmitry", "Eva", "A.", "J."};
        String[] surnames = {"Lindqvist", "Lindquist", "Lindqvista", "Linden", "Lind", "Smith", "Smyth", "Smithe"};
        String[] roles = {"", "", "spokesperson for the ministry", "minister of water", "former minister", "the mayor", "an aide"};
        String[] descriptions = {"the letter", "the report", "a spokesman"};
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            List<SpeakerResolver.Mention> mentions = new ArrayList<>();
            for (int k = 0; k < 400; k++) {
                String name = switch (random.nextInt(6)) {
                    case 0 -> surnames[random.nextInt(surnames.length)];
                    case 1 -> descriptions[random.nextInt(descriptions.length)];
                    case 2 -> given[random.nextInt(given.length)] + " " + given[random.nextInt(given.length)] + " "
                            + surnames[random.nextInt(surnames.length)];
                    default -> given[random.nextInt(given.length)] + " " + surnames[random.nextInt(surnames.length)];
                };
                String[] groups = random.nextInt(4) == 0 ? new String[] {"q" + random.nextInt(30)} : new String[0];
                mentions.add(mention("a" + random.nextInt(150), "s" + random.nextInt(60), name,
                        roles[random.nextInt(roles.length)], groups));
            }
            SpeakerResolver.Resolution every = new SpeakerResolver(SpeakerSettings.DEFAULTS, true).resolve(mentions);
            SpeakerResolver.Resolution tied = new SpeakerResolver().resolve(mentions);
            assertThat(tied).as("seed " + seed).isEqualTo(every);
            assertThat(every.speakers()).as("seed " + seed).anySatisfy(person -> assertThat(person.variants()).hasSizeGreaterThan(2));
        }
    }
}
