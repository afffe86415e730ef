#!/usr/bin/env python3
"""Prints the AllSides articles sampled for the quantity annotation (eval/quantities_gold.tsv).

usage: eval/quantities_sample.py ARTICLES.jsonl.gz [N]
One line per article: 1-based line number in the file, then its ID. The sample is fixed
(random.Random(7), N=50 by default, articles with a non-empty content_original), so the gold
file's line numbers can be reproduced without storing any article text.
"""
import gzip
import json
import random
import sys


def sample(path, n=50):
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            record = json.loads(line)
            if record.get("content_original"):
                rows.append((number, record.get("ID", "")))
    return sorted(random.Random(7).sample(rows, n))


if __name__ == "__main__":
    for number, ident in sample(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 50):
        print(number, ident)
