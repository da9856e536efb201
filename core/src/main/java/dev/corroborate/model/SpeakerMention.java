package dev.corroborate.model;

/**
 * Who a quote is attributed to in one article. Immutable and safe to share across threads.
 *
 * @param name    the fullest name the article gives this speaker (a pronoun or "the spokesman"
 *                resolved to the named speaker it refers to), or the mention itself when nothing
 *                names it
 * @param mention the words at the attribution, as written ("he", "Sun Weiyan", "the letter")
 * @param start   offset of the mention in the article's text
 * @param end     end offset of the mention
 * @param role    the role or title the article gives the speaker ("spokesman for the mission"),
 *                or the empty string
 * @param how     the evidence, e.g. {@code "X said"}, {@code "continues the previous speaker"}
 */
public record SpeakerMention(String name, String mention, int start, int end, String role, String how)
        implements java.io.Serializable {

    public SpeakerMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
        }
    }
}
