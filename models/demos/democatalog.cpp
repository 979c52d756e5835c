// SPDX-License-Identifier: MIT
#include "democatalog.h"

const Demo *DemoCatalog::find(const DemoId &id) const
{
    for (const Demo &demo : m_demos) {
        if (demo.id == id)
            return &demo;
    }
    return nullptr;
}

QString DemoCatalog::titleOf(const DemoId &id) const
{
    const Demo *demo = find(id);
    return demo ? demo->translatedTitle() : id;
}

DemoTitleFunction DemoCatalog::titleFunction() const
{
    return [demos = *this](const DemoId &id) { return demos.titleOf(id); };
}
