# Quotations, cues and speaker spans (issue 5).
target_sources(crosscheck_extract PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/quote_cues.cc
  ${CMAKE_CURRENT_LIST_DIR}/quote_features.cc
  ${CMAKE_CURRENT_LIST_DIR}/quote_frames.cc
  ${CMAKE_CURRENT_LIST_DIR}/quote_marks.cc
  ${CMAKE_CURRENT_LIST_DIR}/quote_model.cc
  ${CMAKE_CURRENT_LIST_DIR}/quote_stage.cc)
