#!/usr/bin/env python3
"""Counts stale_content flags on the AllSides sample (a sanity figure: the sample is not known
to hold re-served articles, so every flag there is a candidate false alarm to read).

Runs build/eval/time_tag on every article whose `date` starts with YYYY-MM-DD, with that date
as the publication date, and prints
  stale.allsides.articles  articles with a usable date
  stale.allsides.flagged   articles flagged stale_content
then, with --show, each flag's detail.
Usage: eval/stale_scan.py DATA_DIR TIME_TAG_BINARY [--show]
"""
import gzip, json, os, re, subprocess, sys


def main():
    data, tool = sys.argv[1], sys.argv[2]
    lines = []
    path = os.path.join(data, "news/allsides/articles-15k.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            record = json.loads(line)
            m = re.match(r"\d{4}-\d{2}-\d{2}", record.get("date") or "")
            if m:
                lines.append(json.dumps({"id": str(n), "text": record["content_original"],
                                         "published": m.group(0)}))
    out = subprocess.run([tool], input=("\n".join(lines) + "\n").encode(), stdout=subprocess.PIPE,
                         check=True).stdout
    flagged = 0
    for line in out.decode().splitlines():
        r = json.loads(line)
        for kind, detail in r["flags"]:
            if kind == "stale_content":
                flagged += 1
                if "--show" in sys.argv:
                    print(f"# {r['id']}: {detail}")
    print(f"stale.allsides.articles {len(lines)}")
    print(f"stale.allsides.flagged {flagged}")


if __name__ == "__main__":
    main()
