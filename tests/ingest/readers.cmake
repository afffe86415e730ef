# ingest_reader_test: the reader half (arguments and paths -> RawRecords).
crosscheck_add_test(ingest_reader_test
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/input_name_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/gzip_source_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/line_reader_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/jsonl_record_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/read_ahead_source_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/read_input_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/expand_inputs_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/gzip_member_source_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/warc_http_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/warc_reader_test.cc
  LIBS crosscheck_ingest ZLIB::ZLIB)
