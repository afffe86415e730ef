#!/usr/bin/env python3
"""Temporal-expression scorer, TempEval-3 style (DESIGN.md section 5).

Runs build/eval/time_tag (the real text stage and time stages) on the plain text
of each gold document, with the document creation time as the publication date,
and compares the timexes it finds with the gold TIMEX3 annotations:
  time.SET.strict_f1     exact-span F1
  time.SET.relaxed_f1    overlapping-span F1 (one-to-one, greedy by overlap)
  time.SET.type_accuracy share of relaxed matches with the gold type
  time.SET.value_accuracy share of relaxed matches with the gold value
  time.SET.value_f1      value_accuracy x relaxed_f1
Sets:
  tbaq_dev    TempEval-3 TBAQ (TimeBank + AQUAINT, gold): every 5th .tml file by sorted
              path (AQUAINT/... then TimeBank/...), starting with the first; never tuned on
  tbaq_train  the other four fifths (the rules were tuned on these)
  meantime    MEANTIME, Apple sub-corpus, intra-document annotation (CAT XML); the
              text is the tokens joined with single spaces (none before , . ; : ? ! ' ")
              and one sentence per paragraph; the DCT is the TIMEX3 whose
              functionInDocument is CREATION_TIME. MEANTIME annotates only the first six
              sentences of each article (title, date line and four sentences: no event,
              entity or timex lies beyond them), so the text scored is those six sentences.
Usage: eval/time.py DATA_DIR TIME_TAG_BINARY [--errors N]
"""
import glob, json, os, subprocess, sys, unicodedata
import xml.etree.ElementTree as ET


def tml_document(path):
    """(text, dct, [(start, end, type, value)]) with character offsets into text."""
    root = ET.parse(path).getroot()
    dct = ""
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value", "")[:10]
            break
    text_el = root.find("TEXT")
    parts, spans = [], []

    def walk(el, inside=False):
        if el.text:
            parts.append(el.text)
        for child in el:
            start = sum(len(p) for p in parts)
            walk(child)
            if child.tag == "TIMEX3":
                end = sum(len(p) for p in parts)
                spans.append((start, end, child.get("type"), child.get("value", "")))
            if child.tail:
                parts.append(child.tail)

    walk(text_el)
    return "".join(parts), dct, spans


NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", "'s", "'", ")", "n't", "%", "'re", "'ve", "'ll", "'d"}


ANNOTATED_SENTENCES = 5  # sentences 0..5


def meantime_document(path):
    root = ET.parse(path).getroot()
    tokens = {}
    order = []
    for tok in root.iter("token"):
        tokens[tok.get("t_id")] = (int(tok.get("sentence")), tok.text or "")
        order.append(tok.get("t_id"))
    text, offsets, last_sentence = "", {}, None
    for tid in order:
        sentence, word = tokens[tid]
        if sentence > ANNOTATED_SENTENCES:
            continue
        if last_sentence is not None and sentence != last_sentence:
            text += "\n\n"
        elif last_sentence is not None and word not in NO_SPACE_BEFORE and not text.endswith("("):
            text += " "
        offsets[tid] = (len(text), len(text) + len(word))
        text += word
        last_sentence = sentence
    dct, spans = "", []
    for t in root.iter("TIMEX3"):
        anchors = [a.get("t_id") for a in t.findall("token_anchor")]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value", "")[:10]
        if not anchors:
            continue
        if any(a not in offsets for a in anchors):
            continue
        start = min(offsets[a][0] for a in anchors)
        end = max(offsets[a][1] for a in anchors)
        spans.append((start, end, t.get("type"), t.get("value", "")))
    return text, dct, sorted(spans)


def run_tool(tool, docs):
    """docs: list of (id, text, dct) -> {id: [(start, end, type, value)]} in character offsets."""
    payload = "".join(json.dumps({"id": i, "text": t, "published": d}) + "\n" for i, t, d in docs)
    out = subprocess.run([tool], input=payload.encode(), stdout=subprocess.PIPE, check=True).stdout
    texts = {i: t for i, t, _ in docs}
    found = {}
    for line in out.decode().splitlines():
        r = json.loads(line)
        raw = texts[r["id"]].encode()
        to_char = lambda b: len(raw[:b].decode("utf-8", "ignore"))
        found[r["id"]] = [(to_char(s), to_char(e), ty, v) for s, e, ty, v in r.get("timexes", [])]
    return found


