# Quote groups, claims, timelines (issue 9, part 2).
crosscheck_add_test(claims_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/claim_aligner_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/quote_group_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/timeline_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/claim_corpus_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/claim_extension_test.cc
  LIBS crosscheck_corpus)
crosscheck_add_test(claims_demo_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/claim_demo_test.cc
  LIBS crosscheck_corpus crosscheck_resolve crosscheck_pipeline)
