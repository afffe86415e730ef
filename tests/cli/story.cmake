# Story reports on the demo corpus (issue 10): golden Markdown, JSON, HTML.
crosscheck_add_test(story_cli_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/story_cli_test.cc
  LIBS cli_test_util nlohmann_json::nlohmann_json)
add_dependencies(story_cli_test crosscheck)
