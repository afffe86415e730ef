# Quote speakers (issue 5).
target_sources(crosscheck_resolve PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/speaker_names.cc
  ${CMAKE_CURRENT_LIST_DIR}/speaker_stage.cc)
