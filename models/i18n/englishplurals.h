// SPDX-License-Identifier: MIT
#pragma once

// The English numerus forms: the sources say "%n worker(s)" and translations/concurrency-lab_en.ts
// (Qt Linguist's numerus forms, embedded in this library as ":/i18n/concurrency-lab_en.qm") makes it
// "1 worker" and "2 workers". Installed by the app and by every test, so both read the same English.
namespace EnglishPlurals {

// Installs the English plurals in the running QCoreApplication, which owns them. Call once, after
// the application object exists; returns false if they could not be loaded.
bool install();

} // namespace EnglishPlurals
