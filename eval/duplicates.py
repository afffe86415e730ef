#!/usr/bin/env python3
"""Near-duplicate detection on a synthetic set made from the AllSides sample.

    eval/duplicates.py DATA DUP_SCORE [--originals N] [--seed S] [--simhash BITS]

Nothing of it is committed: at evaluation time this script picks N articles
(default 1200) from news/allsides/articles-15k.jsonl.gz that are not copies
of one another (5-word-shingle containment below 0.5 between any two chosen),
and makes one perturbed copy of each, cycling through the kinds a copy takes
in the wild:
  truncated     the first 50-90% of the paragraphs
  inserted      one or two paragraphs of an unrelated article put in
  removed       one paragraph (not the first) taken out
  boilerplate   other site furniture around the text (headers, share lines,
                "read more" links, a copyright line), some original lines dropped
  edited        light edits: ~3% of words changed or dropped, quote styles
                and dashes changed, "said" -> "says"
  mixed         boilerplate + edited + one paragraph removed
and adds same-topic pairs that are NOT copies: the chosen articles
themselves, two by two, share AllSides topics (elections, immigration, ...),
so every unrelated same-topic pair is a chance for a false positive.

DUP_SCORE (build/eval/dup_score) reads the set and prints the pairs it links;
a pair is right when both documents come from the same original. Prints
"duplicates.synthetic.{precision,recall,f1}" and per kind recall. With
--simhash BITS the scorer uses 64-bit SimHash over the same shingles (pairs
within BITS Hamming distance, all pairs compared) instead: the comparison
behind the choice of MinHash (src/corpus/dup_minhash.cc).
"""
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile

WORD = re.compile(r"\w+", re.UNICODE)

HEADERS = ["Advertisement", "Skip to main content", "Subscribe to our newsletter",
           "Sign in | Register", "Menu  Search  Sections", "Listen to this article",
           "Share on Facebook  Share on Twitter  Email", "Trending now:"]
FOOTERS = ["Copyright {year} {outlet}. All rights reserved.",
           "This material may not be published, broadcast, rewritten or redistributed.",
           "Follow us on social media for more updates.",
           "Sign up for our daily briefing and get the headlines first.",
           "Comments are closed for this story.",
           "Related: {other}"]
EDITS = {"said": "says", "says": "said", "percent": "per cent", "United States": "U.S.",
         "government": "administration", "Tuesday": "Wednesday", "told": "said to"}


def shingles(text, k=5):
    words = [w.lower() for w in WORD.findall(text)]
    return {hash(" ".join(words[i:i + k])) for i in range(max(1, len(words) - k + 1))}


def pick_originals(articles, n, rng):
    """Up to n articles, no two of which share half their shingles."""
    index = {}
    chosen = []
    order = list(range(len(articles)))
    rng.shuffle(order)
    for i in order:
        a = articles[i]
        paragraphs = [p for p in a["content_original"].split("\n\n") if p.strip()]
        if len(paragraphs) < 4 or len(WORD.findall(a["content_original"])) < 150:
            continue
        sh = shingles(a["content_original"])
        hits = {}
        for s in sh:
            for j in index.get(s, ()):
                hits[j] = hits.get(j, 0) + 1
        if any(c >= 0.5 * min(len(sh), chosen[j][1]) for j, c in hits.items()):
            continue
        for s in sh:
            index.setdefault(s, []).append(len(chosen))
        chosen.append((a, len(sh)))
        if len(chosen) == n:
            break
    return [a for a, _ in chosen]


def paragraphs_of(a):
    return [p for p in a["content_original"].split("\n\n") if p.strip()]


def edit_words(text, rng, rate=0.03):
    for old, new in EDITS.items():
        if rng.random() < 0.5:
            text = text.replace(old, new)
    text = text.replace('"', "\u201c", 1).replace("'", "\u2019").replace(" - ", " \u2014 ")
    words = text.split(" ")
    out = []
    for w in words:
        r = rng.random()
        if r < rate / 2:
            continue  # dropped
        if r < rate:
            w = w[::-1] if len(w) > 3 else w.upper()  # a typo-like change
        out.append(w)
    return " ".join(out)


