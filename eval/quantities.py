#!/usr/bin/env python3
"""Quantity scorer on the hand annotation eval/quantities_gold.tsv (216 quantities in 50
AllSides articles; eval/quantities_sample.py picks the articles).

Runs build/eval/time_tag (the real text stage and quantity stage) on each article's
content_original and matches every gold quantity with the predicted quantity whose span
overlaps it most (one-to-one). A gold quantity is right when the match has the same value
(relative difference < 1e-6) AND the same unit (money: currency code; percent: "%"; count:
no unit; measure: the unit). Unmatched gold counts as wrong.
  quantities.allsides.value_unit_accuracy   right / gold
  quantities.allsides.kind_accuracy         matched with the gold kind / gold
  quantities.allsides.counts_accuracy       counts: same counted noun (case-folded) / gold counts
  quantities.allsides.span_recall           gold with any overlapping prediction / gold
Usage: eval/quantities.py DATA_DIR TIME_TAG_BINARY [--errors]
"""
import gzip, json, os, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    data, tool = sys.argv[1], sys.argv[2]
    show = "--errors" in sys.argv
    gold = []
    for line in open(os.path.join(HERE, "quantities_gold.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("line\t"):
            continue
        n, ident, s, e, kind, value, unit, counts = line.rstrip("\n").split("\t")
        gold.append((int(n), ident, int(s), int(e), kind, float(value), unit, counts))
    wanted = {g[0] for g in gold}
    texts = {}
    with gzip.open(os.path.join(data, "news/allsides/articles-15k.jsonl.gz"), "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n in wanted:
                record = json.loads(line)
                texts[n] = record["content_original"]
    payload = ""
    for n, text in texts.items():
        if unicodedata.normalize("NFC", text) != text:
            print(f"# quantities: article {n} is not NFC; offsets may shift", file=sys.stderr)
        payload += json.dumps({"id": str(n), "text": text, "published": ""}) + "\n"
    out = subprocess.run([tool], input=payload.encode(), stdout=subprocess.PIPE, check=True).stdout
    found = {}
    for line in out.decode().splitlines():
        r = json.loads(line)
        found[int(r["id"])] = r["quantities"]
    right = kind_right = counts_right = counts_total = overlapped = 0
    used = set()
    for g in gold:
        n, _, s, e, kind, value, unit, counts = g
        best, best_overlap = None, 0
        for k, q in enumerate(found.get(n, [])):
            if (n, k) in used:
                continue
            overlap = min(e, q[1]) - max(s, q[0])
            if overlap > best_overlap:
                best, best_overlap = k, overlap
        if kind == "count":
            counts_total += 1
        raw = texts[n].encode()
        if best is None:
            if show:
                print("# missed", n, repr(raw[s:e].decode()), kind, value, unit, counts, file=sys.stderr)
            continue
        used.add((n, best))
        overlapped += 1
        q = found[n][best]
        ok = abs(q[3] - value) <= 1e-6 * max(1.0, abs(value)) and q[4] == unit
        right += ok
        kind_right += q[2] == kind
        if kind == "count":
            counts_right += q[5].lower() == counts.lower()
        if show and (not ok or (kind == "count" and q[5].lower() != counts.lower())):
            print("# wrong", n, repr(raw[s:e].decode()), kind, value, unit, counts, "| got",
                  repr(raw[q[0]:q[1]].decode()), q[2], q[3], q[4], q[5], file=sys.stderr)
    total = len(gold)
    print(f"quantities.allsides.value_unit_accuracy {right / total:.4f}")
    print(f"quantities.allsides.kind_accuracy {kind_right / total:.4f}")
    print(f"quantities.allsides.counts_accuracy {counts_right / max(1, counts_total):.4f}")
    print(f"quantities.allsides.span_recall {overlapped / total:.4f}")
    print(f"# quantities: {total} gold quantities in {len(texts)} articles")


if __name__ == "__main__":
    main()
