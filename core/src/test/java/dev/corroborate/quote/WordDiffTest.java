package dev.corroborate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changedAddedAndDroppedWords() {
        List<WordDiff.Edit> edits = WordDiff.between("will delay quick repairs on the bridge of the river",
                "will delay urgent repairs on the span of the old river");
        assertThat(WordDiff.render(edits))
                .isEqualTo("will delay [quick \u2192 urgent] repairs on the [bridge \u2192 span] of the [+old] river");
    }

    @Test
    void equalTextsAreOneSameEdit() {
        assertThat(WordDiff.between("No one is asking", "no one is  asking")).singleElement()
                .satisfies(edit -> assertThat(edit.op()).isEqualTo(WordDiff.Op.SAME));
    }

    @Test
    void droppedEnding() {
        assertThat(WordDiff.render(WordDiff.between("we will not close the station", "we will not close")))
                .isEqualTo("we will not close [-the station]");
    }
}
