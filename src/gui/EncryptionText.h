// EncryptionText: what the window says about end-to-end encryption (OMEMO): why a message
// could not be read or sent encrypted, and how a device is trusted.
#pragma once

#include "xmpp/modules/xep0384_omemo/OmemoStore.h"

#include <QCoreApplication>

namespace Palaver::Gui {

class EncryptionText
{
    Q_DECLARE_TR_FUNCTIONS(Palaver::Gui::EncryptionText)

public:
    // Whether the code (a message's errorText) is one of OmemoService's problems.
    static bool isProblem(const QString& code);
    // In a message's place when this device could not decrypt it.
    static QString unreadable(const QString& problem);
    // After "not sent" on a message that could not be encrypted: short, for the footer.
    static QString notSent(const QString& problem);
    // What a device's trust means now, for the device list.
    static QString trust(Xmpp::OmemoStore::Trust trust, bool trusted);
};

} // namespace Palaver::Gui
