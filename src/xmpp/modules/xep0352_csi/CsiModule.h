// CsiModule: client state indication (XEP-0352): when no window of ours is in use, the server
// may hold back what is not urgent (presence floods), saving battery and bandwidth.
#pragma once

#include "../../Module.h"

namespace Palaver::Xmpp {

class CsiModule : public Module
{
    Q_OBJECT

public:
    explicit CsiModule(QObject* parent = nullptr);

    bool isSupported() const;
    bool isActive() const { return m_active; }
    // Says so to the server now (if it supports it) and again on every new session.
    void setActive(bool active);

    void attach(Client& client) override;

private:
    void announce();

    bool m_active = true;
};

} // namespace Palaver::Xmpp
