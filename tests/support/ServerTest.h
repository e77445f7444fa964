// ServerTest: what integration tests share: starting servers, making clients, skipping rules.
#pragma once

#include "localserver/LocalXmppServer.h"
#include "xmpp/Client.h"

#include <QTest>

#include <memory>

namespace Palaver::Testing {

// Integration tests skip when a server is not installed, except under CI, where a missing
// server is a broken set-up and must fail.
bool serverMissingIsFailure();

// A client with the core modules attached and quick reconnects for tests.
std::unique_ptr<Xmpp::Client> makeTestClient(const Xmpp::ConnectionSettings& settings);

// Waits until the client reaches the state (or the timeout passes).
bool waitForState(Xmpp::Client& client, Xmpp::Client::State state, int timeoutMs = 15000);

} // namespace Palaver::Testing

// Skips the test when the fixture's server is not installed (fails it under CI).
#define PALAVER_REQUIRE_SERVER(fixture)                                                            \
    do {                                                                                           \
        if (!(fixture).isInstalled()) {                                                            \
            if (::Palaver::Testing::serverMissingIsFailure()) {                                    \
                QFAIL(qPrintable((fixture).name() + QStringLiteral(" is not installed")));         \
            }                                                                                      \
            QSKIP(qPrintable((fixture).name() + QStringLiteral(" is not installed")));             \
        }                                                                                          \
    } while (false)

// Starts a fixture or skips / fails the test with the reason.
#define PALAVER_START_SERVER(fixture, accounts)                                                    \
    do {                                                                                           \
        PALAVER_REQUIRE_SERVER(fixture);                                                           \
        if (!(fixture).start(accounts)) {                                                          \
            QFAIL(qPrintable(                                                                      \
                (fixture).name() + QStringLiteral(" did not start: ") + (fixture).errorString())); \
        }                                                                                          \
    } while (false)
