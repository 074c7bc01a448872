# ctest: `cmake --install` lays out everything a desktop needs, and the
# installed tree validates as a whole (appstreamcli validate-tree checks that
# the metainfo, the desktop entry and the icon agree on the application id).
#   cmake -DBUILD_DIR=... -DWORK_DIR=... -DAPP_ID=... -DICON_SIZES="16;..." -DMODULE_DIR=lib/countersign \
#         -P install-tree.cmake
cmake_minimum_required(VERSION 3.22)
foreach(var BUILD_DIR WORK_DIR APP_ID ICON_SIZES MODULE_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install-tree.cmake needs -D${var}=...")
    endif()
endforeach()

set(root ${WORK_DIR}/root)
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${root}/usr
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}${err}")
endif()

set(expected
    usr/bin/countersign
    usr/bin/countersign-cli
    usr/${MODULE_DIR}/countersign_pdf.so
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/man/man1/countersign.1.gz
    usr/share/man/man1/countersign-cli.1.gz
    usr/share/doc/countersign/copyright
    usr/share/doc/countersign/VERIFYING.md
    usr/share/countersign/countersign-verify-pdf.py
    usr/share/countersign/handbook/handbook.html
    usr/share/countersign/handbook/handbook.de.html)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
set(problems "")
foreach(path IN LISTS expected)
    if(NOT EXISTS ${root}/${path})
        list(APPEND problems "missing ${path}")
    endif()
endforeach()

# Each PNG is as large as the folder it sits in says: width and height from its IHDR chunk.
foreach(size IN LISTS ICON_SIZES)
    set(png ${root}/usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    if(EXISTS ${png})
        file(READ ${png} header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 0 16 signature)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
            list(APPEND problems "${size}x${size}/apps/${APP_ID}.png is ${width}x${height}, not a ${size} px PNG")
        endif()
    endif()
endforeach()

# Help ▸ Handbook's pages: whole HTML pages, each with its title and the
# anchors its table of contents links to.
foreach(page handbook.html handbook.de.html)
    set(file ${root}/usr/share/countersign/handbook/${page})
    if(EXISTS ${file})
        file(READ ${file} html)
        if(NOT html MATCHES "<title>Countersign( Handbook|-Handbuch)</title>" OR NOT html MATCHES "href=\"#signing\""
           OR NOT html MATCHES "id=\"signing\"" OR NOT html MATCHES "</html>\n$")
            list(APPEND problems "usr/share/countersign/handbook/${page} is not the whole handbook")
        endif()
    endif()
endforeach()

# The installed program finds the PDF module (poppler, NSS) where it was
# installed: asked to read a PDF that is not there, it says so, not that the
# module is missing (report/PdfModule loads the module first).
execute_process(COMMAND ${root}/usr/bin/countersign-cli verify --pdf ${WORK_DIR}/no-such.pdf
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(err MATCHES "PDF reading module" OR NOT err MATCHES "no-such.pdf does not exist")
    list(APPEND problems "the installed countersign-cli does not load its PDF module: ${err}")
endif()

# The desktop entry names the icon and the program that this tree installs.
file(STRINGS ${root}/usr/share/applications/${APP_ID}.desktop desktop)
if(NOT "Icon=${APP_ID}" IN_LIST desktop)
    list(APPEND problems "the desktop entry's Icon is not ${APP_ID}")
endif()
if(NOT "Exec=countersign" IN_LIST desktop)
    list(APPEND problems "the desktop entry does not run countersign")
endif()

if(problems)
    list(JOIN problems "\n  " shown)
    message(FATAL_ERROR "the installed tree in ${root} is incomplete:\n  ${shown}")
endif()

find_program(APPSTREAMCLI appstreamcli)
if(NOT APPSTREAMCLI)
    message(FATAL_ERROR "appstreamcli is missing: run scripts/install-deps.sh (Debian package appstream)")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${root}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree ${root} failed (${rc}):\n${out}${err}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "installed tree complete and valid:\n${out}")
