// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <functional>

// A demo's stable, untranslated id: "thread", "process", "block", ... Lower-case letters, digits and
// '-' only (isValidDemoId()): ids appear in command lines, file names and "<lesson>/<demo>" paths. It is what the command line
// (--run), reports, settings and the comparison tables' links use, and what the lesson registry keys
// demos by. Never translated, never shown as a title: views ask the demo's descriptor for that.
using DemoId = QString;

// Gives a demo's translated title for its id (the lesson registry's, in the app); views that name
// demos take one, so they need not know the registry.
using DemoTitleFunction = std::function<QString(const DemoId &)>;

inline bool isValidDemoId(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

// The default title where no registry is given: the id itself.
inline QString demoIdAsTitle(const DemoId &id)
{
    return id;
}
