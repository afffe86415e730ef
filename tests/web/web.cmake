# The browser test of the serve page (issue 10): Playwright driving chromium.
# Skipped, not failed, where node, chromium or tests/web/node_modules are missing.
add_test(NAME web_page_test
  COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE:crosscheck>
          ${PROJECT_SOURCE_DIR}/examples ${PROJECT_BINARY_DIR})
set_tests_properties(web_page_test PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
