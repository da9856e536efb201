-- Schema 3: when the article was last modified, as the source states it (ISO-8601, as precise as
-- the source), and the summary the source gives (a standfirst, the page's description).

ALTER TABLE articles ADD COLUMN modified TEXT;
ALTER TABLE articles ADD COLUMN lead TEXT;
