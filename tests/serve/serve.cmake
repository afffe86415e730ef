# `crosscheck serve` (issue 10): every endpoint through httplib's client.
crosscheck_add_test(serve_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/serve_test.cc
  LIBS crosscheck_serve cli_test_util nlohmann_json::nlohmann_json PkgConfig::HTTPLIB
       Threads::Threads)
target_include_directories(serve_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/cli)
add_dependencies(serve_test crosscheck)
# Bad input (issue 11): Route directly, then raw sockets against the server.
crosscheck_add_test(serve_limits_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/serve_limits_test.cc
  LIBS crosscheck_serve cli_test_util nlohmann_json::nlohmann_json SQLite::SQLite3
       Threads::Threads)
target_include_directories(serve_limits_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/cli)
add_dependencies(serve_limits_test crosscheck)
