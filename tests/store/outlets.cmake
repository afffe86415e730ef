# Outlets (issue 8): outlet_from, credits and quotes per outlet in the store.
crosscheck_add_test(outlet_store_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/outlet_store_test.cc ${CMAKE_CURRENT_LIST_DIR}/store_test_util.cc
  LIBS crosscheck_store SQLite::SQLite3)
