# ingest_page_meta_test: article metadata read from HTML pages.
crosscheck_add_test(ingest_page_meta_test
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/html/date_parse_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/html/page_meta_test.cc
  LIBS crosscheck_ingest LibXml2::LibXml2 nlohmann_json::nlohmann_json)
