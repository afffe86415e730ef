# ingest_cleaner_test: the cleaner half (RawRecord -> Document).
crosscheck_add_test(ingest_cleaner_test
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/charset_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/whitespace_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/metadata_lines_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/boilerplate_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/duplicate_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/run_together_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/cleaner_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/cleaner_examples_test.cc
  LIBS crosscheck_ingest ICU::uc ICU::i18n nlohmann_json::nlohmann_json)