def perturb(a, kind, other, rng):
    ps = paragraphs_of(a)
    if kind == "truncated":
        keep = max(2, int(len(ps) * rng.uniform(0.5, 0.9)))
        ps = ps[:keep]
    elif kind == "inserted":
        extra = paragraphs_of(other)[:rng.choice([1, 2])]
        at = rng.randrange(1, len(ps))
        ps = ps[:at] + extra + ps[at:]
    elif kind == "removed":
        del ps[rng.randrange(1, len(ps))]
    elif kind in ("boilerplate", "mixed"):
        head = rng.sample(HEADERS, 3)
        foot = [f.format(year=a.get("date", "")[:4] or "2020", outlet=a.get("source", "News"),
                         other=other.get("title", "")) for f in rng.sample(FOOTERS, 3)]
        if len(ps) > 5 and rng.random() < 0.5:
            ps = ps[:-1]  # the original's last line (often its own furniture)
        ps = head + ps + foot
        if kind == "mixed":
            del ps[rng.randrange(4, len(ps) - 3)]
            ps = [edit_words(p, rng) for p in ps]
    elif kind == "edited":
        ps = [edit_words(p, rng) for p in ps]
    return "\n\n".join(ps)


KINDS = ["truncated", "inserted", "removed", "boilerplate", "edited", "mixed"]


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    data, scorer = args[0], args[1]
    n = int(args[args.index("--originals") + 1]) if "--originals" in args else 1200
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 9
    rng = random.Random(seed)
    path = os.path.join(data, "news", "allsides", "articles-15k.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    originals = pick_originals(articles, n, rng)
    chosen_ids = {a["ID"] for a in originals}
    unrelated = [a for a in articles if a["ID"] not in chosen_ids]
    records = []
    for g, a in enumerate(originals):
        kind = KINDS[g % len(KINDS)]
        other = rng.choice(unrelated)
        copy = perturb(a, kind, other, rng)
        records.append({"id": f"g{g}-original", "group": g, "kind": "original",
                        "date": a.get("date", ""), "text": a["content_original"]})
        records.append({"id": f"g{g}-{kind}", "group": g, "kind": kind,
                        "date": a.get("date", ""), "text": copy})
    rng.shuffle(records)
    topics = {}
    for a in originals:
        topics[a.get("topic", "")] = topics.get(a.get("topic", ""), 0) + 1
    same_topic_pairs = sum(k * (k - 1) // 2 for k in topics.values())
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = os.path.join(tmp, "dups.jsonl")
        with open(jsonl, "w", encoding="utf-8") as out:
            for r in records:
                out.write(json.dumps({"id": r["id"], "date": r["date"], "text": r["text"]}) + "\n")
        extra = ["--simhash", args[args.index("--simhash") + 1]] if "--simhash" in args else []
        result = subprocess.run([scorer, jsonl] + extra, capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return 1
    group = {r["id"]: r["group"] for r in records}
    kind_of = {r["id"]: r["kind"] for r in records}
    predicted = set()
    for line in result.stdout.splitlines():
        if line.startswith("#"):
            print(line)
            continue
        a, b = line.split()[:2]
        predicted.add(tuple(sorted((a, b))))
    right = sum(1 for a, b in predicted if group[a] == group[b])
    found_groups = {group[a] for a, b in predicted if group[a] == group[b]}
    precision = right / len(predicted) if predicted else 1.0
    recall = len(found_groups) / len(originals)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"# {len(originals)} originals, {len(originals)} copies, {same_topic_pairs} same-topic "
          f"unrelated pairs; {len(predicted)} pairs linked, {right} right")
    prefix = f"duplicates.synthetic_simhash{extra[1]}" if extra else "duplicates.synthetic"
    for kind in KINDS:
        total = sum(1 for r in records if r["kind"] == kind)
        hit = sum(1 for r in records if r["kind"] == kind and r["group"] in found_groups)
        print(f"{prefix}.recall_{kind} {hit / total:.4f}")
    print(f"{prefix}.precision {precision:.4f}")
    print(f"{prefix}.recall {recall:.4f}")
    print(f"{prefix}.f1 {f1:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
