// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimmatrix.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// A fact of one document, identified by where it stands.
struct FactKey {
    int document;
    qsizetype start;
    qsizetype end;
    friend bool operator==(const FactKey &, const FactKey &) = default;
};

size_t qHash(const FactKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.document, key.start, key.end);
}

/// Union-find over the facts, so that transitive matches land in one row.
class Components
{
public:
    int idOf(const FactKey &key, const Fact &fact)
    {
        const auto found = m_ids.constFind(key);
        if (found != m_ids.constEnd())
            return *found;
        const int id = int(m_parent.size());
        m_ids.insert(key, id);
        m_parent.append(id);
        m_facts.append({key.document, fact});
        m_conflict.append(false);
        return id;
    }
    int root(int id)
    {
        while (m_parent.at(id) != id) {
            m_parent[id] = m_parent.at(m_parent.at(id));
            id = m_parent.at(id);
        }
        return id;
    }
    void join(int x, int y, bool conflict)
    {
        x = root(x);
        y = root(y);
        if (x != y)
            m_parent[y] = x;
        m_conflict[x] = m_conflict.at(x) || m_conflict.at(y) || conflict;
    }
    qsizetype size() const { return m_parent.size(); }
    const std::pair<int, Fact> &fact(int id) const { return m_facts.at(id); }
    bool hasConflict(int rootId) const { return m_conflict.at(rootId); }

private:
    QHash<FactKey, int> m_ids;
    QList<int> m_parent;
    QList<std::pair<int, Fact>> m_facts;
    QList<bool> m_conflict;
};

} // namespace

ClaimMatrix ClaimMatrix::build(int documentCount, const QList<PairComparison> &comparisons)
{
    Components components;
    for (const PairComparison &pair : comparisons) {
        for (const Claim &claim : pair.result.claims) {
            const int a = claim.a ? components.idOf({pair.first, claim.a->range.start, claim.a->range.end}, *claim.a) : -1;
            const int b = claim.b ? components.idOf({pair.second, claim.b->range.start, claim.b->range.end}, *claim.b) : -1;
            if (a >= 0 && b >= 0)
                components.join(a, b, claim.status == ClaimStatus::Conflict);
        }
    }

    QHash<int, int> rowOfRoot;
    ClaimMatrix matrix;
    for (int id = 0; id < components.size(); ++id) {
        const int root = components.root(id);
        if (!rowOfRoot.contains(root)) {
            rowOfRoot.insert(root, int(matrix.m_rows.size()));
            Row row;
            row.kind = components.fact(id).second.kind;
            row.cells.resize(documentCount);
            matrix.m_rows.append(row);
        }
        Row &row = matrix.m_rows[rowOfRoot.value(root)];
        const auto &[document, fact] = components.fact(id);
        Cell &cell = row.cells[document];
        // A document that states the claim twice shows its first statement.
        if (!cell.present)
            cell = {true, fact.text, fact.value};
    }
    for (auto it = rowOfRoot.cbegin(); it != rowOfRoot.cend(); ++it) {
        Row &row = matrix.m_rows[it.value()];
        const bool complete = std::all_of(row.cells.cbegin(), row.cells.cend(), [](const Cell &cell) {
            return cell.present;
        });
        row.status = components.hasConflict(it.key()) ? u"conflict"_s : complete ? u"agree"_s : u"partial"_s;
    }
    // Conflicts first, then claims by how many documents state them.
    std::stable_sort(matrix.m_rows.begin(), matrix.m_rows.end(), [](const Row &x, const Row &y) {
        const auto weight = [](const Row &row) {
            return (row.status == "conflict"_L1 ? 1000 : 0) + int(std::count_if(row.cells.cbegin(), row.cells.cend(), [](const Cell &cell) {
                return cell.present;
            }));
        };
        return weight(x) > weight(y);
    });
    return matrix;
}

} // namespace Parallax
