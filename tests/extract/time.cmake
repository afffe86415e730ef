# Tests of the time and quantity recognisers (issue 7).
crosscheck_add_test(time_extract_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/quantity_numbers_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/quantity_recognizer_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/timex_recognizer_test.cc
  LIBS crosscheck_extract)
