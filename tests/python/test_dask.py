"""crosscheck.dask on a two-worker LocalCluster equals `crosscheck analyze -j 1`.

Usage: test_dask.py CROSSCHECK_BINARY  (from the source root; PYTHONPATH at build/python)
Exits 77 (CTest: skipped) when python3-distributed is not installed.
"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

try:
    import distributed
except ImportError:
    print("python3-distributed is not installed: skipped")
    sys.exit(77)

import crosscheck
import crosscheck.dask

CLI = None
# The demo corpus plus a missing file, so error records travel too.
INPUTS = ["examples/", "examples/no-such-article.txt"]


def export(db):
    out = subprocess.run([CLI, "export", "--db", db], check=True, capture_output=True).stdout
    return sorted(out.decode().splitlines())


def stored_rows(db):
    """Documents and spans rows, keyed by document id (rowid and the added_at
    timestamps of inputs and errors are run-specific and left out)."""
    con = sqlite3.connect(db)
    try:
        columns = [c[1] for c in con.execute("PRAGMA table_info(documents)") if c[1] != "rowid"]
        documents = con.execute("SELECT %s FROM documents ORDER BY id" % ", ".join(columns))
        spans = con.execute("SELECT d.id, s.kind, s.start, s.end, s.data FROM spans s "
                            "JOIN documents d ON d.rowid = s.document_rowid ORDER BY d.id, s.rowid")
        return documents.fetchall(), spans.fetchall()
    finally:
        con.close()


class DaskTest(unittest.TestCase):
    def test_local_cluster_equals_a_single_machine_run(self):
        with tempfile.TemporaryDirectory() as tmp:
            reference = os.path.join(tmp, "reference.db")
            run = subprocess.run([CLI, "analyze", *INPUTS, "--db", reference, "-j", "1", "-q"],
                                 capture_output=True)
            self.assertEqual(run.returncode, 1, run.stderr)  # the missing file failed
            db = os.path.join(tmp, "dask.db")
            started = time.monotonic()
            with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                          host="127.0.0.1", dashboard_address=None) as cluster, \
                    distributed.Client(cluster) as client:
                cluster_up = time.monotonic()
                summary = crosscheck.dask.analyze(INPUTS, db, client=client, partition_files=4)
                done = time.monotonic()
            print("cluster start %.1f s, analyze + merge %.1f s, total %.1f s" %
                  (cluster_up - started, done - cluster_up, time.monotonic() - started))
            self.assertEqual(summary["files"], 13)
            self.assertEqual(summary["partitions"], 4)
            self.assertEqual(summary["failed_partitions"], 0)
            self.assertEqual(summary["documents"], 13)
            self.assertEqual(summary["errors"], 1)
            self.assertFalse(os.path.exists(db + ".parts"))  # partition files removed
            expected = export(reference)
            self.assertEqual(len(expected), len(export(db)))
            self.assertEqual(export(db), expected)
            # The stores themselves, beyond the export (sentence token indexes).
            self.assertEqual(stored_rows(db), stored_rows(reference))

            # A second merge of the same inputs adds nothing.
            with distributed.LocalCluster(n_workers=1, processes=False,
                                          dashboard_address=None) as cluster, \
                    distributed.Client(cluster) as client:
                again = crosscheck.dask.analyze(INPUTS, db, client=client, keep_parts=True)
            self.assertEqual(again["documents"], 0)
            self.assertEqual(again["unchanged"], 13)  # errors without bytes: kept once, not counted
            self.assertTrue(os.path.exists(os.path.join(db + ".parts", "part-00000.jsonl")))
            self.assertEqual(export(db), expected)

    def test_partitions(self):
        self.assertEqual(crosscheck.dask.partitions(list("abcde"), 2), [["a", "b"], ["c", "d"], ["e"]])
        self.assertEqual(crosscheck.dask.partitions([], 3), [])
        with self.assertRaises(ValueError):
            crosscheck.dask.partitions(["a"], 0)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
