# `crosscheck serve` (issue 10): the verb over src/serve.
target_sources(crosscheck PRIVATE ${CMAKE_CURRENT_LIST_DIR}/serve_command.cc)
target_link_libraries(crosscheck PRIVATE crosscheck_serve)
