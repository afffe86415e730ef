# The cleaner half of ingest: RawRecord -> Document.
set(INGEST_CLEANER_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/boilerplate.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/charset.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/cleaner.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/cleaner_lines.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/duplicate.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/date_line.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/metadata_lines.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/run_together.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/whitespace.cc
)
