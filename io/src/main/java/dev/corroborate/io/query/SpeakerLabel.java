package dev.corroborate.io.query;

import dev.corroborate.model.FoundQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who a quote is attributed to, as a reader should see it: the person (the resolved speaker's name
 * when there is one), how this article writes them when that differs, and the role it gives.
 *
 * @param person    the person's name, or {@code null} when the article does not say who spoke
 * @param asWritten how the article names the person, when it differs ("Oscar Lindquist", "he")
 * @param role      the role the article gives, possibly empty
 */
public record SpeakerLabel(String person, List<String> asWritten, String role) {

    public SpeakerLabel {
        asWritten = List.copyOf(asWritten);
        role = role == null ? "" : role;
    }

    /** The label of {@code quote}'s speaker, with the resolved people's names by speaker id. */
    public static SpeakerLabel of(FoundQuote quote, Map<String, String> personNames) {
        var mention = quote.quote().speaker();
        if (mention == null) {
            return new SpeakerLabel(null, List.of(), "");
        }
        String person = quote.speakerId() == null ? mention.name() : personNames.getOrDefault(quote.speakerId(), mention.name());
        List<String> asWritten = new ArrayList<>();
        if (!mention.name().equals(person)) {
            asWritten.add(mention.name());
        }
        if (!mention.mention().contains(person) && !mention.mention().equals(mention.name())) {
            asWritten.add(mention.mention());
        }
        return new SpeakerLabel(person, asWritten, mention.role());
    }

    /** One line: "Oskar Lindqvist (as “Oscar Lindquist”, “he”), chair of the board", or "speaker not stated". */
    public String describe() {
        if (person == null) {
            return "speaker not stated";
        }
        StringBuilder line = new StringBuilder(person);
        if (!asWritten.isEmpty()) {
            line.append(" (as ");
            for (int i = 0; i < asWritten.size(); i++) {
                line.append(i == 0 ? "" : ", ").append('\u201C').append(asWritten.get(i)).append('\u201D');
            }
            line.append(')');
        }
        if (!role.isBlank()) {
            line.append(", ").append(role);
        }
        return line.toString();
    }
}
