// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

using namespace Qt::StringLiterals;

namespace Parallax
{

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    static const bool searchesResources = [] {
        repository.addCustomSearchPath(u":/org/parallax"_s); // holds syntax/parallax-facts.xml
        return true;
    }();
    Q_UNUSED(searchesResources);
    return repository;
}

} // namespace Parallax
