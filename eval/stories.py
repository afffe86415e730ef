#!/usr/bin/env python3
"""Story clustering on ECB+ (DESIGN.md §5 "stories").

    eval/stories.py DATA STORY_SCORE [--tune]

Writes the ECB+ documents of the train and dev topics as JSON Lines (text =
the document's tokens, sentences on their own lines; url = "ecbplus:FILE";
no title, no date: ECB+ has none) to a temporary folder, then runs
STORY_SCORE (build/eval/story_score), which analyses them with the
per-document pipeline, runs the corpus stage and prints B-cubed and pairwise
P/R/F1 of the document clusters against topic (topic level) and sub-topic
(event level: ECB vs ECB+ half of a topic) on the dev topics
2 5 12 18 21 23 34 35. With --tune it searches the story options on the
train topics instead (the defaults in src/corpus/story_cluster.h came from it).
"""
import os
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
    base = os.path.join(data, "entities", "ecbplus", "ECB+")
    if not os.path.isdir(base):
        print(f"stories.py: no ECB+ at {base}", file=sys.stderr)
        return 2
    import json
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "ecbplus.jsonl")
        count = 0
        with open(path, "w", encoding="utf-8") as out:
            for topic in sorted(os.listdir(base), key=lambda t: int(t) if t.isdigit() else 0):
                folder = os.path.join(base, topic)
                if not os.path.isdir(folder):
                    continue
                for name in sorted(os.listdir(folder)):
                    if not re.fullmatch(r"\d+_\d+ecb(plus)?\.xml", name):
                        continue
                    text = document_text(os.path.join(folder, name))
                    out.write(json.dumps({"url": f"ecbplus:{topic}/{name}", "text": text}) + "\n")
                    count += 1
        print(f"# {count} ECB+ documents", file=sys.stderr)
        return subprocess.call([scorer, path] + extra)


if __name__ == "__main__":
    sys.exit(main())
