-- Schema 22: a word's holders kept as parts that each run appends, instead of one row a word that each
-- run rewrote whole. A batch of 1,000 into the 100,000 store touched 3,683 words: their rows (holders of
-- up to 400 quotes, several KiB, with overflow pages, and copied whole into the interior pages of a table
-- keyed by the word) lay on most of the table's 6,662 pages, and every one was written again. Now a run
-- adds one small row a word at the end of a table with rowids, and an index of the words with their
-- counts takes one short entry each.

-- Each word's holders, a part a row: a word's holders are its parts' in the order of their rowids.
CREATE TABLE quote_word_postings (
    word    TEXT NOT NULL,
    quotes  INTEGER NOT NULL,              -- how many groupable quotes the part adds to the word's count
    holders TEXT                           -- JSON array of "ordinal:quote id"; null once the word is too common
) STRICT;

-- The kept rows carried over as they are: one part a word.
INSERT INTO quote_word_postings(word, quotes, holders)
SELECT word, quotes, holders FROM quote_word_counts ORDER BY word;

-- A word's count is the sum over its parts, read from the index alone.
CREATE INDEX quote_word_postings_by_word ON quote_word_postings(word, quotes);

DROP TABLE quote_word_counts;
