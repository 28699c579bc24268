// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "libraryopener.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Parallax
{

LibraryOpener::Asker LibraryOpener::dialogAsker(QWidget *parent)
{
    return [parent](const StoreError &error) {
        QMessageBox box(QMessageBox::Warning, LibraryOpener::tr("Library Cannot Be Opened"), error.message, QMessageBox::NoButton, parent);
        box.setInformativeText(LibraryOpener::tr("The file is left as it is. Open another library, start a new one, or go on without saving annotations."));
        QPushButton *another = box.addButton(LibraryOpener::tr("Open &Another…"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(LibraryOpener::tr("Start &New…"), QMessageBox::AcceptRole);
        box.addButton(LibraryOpener::tr("&Continue Without"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == another)
            return Choice::OpenAnother;
        if (box.clickedButton() == fresh)
            return Choice::StartNew;
        return Choice::ContinueWithout;
    };
}

LibraryOpener::FileChooser LibraryOpener::dialogFileChooser(QWidget *parent, const QString &nearPath)
{
    return [parent, nearPath](bool existing) {
        const QString filter = LibraryOpener::tr("Parallax libraries (*.sqlite);;All files (*)");
        const QString folder = QFileInfo(nearPath).absolutePath();
        return existing ? QFileDialog::getOpenFileName(parent, LibraryOpener::tr("Open Library"), folder, filter)
                        : QFileDialog::getSaveFileName(parent, LibraryOpener::tr("New Library"), folder + u"/library-new.sqlite"_s, filter);
    };
}

std::unique_ptr<Store> LibraryOpener::open(const QString &path, const Asker &ask, const FileChooser &chooseFile)
{
    QString candidate = path;
    for (;;) {
        auto store = std::make_unique<Store>();
        const StoreResult<void> opened = store->open(candidate);
        if (opened)
            return store;
        const Choice choice = ask(opened.error());
        if (choice == Choice::ContinueWithout)
            return nullptr;
        const QString chosen = chooseFile(choice == Choice::OpenAnother);
        if (chosen.isEmpty())
            continue; // asked again about the same file
        // A new library never replaces an existing file: that may be the damaged one.
        if (choice == Choice::StartNew && QFileInfo::exists(chosen) && QFileInfo(chosen).size() > 0) {
            candidate = path;
            continue;
        }
        candidate = chosen;
    }
}

} // namespace Parallax
