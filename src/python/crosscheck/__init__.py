"""crosscheck: who said what, when, according to whom.

Python bindings over the C++ engine (built with pybind11; see README.md,
"Python and Dask"):

    import crosscheck
    doc = crosscheck.analyze_document(text, url=..., outlet=..., published=...)
    with crosscheck.open("crosscheck.db") as db:
        for hit in db.search("flood barrier"):
            print(hit["title"], db.document(hit["document"])["quotes"])

``analyze_document`` returns the export-contract dict (the object ``crosscheck
doc`` prints for one article) and raises ``AnalysisError`` (a ValueError) naming
the input when the article yields an error record instead. The C++ work runs
without the GIL, so threads analyse in parallel; the models load once per
process, on the first call. ``crosscheck.dask`` runs the same stage over many
files on a Dask cluster and merges the results into a database.
"""

from ._native import AnalysisError, Reader, StoreError, analyze_document, import_jsonl

__all__ = ["AnalysisError", "Reader", "StoreError", "analyze_document", "import_jsonl", "open"]


def open(db):  # noqa: A001 - the module's reader, like builtins.open for files
    """A read-only Reader over the database file `db` (StoreError if it cannot be opened).

    Reader methods: documents(text=True), document(id) (None when absent),
    errors(), search(query, limit=20), close(); it is a context manager.
    Documents are returned as stored (the per-document fields); the corpus
    annotations ``crosscheck export`` adds (entity ids, stories, claims) are not.
    """
    return Reader(str(db))
