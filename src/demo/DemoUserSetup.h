// DemoUserSetup: signs in once as the demo user, as a client would, to give them a picture
// and a vCard and to bookmark the demo room with autojoin, so Palaver finds it all at sign-in.
#pragma once

#include "DemoEnvironment.h"
#include "xmpp/Client.h"

#include <QObject>

namespace Palaver::Demo {

class DemoUserSetup : public QObject
{
    Q_OBJECT

public:
    explicit DemoUserSetup(const DemoEnvironment& environment, QObject* parent = nullptr);
    ~DemoUserSetup() override;

    void run();

Q_SIGNALS:
    // error is empty when all is in place.
    void finished(const QString& error);

private:
    void publish();
    void finish(const QString& error);

    DemoEnvironment m_environment;
    Xmpp::Client m_client;
    bool m_done = false;
};

} // namespace Palaver::Demo
