# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Parallax authors
#
# A Debian package of what `cmake --install` installs (`tools/dev package`): the
# program, its private libraries and modules, the corpus, the desktop file, the
# AppStream metainfo and the icon. dpkg-shlibdeps finds the libraries it links;
# what it loads at run time (Qt's SQLite driver, the SVG icon plugin, a font) is named
# here, because no linker sees it.

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "parallax")
set(CPACK_PACKAGE_VENDOR "The Parallax authors")
set(CPACK_PACKAGE_CONTACT "The Parallax authors <parallax@invent.kde.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Parallax lines up two reports of the same story passage by passage and shows where the sources agree, where they conflict on a number, date, rank or name, and what only one of them says. Tag passages, write notes, keep the work in a local database and export annotated notes.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "text")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The core library lives beside the modules, private to the program.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${PROJECT_BINARY_DIR}/${PARALLAX_PRIVATE_LIB_INSTALL_DIR}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins, fonts-dejavu-core | fonts-freefont-ttf")

include(CPack)
