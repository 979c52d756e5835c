// SPDX-License-Identifier: MIT
#include "sourcelisting.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

// "<comment> step: <id>" at the end of a line. The id group is loose so that malformed ids are
// reported rather than silently ignored.
const QRegularExpression &markerPattern(SourceListing::Language language)
{
    static const QRegularExpression cpp(u"//\\s*step:\\s*(\\S*)\\s*$"_s);
    static const QRegularExpression python(u"#\\s*step:\\s*(\\S*)\\s*$"_s);
    return language == SourceListing::Language::Python ? python : cpp;
}

bool isValidId(QStringView id)
{
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace

SourceListing::SourceListing(const QString &text, Language language, const QString &name,
                             const QStringList &knownIds)
    : m_name(name)
    , m_language(language)
    , m_text(text)
{
    parse(knownIds);
}

SourceListing SourceListing::fromFile(const QString &path, const QStringList &knownIds, const QString &name)
{
    const QString listingName = name.isEmpty() ? path : name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SourceListing listing({}, languageForPath(path), listingName);
        listing.m_errors.append(tr("%1: cannot read the file: %2").arg(listingName, file.errorString()));
        return listing;
    }
    return SourceListing(QString::fromUtf8(file.readAll()), languageForPath(path), listingName, knownIds);
}

SourceListing::Language SourceListing::languageForPath(const QString &path)
{
    return path.endsWith(u".py"_s, Qt::CaseInsensitive) ? Language::Python : Language::Cpp;
}

QString SourceListing::markerPrefix(Language language)
{
    return language == Language::Python ? u"# step:"_s : u"// step:"_s;
}

qsizetype SourceListing::markerColumn(QStringView line, Language language)
{
    const QRegularExpressionMatch match = markerPattern(language).match(line);
    return match.hasMatch() ? match.capturedStart(0) : -1;
}

void SourceListing::parse(const QStringList &knownIds)
{
    m_lines = m_text.split(u'\n');
    if (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
        m_lines.removeLast();  // the final line break
    for (QString &line : m_lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }

    const QSet<QString> known(knownIds.cbegin(), knownIds.cend());
    QSet<QString> seen;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString &line = m_lines.at(i);
        const QRegularExpressionMatch match = markerPattern(m_language).match(line);
        if (!match.hasMatch())
            continue;
        const QString id = match.captured(1);
        const int lineNumber = i + 1;
        if (!isValidId(id)) {
            m_errors.append(tr("%1:%2: malformed step marker \"%3\"")
                                .arg(m_name).arg(lineNumber).arg(match.captured(0).trimmed()));
            continue;
        }
        if (line.left(match.capturedStart(0)).trimmed().isEmpty()) {
            m_errors.append(tr("%1:%2: the step marker \"%3\" is not on a line of code")
                                .arg(m_name).arg(lineNumber).arg(id));
        }
        if (!known.isEmpty() && !known.contains(id))
            m_errors.append(tr("%1:%2: unknown step \"%3\"").arg(m_name).arg(lineNumber).arg(id));
        if (seen.contains(id)) {
            m_errors.append(tr("%1:%2: step \"%3\" is marked again (first on line %4)")
                                .arg(m_name).arg(lineNumber).arg(id).arg(lineOfStep(id) + 1));
        }
        seen.insert(id);
        m_markers.append({id, i});
    }
}

QStringList SourceListing::stepIds() const
{
    QStringList ids;
    ids.reserve(m_markers.size());
    for (const Marker &marker : m_markers)
        ids.append(marker.id);
    return ids;
}

int SourceListing::lineOfStep(QStringView id) const
{
    for (const Marker &marker : m_markers) {
        if (marker.id == id)
            return marker.line;
    }
    return -1;
}

QString SourceListing::stepAtLine(int line) const
{
    for (const Marker &marker : m_markers) {
        if (marker.line == line)
            return marker.id;
    }
    return {};
}
