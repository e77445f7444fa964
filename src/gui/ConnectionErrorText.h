// ConnectionErrorText: why a connection failed, in words a person understands, with what
// they can do about it. The technical detail goes to the "details" line only.
#pragma once

#include "xmpp/stream/ConnectionError.h"

#include <QCoreApplication>

namespace Palaver::Gui {

class ConnectionErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionErrorText)

public:
    // One or two sentences for the user.
    static QString describe(const Xmpp::ConnectionError& error);
    // A short form for a status line ("Wrong password").
    static QString summary(const Xmpp::ConnectionError& error);

private:
    static QString describeAuthentication(const Xmpp::ConnectionError& error);
    static QString describeStreamError(const Xmpp::ConnectionError& error);
};

} // namespace Palaver::Gui
