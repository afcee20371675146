# kickstart_header_package(<target> <header to find> <folder to expose>)
# Finds a header-only package on the host and exposes only its own folder through a
# private include root in the build tree (a symlink), as an INTERFACE target.
function(kickstart_header_package target header folder)
  find_path(${target}_ROOT "${header}"
    PATHS /usr/include /usr/local/include
    NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
  if(NOT ${target}_ROOT)
    message(FATAL_ERROR "${header} not found: run ./scripts/setup (it installs the Debian package)")
  endif()
  set(include_root "${CMAKE_BINARY_DIR}/third_party_include/${target}")
  file(MAKE_DIRECTORY "${include_root}")
  file(CREATE_LINK "${${target}_ROOT}/${folder}" "${include_root}/${folder}" SYMBOLIC)
  add_library(${target} INTERFACE)
  target_include_directories(${target} SYSTEM INTERFACE "${include_root}")
endfunction()
