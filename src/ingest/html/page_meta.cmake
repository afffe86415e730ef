# HTML pages: article metadata (title, authors, outlet, canonical URL, language, dates).
set(INGEST_PAGE_META_SOURCES
)
