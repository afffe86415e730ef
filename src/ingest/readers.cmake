# The reader half of ingest: command-line arguments and paths -> RawRecords.
set(INGEST_READER_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/byte_source.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/document_id.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/expand_inputs.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/gzip_member_source.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/gzip_source.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/input_name.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/jsonl_record.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/line_reader.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/read_ahead_source.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/read_input.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/warc_http.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/warc_reader.cc
)
