# One entity across articles (issue 6).
target_sources(crosscheck_corpus PRIVATE ${CMAKE_CURRENT_LIST_DIR}/entity_resolver.cc)
