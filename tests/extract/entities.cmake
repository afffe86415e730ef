crosscheck_add_test(ner_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ner_gum_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/ner_tagger_test.cc
  LIBS crosscheck_extract)
