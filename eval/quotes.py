#!/usr/bin/env python3
"""Scores crosscheck's quotations against PolNeAR (brat standoff) — DESIGN.md section 5.

usage: quotes.py DATA QUOTES_RUN [--split dev|train] [--limit N] [--errors FILE]
                 [--months 2016-08[,...]]

--months keeps the articles of those months only (choosing settings on a held-out
slice of train: train/quotes HOLDOUT=2016-08 trains without it).

Runs QUOTES_RUN (build/eval/quotes_run) over PolNeAR's text/*.txt of the split and compares
its quotations with the gold attributions in attributions/*.ann. Where an article has two
annotators' files the lexicographically first file is used. Offsets on both sides count
characters of text/*.txt.

Gold: every E line is one attribution: content = the union of its Content (and Content2)
fragments, source = its Source span (none for Attribution-no-source), cue = its Cue span.
Predicted: crosscheck's quotes of kind direct, block and indirect, plus partial quotes that
have a cue and lie inside no other predicted quote; quotes sharing one cue span are one
attribution (their contents united), as PolNeAR joins "“A,” she said. “B.”" into one.

Tokens: words (\\w+) and single punctuation marks. A content is the set of its tokens.
  exact     the two token sets are equal, punctuation other than quotation marks ignored
  overlap   shared tokens >= half of the gold's and >= half of the prediction's
Contents are matched one to one, greedily by shared tokens. `direct` = a content holding a
double quotation mark (" “ ” « »), `indirect` = the rest; each class is matched inside itself.
Source and cue F1 compare the sets of source (cue) spans of an article (exact: same tokens,
punctuation ignored; overlap: as above); `direct.source_f1` uses the sources of direct
attributions only. Prints "quotes.polnear_<split>.<class>.<metric> value" lines.
"""
import argparse
import json
import os
import re
import subprocess
import sys

TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
QUOTE_CHARS = set('"“”«»')


def tokens(text, spans):
    """Token ids (start offsets) covered by char spans, and which are punctuation."""
    out = {}
    for s, e in spans:
        for m in TOKEN.finditer(text, s, e):
            out[m.start()] = m.group()
    return out


def content_key(toks, exact):
    if not exact:
        return set(toks)
    return {k for k, v in toks.items() if re.match(r"\w", v) or v in QUOTE_CHARS}


def is_direct(toks):
    return any(v in QUOTE_CHARS for v in toks.values())


def read_gold(path, text):
    spans, attributions = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            label, rng = parts[1].split(" ", 1)
            spans[parts[0]] = (label, [tuple(map(int, r.split())) for r in rng.split(";")])
        elif parts[0].startswith("E") and len(parts) >= 2:
            roles = {}
            for item in parts[1].split():
                if ":" not in item:
                    continue
                role, tid = item.split(":", 1)
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(tid)
            attributions.append(roles)
    gold = []
    for roles in attributions:
        content = [s for tid in roles.get("Content", []) if tid in spans for s in spans[tid][1]]
        if not content:
            continue
        src = [s for tid in roles.get("Source", []) if tid in spans for s in spans[tid][1]]
        cue = [s for tid in roles.get("Cue", []) if tid in spans for s in spans[tid][1]]
        gold.append({"content": tokens(text, content), "source": tokens(text, src) if src else None,
                     "cue": tokens(text, cue) if cue else None, "spans": content,
                     "cue_text": " ".join(text[s:e] for s, e in cue)})
    return gold


def predicted(quotes, text):
    keep = []
    for q in quotes:
        if q["kind"] == "partial":
            if q["cue"] is None:
                continue
            s, e = q["span"]
            if any(o is not q and o["kind"] != "partial" and o["span"][0] <= s and e <= o["span"][1]
                   for o in quotes):
                continue
        keep.append(q)
    by_cue, out = {}, []
    for q in keep:
        key = tuple(q["cue"]) if q["cue"] is not None else None
        if key is not None and key in by_cue:
            a = by_cue[key]
            a["content"].update(tokens(text, [q["span"]]))
            a["spans"].append(q["span"])
            continue
        a = {"content": tokens(text, [q["span"]]),
             "source": tokens(text, [q["source"]]) if q["source"] else None,
             "cue": tokens(text, [q["cue"]]) if q["cue"] else None,
             "spans": [q["span"]], "kind": q["kind"],
             "cue_text": text[q["cue"][0]:q["cue"][1]] if q["cue"] else ""}
        out.append(a)
        if key is not None:
            by_cue[key] = a
    return out


def overlap_ok(g, p):
    shared = len(g & p)
    return shared * 2 >= len(g) and shared * 2 >= len(p) and shared > 0


