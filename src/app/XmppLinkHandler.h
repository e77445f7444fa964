// XmppLinkHandler: acts on xmpp: links (XEP-0147) from the command line, another program or a
// conversation: ?message opens a chat with the text prefilled, ?roster and ?subscribe open the
// add-contact dialog prefilled, a bare address opens a chat.
#pragma once

#include <QObject>
#include <QString>

namespace Palaver::Im {
class Account;
}

namespace Palaver::App {

class Application;

class XmppLinkHandler : public QObject
{
    Q_OBJECT

public:
    explicit XmppLinkHandler(Application& application);

    // False, with a sentence for the user, when the link cannot be acted on.
    bool open(const QString& uri, QString* error);

private:
    Im::Account* accountFor(const QString& authority) const;

    Application& m_application;
};

} // namespace Palaver::App
