package dev.corroborate.extract;

/**
 * Decides whether a text chunk is article text: logistic regression over {@link ChunkFeatures}.
 * The weights were fitted on the even-indexed half of the Fundus news-page dev set (pages sorted by
 * id; a chunk is article text when its words occur in the gold body), and checked on the odd half.
 * Refit with {@code bench}'s TrainChunkModel; the figures are in docs/BENCHMARKS.md.
 */
final class ChunkModel {

    /** In {@link ChunkFeatures#NAMES} order. Fitted by TrainChunkModel on the even halves of the Fundus and
     * Readability dev sets: 20063 chunks from the even half; weighted accuracy 0.9316. */
    static final double[] WEIGHTS = {
        -4.2464, // bias
        +0.1450, // log_chars
        +0.3923, // words_le_3
        -0.4392, // words_le_10
        +1.2619, // sentence_end
        +0.1362, // sentences
        +1.5929, // comma_rate
        -1.7789, // link_density
        -0.1530, // upper_rate
        -0.0482, // digit_rate
        +0.4209, // tag_p
        +0.4361, // tag_heading
        +0.6073, // tag_li
        -1.4318, // tag_div
        +3.0634, // tag_td
        -1.2242, // tag_blockquote
        +0.9686, // tag_other
        +2.8882, // in_root
        -2.1557, // in_chrome
        -0.5594, // repeated
        -0.8244, // position
        +2.8049, // root_share_log
        -0.4053, // prev_in_root
        +0.5259, // next_in_root
        -0.6421, // chrome_name
        -0.1416, // content_name
        -2.0826, // boilerplate_phrase
        -1.4774, // like_title
        -1.6609, // starts_by
        -0.9837, // copyright
    };

    private ChunkModel() {
    }

    static double probability(double[] features) {
        double z = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            z += WEIGHTS[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static boolean keeps(double[] features) {
        return probability(features) > 0.5;
    }
}
