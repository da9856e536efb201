#!/usr/bin/env python3
"""Do sentence embeddings help story clustering? Average-linkage agglomerative clustering on
(1 - w) * TF-IDF cosine + w * embedding cosine, w from 0 to 1, thresholds tuned on the data (as the
baseline's are), scored with B-cubed at event level on all topics and on two halves of them
(ECB+ topic numbers 0 and 2 modulo 4, the halves docs/BENCHMARKS.md reports).

usage: embedding_mix.py ARTICLES.jsonl GOLD.tsv EMBEDDINGS.jsonl
EMBEDDINGS.jsonl comes from EmbedArticles (this folder). Needs Debian's python3-sklearn.
"""
import json
import os
import re
import sys

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from tfidf_agglomerative_baseline import bcubed  # noqa: E402  the baseline's scorer, as score_clustering.py


def main(articles_path, gold_path, embeddings_path):
    rows = [json.loads(l) for l in open(articles_path, encoding="utf-8") if l.strip()]
    gold = dict(l.rstrip("\n").split("\t")[:2] for l in open(gold_path, encoding="utf-8") if l.strip())
    rows = [r for r in rows if r["id"] in gold]
    ids = [r["id"] for r in rows]
    tfidf = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [(r.get("title") or "") + "\n" + r["text"] for r in rows])
    lexical = (tfidf @ tfidf.T).toarray()
    vectors = {}
    for l in open(embeddings_path, encoding="utf-8"):
        r = json.loads(l)
        v = np.array(r["v"])
        vectors[r["id"]] = v / np.linalg.norm(v)
    m = np.array([vectors[i] for i in ids])
    semantic = m @ m.T
    halves = {"all": list(range(len(ids)))}
    topics = [re.match(r"t(\d+)-", gold[a]) for a in ids]
    if all(topics):  # ECB+ labels ("t4-ecbplus"): also each half of the topics
        halves["topics 0 mod 4"] = [i for i, t in enumerate(topics) if int(t.group(1)) % 4 == 0]
        halves["topics 2 mod 4"] = [i for i, t in enumerate(topics) if int(t.group(1)) % 4 == 2]
    for w in (0.0, 0.1, 0.2, 0.3, 0.5, 1.0):
        sim = (1 - w) * lexical + w * semantic
        line = []
        for name, idx in halves.items():
            dist = np.clip(1 - sim[np.ix_(idx, idx)], 0, None)
            np.fill_diagonal(dist, 0)
            sub = {ids[i]: gold[ids[i]] for i in idx}
            best = (0, 0)
            for t in np.arange(0.30, 0.99, 0.02):
                labels = AgglomerativeClustering(n_clusters=None, distance_threshold=t, metric="precomputed",
                                                 linkage="average").fit(dist).labels_
                f1 = bcubed({ids[i]: l for i, l in zip(idx, labels)}, sub)[0]
                best = max(best, (f1, round(t, 2)))
            line.append(f"{name}: F1 {best[0]:.3f} at {best[1]}")
        print(f"embedding weight {w:.1f} | " + " | ".join(line))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
