"""Run crosscheck's per-document stage over many files on a Dask cluster.

    from distributed import Client, LocalCluster
    import crosscheck.dask
    with LocalCluster(n_workers=4) as cluster, Client(cluster) as client:
        summary = crosscheck.dask.analyze(["crawl/"], "crawl.db", client=client)

The driver expands the inputs as ``crosscheck analyze`` does (folders, globs),
cuts the file list into partitions of ``partition_files`` files and maps one
task per partition. Each task runs the pipeline over its files and writes one
JSON Lines file, ``<parts_dir>/part-NNNNN.jsonl``: a document or an error line
per input record, in input order. The driver then stores the partitions, in
order, into the SQLite database ``db`` (crosscheck.import_jsonl), so the
database holds what ``crosscheck analyze -j 1`` over the same inputs would.

Every input yields a document or an error record: a task that fails (its
worker died, the partition could not be written) becomes one error record per
file of its partition, and the run goes on.

Limits: workers must read the input paths under the same names and write
``parts_dir`` where the driver reads it (one machine, or a shared file
system); the analysis of one partition runs on one worker thread; inputs
already stored are analysed again (storing them is a no-op, counted as
``unchanged``).
"""

import json
import os

from . import _native

__all__ = ["analyze", "partitions"]


def partitions(files, partition_files):
    """The file list cut into consecutive slices of at most `partition_files`."""
    if partition_files < 1:
        raise ValueError("partition_files must be at least 1")
    return [files[i:i + partition_files] for i in range(0, len(files), partition_files)]


def _analyze_partition(files, output):
    # Runs on a worker; imports the module there (once per worker process).
    from crosscheck import _native as native
    return native._analyze_files(files, output)


def _failed_partition_lines(files, error):
    message = "dask task failed: %s: %s" % (type(error).__name__, error)
    return [json.dumps({"type": "error", "origin": f, "message": message}) for f in files]


def analyze(inputs, db, client=None, partition_files=8, parts_dir=None, keep_parts=False):
    """Analyse `inputs` (paths, folders, globs) on the Dask `client` into the database `db`.

    client          a distributed.Client; None = the current default client
    partition_files files per task (default 8)
    parts_dir       where the partition files go (default `db` + ".parts")
    keep_parts      keep the partition files after the merge (default: removed)

    Returns a dict: files, partitions, failed_partitions, and the store counts
    (documents, errors, unchanged, skipped) of the merge.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if client is None:
        from distributed import get_client
        client = get_client()
    files, expand_errors = _native._expand_inputs([os.fspath(i) for i in inputs])
    parts_dir = os.fspath(parts_dir) if parts_dir is not None else os.fspath(db) + ".parts"
    os.makedirs(parts_dir, exist_ok=True)

    slices = partitions(files, partition_files)
    outputs = [os.path.join(parts_dir, "part-%05d.jsonl" % i) for i in range(len(slices))]
    futures = client.map(_analyze_partition, slices, outputs, pure=False)

    # Inputs that could not be listed come first, as in `crosscheck analyze`.
    first = os.path.join(parts_dir, "inputs.jsonl")
    with open(first, "w", encoding="utf-8") as f:
        for line in expand_errors:
            f.write(line + "\n")
    to_store, written, failed = [first], [first], 0
    for files_of, output, future in zip(slices, outputs, futures):
        try:
            future.result()
            to_store.append(output)
        except Exception as error:  # a lost worker, an unwritable partition
            failed += 1
            replacement = output + ".failed"
            with open(replacement, "w", encoding="utf-8") as f:
                for line in _failed_partition_lines(files_of, error):
                    f.write(line + "\n")
            to_store.append(replacement)
        written.append(to_store[-1])

    counts = _native.import_jsonl(os.fspath(db), to_store)
    if not keep_parts:
        for path in written:
            os.remove(path)
        try:
            os.rmdir(parts_dir)
        except OSError:
            pass
    summary = {"files": len(files), "partitions": len(slices), "failed_partitions": failed}
    summary.update(counts)
    return summary
