# ingest_html_test: charset, parsing and main-text extraction of HTML pages.
crosscheck_add_test(ingest_html_test
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/html/html_charset_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/html/source_stream_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/html/html_cues_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/html/clean_html_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/html/clean_html_regressions_test.cc
  LIBS crosscheck_ingest LibXml2::LibXml2 nlohmann_json::nlohmann_json)
