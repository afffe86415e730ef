# ingest_cleaner_test: see cleaner half
