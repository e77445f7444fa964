#include "StringInterner.h"

#include <QHashFunctions>

namespace Palaver::Xmpp {

const QString& StringInterner::intern(QStringView text)
{
    if (text.isEmpty()) {
        static const QString empty;
        return empty;
    }
    if (static_cast<size_t>(text.size()) <= MaxLength) {
        size_t index = qHash(text) % Capacity;
        // Probe a few slots only: bounded work per lookup even when the table is crowded.
        for (int probe = 0; probe < 8; ++probe, index = (index + 1) % Capacity) {
            QString& slot = m_slots[index];
            if (slot.isNull()) {
                if (m_used * 4 >= Capacity * 3) {
                    break;
                }
                ++m_used;
                slot = text.toString();
                return slot;
            }
            if (slot == text) {
                return slot;
            }
        }
    }
    m_scratch = text.toString();
    return m_scratch;
}

} // namespace Palaver::Xmpp
