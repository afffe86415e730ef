# HTML pages: article metadata (title, authors, outlet, canonical URL, language, dates).
set(INGEST_PAGE_META_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/html/date_month_names.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/date_parse.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/page_meta.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/page_meta_authors.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/page_meta_dates.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/page_meta_jsonld.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/page_meta_url_date.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/page_meta_walk.cc
)
