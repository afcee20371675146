# cmake -DEXECUTABLE=... -DOUTPUT=... -P doctest_cases.cmake
# Writes one add_test() per doctest case of EXECUTABLE into OUTPUT (see KickstartDoctest.cmake).
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${EXECUTABLE}" --list-test-cases --reporters=xml --no-version=true
                OUTPUT_VARIABLE listing RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${EXECUTABLE} --list-test-cases failed (${result}):\n${listing}")
endif()

function(xml_unescape out text)
  string(REPLACE "&quot;" "\"" text "${text}")
  string(REPLACE "&apos;" "'" text "${text}")
  string(REPLACE "&lt;" "<" text "${text}")
  string(REPLACE "&gt;" ">" text "${text}")
  string(REPLACE "&amp;" "&" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(script "")
set(names "")
# Attribute values may hold '>' ("plan -> JSON"), never a raw quote; a ';' in a name would
# split CMake's list, so it travels as a token and becomes ',' in the ctest name and the
# wildcard '?' in doctest's filter.
string(REPLACE ";" "<semicolon>" listing "${listing}")
string(REGEX MATCHALL "<TestCase name=\"[^\"]*\"( testsuite=\"[^\"]*\")? filename=\"[^\"]*\"" cases "${listing}")
foreach(case IN LISTS cases)
  string(REGEX MATCH " name=\"([^\"]*)\"" ignored "${case}")
  xml_unescape(name "${CMAKE_MATCH_1}")
  string(REGEX MATCH " filename=\"([^\"]*)\"" ignored "${case}")
  xml_unescape(file "${CMAKE_MATCH_1}")
  get_filename_component(stem "${file}" NAME_WE)
  get_filename_component(file_name "${file}" NAME)
  string(REPLACE "<semicolon>" "," test "${stem}: ${name}")
  if(test IN_LIST names)
    message(FATAL_ERROR "two test cases named '${test}': ctest needs unique names")
  endif()
  list(APPEND names "${test}")
  # doctest filters split at commas and read backslashes as escapes.
  string(REPLACE "\\" "\\\\" filter "${name}")
  string(REPLACE "," "\\," filter "${filter}")
  string(REPLACE "<semicolon>" "?" filter "${filter}")
  string(APPEND script
    "add_test([==[${test}]==] \"${EXECUTABLE}\" [==[--test-case=${filter}]==] [==[--source-file=*${file_name}]==]"
    " --no-intro=true)\n"
    # A filter that matches nothing would pass silently: zero cases run is a failure.
    "set_tests_properties([==[${test}]==] PROPERTIES FAIL_REGULAR_EXPRESSION [==[test cases: +0 [|]]==])\n")
endforeach()
if(names STREQUAL "")
  message(FATAL_ERROR "${EXECUTABLE} lists no test cases")
endif()
file(WRITE "${OUTPUT}" "${script}")
