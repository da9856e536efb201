-- Schema 11: what the story stage keeps of each article, so an incremental run restores the events
-- without reading or tokenizing every text again. A pure function of the article and the
-- clustering's settings (their stamp is kept in kept_stamps as "story features"): kept in its own
-- transactions, apart from the events it helps to make.

-- Each article's event features (term counts, the lead's details and words, its follow-ups, the
-- names it wrote in a form of their own), in the text form of dev.corroborate.cluster.KeptArticle.
CREATE TABLE story_features (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    features   TEXT NOT NULL
) STRICT;

-- In how many of the articles of story_features each feature is: the document frequencies the
-- TF-IDF weights are made with, kept with the rows they count (written in the same transactions).
CREATE TABLE story_terms (
    term      TEXT PRIMARY KEY,
    documents INTEGER NOT NULL
) STRICT;
