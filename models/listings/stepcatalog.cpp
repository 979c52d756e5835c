// SPDX-License-Identifier: MIT
#include "stepcatalog.h"

namespace {
const DemoStep *find(const Demo &demo, QStringView id)
{
    for (const DemoStep &step : demo.listings.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}
} // namespace

QStringList StepCatalog::stepIds(const Demo &demo)
{
    QStringList ids;
    for (const DemoStep &step : demo.listings.steps)
        ids << step.id;
    return ids;
}

QString StepCatalog::title(const Demo &demo, QStringView id)
{
    const DemoStep *step = find(demo, id);
    return step && step->title ? tr(step->title) : id.toString();
}

QString StepCatalog::explanation(const Demo &demo, QStringView id)
{
    const DemoStep *step = find(demo, id);
    return step && step->explanation ? tr(step->explanation) : QString();
}

QString StepCatalog::numberedTitle(const Demo &demo, QStringView id)
{
    const QStringList ids = stepIds(demo);
    const qsizetype index = ids.indexOf(id);
    if (index < 0)
        return title(demo, id);
    //: Step number, step count and step title, e.g. "3/7  The slow task sleeps"
    return tr("%1/%2  %3").arg(index + 1).arg(ids.size()).arg(title(demo, id));
}
