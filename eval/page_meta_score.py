#!/usr/bin/env python3
"""Date, title and author scorers for page metadata (DESIGN.md section 5).

usage: page_meta_score.py DATA_DIR PAGE_META_BINARY [--misses htmldate|wcxb]

Runs PAGE_META_BINARY (build/eval/page_meta) over
  extraction/htmldate-default  gold: eval_default.json URL -> {file, date}; a
      file is in htmldate-default/{eval,cache}/ or, for 562 pages stored once,
      in trafilatura-eval/{eval,cache}/ under the same name (SOURCE.txt)
  extraction/wcxb-dev-articles gold: ground-truth/NNNN.json publish_date,
      title, author
and prints "name value" lines for eval/run:
  dates.htmldate.accuracy   exact-day accuracy (no date predicted = miss)
  dates.htmldate.f1         F1 with precision = correct / dated predictions
  dates.wcxb.accuracy       the same over WCXB pages whose gold has a full day
  dates.wcxb.undated_pages  pages whose gold has no full day (left out)
  dates.wcxb.dated_undated  dates we gave for those pages (counted apart)
  meta.wcxb.title_exact / title_normalised   title match (white space collapsed
                            / case, punctuation and spacing ignored)
  meta.wcxb.author_p / author_r / author_f1  author names, micro-averaged:
      gold "A, B and C" is split on , ; & and "and"; credentials (PhD, MD,
      RD, short upper-case pieces) are dropped; names compare case- and
      punctuation-insensitively
Each figure is also given for the even-numbered pages (the half tuned on)
and the odd-numbered ones (held out): dates.htmldate.even.accuracy, ...
htmldate pages are numbered by their order in eval_default.json, WCXB pages
by file id. Pages are scored as if fetched today (no capture date known).
"""
import json
import os
import re
import subprocess
import sys


def run_binary(binary, items):
    """items: [(path, url)] -> {path: result}"""
    text = "".join(f"{p}\t{u}\n" for p, u in items)
    out = subprocess.run([binary], input=text.encode(), stdout=subprocess.PIPE, check=True).stdout
    results = {}
    for line in out.decode("utf-8", "replace").splitlines():
        r = json.loads(line)
        results[r["path"]] = r
    return results


def find_page(data, name):
    base = name[:-5] if name.endswith(".html") else name
    for folder in ("htmldate-default/eval", "htmldate-default/cache", "trafilatura-eval/eval",
                   "trafilatura-eval/cache"):
        for candidate in (f"{base}.html.gz", f"{name}.gz", name):
            p = os.path.join(data, "extraction", folder, candidate)
            if os.path.exists(p):
                return p
    return None


def date_scores(rows):
    """rows: [(gold_day or None, predicted)] -> accuracy, f1, counts"""
    dated = [(g, p) for g, p in rows if g]
    correct = sum(1 for g, p in dated if p and p[:10] == g)
    predicted = sum(1 for g, p in dated if p)
    acc = correct / len(dated) if dated else 0.0
    prec = correct / predicted if predicted else 0.0
    f1 = 2 * prec * acc / (prec + acc) if prec + acc else 0.0
    return acc, f1, len(dated), correct, predicted


CREDENTIAL = re.compile(r"^(ph\.?\s?d\.?|m\.?d\.?|r\.?d\.?n?|ms|mph|mba|jr\.?|sr\.?|dr\.?|rn|"
                        r"cpa|esq\.?|ma|ba|bsc|msc|lcsw|cfp|cfa|ldn|e-ryt.*)$", re.I)


def gold_authors(value):
    if not value:
        return []
    pieces = re.split(r",|;|&|\band\b", value)
    out = []
    for p in pieces:
        p = p.strip()
        if not p or CREDENTIAL.match(p) or (len(p) <= 6 and p.upper() == p and p.isalpha()):
            continue
        out.append(p)
    return out


def name_key(name):
    return re.sub(r"[\W_]+", "", name.casefold())


def title_key(title):
    return re.sub(r"[\W_]+", "", (title or "").casefold())


def collapse(text):
    return re.sub(r"\s+", " ", (text or "")).strip()


def report(prefix, name, value):
    print(f"{prefix}.{name} {value:.4f}" if isinstance(value, float) else f"{prefix}.{name} {value}")


