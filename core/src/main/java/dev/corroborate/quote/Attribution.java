package dev.corroborate.quote;

import dev.corroborate.model.SpeakerMention;

/**
 * What an attribution found: the speaker's words and the cue.
 *
 * @param mention     the speaker, or {@code null} when a speech verb was found but no speaker next to it
 * @param cueStart    offset of the cue (the speech verb, "according to", a colon or a dash)
 * @param cueEnd      end offset of the cue
 * @param adjacent    whether the attribution stands right next to the quote
 * @param contentFrom where the reporter's words after the cue start, when the cue comes before the quote
 *                    in its sentence, or -1
 */
record Attribution(SpeakerMention mention, int cueStart, int cueEnd, boolean adjacent, int contentFrom) {

    Attribution(SpeakerMention mention, int cueStart, int cueEnd, boolean adjacent) {
        this(mention, cueStart, cueEnd, adjacent, -1);
    }

    /** The same speaker and cue for a quote that continues the previous one. */
    Attribution continued() {
        return new Attribution(mention == null ? null : new SpeakerMention(mention.name(), mention.mention(),
                mention.start(), mention.end(), mention.role(), "continues the previous speaker"),
                cueStart, cueEnd, false);
    }

    String cue(String text) {
        return cueStart < 0 ? "" : text.substring(cueStart, cueEnd);
    }
}
