// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "commandparser.h"

#include "commandoutput.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Parallax
{

CommandParser::CommandParser(const QString &description)
    : m_database(u"db"_s, tr("The library database (default: %1).").arg(QDir::toNativeSeparators(Store::defaultPath())), u"path"_s)
    , m_coder(u"coder"_s, tr("Who the work is recorded as made by, for agreement between coders (default: no one, or the server's role)."), u"name"_s)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_database);
}

std::optional<int> CommandParser::parse(const QStringList &arguments, const QString &command)
{
    return CommandOutput::parse(m_parser, arguments, command.toLatin1().constData());
}

void CommandParser::addCoderOption()
{
    m_parser.addOption(m_coder);
    m_writes = true;
}

std::variant<std::unique_ptr<Store>, CommandFailure> CommandParser::openStore(Store::Access access) const
{
    auto store = std::make_unique<Store>();
    const QString path = m_parser.isSet(m_database) ? m_parser.value(m_database) : Store::defaultPath();
    if (const StoreResult<void> opened = store->open(path, access); !opened)
        return CommandFailure {1, opened.error().message};
    if (m_writes && m_parser.isSet(m_coder))
        store->setCoder(m_parser.value(m_coder));
    return store;
}

} // namespace Parallax
