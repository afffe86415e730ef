# The corpus stage: summaries, copies, stories, the runner (issue 9, part 1).
crosscheck_add_test(corpus_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/dup_minhash_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/corpus_summary_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/dup_detector_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/story_cluster_test.cc
          ${CMAKE_CURRENT_LIST_DIR}/corpus_runner_test.cc
  LIBS crosscheck_corpus crosscheck_resolve crosscheck_pipeline)
