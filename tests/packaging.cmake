# Packaging and desktop-integration tests (included from tests/CMakeLists.txt).
# The validators must pass on the real files and must fail on broken copies,
# so a validator that silently accepts anything cannot pass for a check.
set(checks ${PROJECT_SOURCE_DIR}/packaging/checks)

# A validator this machine lacks fails its test with the fix in the message.
function(countersign_add_validator_test name tool package)
    find_program(${tool}_PATH ${tool})
    if(${tool}_PATH)
        add_test(NAME ${name} COMMAND ${${tool}_PATH} ${ARGN})
    else()
        add_test(NAME ${name} COMMAND sh -c "echo '${tool} is missing: run scripts/install-deps.sh (Debian package ${package})'; exit 1")
    endif()
endfunction()

countersign_add_validator_test(packaging_desktop_file desktop-file-validate desktop-file-utils
    ${COUNTERSIGN_DESKTOP_FILE})
countersign_add_validator_test(packaging_metainfo appstreamcli appstream
    validate --no-net --explain ${COUNTERSIGN_METAINFO_FILE})

# Broken twins: an unknown Type and a metainfo without its summary must be rejected.
set(broken_dir ${CMAKE_CURRENT_BINARY_DIR}/broken-packaging)
file(READ ${COUNTERSIGN_DESKTOP_FILE} desktop)
string(REPLACE "Type=Application" "Type=Programme" desktop "${desktop}")
file(WRITE ${broken_dir}/${COUNTERSIGN_APP_ID}.desktop "${desktop}")
file(READ ${COUNTERSIGN_METAINFO_FILE} metainfo)
string(REGEX REPLACE "<summary>[^<]*</summary>" "" metainfo "${metainfo}")
file(WRITE ${broken_dir}/${COUNTERSIGN_APP_ID}.metainfo.xml "${metainfo}")
countersign_add_validator_test(packaging_desktop_file_rejects_broken desktop-file-validate desktop-file-utils
    ${broken_dir}/${COUNTERSIGN_APP_ID}.desktop)
countersign_add_validator_test(packaging_metainfo_rejects_broken appstreamcli appstream
    validate --no-net ${broken_dir}/${COUNTERSIGN_APP_ID}.metainfo.xml)
set_tests_properties(packaging_desktop_file_rejects_broken packaging_metainfo_rejects_broken
    PROPERTIES WILL_FAIL TRUE)
if(NOT desktop-file-validate_PATH OR NOT appstreamcli_PATH)
    # Without the tools the broken twins would "pass" by failing to start.
    set_tests_properties(packaging_desktop_file_rejects_broken packaging_metainfo_rejects_broken
        PROPERTIES WILL_FAIL FALSE)
endif()

add_test(NAME packaging_versions COMMAND ${CMAKE_COMMAND}
    -DVERSION=${PROJECT_VERSION}
    -DCHANGELOG=${PROJECT_SOURCE_DIR}/CHANGELOG.md
    -DMETAINFO=${COUNTERSIGN_METAINFO_FILE}
    "-DPROGRAMS=$<TARGET_FILE:countersign>;$<TARGET_FILE:countersign-cli>"
    -P ${checks}/versions.cmake)

add_test(NAME packaging_translations_complete COMMAND ${CMAKE_COMMAND}
    -DTS=${PROJECT_SOURCE_DIR}/translations/countersign_de.ts -P ${checks}/translations.cmake)

add_test(NAME packaging_install_tree COMMAND ${CMAKE_COMMAND}
    -DBUILD_DIR=${PROJECT_BINARY_DIR}
    -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/install-tree
    -DAPP_ID=${COUNTERSIGN_APP_ID}
    "-DICON_SIZES=${COUNTERSIGN_ICON_SIZES}"
    -DMODULE_DIR=${CMAKE_INSTALL_LIBDIR}/countersign
    -P ${checks}/install-tree.cmake)

add_test(NAME packaging_deb COMMAND ${CMAKE_COMMAND}
    -DBUILD_DIR=${PROJECT_BINARY_DIR}
    -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/deb
    -DVERSION=${PROJECT_VERSION}
    -DAPP_ID=${COUNTERSIGN_APP_ID}
    -DMODULE_DIR=${CMAKE_INSTALL_LIBDIR}/countersign
    -P ${checks}/deb.cmake)

set_tests_properties(packaging_versions PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
set_tests_properties(packaging_install_tree packaging_deb PROPERTIES TIMEOUT 600)

# The German translation, picked by the environment as a person's session would pick it.
if(TEST tst_gui_translations)
    set_tests_properties(tst_gui_translations PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=de_DE.UTF-8"
        ENVIRONMENT_MODIFICATION "LC_ALL=unset:;LC_MESSAGES=unset:;LANGUAGE=unset:")
endif()

# The man pages format without a single groff warning (an unknown macro, a bad escape).
find_program(GROFF groff)
foreach(page countersign.1 countersign-cli.1)
    if(GROFF)
        add_test(NAME packaging_man_${page} COMMAND sh -c
            "out=$(\"$0\" -man -ww -z -Tutf8 \"$1\" 2>&1); [ -z \"$out\" ] || { echo \"$out\"; exit 1; }"
            ${GROFF} ${PROJECT_BINARY_DIR}/packaging/man/${page})
    else()
        add_test(NAME packaging_man_${page} COMMAND sh -c "echo 'groff is missing: run scripts/install-deps.sh (groff-base)'; exit 1")
    endif()
endforeach()
