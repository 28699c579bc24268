// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <ui/settings.h>

#include <QFontDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

class SettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    QTemporaryDir m_dir;
};

TEST_F(SettingsTest, aFirstStart_hasTheDefaults)
{
    Settings settings;
    const ViewSettings view = settings.view();
    EXPECT_EQ(view.articleFont, QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    EXPECT_EQ(view.theme, Theme::Scheme::System);
    EXPECT_TRUE(view.synchronizedScrolling);
    EXPECT_FALSE(view.showPageFurniture);
    EXPECT_TRUE(settings.window().geometry.isEmpty());
    EXPECT_TRUE(settings.recentFiles().isEmpty());
    EXPECT_TRUE(settings.lastExport().format.isEmpty());
}

TEST_F(SettingsTest, eachSection_isKeptAndWrittenOnItsOwn)
{
    // Two windows of one session: one changes the view, the other closes later and
    // writes its state; neither undoes the other.
    Settings first;
    Settings second;
    ViewSettings view = first.view();
    view.theme = Theme::Scheme::Dark;
    view.showPageFurniture = true;
    first.setView(view);
    second.setWindow({"geometry", "state", "splitter", u"/a.md"_s, u"/b.md"_s});
    second.setRecentFiles({u"/b.md"_s, u"/a.md"_s});
    first.setLastExport({u"csv"_s, u"tag"_s, u"Economy"_s, u"/exports"_s});

    Settings next;
    EXPECT_EQ(next.view().theme, Theme::Scheme::Dark);
    EXPECT_TRUE(next.view().showPageFurniture);
    EXPECT_EQ(next.window().state, "state");
    EXPECT_EQ(next.window().rightArticle, u"/b.md"_s);
    EXPECT_EQ(next.recentFiles(), (QStringList {u"/b.md"_s, u"/a.md"_s}));
    EXPECT_EQ(next.lastExport().tag, u"Economy"_s);

    // A window that showed nothing leaves the articles shown before to be shown again.
    next.setWindow({"g", "s", "p", {}, {}});
    EXPECT_EQ(Settings().window().leftArticle, u"/a.md"_s);
    EXPECT_EQ(Settings().window().geometry, "g");
}

TEST_F(SettingsTest, aDamagedValue_fallsBackToTheDefault)
{
    {
        QSettings raw;
        raw.setValue(u"View/articleFont"_s, u"not a font,,,"_s);
        raw.setValue(u"View/theme"_s, u"purple"_s);
    }
    const ViewSettings view = Settings().view();
    EXPECT_EQ(view.theme, Theme::Scheme::System);
    EXPECT_EQ(view.articleFont.family(), QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
}
