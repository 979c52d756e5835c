// SPDX-License-Identifier: MIT
#include "demolisting.h"

#include "demosources.h"

using namespace Qt::Literals::StringLiterals;

DemoListing DemoListing::load(DemoKind kind)
{
    return loadWith(kind, DemoSources::cppResourceRoot(),
                    DemoSources::pythonResourceRoot());
}

DemoListing DemoListing::loadFromDirectory(DemoKind kind, const QString &rootDir)
{
    const QString root = rootDir.endsWith(u'/') ? rootDir : rootDir + u'/';
    return loadWith(kind, root, root + u"resources/python/"_s);
}

DemoListing DemoListing::loadWith(DemoKind kind, const QString &cppRoot, const QString &pythonRoot)
{
    const DemoSources::Entry entry = DemoSources::entry(kind);
    const QStringList known = DemoSources::allStepIds();
    DemoListing listing;
    listing.m_kind = kind;
    listing.m_stepIds = entry.stepIds;
    for (const QString &file : entry.cppFiles)
        listing.m_cppFiles.append(SourceListing::fromFile(cppRoot + file, known, file));
    if (!entry.pythonFile.isEmpty()) {
        listing.m_python = SourceListing::fromFile(pythonRoot + entry.pythonFile, known,
                                                   DemoSources::pythonRepoPath(kind));
    }
    return listing;
}

DemoListing::Location DemoListing::cppLocation(QStringView id) const
{
    for (int file = 0; file < m_cppFiles.size(); ++file) {
        const int line = m_cppFiles.at(file).lineOfStep(id);
        if (line >= 0)
            return {file, line};
    }
    return {};
}

int DemoListing::pythonLine(QStringView id) const
{
    return m_python.lineOfStep(id);
}

QStringList DemoListing::errors() const
{
    QStringList errors;
    for (const SourceListing &file : m_cppFiles)
        errors.append(file.errors());
    errors.append(m_python.errors());

    const QString demo = DemoKinds::id(m_kind);
    for (const QString &id : m_stepIds) {
        QStringList places;
        for (const SourceListing &file : m_cppFiles) {
            for (const SourceListing::Marker &marker : file.markers()) {
                if (marker.id == id)
                    places.append(u"%1:%2"_s.arg(file.name()).arg(marker.line + 1));
            }
        }
        if (places.isEmpty())
            errors.append(tr("demo %1: step \"%2\" is not marked in its C++ files").arg(demo, id));
        else if (places.size() > 1)
            errors.append(tr("demo %1: step \"%2\" is marked more than once in its C++ files: %3")
                              .arg(demo, id, places.join(u", "_s)));
        if (m_python.lineOfStep(id) < 0)
            errors.append(tr("demo %1: step \"%2\" is not marked in %3").arg(demo, id, m_python.name()));
    }
    // Python markers that the demo does not have (C++ files may carry markers of other demos).
    for (const SourceListing::Marker &marker : m_python.markers()) {
        if (!m_stepIds.contains(marker.id))
            errors.append(tr("demo %1: %2:%3 marks step \"%4\", which is not a step of this demo")
                              .arg(demo, m_python.name()).arg(marker.line + 1).arg(marker.id));
    }
    return errors;
}
