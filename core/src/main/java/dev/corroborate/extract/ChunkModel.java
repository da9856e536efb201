package dev.corroborate.extract;

/**
 * Decides whether a text chunk is article text: logistic regression over {@link ChunkFeatures}.
 * The weights were fitted on the even-indexed half of the Fundus news-page dev set (pages sorted by
 * id; a chunk is article text when its words occur in the gold body), and checked on the odd half.
 * Refit with {@code bench}'s TrainChunkModel; the figures are in docs/BENCHMARKS.md.
 */
final class ChunkModel {

    /** In {@link ChunkFeatures#NAMES} order. Fitted by TrainChunkModel on the even halves of the Fundus and
     * Readability dev sets: 20063 chunks from the even half; weighted accuracy 0.9355. */
    static final double[] WEIGHTS = {
        -2.2257, // bias
        -0.3621, // log_chars
        +0.3139, // words_le_3
        -0.3662, // words_le_10
        +1.6293, // sentence_end
        +0.0714, // sentences
        +0.4609, // comma_rate
        -1.4854, // link_density
        -0.3002, // upper_rate
        -0.0373, // digit_rate
        +0.4672, // tag_p
        +0.5033, // tag_heading
        +0.5294, // tag_li
        -1.4207, // tag_div
        +2.6898, // tag_td
        -1.3535, // tag_blockquote
        +1.3228, // tag_other
        +1.9474, // in_root
        -1.8082, // in_chrome
        -0.2828, // repeated
        -0.5272, // position
        +4.2151, // root_share_log
        -0.2958, // prev_in_root
        +1.6360, // next_in_root
        +0.0438, // chrome_name
        -0.2308, // content_name
        -1.7255, // boilerplate_phrase
        -3.4105, // like_title
        -0.4187, // starts_by
        -0.8837, // copyright
        -0.4835, // before_root
        -1.6985, // after_root
        -6.0466, // depth_below_root
        -0.1261, // first_in_root
        +1.8338, // last_in_root
        +0.3371, // length_vs_root
        +0.7772, // starts_lowercase
        +1.2735, // has_quote
        +0.1160, // date_like
    };

    private static final double KEEP_PROBABILITY = ExtractionSettings.DEFAULTS.chunks().keepProbability();

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
        return probability(features) > KEEP_PROBABILITY;
    }
}
