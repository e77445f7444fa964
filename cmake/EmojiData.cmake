# Turns Unicode's emoji-test.txt (Debian: unicode-data) into the picker's table: one line per
# fully-qualified emoji without skin-tone variants, "group<TAB>emoji<TAB>name".
# Run as: cmake -DINPUT=…/emoji-test.txt -DOUTPUT=…/emoji.tsv -P EmojiData.cmake
file(STRINGS "${INPUT}" lines ENCODING UTF-8 REGEX "^# group: |; fully-qualified")
set(group "")
set(table "")
foreach(line IN LISTS lines)
    if(line MATCHES "^# group: (.*)$")
        set(group "${CMAKE_MATCH_1}")
    elseif(NOT group STREQUAL "Component" AND line MATCHES "# ([^ ]+) E[0-9.]+ (.*)$")
        set(emoji "${CMAKE_MATCH_1}")
        set(name "${CMAKE_MATCH_2}")
        if(NOT name MATCHES "skin tone")
            string(APPEND table "${group}\t${emoji}\t${name}\n")
        endif()
    endif()
endforeach()
file(WRITE "${OUTPUT}" "${table}")