def main():
    data, binary = sys.argv[1], sys.argv[2]
    misses = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--misses" else None

    # htmldate-default
    gold = json.load(open(os.path.join(data, "extraction/htmldate-default/eval_default.json")))
    items, rows = [], []
    for i, (url, g) in enumerate(gold.items()):
        path = find_page(data, g["file"])
        if path is None:
            print(f"page_meta_score: missing page {g['file']}", file=sys.stderr)
        items.append((path or "/nonexistent", url))
        rows.append((i, url, path or "/nonexistent", g["date"]))
    results = run_binary(binary, items)
    for half, keep in (("", lambda i: True), (".even", lambda i: i % 2 == 0),
                       (".odd", lambda i: i % 2 == 1)):
        scored = [(g, results.get(p, {}).get("published", "")) for i, u, p, g in rows if keep(i)]
        acc, f1, n, correct, predicted = date_scores(scored)
        report(f"dates.htmldate{half}", "accuracy", acc)
        report(f"dates.htmldate{half}", "f1", f1)
        if not half:
            print(f"# htmldate-default: {correct} of {n} pages right, {predicted} dated")
    if misses == "htmldate":
        for i, u, p, g in rows:
            r = results.get(p, {})
            if i % 2 == 0 and r.get("published", "")[:10] != g:
                print(f"MISS {g} got {r.get('published')!r} from {r.get('published_from')} {u} {p}")

    # WCXB
    folder = os.path.join(data, "extraction/wcxb-dev-articles")
    pages = []
    for name in sorted(os.listdir(os.path.join(folder, "ground-truth"))):
        g = json.load(open(os.path.join(folder, "ground-truth", name)))
        fid = g.get("file_id", name[:-5])
        pages.append((int(fid), os.path.join(folder, "html", f"{fid}.html.gz"), g.get("url", ""),
                      g["ground_truth"]))
    results = run_binary(binary, [(p, u) for _, p, u, _ in pages])
    for half, keep in (("", lambda i: True), (".even", lambda i: i % 2 == 0),
                       (".odd", lambda i: i % 2 == 1)):
        sel = [(i, p, u, g) for i, p, u, g in pages if keep(i)]
        rows = []
        undated = dated_undated = 0
        t_exact = t_norm = 0
        a_tp = a_pred = a_gold = 0
        for i, p, u, g in sel:
            r = results.get(p, {})
            day = g.get("publish_date") or ""
            full = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", day))
            if full:
                rows.append((day[:10], r.get("published", "")))
            else:
                undated += 1
                dated_undated += 1 if r.get("published") else 0
            gt = collapse(g.get("title"))
            got = collapse(r.get("title"))
            t_exact += gt == got
            t_norm += title_key(gt) == title_key(got)
            gold_names = {name_key(a) for a in gold_authors(g.get("author"))}
            got_names = {name_key(a) for a in r.get("authors", [])}
            a_tp += len(gold_names & got_names)
            a_pred += len(got_names)
            a_gold += len(gold_names)
        acc, f1, n, correct, predicted = date_scores(rows)
        report(f"dates.wcxb{half}", "accuracy", acc)
        report(f"dates.wcxb{half}", "f1", f1)
        report(f"dates.wcxb{half}", "undated_pages", undated)
        report(f"dates.wcxb{half}", "dated_undated", dated_undated)
        report(f"meta.wcxb{half}", "title_exact", t_exact / len(sel))
        report(f"meta.wcxb{half}", "title_normalised", t_norm / len(sel))
        p_ = a_tp / a_pred if a_pred else 0.0
        r_ = a_tp / a_gold if a_gold else 0.0
        report(f"meta.wcxb{half}", "author_p", p_)
        report(f"meta.wcxb{half}", "author_r", r_)
        report(f"meta.wcxb{half}", "author_f1", 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0)
        if not half:
            print(f"# wcxb: {correct} of {n} dated pages right, {predicted} dated")
    if misses == "wcxb":
        for i, p, u, g in pages:
            if i % 2:
                continue
            r = results.get(p, {})
            day = (g.get("publish_date") or "")[:10]
            if r.get("published", "")[:10] != day:
                print(f"DATE {i:04d} gold {day!r} got {r.get('published')!r} "
                      f"({r.get('published_from')}) {u}")
            if title_key(g.get("title")) != title_key(r.get("title")):
                print(f"TITLE {i:04d} gold {collapse(g.get('title'))!r} got {r.get('title')!r}")
            gold_names = {name_key(a) for a in gold_authors(g.get("author"))}
            got_names = {name_key(a) for a in r.get("authors", [])}
            if gold_names != got_names:
                print(f"AUTHOR {i:04d} gold {g.get('author')!r} got {r.get('authors')}")


if __name__ == "__main__":
    main()
