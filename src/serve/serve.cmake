# `crosscheck serve`: the JSON API, the HTTP server (cpp-httplib: Debian's
# libcpp-httplib-dev, its shared library and the flags its pkg-config file
# gives) and the embedded web page (issue 10).
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET GLOBAL cpp-httplib)
find_package(Threads REQUIRED)
set(CROSSCHECK_WEB_SOURCE ${CMAKE_CURRENT_LIST_DIR}/web/index.html)
file(READ ${CROSSCHECK_WEB_SOURCE} CROSSCHECK_WEB_PAGE)
configure_file(${CMAKE_CURRENT_LIST_DIR}/web_page.cc.in ${CMAKE_CURRENT_BINARY_DIR}/web_page.cc @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CROSSCHECK_WEB_SOURCE})
add_library(crosscheck_serve STATIC
  ${CMAKE_CURRENT_LIST_DIR}/api.cc
  ${CMAKE_CURRENT_LIST_DIR}/api_json.cc
  ${CMAKE_CURRENT_LIST_DIR}/router.cc
  ${CMAKE_CURRENT_LIST_DIR}/server.cc
  ${CMAKE_CURRENT_BINARY_DIR}/web_page.cc)
target_link_libraries(crosscheck_serve PUBLIC crosscheck_report crosscheck_store
  PRIVATE PkgConfig::HTTPLIB Threads::Threads)
