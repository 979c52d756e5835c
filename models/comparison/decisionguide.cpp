// SPDX-License-Identifier: MIT
#include "decisionguide.h"

#include "comparisoncontent.h"

#include <QLatin1StringView>

namespace {

struct Edge {
    const char *id;
    const char *text;  // QT_TRANSLATE_NOOP("DecisionGuide", ...)
    int next;          // index into nodes()
};

struct Node {
    const char *question = nullptr;        // null on a leaf
    const char *help = nullptr;
    std::vector<Edge> answers = {};
    const char *rowId = nullptr;           // leaf: row of the "when-to-use" table
    std::vector<const char *> demos = {};  // leaf: DemoIds, the demo that shows it first, then others
};

const std::vector<Node> &nodes()
{
    static const std::vector<Node> tree{
        /* 0 */ {QT_TRANSLATE_NOOP("DecisionGuide", "Is the work I/O-bound or CPU-bound?"),
                 QT_TRANSLATE_NOOP("DecisionGuide",
                                   "I/O-bound work mostly waits: for the network, the disk or "
                                   "another program. CPU-bound work mostly computes."),
                 {{"io", QT_TRANSLATE_NOOP("DecisionGuide", "I/O-bound (waits)"), 1},
                  {"cpu", QT_TRANSLATE_NOOP("DecisionGuide", "CPU-bound (computes)"), 4}}},
        /* 1 */ {QT_TRANSLATE_NOOP("DecisionGuide", "How many connections or tasks at once?"),
                 QT_TRANSLATE_NOOP("DecisionGuide",
                                   "Each thread needs its own stack and OS bookkeeping; an asyncio "
                                   "task needs about 1 KB (a Task with its coroutine, CPython 3.11)."),
                 {{"few", QT_TRANSLATE_NOOP("DecisionGuide", "A few (tens)"), 2},
                  {"many", QT_TRANSLATE_NOOP("DecisionGuide", "Many (hundreds or more)"), 3}}},
        /* 2 */ {.rowId = "io-few", .demos = {"thread"}},
        // Many waits: N sleepers side by side, coroutines and threads, C++ and CPython (lesson 4).
        /* 3 */ {.rowId = "io-many", .demos = {"many-python-asyncio", "many-coroutines"}},
        // Python: processes (the GIL); C++: threads as well, hence the second demo (lesson 3).
        /* 4 */ {.rowId = "cpu", .demos = {"primes-python-processes", "primes-concurrent"}},
    };
    return tree;
}

const ComparisonTableSpec &whenTable()
{
    const ComparisonTableSpec *table = ComparisonContent::table(DecisionGuide::tableId());
    Q_ASSERT(table);
    return *table;
}

} // namespace

DecisionGuide::DecisionGuide() = default;

int DecisionGuide::currentNode() const
{
    return m_path.empty() ? 0 : nodes()[m_path.back().node].answers[m_path.back().answer].next;
}

bool DecisionGuide::isFinished() const
{
    return nodes()[currentNode()].question == nullptr;
}

QString DecisionGuide::question() const
{
    const Node &node = nodes()[currentNode()];
    return node.question ? tr(node.question) : QString();
}

QString DecisionGuide::questionHelp() const
{
    const Node &node = nodes()[currentNode()];
    return node.help ? tr(node.help) : QString();
}

QList<DecisionGuide::Answer> DecisionGuide::answers() const
{
    QList<Answer> result;
    for (const Edge &edge : nodes()[currentNode()].answers)
        result.append({QString::fromLatin1(edge.id), tr(edge.text)});
    return result;
}

bool DecisionGuide::choose(QStringView answerId)
{
    const int node = currentNode();
    const std::vector<Edge> &edges = nodes()[node].answers;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (QLatin1StringView(edges[i].id) == answerId) {
            m_path.push_back({node, int(i)});
            return true;
        }
    }
    return false;
}

bool DecisionGuide::back()
{
    if (m_path.empty())
        return false;
    m_path.pop_back();
    return true;
}

void DecisionGuide::restart()
{
    m_path.clear();
}

QStringList DecisionGuide::chosenIds() const
{
    QStringList ids;
    for (const Step &step : m_path)
        ids.append(QString::fromLatin1(nodes()[step.node].answers[step.answer].id));
    return ids;
}

QStringList DecisionGuide::chosenTexts() const
{
    QStringList texts;
    for (const Step &step : m_path) {
        const Node &node = nodes()[step.node];
        texts.append(tr("%1 \u2192 %2").arg(tr(node.question), tr(node.answers[step.answer].text)));
    }
    return texts;
}

QString DecisionGuide::tableId()
{
    return QStringLiteral("when-to-use");
}

int DecisionGuide::recommendationRow() const
{
    const Node &node = nodes()[currentNode()];
    return node.rowId ? ComparisonContent::rowIndex(whenTable(), QString::fromLatin1(node.rowId)) : -1;
}

std::optional<DemoId> DecisionGuide::recommendedDemo() const
{
    const Node &node = nodes()[currentNode()];
    if (node.demos.empty())
        return std::nullopt;
    return QString::fromLatin1(node.demos.front());
}

QList<DemoId> DecisionGuide::otherDemos() const
{
    const Node &node = nodes()[currentNode()];
    QList<DemoId> others;
    for (std::size_t i = 1; i < node.demos.size(); ++i)
        others.append(QString::fromLatin1(node.demos[i]));
    return others;
}

QString DecisionGuide::recommendationCell(int column) const
{
    const int row = recommendationRow();
    if (row < 0)
        return {};
    return ComparisonContent::translate(whenTable().row(row).cell(column).text);
}

// Columns of "when-to-use": situation, Python, Qt / C++, why.
QString DecisionGuide::situation() const { return recommendationCell(0); }
QString DecisionGuide::python() const { return recommendationCell(1); }
QString DecisionGuide::qt() const { return recommendationCell(2); }
QString DecisionGuide::reason() const { return recommendationCell(3); }
