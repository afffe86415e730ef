# ingest_reader_test: see readers half
