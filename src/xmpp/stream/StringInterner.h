// StringInterner: shares one QString per frequent element or namespace name across stanzas.
#pragma once

#include <QString>
#include <QStringView>

#include <array>

namespace Palaver::Xmpp {

// A fixed-size open-addressing table: lookups by view allocate nothing, and a full table
// simply stops sharing, so hostile streams cannot grow it.
class StringInterner
{
public:
    const QString& intern(QStringView text);

private:
    static constexpr size_t Capacity = 1024;
    static constexpr size_t MaxLength = 128;
    std::array<QString, Capacity> m_slots;
    size_t m_used = 0;
    QString m_scratch;
};

} // namespace Palaver::Xmpp
