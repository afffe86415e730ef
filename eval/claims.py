#!/usr/bin/env python3
"""Claim precision on a bounded AllSides story sample, against hand labels.

usage: eval/claims.py DATA CLAIMS_RUN [--show] [--stories N]

Stories: AllSides articles grouped by (topic, date) with at least three sources; the
groups are ordered by a fixed hash of their key and the first N (default 12) taken, at most
five articles per group (one per source, in file order). This is a loose notion of a story:
some groups mix two events of one topic and day, which is part of what the check measures.
The sample is written to a temporary folder, run through CLAIMS_RUN (build/eval/claims_run),
and every claim is matched, by story, kind and the (line, start, end) of its reports, to
eval/claims_labels.tsv: one row per claim checked by hand, "story kind reports label note",
no article text. Labels: ok (the reports state one fact, or one position, as the verdict
says), wrong (different facts or statements joined, or the verdict is wrong).

Prints claims.allsides.precision (ok / labelled), the counts, claims.allsides.unlabelled
(claims the labels do not cover: a changed aligner needs a fresh look) and
claims.allsides.labelled_share (labelled / all claims; eval/floors keeps it near 1). --show prints each
claim with its sentences for labelling (on screen only; never store it).
"""
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def stories(path, n):
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            rows.append((number, line))
    groups = defaultdict(list)
    for number, line in rows:
        r = json.loads(line)
        if r.get("content_original") and r.get("date") and r.get("topic"):
            groups[(r["topic"], r["date"])].append((number, r["source"], line))
    keys = []
    for key, members in groups.items():
        if len({m[1] for m in members}) >= 3:
            digest = hashlib.sha1(("%s|%s" % key).encode()).hexdigest()
            keys.append((digest, key))
    keys.sort()
    chosen = []
    for _, key in keys[:n]:
        seen, members = set(), []
        for number, source, line in groups[key]:
            if source in seen or len(members) == 5:
                continue
            seen.add(source)
            members.append((number, line))
        chosen.append(("%s|%s" % key, members))
    return chosen


def report_key(claim):
    return ",".join(
        "%d:%d-%d" % (r["line"], r["span"][0], r["span"][1])
        for r in sorted(claim["reports"], key=lambda r: (r["line"], r["span"][0])))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    n = 12
    if "--stories" in sys.argv:
        n = int(sys.argv[sys.argv.index("--stories") + 1])
        args.remove(str(n))
    data, run = args[0], args[1]
    chosen = stories(os.path.join(data, "news/allsides/articles-15k.jsonl.gz"), n)
    labels = {}
    label_path = os.path.join(HERE, "claims_labels.tsv")
    if os.path.exists(label_path):
        for row in open(label_path, encoding="utf-8"):
            if row.startswith("#") or not row.strip():
                continue
            story, kind, reports, label = row.rstrip("\n").split("\t")[:4]
            labels[(story, kind, reports)] = label
    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "sample.jsonl")
        index = os.path.join(tmp, "stories.tsv")
        with open(sample, "w", encoding="utf-8") as s, open(index, "w") as ix:
            out_line = 0
            for story, members in chosen:
                for number, line in members:
                    out_line += 1
                    s.write(line if line.endswith("\n") else line + "\n")
                    # the sample's line -> story; the label file names original lines
                    ix.write("%d\t%s\n" % (out_line, story.replace(" ", "_")))
        original = [number for _, members in chosen for number, _ in members]
        out = subprocess.run([run, sample, index], capture_output=True, text=True, check=True)
    claims = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    counts = defaultdict(int)
    ok = wrong = unlabelled = 0
    for c in claims:
        for r in c["reports"]:
            r["line"] = original[r["line"] - 1]  # line in articles-15k.jsonl.gz
        key = (c["story"], c["kind"], report_key(c))
        label = labels.get(key)
        counts[(c["kind"], c["verdict"])] += 1
        if label == "ok":
            ok += 1
        elif label == "wrong":
            wrong += 1
        else:
            unlabelled += 1
        if show:
            print("\t".join(key), "\t", c["verdict"], c["about"], "label:", label)
            for r in c["reports"]:
                print("    %s %s | %s" % (r["line"], r["value"], r["sentence"][:220].replace("\n", " ")))
    print("claims.allsides.stories %d" % len(chosen))
    print("claims.allsides.articles %d" % len(original))
    for (kind, verdict), count in sorted(counts.items()):
        print("claims.allsides.%s_%s %d" % (kind, verdict, count))
    print("claims.allsides.labelled %d" % (ok + wrong))
    print("claims.allsides.unlabelled %d" % unlabelled)
    if claims:
        print("claims.allsides.labelled_share %.4f" % ((ok + wrong) / len(claims)))
    if ok + wrong:
        print("claims.allsides.precision %.4f" % (ok / (ok + wrong)))


if __name__ == "__main__":
    main()
