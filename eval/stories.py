#!/usr/bin/env python3
"""Story clustering on ECB+ (DESIGN.md §5 "stories").

    eval/stories.py DATA STORY_SCORE [--tune] [--shuffle SEED]

Writes the ECB+ documents of the train and dev topics as JSON Lines (text =
the document's tokens, sentences on their own lines; url = "ecbplus:FILE";
no title, no date: ECB+ has none) to a temporary folder, then runs
STORY_SCORE (build/eval/story_score), which analyses them with the
per-document pipeline, runs the corpus stage and prints B-cubed and pairwise
P/R/F1 of the document clusters against topic (topic level) and sub-topic
(event level: ECB vs ECB+ half of a topic) on the dev topics
2 5 12 18 21 23 34 35. With --tune it searches the story options on the
train topics instead (the defaults in src/corpus/story_cluster.h came from it).

--shuffle SEED writes the documents in a random order (Python's random with
SEED) to a file named after SEED: line numbers, file name and so document
ids all differ from an unshuffled run. The clustering depends on none of
them, so every seed must print the same figures (eval/run compares seed 1
with the unshuffled order: stories.ecbplus_dev.order_independent).
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "'s", "n't", ")", "]", "%", "'", "''"}
NO_SPACE_AFTER = {"(", "[", "$", "``"}


def document_text(path):
    root = ET.parse(path).getroot()
    sentences = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
    lines = []
    for number in sorted(sentences):
        out = ""
        prev = None
        for word in sentences[number]:
            if out and word not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
                out += " "
            out += word
            prev = word
        lines.append(out)
    return "\n\n".join(lines)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    data, scorer = sys.argv[1], sys.argv[2]
    extra = sys.argv[3:]
    seed = None
    if "--shuffle" in extra:
        at = extra.index("--shuffle")
        if at + 1 >= len(extra):
            print("stories.py: --shuffle needs a SEED", file=sys.stderr)
            return 2
        seed = extra[at + 1]
        del extra[at:at + 2]
    base = os.path.join(data, "entities", "ecbplus", "ECB+")
    if not os.path.isdir(base):
        print(f"stories.py: no ECB+ at {base}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        file_name = "ecbplus.jsonl" if seed is None else f"ecbplus-shuffled-{seed}.jsonl"
        path = os.path.join(tmp, file_name)
        lines = []
        for topic in sorted(os.listdir(base), key=lambda t: int(t) if t.isdigit() else 0):
            folder = os.path.join(base, topic)
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                if not re.fullmatch(r"\d+_\d+ecb(plus)?\.xml", name):
                    continue
                text = document_text(os.path.join(folder, name))
                lines.append(json.dumps({"url": f"ecbplus:{topic}/{name}", "text": text}) + "\n")
        if seed is not None:
            random.Random(seed).shuffle(lines)
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(lines)
        count = len(lines)
        print(f"# {count} ECB+ documents", file=sys.stderr)
        return subprocess.call([scorer, path] + extra)


if __name__ == "__main__":
    sys.exit(main())
