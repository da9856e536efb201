package dev.corroborate.quote;

import dev.corroborate.quote.SpeakerResolver.KeptForm;
import dev.corroborate.quote.SpeakerResolver.KeptName;
import dev.corroborate.quote.SpeakerResolver.Mention;
import dev.corroborate.quote.SpeakerResolver.Resolution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The name forms and mentions of a previous resolution, held in memory and answered as a store's
 * tables answer them ({@link SpeakerResolver.KeptForms}): what
 * {@link SpeakerResolver#resolve(List, List, Resolution)} revises against, so the in-memory path and
 * its tests walk the same {@link SpeakerResolver#revise} as a batch into a store.
 */
final class KeptFormsInMemory implements SpeakerResolver.KeptForms {

    private final Map<String, KeptForm> forms = new HashMap<>();
    private final Map<String, List<Mention>> mentions = new HashMap<>();
    private final Map<String, List<KeptForm>> byBlock = new HashMap<>();
    private final Map<String, List<KeptForm>> byPerson = new HashMap<>();

    /** The forms of {@code before}'s mentions, each with the person {@code previous} gave it. */
    KeptFormsInMemory(SpeakerResolver resolver, List<Mention> before, Resolution previous) {
        for (Mention mention : before) {
            KeptForm form = resolver.formOf(mention, previous.speakerOf().get(mention.key()));
            forms.putIfAbsent(form.identity(), form);
            mentions.computeIfAbsent(form.identity(), f -> new ArrayList<>()).add(mention);
        }
        // Filed in identity order, as the store lists a block's forms.
        new TreeMap<>(forms).values().forEach(form -> {
            resolver.blocksOf(form).forEach(block -> byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(form));
            byPerson.computeIfAbsent(form.speakerId(), p -> new ArrayList<>()).add(form);
        });
    }

    @Override
    public Map<String, KeptForm> forms(Collection<String> identities) {
        Map<String, KeptForm> of = new HashMap<>();
        identities.stream().filter(forms::containsKey).forEach(id -> of.put(id, forms.get(id)));
        return of;
    }

    @Override
    public Map<String, List<KeptForm>> inBlocks(Collection<String> blocks) {
        Map<String, List<KeptForm>> of = new HashMap<>();
        blocks.stream().filter(byBlock::containsKey).forEach(block -> of.put(block, byBlock.get(block)));
        return of;
    }

    @Override
    public Map<String, KeptNames> namesInBlocks(Collection<String> blocks) {
        Map<String, KeptNames> of = new HashMap<>();
        inBlocks(blocks).forEach((block, in) -> of.put(block, KeptNames.of(
                in.stream().map(form -> new KeptName(form.identity(), form.words(), form.named())).toList())));
        return of;
    }

    @Override
    public Map<String, Integer> blockSizes(Collection<String> blocks) {
        Map<String, Integer> of = new HashMap<>();
        blocks.stream().filter(byBlock::containsKey).forEach(block -> of.put(block, byBlock.get(block).size()));
        return of;
    }

    @Override
    public List<KeptForm> ofPeople(Collection<String> speakerIds) {
        List<KeptForm> of = new ArrayList<>();
        speakerIds.forEach(person -> of.addAll(byPerson.getOrDefault(person, List.of())));
        return of;
    }

    @Override
    public List<Mention> mentionsOf(Collection<String> identities) {
        List<Mention> of = new ArrayList<>();
        identities.forEach(id -> of.addAll(mentions.getOrDefault(id, List.of())));
        return of;
    }
}
