// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "findbar.h"

#include "themedicon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Parallax
{

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"findBar"_s);
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in the article…"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Enter or F3: next match · Shift+Enter or Shift+F3: previous · Escape: close"));
    m_field->installEventFilter(this);

    auto *previous = new QToolButton(this);
    previous->setIcon(ThemedIcon::named(u"go-up"_s));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setIcon(ThemedIcon::named(u"go-down"_s));
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setIcon(ThemedIcon::named(u"dialog-close"_s));
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textEdited, this, [this] {
        // Typing refines the search from where the match started.
        if (m_view) {
            QTextCursor cursor = m_view->textCursor();
            cursor.setPosition(cursor.selectionStart());
            m_view->setTextCursor(cursor);
        }
        find(true);
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        find(true);
    });
    connect(next, &QToolButton::clicked, this, [this] {
        find(true);
    });
    connect(previous, &QToolButton::clicked, this, [this] {
        find(false);
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::openOn(QPlainTextEdit *view)
{
    m_view = view;
    const QString selected = view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    m_status->clear();
    show();
    m_field->setFocus();
    m_field->selectAll();
}

bool FindBar::find(bool forward)
{
    const QString term = m_field->text();
    if (!m_view || term.isEmpty()) {
        showFound(true);
        return false;
    }
    const QTextDocument::FindFlags flags = forward ? QTextDocument::FindFlags() : QTextDocument::FindBackward;
    const QTextCursor start = m_view->textCursor();
    bool found = findShown(term, flags);
    if (!found) {
        // Wrap around, as every editor does.
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
        m_view->setTextCursor(cursor);
        found = findShown(term, flags);
    }
    if (found)
        m_view->centerCursor();
    else
        m_view->setTextCursor(start);
    showFound(found);
    return found;
}

bool FindBar::findShown(const QString &term, QTextDocument::FindFlags flags)
{
    // Matches in hidden lines (a saved page's furniture) are passed over: the user
    // could not see what was found.
    while (m_view->find(term, flags)) {
        if (m_view->textCursor().block().isVisible())
            return true;
    }
    return false;
}

void FindBar::showFound(bool found)
{
    // The field turns red when nothing matches, as in Kate.
    QPalette palette = this->palette();
    if (!found)
        palette.setColor(QPalette::Base, QColor(palette.color(QPalette::Base).lightness() < 128 ? 0x6b1f26 : 0xf9c9cc));
    m_field->setPalette(palette);
    m_status->setText(found ? QString() : tr("Not found"));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            if (m_view)
                m_view->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            find(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<QAction *> FindBar::createActions(const std::function<QPlainTextEdit *()> &focusedView)
{
    auto *open = new QAction(ThemedIcon::named(u"edit-find"_s), tr("&Find…"), this);
    open->setShortcut(QKeySequence::Find);
    open->setToolTip(tr("Find text in the pane that has the focus (Ctrl+F)"));
    connect(open, &QAction::triggered, this, [this, focusedView] {
        openOn(focusedView());
    });
    auto *next = new QAction(tr("Find &Next"), this);
    next->setShortcut(QKeySequence::FindNext);
    next->setToolTip(tr("Go to the next match of the find bar's text (F3)"));
    auto *previous = new QAction(tr("Find Pre&vious"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setToolTip(tr("Go to the previous match of the find bar's text (Shift+F3)"));
    // With the bar closed, they open it, as Find does.
    for (QAction *step : {next, previous}) {
        connect(step, &QAction::triggered, this, [this, focusedView, forward = step == next] {
            if (isHidden())
                openOn(focusedView());
            else
                find(forward);
        });
    }
    return {open, next, previous};
}

} // namespace Parallax
