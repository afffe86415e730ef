# In-article chains (issue 6).
target_sources(crosscheck_resolve PRIVATE ${CMAKE_CURRENT_LIST_DIR}/chain_resolver.cc)
