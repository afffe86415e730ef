# Story reports: the shared corpus load and the story view (issue 10).
crosscheck_add_test(story_report_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/story_view_test.cc
  LIBS crosscheck_report)
