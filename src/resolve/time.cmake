# Timex values and stale content (issue 7): resolvers.
target_sources(crosscheck_resolve PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/stale_content.cc
  ${CMAKE_CURRENT_LIST_DIR}/timex_calendar.cc
  ${CMAKE_CURRENT_LIST_DIR}/timex_normalizer.cc
  ${CMAKE_CURRENT_LIST_DIR}/timex_tense.cc)
