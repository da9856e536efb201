-- Schema 28: the ids an article stored before a page's addresses were folded into one (ArticleIds,
-- PageAddress) would get now. An id derived from a URL was the digest of the address as given; it is now the
-- digest of its canonical form (https, no www, no campaign parameters, fragment or trailing slash), so the
-- same page read again would get another id and be stored twice. Each stored article whose id was derived
-- from its URL, and whose canonical address gives another id, is kept under its old id and found under the
-- new one here. The rows are written by the migration's Java step (Migrations, ArticleTable.keepAliases).

CREATE TABLE article_aliases (
    alias TEXT PRIMARY KEY,       -- the id the article's address gives now
    article_id TEXT NOT NULL      -- the id it is stored under
) STRICT, WITHOUT ROWID;
