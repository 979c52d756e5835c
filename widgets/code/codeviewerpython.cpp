// SPDX-License-Identifier: MIT
// CodeViewer, part 3: the Python counterpart saved to a file or run in the console.
#include "codeviewer.h"

#include "outputfile.h"
#include "pythonconsole.h"
#include "pythonscripts.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>

#include <algorithm>

bool CodeViewer::savePythonExample(const QString &path, QString *errorString) const
{
    auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    QFile source(DemoListing::pythonResourcePath(m_demo.listings.pythonFile));
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("This demo has no Python example."));
    const QString error = OutputFile::write(path, source.readAll(), tr("the Python example"));
    return error.isEmpty() || fail(error);
}

void CodeViewer::savePythonExampleInteractively()
{
    const QString name = QFileInfo(DemoListing::pythonResourcePath(m_demo.listings.pythonFile)).fileName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Python Example"), QDir(folder).filePath(name),
                                                      tr("Python files (*.py);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePythonExample(path, &error))
        QMessageBox::warning(this, tr("Save Python Example"), error);
}

void CodeViewer::runPythonExample()
{
    const QString file = QFileInfo(m_demo.listings.pythonFile).fileName();
    if (file.isEmpty())
        return;
    showConsole();
    //: Whose output the Python console shows. %1: the script's file name, %2: the demo's title
    const QString title = tr("%1, the %2 demo").arg(file, m_demo.translatedTitle());
    QString error;
    const QString folder = PythonScripts::directory(PythonScripts::lessonSetOf(file), &error);
    if (folder.isEmpty()) {
        m_console->showProblem(title, error);
        return;
    }
    m_console->run({folder, file, m_demo.listings.pythonOptions, {}}, title);
}

void CodeViewer::showConsole()
{
    if (!m_console->isHidden())
        return;
    m_console->show();
    // A share of the height (the splitter keeps it when the dock grows): the listings keep the
    // most, the console gets nearly as much (at least a dozen lines), the steps what is left.
    QList<int> sizes = m_mainSplitter->sizes();
    if (sizes.size() != 3)
        return;
    const int total = sizes.at(0) + sizes.at(1) + sizes.at(2);
    const int lines = m_console->fontMetrics().lineSpacing() * 12;
    const int console = std::min(std::max(total * 2 / 5, lines), total / 2);
    const int steps = std::min(sizes.at(2), total / 8);
    m_mainSplitter->setSizes({std::max(0, total - console - steps), console, steps});
}
