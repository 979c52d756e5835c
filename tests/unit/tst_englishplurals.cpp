// SPDX-License-Identifier: MIT
// Every message with a count (%n) has its English singular and plural in
// translations/concurrency-lab_en.ts, so the app says "1 worker" and "2 workers", never "2 worker(s)".
#include "labtest.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

class TestEnglishPlurals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCountHasBothForms();
};

void TestEnglishPlurals::everyCountHasBothForms()
{
    QFile ts(QStringLiteral(LAB_SOURCE_DIR) + u"/translations/concurrency-lab_en.ts"_s);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QSet<QString> translated;
    QXmlStreamReader xml(&ts);
    QString source;
    QStringList forms;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message"_s) {
            source.clear();
            forms.clear();
            unfinished = false;
        } else if (xml.isStartElement() && xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation"_s) {
            unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
        } else if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
            forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            QVERIFY2(!unfinished && forms.size() == 2 && !forms.contains(QString()), qPrintable(source));
            static const QRegularExpression count(u"%L?n"_s);   // %Ln: the count in the locale's digits
            QVERIFY2(forms.at(0).contains(count) && forms.at(1).contains(count), qPrintable(source));
            QVERIFY2(!forms.at(1).contains(u"(s)"_s), qPrintable(forms.at(1)));
            translated.insert(source);
        }
    }
    QVERIFY(!xml.hasError());

    // Every tr("...%n...") and translate("Context", "...%n...") of the sources is there (or %Ln).
    static const QRegularExpression counted(uR"re((?:tr|translate)\((?:\s*"[^"]*",)?\s*"((?:[^"\\]|\\.)*%L?n(?:[^"\\]|\\.)*)")re"_s);
    int found = 0;
    for (const QString &folder : {u"app"_s, u"models"_s, u"widgets"_s}) {
        QDirIterator files(QStringLiteral(LAB_SOURCE_DIR) + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = counted.globalMatch(text); match.hasNext();) {
                QString message = match.next().captured(1);
                message.replace(u"\\\""_s, u"\""_s).replace(u"\\u201c"_s, u"\u201c"_s).replace(u"\\u201d"_s, u"\u201d"_s);
                ++found;
                QVERIFY2(translated.contains(message), qPrintable(file.fileName() + u": "_s + message));
            }
        }
    }
    QVERIFY(found >= 3);
}

LAB_TEST_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
