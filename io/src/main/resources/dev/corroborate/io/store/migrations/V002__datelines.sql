-- Schema 2: the dateline ("GENEVA", "LUNMOUTH, Feb 3") and the agency it credits ("Reuters"),
-- kept as metadata and out of the article's text.

ALTER TABLE articles ADD COLUMN dateline TEXT;
ALTER TABLE articles ADD COLUMN agency TEXT;
