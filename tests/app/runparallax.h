// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real parallax executable offscreen, with its settings and data in a scratch
// folder, and the variables of ENVIRONMENT set besides.
inline ProcessResult runParallax(const QStringList &arguments, const QList<std::pair<QString, QString>> &environmentChanges = {})
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (const auto &[name, value] : environmentChanges)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PARALLAX_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << "parallax did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "parallax crashed";
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}
