// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/corpus.h>
#include <ui/documentlistmodel.h>
#include <ui/itemroles.h>

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(DocumentListModel, corpus_passesTheModelTesterAndShowsColumns)
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocuments(Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents());
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), 3);

    EXPECT_EQ(model.headerData(DocumentListModel::OutletColumn, Qt::Horizontal).toString(), u"Outlet"_s);
    EXPECT_EQ(
        model.index(1, DocumentListModel::TitleColumn).data().toString(), u"Russia collaborates with BRICS to establish an AI alliance, according to Putin"_s);
    EXPECT_EQ(model.index(1, DocumentListModel::OutletColumn).data().toString(), u"Defence Talks"_s);
    EXPECT_TRUE(model.index(1, DocumentListModel::PublishedColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(2, DocumentListModel::PublishedColumn).data(SortRole).toDate(), QDate(2025, 2, 6));
    EXPECT_EQ(model.rowOfPath(model.index(3, 0).data(DocumentPathRole).toString()), 3);
    EXPECT_EQ(model.rowOfPath(u"/not/there.md"_s), -1);

    model.setDocuments({});
    EXPECT_EQ(model.rowCount(), 0);
}
