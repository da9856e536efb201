-- Schema 21: each block row of a speaker name form carries the form's words and whether it is a name,
-- so the search for a changed form's candidates reads its blocks as one range each, without a join
-- with speaker_forms (at 100,000 articles a batch read some 125,000 block rows through the join).
-- A form's words and kind never change under its identity (the identity is a hash of them), so the
-- copies never go stale; its person stays in speaker_forms alone.

CREATE TABLE speaker_form_blocks_21 (
    block    TEXT NOT NULL,
    identity TEXT NOT NULL,
    named    INTEGER NOT NULL,             -- speaker_forms.named
    words    TEXT NOT NULL,                -- speaker_forms.words
    PRIMARY KEY (block, identity)
) STRICT, WITHOUT ROWID;

-- A block row whose form is missing (none is known) would still count in its block's size: kept, with no words.
INSERT INTO speaker_form_blocks_21(block, identity, named, words)
SELECT b.block, b.identity, coalesce(f.named, 0), coalesce(f.words, '')
FROM speaker_form_blocks b LEFT JOIN speaker_forms f ON f.identity = b.identity;

DROP TABLE speaker_form_blocks;
ALTER TABLE speaker_form_blocks_21 RENAME TO speaker_form_blocks;
