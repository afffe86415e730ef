# Outlets (issue 8): the registry (data/outlets.jsonl, public suffixes from libpsl),
# the outlet's own words and credits, the `outlet` stage.
pkg_check_modules(LIBPSL REQUIRED IMPORTED_TARGET libpsl)
target_sources(crosscheck_resolve PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/outlet_registry.cc
  ${CMAKE_CURRENT_LIST_DIR}/outlet_credits.cc
  ${CMAKE_CURRENT_LIST_DIR}/outlet_stage.cc
  ${CMAKE_CURRENT_LIST_DIR}/outlet_attributes.cc)
target_link_libraries(crosscheck_resolve PRIVATE PkgConfig::LIBPSL nlohmann_json::nlohmann_json)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/outlet_registry.cc PROPERTIES
  COMPILE_DEFINITIONS "CROSSCHECK_OUTLETS_SOURCE_FILE=\"${PROJECT_SOURCE_DIR}/data/outlets.jsonl\"")
# The installed binary finds the registry at <prefix>/share/crosscheck/data/outlets.jsonl.
install(FILES ${PROJECT_SOURCE_DIR}/data/outlets.jsonl DESTINATION share/crosscheck/data)
