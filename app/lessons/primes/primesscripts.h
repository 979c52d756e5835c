// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The lesson's Python scripts (embedded as ":/python/<file>"), unpacked once per process into a
// temporary folder that lives until the app exits: Python cannot import from Qt resources, and
// the scripts import primes.py and primes_cli.py. GUI thread.
namespace PrimesScripts {

// The folder's path; empty, with `error` translated, when they could not be unpacked.
QString directory(QString *error);

} // namespace PrimesScripts
