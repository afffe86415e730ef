crosscheck_add_test(chain_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/chain_resolver_test.cc
  LIBS crosscheck_resolve)
