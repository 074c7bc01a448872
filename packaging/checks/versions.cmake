# ctest: the one version of project(VERSION) is the one everything tells.
#   cmake -DVERSION=X.Y.Z -DCHANGELOG=... -DMETAINFO=... -DPROGRAMS="a;b" -P versions.cmake
# CHANGELOG.md's newest release, the metainfo's newest release and each
# program's --version must all say VERSION.
cmake_minimum_required(VERSION 3.22)
foreach(var VERSION CHANGELOG METAINFO PROGRAMS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "versions.cmake needs -D${var}=...")
    endif()
endforeach()

file(STRINGS ${CHANGELOG} releases REGEX "^## \\[[0-9]+\\.[0-9]+\\.[0-9]+\\]")
if(NOT releases)
    message(FATAL_ERROR "${CHANGELOG} has no release heading \"## [X.Y.Z] - YYYY-MM-DD\"")
endif()
list(GET releases 0 newest)
if(NOT newest MATCHES "^## \\[${VERSION}\\] - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$")
    message(FATAL_ERROR "${CHANGELOG}: the newest release is \"${newest}\", but project(VERSION) is ${VERSION}: "
                        "add \"## [${VERSION}] - YYYY-MM-DD\" above it")
endif()

file(READ ${METAINFO} metainfo)
if(NOT metainfo MATCHES "<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "${METAINFO} has no <release>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest <release> is ${CMAKE_MATCH_1}, not ${VERSION}")
endif()

foreach(program IN LISTS PROGRAMS)
    execute_process(COMMAND ${program} --version OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
                    TIMEOUT 60)
    get_filename_component(name ${program} NAME)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${name} --version exited with ${rc}: ${out}${err}")
    endif()
    if(NOT out MATCHES "^${name} ${VERSION}\n$")
        message(FATAL_ERROR "${name} --version printed \"${out}\", expected \"${name} ${VERSION}\"")
    endif()
endforeach()
message(STATUS "version ${VERSION} everywhere: ${CHANGELOG}, ${METAINFO}, ${PROGRAMS}")
