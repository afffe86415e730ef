# Quotations (issue 5): pairing and cue tables, golden documents, the demo corpus.
crosscheck_add_test(quote_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/quote_marks_test.cc
  LIBS crosscheck_extract)
crosscheck_add_test(quote_examples_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/quote_examples_test.cc
  LIBS crosscheck_pipeline)
crosscheck_add_test(quote_golden_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/quote_golden_test.cc
  LIBS crosscheck_extract crosscheck_resolve nlohmann_json::nlohmann_json)
crosscheck_add_test(quote_model_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/quote_model_test.cc
  LIBS crosscheck_pipeline)
crosscheck_add_test(quote_stage_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/quote_stage_test.cc
  LIBS crosscheck_extract crosscheck_ingest)
