# HTML pages: charset, parsing (libxml2) and main-text extraction -> text + offset map.
set(INGEST_HTML_SOURCES
)
