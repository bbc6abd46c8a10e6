# torc_translate and torc_add_executable: translation with torcc as a build
# step of a CMake project, one custom command per annotated source.
#
#   torc_translate(<out-var> [TARGET <target>] <source>...)
#     Translates each source into the current build directory and sets
#     <out-var> to the translated files, to be compiled in their place. With
#     TARGET, the parse uses that target's include directories, compile
#     definitions and compile options, as its compile will. Each
#     translation lists the headers it read in a depfile, so editing one
#     translates again, and keeps the source's line numbers, so compiler
#     errors point at the user's lines.
#
#   torc_add_executable(<name> <source>...)
#     An executable built from the translations of the .c sources (other
#     sources are compiled as they are), linked with Torc::torc, the
#     runtime, which brings MPI and threads with it.

function(torc_translate out_var)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "TARGET" "")
  if(NOT out_var)
    message(SEND_ERROR "torc_translate: the first argument names the "
                       "variable that receives the translated files")
    return()
  endif()
  if(NOT arg_UNPARSED_ARGUMENTS)
    message(SEND_ERROR "torc_translate(${out_var}): no sources to translate")
    return()
  endif()
  if(arg_TARGET AND NOT TARGET ${arg_TARGET})
    message(SEND_ERROR "torc_translate(${out_var}): TARGET ${arg_TARGET} "
                       "is not a target (define it first)")
    return()
  endif()
  if(NOT TARGET Torc::torcc)
    message(SEND_ERROR "torc_translate: the Torc::torcc target is missing; "
                       "use find_package(Torc) or add torcc's source tree "
                       "with add_subdirectory first")
    return()
  endif()
  set(flags "")
  if(arg_TARGET)
    set(t ${arg_TARGET})
    set(flags
      "$<$<BOOL:$<TARGET_PROPERTY:${t},INCLUDE_DIRECTORIES>>:-I$<JOIN:$<TARGET_PROPERTY:${t},INCLUDE_DIRECTORIES>,$<SEMICOLON>-I>>"
      "$<$<BOOL:$<TARGET_PROPERTY:${t},COMPILE_DEFINITIONS>>:-D$<JOIN:$<TARGET_PROPERTY:${t},COMPILE_DEFINITIONS>,$<SEMICOLON>-D>>"
      "$<TARGET_PROPERTY:${t},COMPILE_OPTIONS>")
  endif()
  set(outputs "")
  foreach(source IN LISTS arg_UNPARSED_ARGUMENTS)
    get_filename_component(path ${source} ABSOLUTE)
    if(NOT path MATCHES "\\.c$")
      message(SEND_ERROR "torc_translate(${out_var}): ${source} is not a "
                         ".c file; torcc translates C sources only")
      continue()
    endif()
    if(NOT EXISTS ${path})
      message(SEND_ERROR "torc_translate(${out_var}): ${source} does not "
                         "exist (looked for ${path})")
      continue()
    endif()
    # The translation mirrors the source's place, so that two sources of
    # one name in different directories stay apart.
    file(RELATIVE_PATH relative ${CMAKE_CURRENT_SOURCE_DIR} ${path})
    string(REPLACE "../" "__/" relative "${relative}")
    string(REGEX REPLACE "\\.c$" ".torc.c" relative "${relative}")
    set(output ${CMAKE_CURRENT_BINARY_DIR}/torc/${relative})
    get_filename_component(output_dir ${output} DIRECTORY)
    file(MAKE_DIRECTORY ${output_dir})
    # Quoted includes resolve from the source's own directory, as they do
    # when the source itself is compiled.
    get_filename_component(source_dir ${path} DIRECTORY)
    set_property(SOURCE ${output} APPEND PROPERTY COMPILE_OPTIONS
                 -iquote ${source_dir})
    add_custom_command(
      OUTPUT ${output}
      COMMAND Torc::torcc ${path} -o ${output}
              -- ${flags} -MD -MF ${output}.d -MT ${output}
      DEPENDS ${path} Torc::torcc
      DEPFILE ${output}.d
      COMMENT "Translating ${source} with torcc"
      COMMAND_EXPAND_LISTS VERBATIM)
    list(APPEND outputs ${output})
  endforeach()
  set(${out_var} ${outputs} PARENT_SCOPE)
endfunction()

function(torc_add_executable name)
  if(NOT ARGN)
    message(SEND_ERROR "torc_add_executable(${name}): no sources")
    return()
  endif()
  set(annotated "")
  set(other "")
  foreach(source IN LISTS ARGN)
    if(source MATCHES "\\.c$")
      list(APPEND annotated ${source})
    else()
      list(APPEND other ${source})
    endif()
  endforeach()
  # The target exists before its sources are translated, so that the
  # translation can read its flags; the translations are added after.
  add_executable(${name} ${other})
  if(annotated)
    torc_translate(translated TARGET ${name} ${annotated})
    target_sources(${name} PRIVATE ${translated})
  endif()
  target_link_libraries(${name} PRIVATE Torc::torc)
endfunction()
