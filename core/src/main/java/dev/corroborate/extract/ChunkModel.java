package dev.corroborate.extract;

/**
 * Decides whether a text chunk is article text: logistic regression over {@link ChunkFeatures}.
 * The weights were fitted on the even-indexed half of the Fundus news-page dev set (pages sorted by
 * id; a chunk is article text when its words occur in the gold body), and checked on the odd half.
 * Refit with {@code bench}'s TrainChunkModel; the figures are in docs/BENCHMARKS.md.
 */
final class ChunkModel {

    /** In {@link ChunkFeatures#NAMES} order. Fitted by TrainChunkModel on the even halves of the Fundus and
     * Readability dev sets: 20063 chunks from the even half; weighted accuracy 0.9354. */
    static final double[] WEIGHTS = {
        -2.2178, // bias
        -0.3635, // log_chars
        +0.3107, // words_le_3
        -0.3621, // words_le_10
        +1.6297, // sentence_end
        +0.0720, // sentences
        +0.4671, // comma_rate
        -1.4884, // link_density
        -0.3004, // upper_rate
        +0.0187, // digit_rate
        +0.4674, // tag_p
        +0.5023, // tag_heading
        +0.5305, // tag_li
        -1.4198, // tag_div
        +2.6805, // tag_td
        -1.3542, // tag_blockquote
        +1.3130, // tag_other
        +1.9463, // in_root
        -1.8087, // in_chrome
        -0.2841, // repeated
        -0.5278, // position
        +4.2125, // root_share_log
        -0.2958, // prev_in_root
        +1.6364, // next_in_root
        +0.0433, // chrome_name
        -0.2311, // content_name
        -1.7249, // boilerplate_phrase
        -3.4097, // like_title
        -0.4193, // starts_by
        -0.8870, // copyright
        -0.4832, // before_root
        -1.6976, // after_root
        -6.0478, // depth_below_root
        -0.1264, // first_in_root
        +1.8344, // last_in_root
        +0.3374, // length_vs_root
        +0.7779, // starts_lowercase
        +1.2735, // has_quote
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
