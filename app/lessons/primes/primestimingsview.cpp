// SPDX-License-Identifier: MIT
#include "primestimingsview.h"

#include "primesrunner.h"
#include "primestimings.h"

using namespace Qt::Literals::StringLiterals;

PrimesTimingsView::PrimesTimingsView(PrimesTimings *timings, QList<DemoId> modes,
                                     std::function<const PrimesRunner *(const DemoId &)> runnerOf,
                                     std::function<QString(const DemoId &)> titleOf, QWidget *parent)
    : QLabel(parent)
    , m_timings(timings)
    , m_modes(std::move(modes))
    , m_runnerOf(std::move(runnerOf))
    , m_titleOf(std::move(titleOf))
{
    setObjectName(u"primesTimings"_s);
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);   // reachable by keyboard, read by screen readers
    connect(m_timings, &PrimesTimings::changed, this, &PrimesTimingsView::showTimings);
    showTimings();
}

void PrimesTimingsView::showTimings()
{
    QString rows;
    for (const DemoId &id : m_modes) {
        const PrimesRunner *runner = m_runnerOf(id);
        for (PrimeNumbers::NumberSet set : {PrimeNumbers::NumberSet::Book, PrimeNumbers::NumberSet::Quick}) {
            const auto entry = m_timings->last(id, set);
            if (!runner || !entry)
                continue;
            const auto baseline = m_timings->baseline(PrimesRunner::sequentialDemos(runner->language()), set);
            //: a speedup, e.g. "1.82x"
            const QString speedup = baseline && entry->seconds > 0 ? tr("%1x").arg(*baseline / entry->seconds, 0, 'f', 2) : QString();
            const QString workers = runner->isSequential() ? QString()
                                  : QString::number(entry->workers) + (entry->oneCore ? tr(", one core") : QString());
            rows += u"<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td><td align=right>%5</td></tr>"_s.arg(
                m_titleOf(id).toHtmlEscaped(), set == PrimeNumbers::NumberSet::Book ? tr("book") : tr("quick"), workers,
                tr("%1 s").arg(entry->seconds, 0, 'f', 2), speedup);
        }
    }
    if (rows.isEmpty()) {
        setText(tr("No runs yet. Run a sequential mode first: the others' speedups are measured against it."));
        return;
    }
    setText(u"<table cellspacing=0 cellpadding=3><tr><th align=left>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table>"_s
                .arg(tr("Mode"), tr("Numbers"), tr("Workers"), tr("Time"), tr("Speedup"), rows));
}
