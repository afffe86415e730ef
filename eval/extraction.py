#!/usr/bin/env python3
"""Main-text extraction scorers (DESIGN.md section 5), written from the sets' definitions.

usage: extraction.py DATA HTML_EXTRACT [--set trafilatura|wcxb|both] [--half all|even|odd]
                     [--dump FILE]

trafilatura-eval (extraction/trafilatura-eval/evaldata.json): each page lists `with` segments
  that must appear in the output and `without` segments that must not. Text and segments are
  white-space normalised (runs of white space -> one space), NFC-normalised, and matched as
  substrings. TP = a
  `with` segment found, FN = not found, FP = a `without` segment found, TN = not found; P, R
  and F1 over the totals of all pages (as trafilatura's tests/eval_common.py counts them).

WCXB (extraction/wcxb-dev-articles): `\\w+` tokens (Unicode, case kept, text NFC), 4-token shingles
  counted as multisets (a text of fewer than 4 tokens is one shingle); per page TP/FP/FN
  normalised by their sum; precision averaged over the pages with any predicted shingle,
  recall over the pages with any gold shingle, F1 = 2PR/(P+R) of the averages (the
  ScrapingHub article-extraction-benchmark definition). Pages without main_content (4893)
  are left out.

--half even|odd scores only the pages whose position in the sorted page list is even/odd
(tuning used the even half). Prints "name value" lines for eval/run.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

WS = re.compile(r"\s+")
TOKEN = re.compile(r"\w+")


def norm(text):
    # NFC on both sides: canonically equivalent strings are the same text (the gold is NFC;
    # crosscheck's text stage normalises to NFC after ingest).
    return WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def run_extractor(tool, files):
    proc = subprocess.run([tool], input="\n".join(files) + "\n", capture_output=True,
                          text=True, check=True)
    out = {}
    for line in proc.stdout.split("\n"):
        if not line:
            continue
        rec = json.loads(line)
        out[rec["file"]] = rec
    return out


def report(prefix, suffix, p, r, f1):
    for name, value in (("precision", p), ("recall", r), ("f1", f1)):
        print(f"{prefix}{name}{suffix} {value:.4f}")


def write_rows(dump, name, rows):
    if not dump:
        return
    with open(f"{dump}.{name}.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def pick(items, half):
    if half == "all":
        return items
    want = 0 if half == "even" else 1
    return [x for i, x in enumerate(items) if i % 2 == want]


def trafilatura(data, tool, half, dump):
    base = os.path.join(data, "extraction", "trafilatura-eval")
    gold = json.load(open(os.path.join(base, "evaldata.json"), encoding="utf-8"))
    items = []
    for url in sorted(gold):
        item = gold[url]
        name = item["file"]
        if not name.endswith(".gz"):
            name += ".gz"
        for sub in ("cache", "eval"):
            path = os.path.join(base, sub, name)
            if os.path.isfile(path):
                items.append((url, item, path))
                break
    items = pick(items, half)
    results = run_extractor(tool, [p for _, _, p in items])
    tp = fp = fn = tn = errors = empty = 0
    per_page = []
    for url, item, path in items:
        rec = results.get(path, {})
        text = rec.get("text")
        if "error" in rec:
            errors += 1
        if not text:
            empty += 1
        resn = norm(text or "")
        t = sum(1 for w in item["with"] if text and norm(w) in resn)
        f = sum(1 for w in item["without"] if text and norm(w) in resn)
        tp += t
        fp += f
        fn += len(item["with"]) - t
        tn += len(item["without"]) - f
        per_page.append({"file": path, "tp": t, "fp": f, "fn": len(item["with"]) - t,
                         "missed": [w for w in item["with"] if not (text and norm(w) in resn)],
                         "leaked": [w for w in item["without"] if text and norm(w) in resn]})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    suffix = "" if half == "all" else "_" + half
    print(f"# trafilatura-eval: {len(items)} pages, tp={tp} fp={fp} fn={fn} tn={tn}, "
          f"{empty} empty outputs, {errors} errors")
    report("extraction.trafilatura.", suffix, p, r, f1)
    write_rows(dump, "trafilatura", per_page)


def shingles(text, n=4):
    tokens = TOKEN.findall(unicodedata.normalize("NFC", text or ""))
    grams = [tuple(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1))]
    return collections.Counter(g for g in grams if g)


def shingle_counts(gold, pred):
    g, p = shingles(gold), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(g) | set(p):
        tp += min(g[key], p[key])
        fp += max(0, p[key] - g[key])
        fn += max(0, g[key] - p[key])
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (0.0, 0.0, 0.0)


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def wcxb(data, tool, half, dump):
    base = os.path.join(data, "extraction", "wcxb-dev-articles")
    items = []
    skipped = []
    for name in sorted(os.listdir(os.path.join(base, "ground-truth"))):
        page = name[:-len(".json")]
        gt = json.load(open(os.path.join(base, "ground-truth", name), encoding="utf-8"))
        main = (gt.get("ground_truth") or {}).get("main_content")
        if not main:
            skipped.append(page)
            continue
        items.append((page, main, os.path.join(base, "html", page + ".html.gz")))
    items = pick(items, half)
    results = run_extractor(tool, [p for _, _, p in items])
    counts = []
    rows = []
    empty = errors = 0
    mapped = collections.Counter()
    for page, main, path in items:
        rec = results.get(path, {})
        if "error" in rec:
            errors += 1
        text = rec.get("text") or ""
        if not text:
            empty += 1
        mapped.update(rec.get("map") or {})
        c = shingle_counts(main, text)
        counts.append(c)
        rows.append({"page": page, "tp": c[0], "fp": c[1], "fn": c[2],
                     "flags": rec.get("flags"), "error": rec.get("error")})
    precisions = [precision_score(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [recall_score(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    suffix = "" if half == "all" else "_" + half
    print(f"# wcxb-dev-articles: {len(items)} pages scored (left out, no main_content: "
          f"{' '.join(skipped) or 'none'}), {empty} empty outputs, {errors} errors")
    report("extraction.wcxb.shingle_", suffix, p, r, f1)
    total = sum(mapped.values())
    if total:
        print(f"# offset map of the extracted text: {mapped['copied'] / total:.4f} of the bytes "
              f"copied from the page, {mapped['replaced'] / total:.4f} in replaced units "
              f"(references, collapsed spaces, separators), {mapped['separators'] / total:.4f} "
              f"separators between text nodes that touch, {mapped['inserted'] / total:.4f} text "
              f"the aligner could not place")
        print(f"extraction.wcxb.map_located{suffix} {1 - mapped['inserted'] / total:.4f}")
    write_rows(dump, "wcxb", rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("tool")
    ap.add_argument("--set", default="both", choices=["trafilatura", "wcxb", "both"])
    ap.add_argument("--half", default="all", choices=["all", "even", "odd"])
    ap.add_argument("--dump", help="write per-page rows to DUMP.<set>.jsonl")
    args = ap.parse_args()
    if args.set in ("trafilatura", "both"):
        trafilatura(args.data, args.tool, args.half, args.dump)
    if args.set in ("wcxb", "both"):
        wcxb(args.data, args.tool, args.half, args.dump)
    return 0


if __name__ == "__main__":
    sys.exit(main())
