// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Parallax
{

/// The program's one KSyntaxHighlighting repository (loading definitions is costly),
/// which also finds the definitions shipped in resources/syntax.
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Parallax
