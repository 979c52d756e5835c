// SPDX-License-Identifier: MIT
#include "benchfigures.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

SampleStats SampleStats::of(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto rank = [&samples](double p) {
        const auto index = size_t(std::ceil(p / 100.0 * double(samples.size()))) - 1;
        return samples[std::min(index, samples.size() - 1)];
    };
    return {int(samples.size()), rank(50), rank(99), samples.back()};
}

Target Target::atMost(double measured, double bound, const QString &unit)
{
    return {u"<= %1 %2"_s.arg(BenchTable::number(bound), unit), measured <= bound};
}

Target Target::atLeast(double measured, double bound, const QString &unit)
{
    return {u">= %1 %2"_s.arg(BenchTable::number(bound), unit), measured >= bound};
}

Target Target::allOf(const QString &text, const QList<Part> &parts)
{
    Target target{text, true};
    for (const Part &part : parts) {
        if (!part.met) {
            target.met = false;
            target.missed << part.measured;
        }
    }
    return target;
}

QString Target::verdict() const
{
    if (!judged)
        return u"not judged (--quick)"_s;
    if (met)
        return u"ok"_s;
    return missed.isEmpty() ? u"MISSED"_s : u"MISSED (%1)"_s.arg(missed.join(u", "_s));
}

std::optional<double> Figure::ratio() const
{
    if (!python || value == 0)
        return std::nullopt;
    return *python / value;
}

QJsonObject Figure::toJson() const
{
    QJsonObject json{{u"group"_s, group}, {u"figure"_s, id}, {u"title"_s, title}, {u"unit"_s, unit}, {u"value"_s, value}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        json.insert(it.key(), it.value());
    if (target) {
        json.insert(u"target"_s, target->text);
        json.insert(u"judged"_s, target->judged);
        if (target->judged)
            json.insert(u"met"_s, target->met);
        if (target->judged && !target->missed.isEmpty())
            json.insert(u"missed"_s, target->missed.join(u", "_s));
    }
    if (python) {
        json.insert(u"python"_s, *python);
        if (const auto r = ratio())
            json.insert(u"ratio"_s, *r);
    }
    if (!pythonFields.isEmpty())
        json.insert(u"pythonFields"_s, pythonFields);
    return json;
}

namespace BenchTable {

QString number(double value)
{
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.1 ? 3 : 4;
    return QString::number(value, 'f', decimals);
}

QString format(const QList<Figure> &figures)
{
    const QStringList header{u"group"_s, u"figure"_s, u"C++"_s, u"CPython"_s, u"Py/C++"_s, u"target"_s, u""_s};
    QList<QStringList> rows{header};
    for (const Figure &figure : figures) {
        const auto ratio = figure.ratio();
        rows.append({figure.group, figure.title, number(figure.value) + u' ' + figure.unit,
                     figure.python ? number(*figure.python) + u' ' + figure.unit : QString(),
                     ratio ? number(*ratio) + u'x' : QString(), figure.target ? figure.target->text : QString(),
                     figure.target ? figure.target->verdict() : QString()});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // Figures right-aligned so their decimals line up; words left-aligned.
            const bool numeric = i >= 2 && i <= 4;
            line += (numeric ? row[i].rightJustified(widths[i]) : row[i].leftJustified(widths[i])) + u"  "_s;
        }
        text += line.trimmed() + u'\n';
    }
    return text;
}

} // namespace BenchTable
