# Outlets (issue 8): registry shape, lookups, the outlet stage and the demo corpus.
crosscheck_add_test(outlet_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/outlet_registry_test.cc ${CMAKE_CURRENT_LIST_DIR}/outlet_stage_test.cc
  LIBS crosscheck_resolve crosscheck_ingest nlohmann_json::nlohmann_json)
