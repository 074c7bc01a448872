# ctest: `cpack -G DEB` makes countersign_<version>_<arch>.deb whose control
# data and contents are what the desktop and Debian expect.
#   cmake -DBUILD_DIR=... -DWORK_DIR=... -DVERSION=... -DAPP_ID=... -DMODULE_DIR=lib/countersign -P deb.cmake
cmake_minimum_required(VERSION 3.22)
foreach(var BUILD_DIR WORK_DIR VERSION APP_ID MODULE_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "deb.cmake needs -D${var}=...")
    endif()
endforeach()
# cpack's shlibdeps step also runs `file` on every binary.
foreach(tool cpack dpkg-deb dpkg-shlibdeps file)
    find_program(tool_path ${tool} NO_CACHE)
    if(NOT tool_path)
        message(FATAL_ERROR "${tool} is missing: run scripts/install-deps.sh (Debian packages cmake, dpkg-dev, file)")
    endif()
    unset(tool_path)
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND cpack -G DEB -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake
                WORKING_DIRECTORY ${BUILD_DIR}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}${err}")
endif()
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
set(deb ${WORK_DIR}/countersign_${VERSION}_${arch}.deb)
if(NOT EXISTS ${deb})
    file(GLOB made ${WORK_DIR}/*.deb)
    message(FATAL_ERROR "cpack did not make ${deb}; it made: ${made}")
endif()

set(problems "")
# A function, not a macro: a macro would read the pattern's backslashes twice.
function(field name pattern)
    execute_process(COMMAND dpkg-deb --field ${deb} ${name} OUTPUT_VARIABLE value OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT value MATCHES "${pattern}")
        list(APPEND problems "${name}: \"${value}\" does not match ${pattern}")
        set(problems "${problems}" PARENT_SCOPE)
    endif()
endfunction()
field(Package "^countersign$")
field(Version "^${VERSION}$")
field(Section "^[a-z]+$")
field(Maintainer "^[^<]+ <[^@>]+@[^>]+>$")
field(Homepage "^https://")
# dpkg-shlibdeps found the shared libraries; the Qt plugins are named by hand.
field(Depends "libc6 \\(>= [0-9.]+\\)")
field(Depends "libqt6widgets6 \\(>= 6")
field(Depends "libsodium23")
field(Depends "libqt6sql6-sqlite")
# Of the PDF module (<libdir>/countersign/countersign_pdf.so), which dpkg-shlibdeps reads as well.
field(Depends "libpoppler-qt6-3")
field(Depends "libnss3-tools")
# The password check's library and its dictionary (app/core/PasswordQuality).
field(Depends "libpwquality1")
field(Depends "cracklib-runtime")
# libpq is loaded on first use (core/LibPq), so dpkg-shlibdeps cannot see it.
field(Recommends "libpq5")
field(Description "^[^\n]+\n [^\n]+")
# What the auditor's script runs with (docs/VERIFYING.md).
field(Suggests "python3-nacl")
field(Suggests "poppler-utils")

execute_process(COMMAND dpkg-deb --contents ${deb} OUTPUT_VARIABLE contents)
foreach(path
        ./usr/bin/countersign ./usr/bin/countersign-cli ./usr/${MODULE_DIR}/countersign_pdf.so
        ./usr/share/applications/${APP_ID}.desktop ./usr/share/metainfo/${APP_ID}.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        ./usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
        ./usr/share/man/man1/countersign.1.gz ./usr/share/man/man1/countersign-cli.1.gz
        ./usr/share/doc/countersign/copyright
        ./usr/share/doc/countersign/VERIFYING.md ./usr/share/doc/countersign/CANONICAL-JSON.md
        ./usr/share/countersign/countersign-verify-pdf.py
        ./usr/share/countersign/handbook/handbook.html ./usr/share/countersign/handbook/handbook.de.html)
    string(FIND "${contents}" " ${path}\n" at)
    if(at EQUAL -1)
        list(APPEND problems "the package does not hold ${path}")
    endif()
endforeach()

# The auditor's script is installed executable, to be run as it is.
string(REGEX MATCH "\n-rwxr-xr-x [^\n]* \\./usr/share/countersign/countersign-verify-pdf\\.py\n" script_line "\n${contents}")
if(NOT script_line)
    list(APPEND problems "the package does not hold ./usr/share/countersign/countersign-verify-pdf.py as an executable (-rwxr-xr-x)")
endif()

if(problems)
    list(JOIN problems "\n  " shown)
    message(FATAL_ERROR "${deb}:\n  ${shown}")
endif()
execute_process(COMMAND dpkg-deb --info ${deb} OUTPUT_VARIABLE info)
message(STATUS "${deb}:\n${info}")
