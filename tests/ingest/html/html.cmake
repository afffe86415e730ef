# ingest_html_test: charset, parsing and main-text extraction of HTML pages.
