# ctest: a translation file is complete.
#   cmake -DTS=translations/countersign_de.ts -P translations.cmake
# Fails on any unfinished, vanished or obsolete message and on an empty
# translation, naming the first few sources, so a new string cannot ship in English.
cmake_minimum_required(VERSION 3.22)
if(NOT DEFINED TS)
    message(FATAL_ERROR "translations.cmake needs -DTS=FILE.ts")
endif()
file(READ ${TS} ts)
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
list(LENGTH messages message_count)
if(message_count EQUAL 0)
    message(FATAL_ERROR "${TS} holds no messages")
endif()

set(bad "")
# Messages are small: split at their start and look at each one's source and translation.
# Semicolons and brackets in the text would confuse CMake's lists: swap them out first.
string(ASCII 31 unit_separator)
string(REGEX REPLACE "[][;]" "${unit_separator}" flat "${ts}")
string(REPLACE "<message" ";<message" chunks "${flat}")
foreach(chunk IN LISTS chunks)
    if(NOT chunk MATCHES "^<message")
        continue()
    endif()
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${chunk}")
    set(source "${CMAKE_MATCH_1}")
    if(chunk MATCHES "type=\"(unfinished|vanished|obsolete)\"")
        list(APPEND bad "${CMAKE_MATCH_1}: ${source}")
    elseif(chunk MATCHES "<translation */>" OR chunk MATCHES "<translation></translation>"
           OR chunk MATCHES "<numerusform */>" OR chunk MATCHES "<numerusform></numerusform>")
        list(APPEND bad "empty: ${source}")
    endif()
endforeach()

list(LENGTH bad bad_count)
if(bad_count GREATER 0)
    list(SUBLIST bad 0 10 first)
    list(JOIN first "\n  " shown)
    message(FATAL_ERROR "${TS}: ${bad_count} of ${message_count} messages are not translated:\n  ${shown}\n"
                        "Run `cmake --build BUILD --target update_translations`, then translate them in "
                        "Qt Linguist (linguist ${TS}).")
endif()
message(STATUS "${TS}: all ${message_count} messages translated")
