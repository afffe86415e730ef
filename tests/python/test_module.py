"""The crosscheck Python module, run by CTest with Debian's /usr/bin/python3.

Usage: test_module.py CROSSCHECK_BINARY  (from the source root; PYTHONPATH at build/python)
"""
import concurrent.futures
import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

import crosscheck

CLI = None  # the crosscheck binary, from argv

# An invented article: outlet, people and events are made up.
ARTICLE = """Ferry crews walk out over night shifts

GRESSVIK - Ferry crews on the Gressvik line stopped work on Thursday after talks over night shifts collapsed, the Northbay Ledger reported.

"We will not sail another night without a second engineer," said union steward Petra Holm. She said the crews had warned the operator in March.

The operator, Tidelink, said it would resume talks next Monday. About 1,200 passengers use the line each day.
"""


def examples():
    return sorted(glob.glob("examples/*.txt"))


def doc_lines(paths):
    out = subprocess.run([CLI, "doc", *paths], check=True, capture_output=True).stdout
    return [json.loads(line) for line in out.decode().splitlines()]


def read(path):
    with open(path, "rb") as f:
        return f.read()


class AnalyzeDocumentTest(unittest.TestCase):
    def test_fields_of_an_invented_article(self):
        d = crosscheck.analyze_document(ARTICLE, url="https://ledger.example/ferry",
                                        outlet="Northbay Ledger", published="2026-05-14")
        self.assertEqual(d["type"], "document")
        self.assertEqual(d["title"], "Ferry crews walk out over night shifts")
        self.assertEqual(d["url"], "https://ledger.example/ferry")
        self.assertEqual(d["published"], "2026-05-14")
        self.assertEqual(d["origin"], "<string>")
        self.assertEqual(len(d["id"]), 16)
        text = d["text"]
        sentences = [text[s:e] for s, e in d["sentences"]]
        self.assertGreaterEqual(len(sentences), 5, sentences)
        self.assertTrue(any(s.startswith("The operator, Tidelink") for s in sentences), sentences)
        quotes = [q for q in d["quotes"] if "second engineer" in q["text"]]
        self.assertEqual(len(quotes), 1, d["quotes"])
        self.assertEqual(quotes[0]["kind"], "direct")
        self.assertEqual(quotes[0]["speaker"]["name"], "Petra Holm")
        timexes = {t["text"]: t["value"] for t in d["timexes"]}
        self.assertEqual(timexes.get("Thursday"), "2026-05-14", d["timexes"])
        self.assertIn("next Monday", timexes, d["timexes"])
        self.assertIn("Tidelink", [m["text"] for m in d["mentions"]])
        self.assertNotIn("tokens", d)
        with_tokens = crosscheck.analyze_document(ARTICLE, tokens=True)
        self.assertGreater(len(with_tokens["tokens"]), 50)

    def test_equals_crosscheck_doc_on_the_demo_corpus(self):
        paths = examples()
        self.assertEqual(len(paths), 13)
        for path, line in zip(paths, doc_lines(paths)):
            with self.subTest(path=path):
                self.assertEqual(crosscheck.analyze_document(read(path), origin=path), line)

    def test_errors_name_the_input(self):
        for text, origin, named in [(" \n\t ", None, "<string>"),
                                    ("", "feeds/empty.txt", "feeds/empty.txt"),
                                    (b"\x00\x01\x02binary" * 40, "dump.bin", "dump.bin")]:
            with self.subTest(origin=origin):
                with self.assertRaises(crosscheck.AnalysisError) as caught:
                    crosscheck.analyze_document(text, origin=origin)
                self.assertIn(named, str(caught.exception))
                self.assertIsInstance(caught.exception, ValueError)

    def test_threads_in_parallel_give_the_sequential_results(self):
        texts = [read(p) for p in examples()] * 2
        sequential = [crosscheck.analyze_document(t) for t in texts]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            parallel = list(pool.map(lambda t: crosscheck.analyze_document(t), texts))
        self.assertEqual(parallel, sequential)


class OpenTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "demo.db")
        subprocess.run([CLI, "analyze", "examples/", "--db", cls.db, "-j", "1", "-q"],
                       check=True, capture_output=True)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_reads_what_analyze_stored(self):
        with crosscheck.open(self.db) as db:
            docs = db.documents()
            self.assertEqual(db.errors(), [])
            by_origin = {d["origin"]: d for d in docs}
            # Stored documents read back as `crosscheck doc` wrote them.
            for line in doc_lines(examples()):
                self.assertEqual(by_origin[line["origin"]], line)
            first = docs[0]
            self.assertEqual(db.document(first["id"]), first)
            self.assertIsNone(db.document("0000000000000000"))
            self.assertNotIn("text", db.documents(text=False)[0])
            hits = db.search("barrier", limit=5)
            self.assertTrue(0 < len(hits) <= 5)
            self.assertTrue(all(h["document"] in {d["id"] for d in docs} for h in hits))
            self.assertEqual(db.search("nosuchwordanywhere"), [])
        with self.assertRaises(crosscheck.StoreError):
            db.documents()  # closed

    def test_missing_database_raises(self):
        with self.assertRaises(crosscheck.StoreError) as caught:
            crosscheck.open(os.path.join(self.tmp.name, "none.db"))
        self.assertIn("none.db", str(caught.exception))
        self.assertIsInstance(caught.exception, OSError)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
