# kickstart_add_doctest_cases(<target>)
# Registers every doctest TEST_CASE of <target> as a ctest entry of its own, named after its
# source file and case ("catalog_test: a prerequisite cycle is named"), so one failing case
# does not hide the others and ./scripts/test counts cases. The cases are listed after each
# build of <target> (its --list-test-cases output), so a new TEST_CASE needs no CMake edit.
set(KICKSTART_DOCTEST_CASES_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/doctest_cases.cmake")

function(kickstart_add_doctest_cases target)
  set(cases_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_cases.cmake")
  set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_include.cmake")
  add_custom_command(TARGET ${target} POST_BUILD
    BYPRODUCTS "${cases_file}"
    COMMAND "${CMAKE_COMMAND}" -DEXECUTABLE=$<TARGET_FILE:${target}> -DOUTPUT=${cases_file}
            -P "${KICKSTART_DOCTEST_CASES_SCRIPT}"
    COMMENT "Listing the test cases of ${target}"
    VERBATIM)
  # Until the program is built, one failing entry says so instead of ctest finding nothing.
  file(WRITE "${include_file}"
    "if(EXISTS \"${cases_file}\")\n"
    "  include(\"${cases_file}\")\n"
    "else()\n"
    "  add_test(${target}_not_built ${target}_not_built)\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
