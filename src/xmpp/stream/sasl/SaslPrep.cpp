#include "SaslPrep.h"

#include <QList>

namespace Palaver::Xmpp {
namespace {
// RFC 3454 table B.1, "commonly mapped to nothing".
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
        || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F)
        || c == 0xFEFF;
}
} // namespace

std::optional<QString> saslPrep(const QString& text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            return std::nullopt;
        }
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        return text;
    }
    QList<uint> mapped;
    for (uint c : text.toUcs4()) {
        if (isMappedToNothing(c)) {
            continue;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Separator_Space) {
            c = 0x20;
        } else if (category == QChar::Other_Control || category == QChar::Other_Surrogate
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
            || c == 0xFFFD) {
            return std::nullopt;
        }
        mapped.append(c);
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(mapped.constData()), mapped.size())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace Palaver::Xmpp
