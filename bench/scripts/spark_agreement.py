#!/usr/bin/env python3
"""How far the Spark job's exports agree with the local analyze's (docs/BENCHMARKS.md, "The Spark job").

usage: spark_agreement.py LOCAL_PREFIX SPARK_OUTPUT
  LOCAL_PREFIX  the local exports as LOCAL_PREFIX-reuse.jsonl, -events.jsonl, -quotes.jsonl, -articles.jsonl
                (`corroborate export --what X --format jsonl > LOCAL_PREFIX-X.jsonl`)
  SPARK_OUTPUT  the job's --output folder (its jsonl/X/part-* files are read)

Prints: reuse pairs in both / in either, relations and directions equal on the shared pairs,
B-cubed precision, recall and F1 of the Spark events against the local ones (over articles), of the
storylines (over articles) and of the speakers (over quotes), whether the quotes are identical
record for record, and which exports are byte-identical.
"""
import glob
import json
import sys


def local_lines(prefix, what):
    with open(f"{prefix}-{what}.jsonl", encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def spark_lines(output, what):
    lines = []
    for part in sorted(glob.glob(f"{output}/jsonl/{what}/part-*")):
        with open(part, encoding="utf-8") as f:
            lines.extend(line.rstrip("\n") for line in f if line.strip())
    return lines


def reuse_agreement(local, spark):
    def by_pair(lines):
        links = {}
        for line in lines:
            link = json.loads(line)
            links[frozenset((link["source_id"], link["derived_id"]))] = (link["source_id"], link["relation"])
        return links
    a, b = by_pair(local), by_pair(spark)
    shared = a.keys() & b.keys()
    same = sum(1 for pair in shared if a[pair] == b[pair])
    return len(a), len(b), len(shared), len(a.keys() | b.keys()), same


def events_of(lines, key="id"):
    """Each article's event (key "id") or storyline (key "story_id"), from an events export."""
    of = {}
    for line in lines:
        event = json.loads(line)
        for article in event["article_ids"]:
            of[article] = event[key]
    return of


def speakers_of(lines):
    """Each attributed quote's speaker, from a quotes export."""
    of = {}
    for line in lines:
        quote = json.loads(line)
        speaker = quote.get("speaker") or {}
        if speaker.get("speaker_id"):
            of[quote["id"]] = speaker["speaker_id"]
    return of


def bcubed(gold, found):
    members_gold, members_found = {}, {}
    for article, event in gold.items():
        members_gold.setdefault(event, set()).add(article)
    for article, event in found.items():
        members_found.setdefault(event, set()).add(article)
    articles = gold.keys() & found.keys()
    precision = recall = 0.0
    for article in articles:
        mine = members_found[found[article]] & articles
        theirs = members_gold[gold[article]] & articles
        both = len(mine & theirs)
        precision += both / len(mine)
        recall += both / len(theirs)
    n = len(articles) or 1
    p, r = precision / n, recall / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(gold), len(found)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    prefix, output = sys.argv[1], sys.argv[2]
    la, sa, shared, either, same = reuse_agreement(local_lines(prefix, "reuse"), spark_lines(output, "reuse"))
    print(f"reuse: local {la} links, spark {sa}; pairs in both {shared} of {either} "
          f"({100 * shared / max(1, either):.2f} %); relation and direction equal on {same} of {shared} "
          f"({100 * same / max(1, shared):.2f} %)")
    le, se = local_lines(prefix, "events"), spark_lines(output, "events")
    p, r, f, gold, found = bcubed(events_of(le), events_of(se))
    print(f"events: B-cubed P {p:.4f} R {r:.4f} F1 {f:.4f} (articles placed: local {gold}, spark {found})")
    p, r, f, _, _ = bcubed(events_of(le, "story_id"), events_of(se, "story_id"))
    stories = lambda lines: len({json.loads(line)["story_id"] for line in lines})
    print(f"storylines: B-cubed P {p:.4f} R {r:.4f} F1 {f:.4f} (storylines: local {stories(le)}, spark {stories(se)})")
    lq, sq = local_lines(prefix, "quotes"), spark_lines(output, "quotes")
    p, r, f, gold, found = bcubed(speakers_of(lq), speakers_of(sq))
    print(f"speakers: B-cubed P {p:.4f} R {r:.4f} F1 {f:.4f} (quotes with a speaker: local {gold}, spark {found})")
    print(f"quotes: local {len(lq)}, spark {len(sq)}; identical records: {sorted(lq) == sorted(sq)}")
    for what in ("articles", "reuse", "events", "stories", "quotes"):
        print(f"{what}: byte-identical export: {local_lines(prefix, what) == spark_lines(output, what)}")


if __name__ == "__main__":
    main()
