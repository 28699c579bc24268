// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QStringList>

#include <gtest/gtest.h>

namespace Parallax::Testing
{

/// For ASSERT_TRUE(Testing::succeeded(store.open(path))): a failure prints the library's
/// own reason, taken from the call's result rather than from anything left in the store.
template<typename T>
::testing::AssertionResult succeeded(const StoreResult<T> &result)
{
    if (result)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "refused (kind " << int(result.error().kind) << "): " << result.error().message.toStdString();
}

/// For EXPECT_TRUE(Testing::refused(store.open(path), StoreError::Kind::Corrupt)): the call
/// failed with that kind of error, said why, and its reason holds each of the PHRASES.
template<typename T>
::testing::AssertionResult refused(const StoreResult<T> &result, StoreError::Kind kind, const QStringList &phrases = {})
{
    if (result)
        return ::testing::AssertionFailure() << "it succeeded";
    const StoreError &error = result.error();
    if (error.kind != kind)
        return ::testing::AssertionFailure() << "refused as kind " << int(error.kind) << ", not " << int(kind) << ": " << error.message.toStdString();
    if (error.message.isEmpty())
        return ::testing::AssertionFailure() << "refused without saying why";
    for (const QString &phrase : phrases) {
        if (!error.message.contains(phrase))
            return ::testing::AssertionFailure() << "the reason does not say \"" << phrase.toStdString() << "\": " << error.message.toStdString();
    }
    return ::testing::AssertionSuccess();
}

} // namespace Parallax::Testing
