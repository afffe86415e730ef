# The Python package `crosscheck` (src/python/, README "Python and Dask").
#
# crosscheck_python_support: plain C++ the package is built on (export JSON back
# into documents, the analyzer pool, the partition runner); built always, tested
# by tests/python/. The extension module crosscheck._native (pybind11) and the
# package files go to build/python/crosscheck/ when CROSSCHECK_BUILD_PYTHON is ON
# (default: ON when Debian's pybind11-dev and python3-dev are found).
add_library(crosscheck_python_support STATIC
  ${CMAKE_CURRENT_LIST_DIR}/analyzer_pool.cc
  ${CMAKE_CURRENT_LIST_DIR}/import_json.cc
  ${CMAKE_CURRENT_LIST_DIR}/partition_run.cc
)
target_link_libraries(crosscheck_python_support
  PUBLIC crosscheck_pipeline crosscheck_report crosscheck_store nlohmann_json::nlohmann_json)

# Debian's interpreter (the one python3-distributed installs for), not another
# python3 that may come first on the PATH (pyenv).
if(NOT DEFINED Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
  set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python interpreter for the crosscheck module")
endif()
find_package(Python3 COMPONENTS Interpreter Development.Module QUIET)
if(Python3_FOUND)
  find_package(pybind11 2.6 CONFIG QUIET)
endif()
if(pybind11_FOUND)
  set(crosscheck_python_default ON)
else()
  set(crosscheck_python_default OFF)
endif()
option(CROSSCHECK_BUILD_PYTHON "Build the crosscheck Python module (pybind11)" ${crosscheck_python_default})

# Static libraries linked into a shared module must be position-independent
# (Debian's default PIE code is not); marks `target` and the crosscheck
# libraries it links, recursively.
function(crosscheck_make_pic target)
  get_property(done GLOBAL PROPERTY crosscheck_pic_done)
  if(target IN_LIST done)
    return()
  endif()
  set_property(GLOBAL APPEND PROPERTY crosscheck_pic_done ${target})
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "STATIC_LIBRARY")
    set_property(TARGET ${target} PROPERTY POSITION_INDEPENDENT_CODE ON)
  endif()
  get_target_property(libs ${target} LINK_LIBRARIES)
  get_target_property(interface_libs ${target} INTERFACE_LINK_LIBRARIES)
  foreach(lib IN LISTS libs interface_libs)
    if(TARGET ${lib} AND lib MATCHES "^crosscheck_")
      crosscheck_make_pic(${lib})
    endif()
  endforeach()
endfunction()

if(CROSSCHECK_BUILD_PYTHON)
  if(NOT pybind11_FOUND)
    message(FATAL_ERROR "CROSSCHECK_BUILD_PYTHON needs pybind11-dev and python3-dev (scripts/install-deps)")
  endif()
  set(CROSSCHECK_PYTHON_DIR ${PROJECT_BINARY_DIR}/python CACHE INTERNAL "PYTHONPATH of the built package")
  pybind11_add_module(crosscheck_python MODULE NO_EXTRAS ${CMAKE_CURRENT_LIST_DIR}/native_module.cc)
  set_target_properties(crosscheck_python PROPERTIES
    OUTPUT_NAME _native
    LIBRARY_OUTPUT_DIRECTORY ${CROSSCHECK_PYTHON_DIR}/crosscheck)
  target_link_libraries(crosscheck_python PRIVATE crosscheck_python_support crosscheck_options)
  crosscheck_make_pic(crosscheck_python_support)
  foreach(file __init__.py dask.py)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/crosscheck/${file}
                   ${CROSSCHECK_PYTHON_DIR}/crosscheck/${file} COPYONLY)
  endforeach()
  set(CROSSCHECK_PYTHON_INSTALL_DIR
      "lib/python3.${Python3_VERSION_MINOR}/dist-packages" CACHE STRING "Where `install` puts the crosscheck package")
  install(TARGETS crosscheck_python LIBRARY DESTINATION ${CROSSCHECK_PYTHON_INSTALL_DIR}/crosscheck)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/crosscheck/__init__.py
                ${CMAKE_CURRENT_LIST_DIR}/crosscheck/dask.py
          DESTINATION ${CROSSCHECK_PYTHON_INSTALL_DIR}/crosscheck)
endif()
