// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"

#include <QList>

// A list of demos with look-ups by id: what views that name or show demos are given (the app
// gives them the registry's), so widgets never depend on the lesson registry itself. Any thread.
class DemoCatalog
{
public:
    DemoCatalog() = default;
    explicit DemoCatalog(QList<Demo> demos) : m_demos(std::move(demos)) {}

    const QList<Demo> &demos() const { return m_demos; }
    // The demo with that id, or nullptr.
    const Demo *find(const DemoId &id) const;
    // Its translated title; the id itself when unknown.
    QString titleOf(const DemoId &id) const;
    DemoTitleFunction titleFunction() const;

private:
    QList<Demo> m_demos;
};
