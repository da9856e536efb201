package dev.corroborate.extract;

/**
 * Decides whether a text chunk is article text: logistic regression over {@link ChunkFeatures}.
 * The weights were fitted on the even-indexed half of the Fundus news-page dev set (pages sorted by
 * id; a chunk is article text when its words occur in the gold body), and checked on the odd half.
 * Refit with {@code bench}'s TrainChunkModel; the figures are in docs/BENCHMARKS.md.
 */
final class ChunkModel {

    /** In {@link ChunkFeatures#NAMES} order. Fitted by TrainChunkModel on the even halves of the Fundus and
     * Readability dev sets: 20063 chunks from the even half; weighted accuracy 0.9310. */
    static final double[] WEIGHTS = {
        -4.3306, // bias
        +0.1615, // log_chars
        +0.4007, // words_le_3
        -0.4171, // words_le_10
        +1.2638, // sentence_end
        +0.1364, // sentences
        +1.3886, // comma_rate
        -1.7361, // link_density
        -0.3025, // upper_rate
        -0.0002, // digit_rate
        +0.4225, // tag_p
        +0.3932, // tag_heading
        +0.6169, // tag_li
        -1.4249, // tag_div
        +3.0831, // tag_td
        -1.2119, // tag_blockquote
        +1.0044, // tag_other
        +2.9981, // in_root
        -2.1757, // in_chrome
        -0.5681, // repeated
        -0.7975, // position
        +2.7241, // root_share_log
        -0.4623, // prev_in_root
        +0.5442, // next_in_root
        -0.6054, // chrome_name
        -0.1634, // content_name
        -1.6633, // boilerplate_phrase
        -3.4660, // like_title
        -1.6342, // starts_by
        -0.9523, // copyright
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
