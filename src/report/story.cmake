# Story reports: the shared corpus load, one view per story, and its
# renderings (issue 10). The corpus library comes in here.
target_sources(crosscheck_report PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/corpus_load.cc
  ${CMAKE_CURRENT_LIST_DIR}/story_view.cc
  ${CMAKE_CURRENT_LIST_DIR}/story_grid.cc
  ${CMAKE_CURRENT_LIST_DIR}/story_render.cc
  ${CMAKE_CURRENT_LIST_DIR}/story_html.cc)
target_link_libraries(crosscheck_report PUBLIC crosscheck_corpus)
