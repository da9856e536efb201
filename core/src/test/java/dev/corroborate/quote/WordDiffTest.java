package dev.corroborate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changedAddedAndDroppedWords() {
        List<WordDiff.Edit> edits = WordDiff.between("will intensify collective confrontation in the field of rights",
                "will intensify bloc confrontation in the area of human rights");
        assertThat(WordDiff.render(edits))
                .isEqualTo("will intensify [collective \u2192 bloc] confrontation in the [field \u2192 area] of [+human] rights");
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
