// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QObject>

class QPalette;
class QTextDocument;

namespace KSyntaxHighlighting
{
class SyntaxHighlighter;
}

namespace Parallax
{

/**
 * Styles the fact tokens of an article (money, percentages, ranks, dates, numbers)
 * through the KSyntaxHighlighting definition "Parallax Facts" that ships in resources/,
 * with the KSyntaxHighlighting theme that suits the palette: light or dark.
 */
class FactStyler final : public QObject
{
    Q_OBJECT

public:
    /// Documents with a line longer than this are not styled: the highlighter works line
    /// by line, and one huge line would stall the window.
    static constexpr int MaximumLineLength = 20'000;

    explicit FactStyler(QTextDocument *document);
    ~FactStyler() override;

    /// Picks the theme for PALETTE and restyles.
    void setPalette(const QPalette &palette);
    /// Styles the document as it is now, or leaves it plain when a line is too long.
    void restyle();
    /// Stops styling, e.g. while new text is set (which restyle() then checks).
    void detach();
    /// Whether the document is styled (false for an oversized one).
    bool isActive() const;
    /// The name of the theme in use, e.g. "Breeze Dark".
    QString themeName() const;
    /// Whether the syntax definition was found in the resources.
    static bool isDefinitionAvailable();

private:
    QTextDocument *m_document;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Parallax
