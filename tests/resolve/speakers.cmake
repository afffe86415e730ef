# Quote speakers (issue 5).
crosscheck_add_test(speaker_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/speaker_stage_test.cc
  LIBS crosscheck_extract crosscheck_resolve)