class Counts:
    def __init__(self):
        self.tp = self.np = self.ng = 0

    def add(self, tp, np_, ng):
        self.tp += tp
        self.np += np_
        self.ng += ng

    def prf(self):
        p = self.tp / self.np if self.np else 0.0
        r = self.tp / self.ng if self.ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def match(golds, preds, exact):
    """Greedy one-to-one matching of content token sets; returns matched count and pairs."""
    cands = []
    for i, g in enumerate(golds):
        gk = content_key(g, exact)
        for j, p in enumerate(preds):
            pk = content_key(p, exact)
            shared = len(gk & pk)
            if not shared:
                continue
            ok = (gk == pk) if exact else overlap_ok(gk, pk)
            if ok:
                cands.append((-shared, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def span_set_match(golds, preds, exact):
    golds = [g for g in golds if g]
    preds = [p for p in preds if p]
    # dedupe by token set
    def dedupe(xs):
        seen, out = set(), []
        for x in xs:
            k = frozenset(content_key(x, True))
            if k and k not in seen:
                seen.add(k)
                out.append(x)
        return out
    golds, preds = dedupe(golds), dedupe(preds)
    return len(match(golds, preds, exact)), len(preds), len(golds)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("quotes_run")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", default="")
    ap.add_argument("--months", default="")
    ap.add_argument("--rules", action="store_true", help="quotes_run --rules (no model)")
    args = ap.parse_args()
    root = os.path.join(args.data, "quotes", "polnear", args.split)
    anns = {}
    for name in sorted(os.listdir(os.path.join(root, "attributions"))):
        if not name.endswith(".ann"):
            continue
        base = name[: -len(".ann")].rsplit("_", 1)[0]
        anns.setdefault(base, name)  # lexicographically first annotator
    bases = sorted(anns)
    if args.months:
        months = args.months.split(",")
        bases = [b for b in bases if any(f"_{m}" in b for m in months)]
    if args.limit:
        bases = bases[: args.limit]
    files = [os.path.join(root, "text", b + ".txt") for b in bases]
    run = subprocess.run([args.quotes_run] + (["--rules"] if args.rules else []) + files, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"quotes.py: {args.quotes_run} failed ({run.returncode}): {run.stderr[-2000:]}")
    out = run.stdout
    results = {}
    for line in out.splitlines():
        d = json.loads(line)
        results[os.path.basename(d["file"])[: -len(".txt")]] = d["quotes"]

    metrics = {}
    def counts(name):
        return metrics.setdefault(name, Counts())
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    for b in bases:
        text = open(os.path.join(root, "text", b + ".txt"), encoding="utf-8").read()
        gold = read_gold(os.path.join(root, "attributions", anns[b]), text)
        pred = predicted(results.get(b, []), text)
        for cls in ("all", "direct", "indirect"):
            if cls == "all":
                g, p = gold, pred
            else:
                want = cls == "direct"
                g = [x for x in gold if is_direct(x["content"]) == want]
                p = [x for x in pred if is_direct(x["content"]) == want]
            for exact, metric in ((True, "content"), (False, "content_overlap")):
                pairs = match([x["content"] for x in g], [x["content"] for x in p], exact)
                counts(f"{cls}.{metric}").add(len(pairs), len(p), len(g))
            for field in ("source", "cue"):
                for exact, metric in ((True, field), (False, field + "_overlap")):
                    tp, np_, ng = span_set_match([x[field] for x in g], [x[field] for x in p], exact)
                    counts(f"{cls}.{metric}").add(tp, np_, ng)
        if errors:
            pairs = match([x["content"] for x in gold], [x["content"] for x in pred], False)
            mg = {i for i, _ in pairs}
            mp = {j for _, j in pairs}
            def show(spans):
                return " | ".join(text[s:e] for s, e in spans)[:300].replace("\n", " ")
            def words(toks):
                return " ".join(v for _, v in sorted(toks.items())) if toks else "-"
            for i, j in pairs:
                gs, ps = gold[i]["source"], pred[j]["source"]
                if content_key(gs or {}, True) != content_key(ps or {}, True):
                    errors.write(f"{b}\tSOURCE\t{words(gs)}\t{words(ps)}\t"
                                 f"{'direct' if is_direct(gold[i]['content']) else 'indirect'}\n")
            for i, x in enumerate(gold):
                if i not in mg:
                    errors.write(f"{b}\tMISS\t{x['cue_text']}\t{show(x['spans'])}\n")
            for j, x in enumerate(pred):
                if j not in mp:
                    errors.write(f"{b}\tFALSE\t{x['cue_text']}\t{x['kind']}\t{show(x['spans'])}\n")
    prefix = f"quotes.polnear_{args.split}"
    for name in sorted(metrics):
        p, r, f = metrics[name].prf()
        print(f"{prefix}.{name}_precision {p:.4f}")
        print(f"{prefix}.{name}_recall {r:.4f}")
        print(f"{prefix}.{name}_f1 {f:.4f}")


if __name__ == "__main__":
    sys.exit(main())
