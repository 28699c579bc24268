// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Not built: the mistakes that tests/tools/check-translatable.py must find, one per line.
void mistakes()
{
    label->setText(u"Hello there"_s);
    auto *open = new QAction(ThemedIcon::named(u"document-open"_s), u"Open file"_s, this);
    box->setToolTip(QStringLiteral("Tip text"));
    m_messages->showError(u"Something failed"_s);
}
