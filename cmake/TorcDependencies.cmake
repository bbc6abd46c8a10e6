# Finds MPI and Clang/LLVM, and stops with a message that says what to
# install when either is missing.

# The MPI library's own name for itself, for `torcc --version`.
set(MPI_DETERMINE_LIBRARY_VERSION ON)
find_package(MPI COMPONENTS C)
if(NOT MPI_C_FOUND)
  message(FATAL_ERROR
    "torcc needs an MPI implementation with its C compiler wrapper (mpicc).\n"
    "On Debian or Ubuntu: apt-get install libopenmpi-dev openmpi-bin")
endif()

find_package(Clang CONFIG
  HINTS /usr/lib/llvm-18/lib/cmake/clang /usr/lib/llvm-17/lib/cmake/clang
        /usr/lib/llvm-16/lib/cmake/clang /usr/lib/llvm-15/lib/cmake/clang
        /usr/lib/llvm-14/lib/cmake/clang)
if(NOT Clang_FOUND)
  message(FATAL_ERROR
    "torcc needs Clang and LLVM 14 or newer with their development files.\n"
    "On Debian 12: apt-get install clang-14 libclang-14-dev libclang-cpp14-dev "
    "llvm-14-dev llvm-14-tools\n"
    "Elsewhere, pass -DClang_DIR=<prefix>/lib/cmake/clang.")
endif()
if(LLVM_PACKAGE_VERSION VERSION_LESS 14)
  message(FATAL_ERROR
    "torcc needs LLVM 14 or newer; found ${LLVM_PACKAGE_VERSION} at ${LLVM_DIR}")
endif()
message(STATUS "torcc: Clang/LLVM ${LLVM_PACKAGE_VERSION} from ${LLVM_DIR}")

# Clang's builtin headers (stddef.h, stdarg.h, ...) live in its resource
# directory, which LibTooling locates relative to the clang binary, not to
# torcc; ask the matching clang where it is.
find_program(TORC_CLANG_EXECUTABLE
  NAMES clang-${LLVM_VERSION_MAJOR} clang
  HINTS ${LLVM_TOOLS_BINARY_DIR} NO_DEFAULT_PATH)
if(NOT TORC_CLANG_EXECUTABLE)
  find_program(TORC_CLANG_EXECUTABLE NAMES clang-${LLVM_VERSION_MAJOR} clang)
endif()
if(NOT TORC_CLANG_EXECUTABLE)
  message(FATAL_ERROR "torcc needs the clang ${LLVM_VERSION_MAJOR} executable "
                      "to locate Clang's builtin headers")
endif()
execute_process(COMMAND ${TORC_CLANG_EXECUTABLE} -print-resource-dir
  OUTPUT_VARIABLE TORC_CLANG_RESOURCE_DIR OUTPUT_STRIP_TRAILING_WHITESPACE)
