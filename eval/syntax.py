#!/usr/bin/env python3
"""Tagging and parsing scorer on Universal Dependencies gold (GUM dev, EWT dev).

Runs build/eval/syntax_tag over each gold CoNLL-U file (gold words, predicted tags
and trees) and prints, per set:
  syntax.SET.upos     UPOS accuracy
  syntax.SET.xpos     XPOS accuracy
  syntax.SET.feats    FEATS exact-match accuracy (whole feature string)
  syntax.SET.uas      unlabelled attachment score
  syntax.SET.las      labelled attachment score, CoNLL 2018 style: the universal part
                      of the relation ("nsubj" for "nsubj:pass")
  syntax.SET.las_full labelled attachment score on full labels, subtypes included
Every word counts, punctuation and non-projective arcs included. GUM dev documents
whose words are all underscores (withheld Reddit texts) are skipped.
Usage: eval/syntax.py DATA_DIR SYNTAX_TAG_BINARY [--gold-tags]
"""
import gzip, os, subprocess, sys, tempfile


def words_of(text):
    """Per sentence, the word lines' columns (multi-word ranges and empty nodes left out)."""
    sents, cur = [], []
    for line in text.splitlines():
        if not line:
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur.append(cols)
    if cur:
        sents.append(cur)
    return sents


def score(gold_text, tool, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".conllu", encoding="utf-8", delete=False) as f:
        f.write(gold_text)
        path = f.name
    try:
        out = subprocess.run([tool, *extra, path], capture_output=True, check=True).stdout.decode("utf-8")
    finally:
        os.unlink(path)
    gold, pred = words_of(gold_text), words_of(out)
    assert len(gold) == len(pred), "sentence count differs"
    n = upos = xpos = feats = uas = las = las_full = 0
    for gs, ps in zip(gold, pred):
        assert len(gs) == len(ps), "word count differs"
        for g, p in zip(gs, ps):
            n += 1
            upos += g[3] == p[3]
            xpos += g[4] == p[4]
            feats += g[5] == p[5]
            if g[6] == p[6]:
                uas += 1
                las += g[7].split(":")[0] == p[7].split(":")[0]
                las_full += g[7] == p[7]
    return {"upos": upos / n, "xpos": xpos / n, "feats": feats / n, "uas": uas / n, "las": las / n,
            "las_full": las_full / n, "words": n}


def gum_dev(data):
    gum = os.path.join(data, "entities/gum")
    parts = []
    for name in open(os.path.join(gum, "split_dev.txt")).read().split():
        text = open(os.path.join(gum, "dep", name + ".conllu"), encoding="utf-8").read()
        forms = [c[1] for s in words_of(text) for c in s]
        if forms and all(set(f) <= {"_"} for f in forms):
            continue
        parts.append(text.rstrip("\n") + "\n\n")
    return "".join(parts)


def main():
    data, tool = sys.argv[1], sys.argv[2]
    extra = ["--gold-tags"] if "--gold-tags" in sys.argv[3:] else []
    ewt = open(os.path.join(data, "syntax/ud-english-ewt/en_ewt-ud-dev.conllu"), encoding="utf-8").read()
    for name, text in (("gum_dev", gum_dev(data)), ("ewt_dev", ewt)):
        s = score(text, tool, extra)
        for k in ("upos", "xpos", "feats", "uas", "las", "las_full"):
            print(f"syntax.{name}.{k} {s[k]:.4f}")
        print(f"# {name}: {s['words']} words", file=sys.stderr)


if __name__ == "__main__":
    main()
