# ingest_page_meta_test: article metadata read from HTML pages.
