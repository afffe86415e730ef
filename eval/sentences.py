#!/usr/bin/env python3
"""Sentence and word segmentation scorer on Universal Dependencies gold.

Rebuilds each document's raw text from CoNLL-U (`# text =` per sentence, sentences
joined by a space inside a paragraph, paragraphs by a blank line), runs the text
stage through build/eval/segment, and scores:
  - sentence boundaries *inside paragraphs* (paragraph ends are free and left out):
    precision, recall, F1 of predicted sentence ends against gold ends;
  - word segmentation: F1 of predicted token spans against the gold UD words
    (a multi-word token counts as its words where they spell its surface form,
    "do" + "n't" = "don't", as the text stage splits them; else once, as its surface).
Usage: eval/sentences.py DATA_DIR SEGMENT_BINARY  -> prints "name value" lines.
"""
import gzip, json, os, subprocess, sys


def read_conllu(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        doc = None
        par = None
        sent = None
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                if doc and doc["pars"]:
                    yield doc
                doc = {"id": line.split("=", 1)[-1].strip(), "pars": []}
                par = None
            elif line.startswith("# newpar"):
                par = None
            elif line.startswith("# text ="):
                if doc is None:
                    doc = {"id": os.path.basename(path), "pars": []}
                if par is None:
                    par = []
                    doc["pars"].append(par)
                sent = {"text": line.split("=", 1)[1].strip(), "tokens": []}
                par.append(sent)
            elif line and not line.startswith("#") and sent is not None:
                cols = line.split("\t")
                if "." in cols[0]:
                    continue
                sent["tokens"].append((cols[0], cols[1], cols[9]))
        if doc and doc["pars"]:
            yield doc


def build(doc):
    """Raw text, gold in-paragraph sentence ends, gold token spans."""
    text, ends, tokens = "", [], []
    for pi, par in enumerate(doc["pars"]):
        if pi:
            text += "\n\n"
        for si, sent in enumerate(par):
            if si:
                text += " "
            start = len(text.encode("utf-8"))
            text += sent["text"]
            if si < len(par) - 1:
                ends.append(len(text.encode("utf-8")))
            # gold tokens: locate surface forms left to right inside the sentence text
            s_bytes = sent["text"].encode("utf-8")
            pos, skip_until = 0, 0
            words = {tid: form for tid, form, _ in sent["tokens"] if "-" not in tid}
            for tid, form, _ in sent["tokens"]:
                parts = None
                if "-" in tid:
                    a, b = tid.split("-")
                    skip_until = int(b)
                    # UD words of a multi-word token, where they spell the surface form
                    # ("do" + "n't" = "don't"); otherwise the surface token counts once.
                    forms = [words.get(str(k), "") for k in range(int(a), int(b) + 1)]
                    if "".join(forms).lower() == form.lower():
                        parts = [len(f.encode("utf-8")) for f in forms]
                elif skip_until and int(tid) <= skip_until:
                    continue
                fb = form.encode("utf-8")
                at = s_bytes.find(fb, pos)
                if at < 0:
                    continue
                if parts:
                    k = start + at
                    for size in parts:
                        tokens.append((k, k + size))
                        k += size
                else:
                    tokens.append((start + at, start + at + len(fb)))
                pos = at + len(fb)
    return text, ends, tokens


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs, segment):
    payload = "".join(json.dumps({"id": str(i), "text": build(d)[0]}) + "\n" for i, d in enumerate(docs))
    out = subprocess.run([segment], input=payload.encode(), capture_output=True, check=True).stdout
    tp = fp = fn = 0
    ttp = tfp = tfn = 0
    for d, line in zip(docs, out.decode().splitlines()):
        text, gold_ends, gold_tokens = build(d)
        res = json.loads(line)
        raw = text.encode("utf-8")
        par_ends = set()
        i = raw.find(b"\n\n")
        while i >= 0:
            par_ends.add(i)
            i = raw.find(b"\n\n", i + 1)
        par_ends.add(len(raw))
        pred = {e for s, e in res["sentences"] if e not in par_ends}
        gold = set(gold_ends)
        tp += len(pred & gold); fp += len(pred - gold); fn += len(gold - pred)
        pt = {tuple(t) for t in res["tokens"]}
        gt = set(gold_tokens)
        ttp += len(pt & gt); tfp += len(pt - gt); tfn += len(gt - pt)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    tp_ = ttp / (ttp + tfp) if ttp + tfp else 0.0
    tr = ttp / (ttp + tfn) if ttp + tfn else 0.0
    return {"sentence_p": p, "sentence_r": r, "sentence_f1": f1(p, r), "token_f1": f1(tp_, tr),
            "boundaries": tp + fn}


def main():
    data, segment = sys.argv[1], sys.argv[2]
    gum_dir = os.path.join(data, "entities/gum")
    dev = [l.strip() for l in open(os.path.join(gum_dir, "split_dev_noreddit.txt")) if l.strip()]
    gum = []
    for name in dev:
        gum.extend(read_conllu(os.path.join(gum_dir, "dep", name + ".conllu")))
    ewt = list(read_conllu(os.path.join(data, "syntax/ud-english-ewt/en_ewt-ud-dev.conllu")))
    for name, docs in (("gum_dev", gum), ("ewt_dev", ewt)):
        s = score(docs, segment)
        for k in ("sentence_p", "sentence_r", "sentence_f1", "token_f1"):
            print(f"sentences.{name}.{k} {s[k]:.4f}")
        print(f"# {name}: {len(docs)} documents, {s['boundaries']} in-paragraph gold boundaries", file=sys.stderr)


if __name__ == "__main__":
    main()
