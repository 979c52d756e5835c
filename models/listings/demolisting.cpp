// SPDX-License-Identifier: MIT
#include "demolisting.h"

#include "stepcatalog.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

DemoListing DemoListing::load(const Demo &demo)
{
    return loadWith(demo, u":/sources/"_s, pythonResourcePath(demo.listings.pythonFile));
}

DemoListing DemoListing::loadFromDirectory(const Demo &demo, const QString &rootDir)
{
    const QString root = rootDir.endsWith(u'/') ? rootDir : rootDir + u'/';
    return loadWith(demo, root, demo.listings.pythonFile.isEmpty() ? QString() : root + demo.listings.pythonFile);
}

QString DemoListing::cppResourcePath(const QString &repoPath)
{
    return u":/sources/"_s + repoPath;
}

QString DemoListing::pythonResourcePath(const QString &repoPath)
{
    return repoPath.isEmpty() ? QString() : u":/python/"_s + QFileInfo(repoPath).fileName();
}

DemoListing DemoListing::loadWith(const Demo &demo, const QString &cppRoot, const QString &pythonPath)
{
    DemoListing listing;
    listing.m_demoId = demo.id;
    listing.m_stepIds = StepCatalog::stepIds(demo);
    // C++ files may be shared by demos and carry markers of other demos' steps: any id is fine there.
    for (const QString &file : demo.listings.cppFiles)
        listing.m_cppFiles.append(SourceListing::fromFile(cppRoot + file, {}, file));
    if (!pythonPath.isEmpty())
        listing.m_python = SourceListing::fromFile(pythonPath, {}, demo.listings.pythonFile);
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

    const QString &demo = m_demoId;
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
