// SPDX-License-Identifier: MIT
#pragma once

#include "primesrunner.h"

// Lesson 3, sequential on the GUI thread (the book's sequential.py, run where the window lives): the
// event loop is held for the whole check, so the spinners stop, clicks wait, and Cancel cannot be
// handled until it ends (that is the lesson; the numbers are fixed, so the freeze is bounded: about
// a second here for the book's numbers). Before it, a short lead-in lets the room see the spinner
// turn. In step mode the loop is free between two numbers. GUI thread only.
class GuiPrimesRunner : public PrimesRunner
{
    Q_OBJECT
public:
    explicit GuiPrimesRunner(PrimesParameters parameters, QObject *parent = nullptr);
    ~GuiPrimesRunner() override;

protected:
    void startWork(quint64 runId) override;

private:
    void checkAll(quint64 runId);
};
