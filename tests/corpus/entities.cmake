crosscheck_add_test(entity_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/entity_resolver_test.cc
  LIBS crosscheck_corpus crosscheck_resolve crosscheck_pipeline)
crosscheck_add_test(string_pool_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/string_pool_test.cc
  LIBS crosscheck_corpus)
