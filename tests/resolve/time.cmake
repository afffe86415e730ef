# Tests of the timex normaliser and the stale-content rule (issue 7).
crosscheck_add_test(time_resolve_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/stale_content_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/time_golden_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/timex_calendar_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/timex_normalizer_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/timex_tense_test.cc
  LIBS crosscheck_resolve crosscheck_pipeline nlohmann_json::nlohmann_json)
