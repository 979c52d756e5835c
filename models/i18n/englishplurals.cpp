// SPDX-License-Identifier: MIT
#include "englishplurals.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace EnglishPlurals {

bool install()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (!plurals->load(u":/i18n/concurrency-lab_en.qm"_s)) {
        delete plurals;
        return false;
    }
    return QCoreApplication::installTranslator(plurals);
}

} // namespace EnglishPlurals