def score(gold, found, errors=None):
    n_gold = sum(len(g) for g in gold.values())
    n_found = sum(len(f) for f in found.values())
    strict = relaxed = same_type = same_value = 0
    for doc, g_spans in gold.items():
        f_spans = list(found.get(doc, []))
        used = set()
        for g in g_spans:
            best, best_overlap = None, 0
            for k, f in enumerate(f_spans):
                if k in used:
                    continue
                overlap = min(g[1], f[1]) - max(g[0], f[0])
                if overlap > best_overlap:
                    best, best_overlap = k, overlap
            if best is None:
                if errors is not None:
                    errors.append(("missed", doc, g))
                continue
            used.add(best)
            f = f_spans[best]
            relaxed += 1
            strict += (f[0], f[1]) == (g[0], g[1])
            same_type += f[2] == g[2]
            same_value += f[3] == g[3]
            if errors is not None and f[3] != g[3]:
                errors.append(("value", doc, g, f))
        if errors is not None:
            for k, f in enumerate(f_spans):
                if k not in used:
                    errors.append(("spurious", doc, f))
    f1 = lambda m: 2 * m / (n_gold + n_found) if n_gold + n_found else 0.0
    relaxed_f1 = f1(relaxed)
    value_accuracy = same_value / relaxed if relaxed else 0.0
    return {
        "strict_f1": f1(strict),
        "relaxed_f1": relaxed_f1,
        "relaxed_precision": relaxed / n_found if n_found else 0.0,
        "relaxed_recall": relaxed / n_gold if n_gold else 0.0,
        "type_accuracy": same_type / relaxed if relaxed else 0.0,
        "value_accuracy": value_accuracy,
        "value_f1": value_accuracy * relaxed_f1,
        "gold": n_gold,
    }


def evaluate(name, docs_with_gold, tool, show_errors):
    docs = [(i, unicodedata.normalize("NFC", t), d) for i, t, d, _ in docs_with_gold]
    gold = {i: g for i, t, d, g in docs_with_gold}
    found = run_tool(tool, docs)
    errors = [] if show_errors else None
    result = score(gold, found, errors)
    for key in ("strict_f1", "relaxed_f1", "relaxed_precision", "relaxed_recall", "type_accuracy",
                "value_accuracy", "value_f1"):
        print(f"time.{name}.{key} {result[key]:.4f}")
    print(f"# time.{name}: {len(docs)} documents, {result['gold']} gold timexes")
    if show_errors:
        texts = {i: t for i, t, _ in docs}
        for e in errors[:show_errors]:
            t = texts[e[1]]
            if e[0] == "value":
                print("#  value", repr(t[e[2][0]:e[2][1]]), e[2][2], e[2][3], "got", e[3][2], e[3][3],
                      repr(t[e[3][0]:e[3][1]]), file=sys.stderr)
            else:
                print("# ", e[0], repr(t[e[2][0]:e[2][1]]), e[2][2], e[2][3], file=sys.stderr)


def main():
    data, tool = sys.argv[1], sys.argv[2]
    show_errors = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 0
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    base = os.path.join(data, "time/tempeval3/train_gold_TBAQ-cleaned")
    files = sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, "*/*.tml")))
    dev = [f for k, f in enumerate(files) if k % 5 == 0]
    train = [f for k, f in enumerate(files) if k % 5 != 0]
    for name, subset in (("tbaq_dev", dev), ("tbaq_train", train)):
        if only and only != name:
            continue
        docs = []
        for f in subset:
            text, dct, spans = tml_document(os.path.join(base, f))
            docs.append((f, text, dct, spans))
        evaluate(name, docs, tool, show_errors)
    if not only or only == "meantime":
        docs = []
        for path in sorted(glob.glob(os.path.join(data, "time/meantime-apple/intra-doc_annotation/*/*.xml"))):
            text, dct, spans = meantime_document(path)
            docs.append((os.path.basename(path), text, dct, spans))
        evaluate("meantime", docs, tool, show_errors)


if __name__ == "__main__":
    main()
