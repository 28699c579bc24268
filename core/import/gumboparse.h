// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QByteArrayView>

#include <gumbo.h>
#include <memory_resource>

namespace Parallax
{

/**
 * A page parsed by gumbo, its whole tree held in one memory pool.
 *
 * Gumbo makes and frees a block for every node, attribute, token and text buffer: a
 * page of fifty megabytes asks malloc millions of times, and under AddressSanitizer
 * each ask is slow. A pool hands out small blocks from large ones, reuses what gumbo
 * frees, and gives all of it back at once, with no walk over the tree to free it.
 * Parse errors are not recorded: nothing reads them, and a malformed page has one per
 * tag. Internal to the core.
 */
class GumboParse
{
public:
    /// Parses UTF8, which must outlive this object (gumbo's tree points into it).
    explicit GumboParse(QByteArrayView utf8);
    ~GumboParse();
    GumboParse(const GumboParse &) = delete;
    GumboParse &operator=(const GumboParse &) = delete;

    const GumboNode *root() const { return m_output->root; }

private:
    static void *allocate(void *self, size_t size);
    static void deallocate(void *self, void *block);

    std::pmr::unsynchronized_pool_resource m_pool;
    GumboOutput *m_output = nullptr;
};

} // namespace Parallax
