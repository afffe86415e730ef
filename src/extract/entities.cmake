# Named entities (issue 6): the BILOU perceptron tagger, its gazetteer, GUM's
# annotations for training and scoring, and the mentions stage.
target_sources(crosscheck_extract PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ner_gazetteer.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_gum.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_stage.cc
  ${CMAKE_CURRENT_LIST_DIR}/ner_tagger.cc
)
