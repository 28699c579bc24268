// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "gumboparse.h"

#include <cstddef>
#include <cstring>

namespace Parallax
{

namespace
{

// Gumbo frees a block without saying its size, and a pool needs it back: each block
// carries its size in front of it. Gumbo's structures hold pointers and integers, none
// aligned wider than a pointer.
constexpr size_t HeaderSize = alignof(void *);
static_assert(sizeof(size_t) <= HeaderSize);

} // namespace

// Chunks of at most 64 blocks: larger ones leave more of a page's memory unused (its
// peak grew from 18× to 21× the page's size on the development pages), smaller ones ask
// malloc so often that the sanitizer build slows by half.
GumboParse::GumboParse(QByteArrayView utf8)
    : m_pool(std::pmr::pool_options {64, 0})
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboParse::allocate;
    options.deallocator = &GumboParse::deallocate;
    options.userdata = this;
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, utf8.data(), size_t(utf8.size()));
}

// The pool's destructor gives back the whole tree: gumbo_destroy_output would only
// walk it to free each block into the pool first.
GumboParse::~GumboParse() = default;

void *GumboParse::allocate(void *self, size_t size)
{
    auto &pool = static_cast<GumboParse *>(self)->m_pool;
    auto *block = static_cast<std::byte *>(pool.allocate(size + HeaderSize, HeaderSize));
    std::memcpy(block, &size, sizeof size);
    return block + HeaderSize;
}

void GumboParse::deallocate(void *self, void *block)
{
    if (!block)
        return;
    auto *start = static_cast<std::byte *>(block) - HeaderSize;
    size_t size = 0;
    std::memcpy(&size, start, sizeof size);
    static_cast<GumboParse *>(self)->m_pool.deallocate(start, size + HeaderSize, HeaderSize);
}

} // namespace Parallax
