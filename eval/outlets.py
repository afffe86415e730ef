#!/usr/bin/env python3
"""Outlet identification: AllSides sample and WCXB news pages.

    python3 eval/outlets.py DATA build/eval/outlet_tag

Gold is the registry entry (data/outlets.jsonl) of the article's domain: for
AllSides the `source_url` field (not `source`, which is sometimes a columnist),
for WCXB the `url` of ground-truth/NNNN.json. A domain is looked up as the host,
then each parent domain (the registry holds registered domains and a few hosts
such as abcnews.go.com); articles whose domain the registry does not know are
left out of the figure, and their count is printed.

Which WCXB pages are news: those whose page type is an article
(`_internal.page_type.primary == "article"`) and whose domain the registry knows
as a news outlet (kind wire agency, newspaper, broadcaster, magazine or online
news; organisations, blog platforms and aggregators are not). The other WCXB
pages are shops, company blogs, guides and personal sites.

Each set is run twice through outlet_tag (the cleaner and the outlet stage):
with the URL (what users' crawls and JSON Lines give), and without it
(`no_url`: page metadata, the JSON Lines `source` string and the text only).
AllSides is sampled: every 6th article (2,500), so the run stays under a minute.
The text-only path is scored on the demo corpus (examples/, its own annotations)
with the demo registry data/outlets-demo.jsonl: no URL, no page metadata.
Prints "outlets.<set>.<figure> value" lines for eval/run.
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile

NEWS_KINDS = {"wire agency", "newspaper", "broadcaster", "magazine", "online news"}


def load_registry(path):
    by_domain, outlets = {}, []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rec = json.loads(line)
        outlets.append(rec)
        for d in rec.get("domains", []):
            by_domain[d] = rec
    return by_domain


def host_of(url):
    h = url.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0].split(":", 1)[0].lower()
    return h[4:] if h.startswith("www.") else h


def lookup(by_domain, host):
    labels = host.split(".")
    for i in range(0, max(len(labels) - 1, 1)):
        rec = by_domain.get(".".join(labels[i:]))
        if rec is not None:
            return rec
    return None


def run_tag(tool, mode, lines, no_url, extra=()):
    args = [tool, "--" + mode] + (["--no-url"] if no_url else []) + list(extra)
    res = subprocess.run(args, input="".join(lines).encode("utf-8"), capture_output=True, check=True)
    return [json.loads(l) for l in res.stdout.decode("utf-8").splitlines()]


def score(name, gold, got, extra=""):
    right = sum(1 for g, o in zip(gold, got) if o.get("outlet") == g)
    n = len(gold)
    acc = right / n if n else 0.0
    print(f"# {name}: {right}/{n} correct{extra}", file=sys.stderr)
    print(f"outlets.{name}.accuracy {acc:.4f}")
    return acc


def main():
    data, tool = sys.argv[1], sys.argv[2]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    by_domain = load_registry(os.path.join(root, "data", "outlets.jsonl"))

    # AllSides: every 6th article.
    lines, gold, unknown = [], [], 0
    with gzip.open(os.path.join(data, "news/allsides/articles-15k.jsonl.gz"), "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 6:
                continue
            rec = json.loads(line)
            entry = lookup(by_domain, host_of(rec.get("source_url") or ""))
            if entry is None:
                unknown += 1
                continue
            lines.append(line if line.endswith("\n") else line + "\n")
            gold.append(entry["name"])
    note = f", {unknown} sampled articles of unregistered domains left out"
    score("allsides", gold, run_tag(tool, "jsonl", lines, False), note)
    score("allsides.no_url", gold, run_tag(tool, "jsonl", lines, True))

    # WCXB news pages.
    wcxb = os.path.join(data, "extraction/wcxb-dev-articles")
    lines, gold, pages, known_other = [], [], 0, 0
    for name in sorted(os.listdir(os.path.join(wcxb, "ground-truth"))):
        gt = json.load(open(os.path.join(wcxb, "ground-truth", name), encoding="utf-8"))
        url = gt.get("url")
        if not isinstance(url, str):
            continue
        pages += 1
        page_type = ((gt.get("_internal") or {}).get("page_type") or {}).get("primary")
        entry = lookup(by_domain, host_of(url))
        if entry is None or page_type != "article":
            continue
        kind = (entry.get("kind") or {}).get("value")
        if kind not in NEWS_KINDS:
            known_other += 1
            continue
        html = os.path.join(wcxb, "html", name.replace(".json", ".html.gz"))
        lines.append(f"{html}\t{url}\n")
        gold.append(entry["name"])
    note = f" (news pages among {pages} WCXB pages; {known_other} registered non-news pages left out)"
    score("wcxb_news", gold, run_tag(tool, "html", lines, False), note)
    score("wcxb_news.no_url", gold, run_tag(tool, "html", lines, True))

    # The text-only path: the demo corpus (plain text, no URL, no metadata) with
    # the demo registry; gold is examples/annotations.json's outlet.
    notes = json.load(open(os.path.join(root, "examples", "annotations.json"), encoding="utf-8"))
    files = sorted(notes)
    lines = [os.path.join(root, "examples", f) + "\n" for f in files]
    demo = os.path.join(root, "data", "outlets-demo.jsonl")
    got = run_tag(tool, "text", lines, False, ["--outlets", demo])
    score("demo_text", [notes[f]["outlet"] for f in files], got)


if __name__ == "__main__":
    main()
