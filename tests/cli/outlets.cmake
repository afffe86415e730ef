# Outlets (issue 8): report breakdown and the --kind/--funding/--country filters end to end.
crosscheck_add_test(outlet_cli_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/outlet_cli_test.cc
  LIBS cli_test_util nlohmann_json::nlohmann_json)
add_dependencies(outlet_cli_test crosscheck)
