# The corpus stage: summaries, copies, stories and the runner (issue 9, part 1).
target_sources(crosscheck_corpus PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/corpus_summary.cc
  ${CMAKE_CURRENT_LIST_DIR}/corpus_runner.cc
  ${CMAKE_CURRENT_LIST_DIR}/dup_minhash.cc
  ${CMAKE_CURRENT_LIST_DIR}/dup_detector.cc
  ${CMAKE_CURRENT_LIST_DIR}/story_cluster.cc)
