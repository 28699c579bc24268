# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
#
# Finds the Snowball stemming library (libstemmer), which ships no CMake or pkg-config
# files on Debian or Fedora. Defines the imported target Snowball::Stemmer.
find_path(Snowball_INCLUDE_DIR NAMES libstemmer.h PATH_SUFFIXES libstemmer)
find_library(Snowball_LIBRARY NAMES stemmer)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Snowball REQUIRED_VARS Snowball_LIBRARY Snowball_INCLUDE_DIR)

if(Snowball_FOUND AND NOT TARGET Snowball::Stemmer)
    add_library(Snowball::Stemmer UNKNOWN IMPORTED)
    set_target_properties(Snowball::Stemmer PROPERTIES
        IMPORTED_LOCATION "${Snowball_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Snowball_INCLUDE_DIR}")
endif()
mark_as_advanced(Snowball_INCLUDE_DIR Snowball_LIBRARY)
