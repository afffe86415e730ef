# Temporal expressions and quantities (issue 7): recognisers.
target_sources(crosscheck_extract PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/quantity_numbers.cc
  ${CMAKE_CURRENT_LIST_DIR}/quantity_recognizer.cc
  ${CMAKE_CURRENT_LIST_DIR}/timex_lexicon.cc
  ${CMAKE_CURRENT_LIST_DIR}/timex_match_calendar.cc
  ${CMAKE_CURRENT_LIST_DIR}/timex_match_relative.cc
  ${CMAKE_CURRENT_LIST_DIR}/timex_recognizer.cc)
