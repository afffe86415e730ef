# HTML pages: charset, parsing (libxml2) and main-text extraction -> text + offset map.
set(INGEST_HTML_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/html/clean_html.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/html_blocks.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/html_charset.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/html_cues.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/html_extract.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/html_page.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/html_region.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/html/source_stream.cc
)
