#!/usr/bin/env python3
"""The clustering baseline of issue 5: TF-IDF with agglomerative clustering (scikit-learn).

usage: tfidf_agglomerative_baseline.py ARTICLES.jsonl GOLD.tsv [OUT.jsonl]

Vectorises title + text with TF-IDF (sublinear tf, English stop words), clusters with
agglomerative clustering on cosine distance for every linkage (average, complete, single) and
distance threshold from 0.50 to 0.98 in steps of 0.02, scores each with B-cubed against GOLD.tsv
(as score_clustering.py does), and prints the best setting: the threshold is tuned on the very
data it is scored on, which flatters the baseline. Writes the best clustering to OUT.jsonl in the
events export format when given. Needs Debian's python3-sklearn (run beside the project).
"""
import json
import sys
from collections import defaultdict

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def bcubed(pred, gold):
    g, p = defaultdict(set), defaultdict(set)
    for a in gold:
        g[gold[a]].add(a)
        p[pred[a]].add(a)
    bp = sum(len(p[pred[a]] & g[gold[a]]) / len(p[pred[a]]) for a in gold) / len(gold)
    br = sum(len(p[pred[a]] & g[gold[a]]) / len(g[gold[a]]) for a in gold) / len(gold)
    return 2 * bp * br / (bp + br), bp, br


def main(articles_path, gold_path, out_path=None):
    rows = [json.loads(line) for line in open(articles_path, encoding="utf-8") if line.strip()]
    gold = dict(line.rstrip("\n").split("\t")[:2] for line in open(gold_path, encoding="utf-8") if line.strip())
    rows = [r for r in rows if r["id"] in gold]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [(r.get("title") or "") + "\n" + r["text"] for r in rows]).toarray()
    best = None
    for linkage in ("average", "complete", "single"):
        for threshold in np.arange(0.50, 0.99, 0.02):
            try:
                model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, metric="cosine", linkage=linkage)
            except TypeError:  # scikit-learn before 1.2 calls it affinity
                model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, affinity="cosine", linkage=linkage)
            labels = model.fit(matrix).labels_
            pred = {r["id"]: str(label) for r, label in zip(rows, labels)}
            f1, p, r = bcubed(pred, gold)
            if best is None or f1 > best[0]:
                best = (f1, p, r, linkage, round(float(threshold), 2), labels)
    f1, p, r, linkage, threshold, labels = best
    print(f"best: linkage {linkage}, distance threshold {threshold}, clusters {len(set(labels))}")
    print(f"bcubed_precision {p:.3f}  bcubed_recall {r:.3f}")
    print(f"bcubed_f1 {f1:.3f}")
    if out_path:
        clusters = defaultdict(list)
        for row, label in zip(rows, labels):
            clusters[label].append(row["id"])
        with open(out_path, "w", encoding="utf-8") as out:
            for label, ids in sorted(clusters.items()):
                out.write(json.dumps({"id": f"baseline-{label}", "article_ids": ids}) + "\n")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
