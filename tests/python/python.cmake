# tests/python: the C++ the Python package is built on (GoogleTest), and the
# package itself run by Debian's /usr/bin/python3 (src/python/python.cmake).
crosscheck_add_test(python_support_test
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/import_json_test.cc
  LIBS crosscheck_python_support)

if(TARGET crosscheck_python)
  # Both scripts take the crosscheck binary (for the CLI side of the
  # comparisons) and run from the source root, so origins read examples/...
  foreach(script module dask)
    add_test(NAME python_${script}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_${script}.py
                     $<TARGET_FILE:crosscheck>
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(python_${script} PROPERTIES
      ENVIRONMENT "PYTHONPATH=${CROSSCHECK_PYTHON_DIR}"
      SKIP_RETURN_CODE 77
      TIMEOUT 600)
  endforeach()
endif()
