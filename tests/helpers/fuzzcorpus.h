// SPDX-License-Identifier: MIT
#pragma once

// A generated corpus for fuzzing the line parsers of child output (no libFuzzer here): seeded
// random lines, half of them mutations of valid lines (a byte flipped, inserted, deleted or
// duplicated, a piece of another valid line spliced in, digits made huge), half plain random bytes
// from an alphabet weighted towards what parsers look at (digits, spaces, '-', letters, NUL, '\n',
// bytes over 0x7f). The seed comes from LAB_FUZZ_SEED or the clock; how many inputs from
// LAB_FUZZ_INPUTS or the caller's default. Tests name the seed in every failure message, so that
// `LAB_FUZZ_SEED=<seed>` replays the run.

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace LabTest {

class FuzzCorpus
{
public:
    FuzzCorpus(QByteArrayList validLines, qint64 defaultInputs)
        : m_valid(std::move(validLines))
        , m_seed(qEnvironmentVariableIsSet("LAB_FUZZ_SEED") ? qEnvironmentVariable("LAB_FUZZ_SEED").toUInt()
                                                              : quint32(QDateTime::currentMSecsSinceEpoch()))
        , m_inputs(qEnvironmentVariableIntValue("LAB_FUZZ_INPUTS") > 0 ? qEnvironmentVariableIntValue("LAB_FUZZ_INPUTS")
                                                                       : defaultInputs)
        , m_random(m_seed)
    {
    }

    quint32 seed() const { return m_seed; }
    qint64 inputs() const { return m_inputs; }
    // "seed 1234, input 56: 6a6f6220..." for a failure message.
    QString describe(qint64 index, const QByteArray &input) const
    {
        return QStringLiteral("LAB_FUZZ_SEED=%1, input %2: %3").arg(m_seed).arg(index).arg(QString::fromLatin1(input.toHex()));
    }

    // The next input: a line without its newline unless `withNewlines` (then it may hold several).
    QByteArray next(bool withNewlines = false)
    {
        QByteArray line = (m_random.bounded(2) == 0 && !m_valid.isEmpty()) ? mutated() : randomBytes();
        if (!withNewlines)
            line.replace('\n', ' ');
        return line;
    }

    quint32 bounded(quint32 highest) { return m_random.bounded(highest); }

private:
    char randomByte()
    {
        static constexpr char interesting[] = "0123456789 -abcdefghijklmnopqrstuvwxyz\n\r\t{}\":,";
        switch (m_random.bounded(4)) {
        case 0: return char(m_random.bounded(256));
        default: return interesting[m_random.bounded(int(sizeof interesting) - 1)];
        }
    }

    QByteArray randomBytes()
    {
        // Mostly short, sometimes around the parsers' limits, rarely long.
        const int length = m_random.bounded(10) == 0 ? int(m_random.bounded(5000)) : int(m_random.bounded(80));
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &c : bytes)
            c = randomByte();
        return bytes;
    }

    QByteArray mutated()
    {
        QByteArray line = m_valid.at(m_random.bounded(int(m_valid.size())));
        const int mutations = 1 + int(m_random.bounded(4));
        for (int i = 0; i < mutations; ++i) {
            const int at = line.isEmpty() ? 0 : int(m_random.bounded(int(line.size()) + 1));
            switch (m_random.bounded(7)) {
            case 0:   // flip a byte
                if (at < line.size())
                    line[at] = char(line.at(at) ^ (1 << m_random.bounded(8)));
                break;
            case 1: line.insert(at, randomByte()); break;
            case 2:
                if (at < line.size())
                    line.remove(at, 1 + int(m_random.bounded(3)));
                break;
            case 3: line.insert(at, line.mid(at, int(m_random.bounded(16)))); break;   // repeat a piece
            case 4: line.insert(at, m_valid.at(m_random.bounded(int(m_valid.size())))); break;
            case 5: line.insert(at, QByteArray(1 + int(m_random.bounded(30)), '9')); break;   // huge numbers
            case 6: line.truncate(at); break;
            }
        }
        return line;
    }

    const QByteArrayList m_valid;
    const quint32 m_seed;
    const qint64 m_inputs;
    QRandomGenerator m_random;
};

} // namespace LabTest
