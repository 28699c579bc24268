# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors

# parallax_set_strict_options(<target>)
# The warning flags and Qt defines that every Parallax target compiles with.
function(parallax_set_strict_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE
        # Every conversion between bytes and text names its encoding.
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        # A URL built from a string is a decision (local file or remote?), not an accident.
        QT_NO_URL_CAST_FROM_STRING
        # A connection without a context object outlives its receiver.
        QT_NO_CONTEXTLESS_CONNECT
        # signals/slots/emit are macros that clash with other libraries' identifiers.
        QT_NO_KEYWORDS
        # QString(const char *) is ambiguous about the length; QStringLiteral and u""_s are not.
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_UP_TO=0x060500)
endfunction()

# parallax_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [FIXTURES <names...>])
# A GoogleTest executable whose cases ctest discovers one by one. Tests run on the
# offscreen platform so that they need no display. FIXTURES: ctest fixtures every case
# needs (Postgres: the test server, see tests/CMakeLists.txt).
function(parallax_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;FIXTURES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    parallax_set_strict_options(${name})
    target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} GTest::gtest)
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    target_compile_definitions(${name} PRIVATE
        PARALLAX_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PARALLAX_SEEDS_DIR="${PROJECT_SOURCE_DIR}/tests/data/seeds")
    set(properties ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    if(ARG_FIXTURES)
        list(APPEND properties FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
    if("Postgres" IN_LIST ARG_FIXTURES)
        target_compile_definitions(${name} PRIVATE PARALLAX_TEST_POSTGRES_DIR="${PARALLAX_TEST_POSTGRES_DIR}")
    endif()
    gtest_discover_tests(${name}
        PROPERTIES ${properties}
        DISCOVERY_TIMEOUT 60)
endfunction()
