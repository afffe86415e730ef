# HTML pages: article metadata (title, authors, outlet, canonical URL, language, dates).
set(INGEST_PAGE_META_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/html/date_parse.cc
)
