# The same quote across outlets, claims, timelines (issue 9, part 2).
target_sources(crosscheck_corpus PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/claim_text.cc
  ${CMAKE_CURRENT_LIST_DIR}/claim_facts.cc
  ${CMAKE_CURRENT_LIST_DIR}/claim_similarity.cc
  ${CMAKE_CURRENT_LIST_DIR}/claim_aligner.cc
  ${CMAKE_CURRENT_LIST_DIR}/claim_json.cc
  ${CMAKE_CURRENT_LIST_DIR}/claim_corpus.cc
  ${CMAKE_CURRENT_LIST_DIR}/claim_extension.cc
  ${CMAKE_CURRENT_LIST_DIR}/quote_group.cc
  ${CMAKE_CURRENT_LIST_DIR}/timeline.cc)
target_link_libraries(crosscheck_corpus PUBLIC nlohmann_json::nlohmann_json)
