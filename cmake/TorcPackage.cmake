# How other projects use torc: the CMake package (find_package(Torc)), the
# pkg-config file, and the same targets and functions for a project that
# adds this source tree with add_subdirectory.

include(CMakePackageConfigHelpers)
include(${CMAKE_CURRENT_LIST_DIR}/TorcTranslate.cmake)

set(TORC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Torc)

install(TARGETS torc torc_shared EXPORT TorcTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS torcc EXPORT TorcTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The script that draws a TORC_TRACE file goes beside torcc.
install(PROGRAMS tools/torc-trace-plot DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT TorcTargets NAMESPACE Torc:: DESTINATION ${TORC_CMAKE_DIR})

configure_package_config_file(cmake/TorcConfig.cmake.in
  ${PROJECT_BINARY_DIR}/TorcConfig.cmake
  INSTALL_DESTINATION ${TORC_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/TorcConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/TorcConfig.cmake
              ${PROJECT_BINARY_DIR}/TorcConfigVersion.cmake
              cmake/TorcTranslate.cmake
        DESTINATION ${TORC_CMAKE_DIR})

# pkg-config finds the prefix from the file's own place, so that the
# prefix can be moved.
file(RELATIVE_PATH TORC_PC_PREFIX /torc-prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig
     /torc-prefix)
string(REGEX REPLACE "/$" "" TORC_PC_PREFIX "${TORC_PC_PREFIX}")
configure_file(cmake/torc.pc.in ${PROJECT_BINARY_DIR}/torc.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/torc.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
